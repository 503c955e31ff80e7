import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import type { SqlDialect } from '../sql/escape.js';
import { escapeIdentifier } from '../sql/escape.js';
import type { AggregationOps } from './AggregationOps.js';
import { bucketWidthMicros, compileAttributeValue, compileComputed, compileConditions } from './compileAggregation.js';
import type { CompiledOutput } from './compileAggregation.js';
import { compileGroupOrMatch, isGroupOrMatch } from './compileGroupOrMatch.js';
import type { FilterOps } from './FilterOps.js';
import { planQuery } from './planQuery.js';
import type { AggregateFn, Filter, Query, ScalarValue, Selection } from './Query.js';
import type { OutputColumn, QueryRow } from './QueryResult.js';
import { normalizeValue } from './QueryResult.js';
import { tenantFilter } from './tenant.js';

/**
 * A query compiled for one dialect: the SQL text and its outputs in order. Result columns are aliased
 * `o$0`, `o$1`, … (never a view column's name, so an alias cannot shadow a column in `WHERE`); read them
 * back with {@link readRow}.
 *
 * @example
 * ```ts
 * const { sql, outputs } = compileDuckDb(query, view, '"main"."span_event_view"');
 * ```
 */
export interface CompiledQuery {
  readonly sql: string;
  readonly outputs: readonly OutputColumn[];
}

/**
 * How one dialect spells the parts the query model needs; each dialect file implements it.
 *
 * @example
 * ```ts
 * const myOps: DialectOps = { ...duckDbOps, from: (table) => `${table} FOR SYSTEM_TIME AS OF now()` };
 * ```
 */
export interface DialectOps {
  readonly dialect: SqlDialect;
  /** A column as the query model returns it (datetime as unix µs). */
  read(column: string, type: ColumnType): string;
  /** A literal to compare a stored column of `type` with (datetime values are unix µs). */
  value(value: ScalarValue, type: ColumnType): string;
  /** `value` as an element of an array column of `type`. */
  element(value: string | number, type: ColumnType): string;
  /** An aggregate over `arg` (undefined for count), only rows matching `condition` when given. */
  aggregate(fn: AggregateFn, arg: string | undefined, p: number | undefined, condition: string | undefined): string;
  /** Integer division of an integer expression (for time buckets). */
  intDiv(expr: string, divisor: number): string;
  has(array: string, element: string): string;
  /** `values[position of key in keys] = value`, false when `key` is absent. */
  attribute(keys: string, values: string, key: string, value: string): string;
  /** The FROM clause for a table, deduplicated on read when asked and needed. */
  from(table: string, dedup: boolean): string;
  /** Attribute values and computed columns. */
  readonly aggregation: AggregationOps;
  /** String matches and attribute predicates. */
  readonly filter: FilterOps;
}

