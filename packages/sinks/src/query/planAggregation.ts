import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import type { AttributeValueSelection } from './AttributeValueSelection.js';
import { bucketMicros } from './buildAggregation.js';
import { isFloatExpression } from './compileAggregation.js';
import type { ComputedSelection, Expression } from './ComputedSelection.js';
import type { BucketSelection, Query, ScalarValue } from './Query.js';
import type { OutputColumn, OutputKind } from './QueryResult.js';

const MIN_BUCKET_MICROS = 10_000_000;
const MAX_BUCKET_MICROS = 86_400_000_000;
const UNITS = new Set(['second', 'minute', 'hour', 'day']);
const NUMERIC: readonly OutputKind[] = ['int', 'float', 'datetime'];

function problem(query: Query, message: string): HtError {
  return new HtError('INPUT_INVALID', `query on '${query.view}': ${message}`, { context: { view: query.view } });
}

/**
 * Checks a bucket's width: a whole number of a known unit, from 10 s to 1 day.
 *
 * @example
 * ```ts
 * checkBucket(query, bucket('start_time', 'second', 't', 5)); // throws: 5 s is under 10 s
 * ```
 */
export function checkBucket(query: Query, s: BucketSelection): void {
  const count = s.count ?? 1;
  if (!UNITS.has(s.unit)) throw problem(query, `bucket '${s.as}': unknown unit '${String(s.unit)}'`);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw problem(query, `bucket '${s.as}': count must be a whole number ≥ 1, got ${count}`);
  }
  const width = bucketMicros(s.unit, count);
  if (width < MIN_BUCKET_MICROS || width > MAX_BUCKET_MICROS) {
    throw problem(query, `bucket '${s.as}' is ${width / 1e6} s wide: buckets are 10 s to 1 day`);
  }
}

/**
 * Checks an attribute-value selection's columns (parallel string arrays); its output is a string.
 *
 * @example
 * ```ts
 * checkAttributeValue(query, view, attributeValue('attribute_keys', 'attribute_values', 'http.method', 'm'));
 * ```
 */
export function checkAttributeValue(query: Query, view: ViewDefinition, s: AttributeValueSelection): OutputKind {
  for (const c of [s.keysColumn, s.valuesColumn]) {
    const type = view.columns[c]?.type;
    if (type === undefined)
      throw problem(query, `unknown column '${c}' (columns: ${Object.keys(view.columns).join(', ')})`);
    if (type !== 'stringArray' && type !== 'lowCardinalityStringArray') {
      throw problem(query, `attribute value '${s.as}' needs string-array columns, '${c}' is ${type}`);
    }
  }
  return 'string';
}

/**
 * Checks a computed column against the other outputs (each operand a numeric output that is not
 * computed itself, constants finite) and returns its kind: `float` when it divides or reads a float,
 * `int` otherwise.
 *
 * @example
 * ```ts
 * computedKind(query, ratio('errors', 'calls', 'r'), outputs); // 'float'
 * ```
 */
export function computedKind(query: Query, s: ComputedSelection, outputs: readonly OutputColumn[]): OutputKind {
  const computed = new Set(query.select.filter((x) => x.kind === 'computed').map((x) => x.as));
  const kindOf = (name: string): OutputKind | undefined => outputs.find((o) => o.name === name)?.kind;
  const check = (e: Expression): void => {
    if ('output' in e) {
      const kind = kindOf(e.output);
      if (kind === undefined || computed.has(e.output)) {
        throw problem(query, `computed '${s.as}' reads '${e.output}', which is not a selected non-computed output`);
      }
      if (!NUMERIC.includes(kind)) throw problem(query, `computed '${s.as}' needs numbers, '${e.output}' is ${kind}`);
    } else if ('number' in e) {
      if (!Number.isFinite(e.number)) throw problem(query, `computed '${s.as}': ${e.number} is not a finite number`);
    } else if ('op' in e && ['add', 'sub', 'mul', 'div'].includes(e.op)) {
      check(e.left);
      check(e.right);
    } else {
      throw problem(query, `computed '${s.as}': not an expression: ${JSON.stringify(e)}`);
    }
  };
  check(s.expression);
  return isFloatExpression(s.expression, kindOf) ? 'float' : 'int';
}

function fits(value: ScalarValue, kind: OutputKind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'bool':
      return typeof value === 'boolean';
    case 'int':
    case 'float':
    case 'datetime':
      return (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint';
    default:
      return false;
  }
}

/**
 * Checks `having`, `offset` and `after`: HAVING compares outputs of an aggregating query with values
 * of their kind; `offset` is a whole number and comes with a `limit`; `after` holds one value per
 * `orderBy` key, and the order identifies a row (every group key, or every view key column, is a key).
 *
 * @example
 * ```ts
 * checkPagingAndHaving(query, view, outputs);
 * ```
 */
export function checkPagingAndHaving(query: Query, view: ViewDefinition, outputs: readonly OutputColumn[]): void {
  const groupBy = query.groupBy ?? [];
  const aggregating = groupBy.length > 0 || query.select.some((s) => s.kind === 'aggregate');
  const kindOf = (name: string): OutputKind | undefined => outputs.find((o) => o.name === name)?.kind;
  for (const f of query.having ?? []) {
    if (!aggregating) throw problem(query, 'having needs a query that aggregates or groups');
    if (!['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(f.op))
      throw problem(query, `having: unknown operator '${f.op}'`);
    const kind = kindOf(f.column);
    if (kind === undefined) throw problem(query, `having '${f.column}' is not an output`);
    if (!fits(f.value, kind))
      throw problem(query, `having '${f.column}' (${kind}) cannot compare with ${String(f.value)}`);
  }
  if (query.offset !== undefined) {
    if (!(Number.isSafeInteger(query.offset) && query.offset >= 0)) {
      throw problem(query, `offset must be a non-negative integer, got ${query.offset}`);
    }
    if (query.limit === undefined) throw problem(query, 'offset needs a limit');
  }
  if (query.after === undefined) return;
  const orderBy = query.orderBy ?? [];
  if (orderBy.length === 0 || query.after.length !== orderBy.length) {
    throw problem(query, `after needs one value per orderBy key (${orderBy.length}), got ${query.after.length}`);
  }
  orderBy.forEach((o, i) => {
    const kind = kindOf(o.by)!;
    if (!fits(query.after![i]!, kind))
      throw problem(query, `after: '${o.by}' (${kind}) cannot be ${String(query.after![i])}`);
  });
  const keys = new Set(orderBy.map((o) => o.by));
  const outputOf = (column: string): string | undefined => {
    const s = query.select.find((x) =>
      x.kind === 'column' ? x.column === column : x.kind !== 'aggregate' && x.as === column,
    );
    return s === undefined ? undefined : s.kind === 'column' ? (s.as ?? s.column) : s.as;
  };
  const identifying = aggregating ? groupBy : view.key;
  for (const k of identifying) {
    const out = outputOf(k);
    if (out === undefined || !keys.has(out)) {
      throw problem(
        query,
        `after needs an order that identifies a row: '${k}' (${aggregating ? 'a group key' : 'a view key column'}) must be selected and in orderBy`,
      );
    }
  }
}
