import { escapeIdentifier, sqlLiteral } from '../sql/escape.js';
import type { AttributeValueSelection } from './AttributeValueSelection.js';
import { bucketMicros } from './buildAggregation.js';
import type { DialectOps } from './compileQuery.js';
import type { Expression } from './ComputedSelection.js';
import type { BucketSelection, CompareOp, Query, ScalarValue } from './Query.js';
import type { OutputKind } from './QueryResult.js';

/**
 * One output as SQL: its expression (never its alias) and its kind.
 *
 * @example
 * ```ts
 * const out: CompiledOutput = { sql: 'count()', kind: 'int' };
 * ```
 */
export interface CompiledOutput {
  readonly sql: string;
  readonly kind: OutputKind;
}

const COMPARE: Readonly<Record<CompareOp, string>> = { eq: '=', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };
const ARITHMETIC = { add: '+', sub: '-', mul: '*' } as const;

/**
 * The width of a bucket in microseconds.
 *
 * @example
 * ```ts
 * bucketWidthMicros(bucket('start_time', 'second', 't', 30)); // 30_000_000
 * ```
 */
export function bucketWidthMicros(s: BucketSelection): number {
  return bucketMicros(s.unit, s.count ?? 1);
}

/**
 * The SQL of an attribute's value ('' when absent).
 *
 * @example
 * ```ts
 * compileAttributeValue(duckDbOps, attributeValue('attribute_keys', 'attribute_values', 'http.method', 'm'));
 * ```
 */
export function compileAttributeValue(ops: DialectOps, s: AttributeValueSelection): string {
  const id = (c: string): string => escapeIdentifier(c, ops.dialect);
  return ops.aggregation.attributeValue(id(s.keysColumn), id(s.valuesColumn), sqlLiteral(s.key, ops.dialect));
}

/**
 * True when an expression computes in floating point: it divides, reads a float output or holds a
 * constant that is not an integer.
 *
 * @example
 * ```ts
 * isFloatExpression({ op: 'sub', left: { output: 'last' }, right: { output: 'first' } }, () => 'datetime'); // false
 * ```
 */
export function isFloatExpression(e: Expression, kindOf: (output: string) => OutputKind | undefined): boolean {
  if ('output' in e) return kindOf(e.output) === 'float';
  if ('number' in e) return !Number.isInteger(e.number);
  return e.op === 'div' || isFloatExpression(e.left, kindOf) || isFloatExpression(e.right, kindOf);
}

/**
 * The SQL of a computed column: outputs inlined as their expressions, every operand cast to Float64
 * (float expressions) or Int64.
 *
 * @example
 * ```ts
 * compileComputed(ops, { op: 'div', left: { output: 'errors' }, right: { output: 'calls' } }, outputs);
 * ```
 */
export function compileComputed(
  ops: DialectOps,
  expression: Expression,
  outputs: ReadonlyMap<string, CompiledOutput>,
): string {
  const float = isFloatExpression(expression, (name) => outputs.get(name)?.kind);
  const cast = (sql: string): string => (float ? ops.aggregation.toFloat(sql) : ops.aggregation.toInt(sql));
  const compile = (e: Expression): string => {
    if ('output' in e) return cast(outputs.get(e.output)!.sql);
    if ('number' in e) return cast(sqlLiteral(e.number, ops.dialect));
    const left = compile(e.left);
    const right = compile(e.right);
    return e.op === 'div' ? ops.aggregation.divide(left, right) : `(${left} ${ARITHMETIC[e.op]} ${right})`;
  };
  return compile(expression);
}

function compare(ops: DialectOps, output: CompiledOutput, op: CompareOp, value: ScalarValue): string {
  return `${output.sql} ${COMPARE[op]} ${sqlLiteral(value, ops.dialect)}`;
}

/**
 * The `HAVING` conditions of a query, and its cursor's condition (rows sorted after `after`: for keys
 * k1…kn, `k1 > v1 OR (k1 = v1 AND k2 > v2) OR …`, `<` for descending keys), over output expressions.
 * The cursor goes to `WHERE` in a query that does not aggregate and to `HAVING` in one that does.
 *
 * @example
 * ```ts
 * const { having, after } = compileConditions(ops, query, outputs);
 * ```
 */
export function compileConditions(
  ops: DialectOps,
  query: Query,
  outputs: ReadonlyMap<string, CompiledOutput>,
): { having: string[]; after: string | undefined } {
  const having = (query.having ?? []).map((f) => compare(ops, outputs.get(f.column)!, f.op, f.value));
  if (query.after === undefined) return { having, after: undefined };
  const keys = query.orderBy ?? [];
  const after = query.after;
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => compare(ops, outputs.get(k.by)!, 'eq', after[j]!));
    const beyond = compare(ops, outputs.get(key.by)!, key.direction === 'desc' ? 'lt' : 'gt', after[i]!);
    return `(${[...equal, beyond].join(' AND ')})`;
  });
  return { having, after: `(${alternatives.join(' OR ')})` };
}