const COMPARE = { eq: '=', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' } as const;

function typeOf(view: ViewDefinition, column: string): ColumnType {
  const spec = view.columns[column];
  if (spec === undefined) throw new HtError('INTERNAL', `column '${column}' vanished after planning`);
  return spec.type;
}

/**
 * The SQL condition of one filter.
 *
 * @example
 * ```ts
 * compileFilter(duckDbOps, spanView, eq('service_name', 'cart')); // "service_name" = 'cart'
 * ```
 */
export function compileFilter(ops: DialectOps, view: ViewDefinition, f: Filter): string {
  if (isGroupOrMatch(f)) return compileGroupOrMatch(ops, view, f, (inner) => compileFilter(ops, view, inner));
  const id = (c: string): string => escapeIdentifier(c, ops.dialect);
  switch (f.op) {
    case 'attribute': {
      const keyType = typeOf(view, f.keysColumn);
      return ops.attribute(
        id(f.keysColumn),
        id(f.valuesColumn),
        ops.element(f.key, keyType),
        ops.element(f.value, typeOf(view, f.valuesColumn)),
      );
    }
    case 'has':
      return ops.has(id(f.column), ops.element(f.value, typeOf(view, f.column)));
    case 'in': {
      if (f.values.length === 0) return '1 = 0';
      const type = typeOf(view, f.column);
      return `${id(f.column)} IN (${f.values.map((v) => ops.value(v, type)).join(', ')})`;
    }
    default:
      return `${id(f.column)} ${COMPARE[f.op]} ${ops.value(f.value, typeOf(view, f.column))}`;
  }
}

function compileSelection(
  ops: DialectOps,
  view: ViewDefinition,
  s: Selection,
  outputs: ReadonlyMap<string, CompiledOutput>,
): string {
  if (s.kind === 'column') return ops.read(s.column, typeOf(view, s.column));
  if (s.kind === 'bucket') {
    const width = bucketWidthMicros(s);
    return `${ops.intDiv(ops.read(s.column, 'datetime'), width)} * ${width}`;
  }
  if (s.kind === 'attributeValue') return compileAttributeValue(ops, s);
  if (s.kind === 'computed') return compileComputed(ops, s.expression, outputs);
  const arg = s.column === undefined ? undefined : ops.read(s.column, typeOf(view, s.column));
  const where = s.where ?? [];
  const condition = where.length === 0 ? undefined : where.map((f) => compileFilter(ops, view, f)).join(' AND ');
  return ops.aggregate(s.fn, arg, s.p, condition);
}

/**
 * Compiles a query with a dialect's {@link DialectOps}: validates it ({@link planQuery}), scopes it to
 * its tenant (`tenant_id = …` before every other filter), inlines every value through the one escaping
 * function, and aliases outputs `o$i`.
 *
 * @example
 * ```ts
 * const compiled = compileWith(duckDbOps, query, view, '"span_event_view"');
 * ```
 */
export function compileWith(ops: DialectOps, query: Query, view: ViewDefinition, table: string): CompiledQuery {
  const outputs = planQuery(query, view);
  const alias = (i: number): string => escapeIdentifier(`o$${i}`, ops.dialect);
  const aliasOf = new Map(outputs.map((o, i) => [o.name, alias(i)]));
  // Computed columns, HAVING and cursors repeat an output's expression (never its alias: engines
  // differ on where a SELECT alias may be used).
  const compiledOutputs = new Map<string, CompiledOutput>();
  // Plain outputs first: computed ones read them.
  for (const computed of [false, true]) {
    query.select.forEach((s, i) => {
      if ((s.kind === 'computed') !== computed) return;
      const { name, kind } = outputs[i]!;
      compiledOutputs.set(name, { sql: compileSelection(ops, view, s, compiledOutputs), kind });
    });
  }
  const select = outputs.map((o, i) => `${compiledOutputs.get(o.name)!.sql} AS ${alias(i)}`);
  let sql = `SELECT ${select.join(', ')} FROM ${ops.from(table, query.dedup ?? true)}`;
  const groupBy = query.groupBy ?? [];
  const aggregating = groupBy.length > 0 || query.select.some((s) => s.kind === 'aggregate');
  const cursor = compileConditions(ops, query, compiledOutputs);
  // The tenant first: every compiled query reads exactly one tenant, whatever the other filters say;
  // a cursor of a query that does not aggregate comes last.
  const where = [tenantFilter(query), ...(query.where ?? [])].map((f) => compileFilter(ops, view, f));
  if (!aggregating && cursor.after !== undefined) where.push(cursor.after);
  sql += ` WHERE ${where.join(' AND ')}`;
  if (groupBy.length > 0) {
    const keys = groupBy.map((g) =>
      query.select.some((s) => (s.kind === 'bucket' || s.kind === 'attributeValue') && s.as === g)
        ? aliasOf.get(g)!
        : escapeIdentifier(g, ops.dialect),
    );
    sql += ` GROUP BY ${keys.join(', ')}`;
  }
  const having = [...cursor.having];
  if (aggregating && cursor.after !== undefined) having.push(cursor.after);
  if (having.length > 0) sql += ` HAVING ${having.join(' AND ')}`;
  const orderBy = query.orderBy ?? [];
  if (orderBy.length > 0) {
    sql += ` ORDER BY ${orderBy.map((o) => `${aliasOf.get(o.by)!} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}`;
  }
  if (query.limit !== undefined) sql += ` LIMIT ${query.limit}`;
  if (query.offset !== undefined) sql += ` OFFSET ${query.offset}`;
  return { sql, outputs };
}

/**
 * Turns one raw result row (keyed `o$i`) into a {@link QueryRow} keyed by output name, normalizing each
 * value to its output kind.
 *
 * @example
 * ```ts
 * const rows = raw.map((r) => readRow(r, compiled.outputs));
 * ```
 */
export function readRow(raw: Readonly<Record<string, unknown>>, outputs: readonly OutputColumn[]): QueryRow {
  // fromEntries defines own properties: an output named __proto__ is a value, not the prototype.
  return Object.fromEntries(outputs.map((o, i) => [o.name, normalizeValue(raw[`o$${i}`], o.kind)]));
}
