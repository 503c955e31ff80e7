import type {
  AggregateSelection,
  AttributeFilter,
  BucketSelection,
  ColumnSelection,
  CompareFilter,
  Filter,
  HasFilter,
  InFilter,
  ScalarValue,
  TimeUnit,
} from './Query.js';

/**
 * Builders for {@link Query} parts, so queries read like the SQL they become.
 *
 * @example
 * ```ts
 * const select = [column('service_name'), count('calls'), count('errors', [eq('status_code', 'ERROR')])];
 * ```
 */
export const column = (name: string, as?: string): ColumnSelection =>
  as === undefined ? { kind: 'column', column: name } : { kind: 'column', column: name, as };

const aggregate = (
  fn: AggregateSelection['fn'],
  col: string | undefined,
  as: string,
  where?: readonly Filter[],
  p?: number,
): AggregateSelection => ({
  kind: 'aggregate',
  fn,
  as,
  ...(col === undefined ? {} : { column: col }),
  ...(where === undefined ? {} : { where }),
  ...(p === undefined ? {} : { p }),
});

/** `count()` (of the rows matching `where` when given). @example `count('errors', [eq('status_code', 'ERROR')])` */
export const count = (as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('count', undefined, as, where);
/** `sum(column)`. @example `sum('duration_micros', 'total')` */
export const sum = (col: string, as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('sum', col, as, where);
/** `min(column)`. @example `min('start_time', 'first')` */
export const min = (col: string, as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('min', col, as, where);
/** `max(column)`. @example `max('start_time', 'last')` */
export const max = (col: string, as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('max', col, as, where);
/** `avg(column)`. @example `avg('duration_micros', 'mean')` */
export const avg = (col: string, as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('avg', col, as, where);
/** The exact number of distinct values of `column`. @example `uniq('trace_id', 'traces')` */
export const uniq = (col: string, as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('uniq', col, as, where);
/** The exact `p` quantile of `column`, interpolated. @example `quantile('duration_micros', 0.99, 'p99')` */
export const quantile = (col: string, p: number, as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('quantile', col, as, where, p);
/**
 * Distinct values of `column`, approximately (ClickHouse `uniq`, DuckDB `approx_count_distinct`; see docs/stores.md).
 * @example `approxUniq('trace_id', 'traces')`
 */
export const approxUniq = (col: string, as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('approxUniq', col, as, where);
/**
 * The `p` quantile of `column` from a t-digest (ClickHouse `quantileTDigest`, DuckDB `approx_quantile`; see docs/stores.md).
 * @example `approxQuantile('duration_micros', 0.99, 'p99')`
 */
export const approxQuantile = (col: string, p: number, as: string, where?: readonly Filter[]): AggregateSelection =>
  aggregate('approxQuantile', col, as, where, p);
/**
 * Start of the time bucket of a datetime column (unix µs), `count` units wide (10 s to 1 day).
 * @example `bucket('start_time', 'minute', 'minute')`, `bucket('start_time', 'second', 't', 30)`
 */
export const bucket = (col: string, unit: TimeUnit, as: string, count?: number): BucketSelection => ({
  kind: 'bucket',
  column: col,
  unit,
  ...(count === undefined ? {} : { count }),
  as,
});

/** `column = value`. @example `eq('tenant_id', 'default')` */
export const eq = (col: string, value: ScalarValue): CompareFilter => ({ op: 'eq', column: col, value });
/** `column != value`. @example `ne('status_code', 'OK')` */
export const ne = (col: string, value: ScalarValue): CompareFilter => ({ op: 'ne', column: col, value });
/** `column < value`. @example `lt('start_time', endMicros)` */
export const lt = (col: string, value: ScalarValue): CompareFilter => ({ op: 'lt', column: col, value });
/** `column <= value`. @example `le('duration_micros', 1000)` */
export const le = (col: string, value: ScalarValue): CompareFilter => ({ op: 'le', column: col, value });
/** `column > value`. @example `gt('duration_micros', 1000)` */
export const gt = (col: string, value: ScalarValue): CompareFilter => ({ op: 'gt', column: col, value });
/** `column >= value`. @example `ge('start_time', startMicros)` */
export const ge = (col: string, value: ScalarValue): CompareFilter => ({ op: 'ge', column: col, value });
/** `column IN (values)`. @example `isIn('service_name', ['cart', 'checkout'])` */
export const isIn = (col: string, values: readonly ScalarValue[]): InFilter => ({ op: 'in', column: col, values });
/** The array column contains `value`. @example `has('services', 'cart')` */
export const has = (col: string, value: string | number): HasFilter => ({ op: 'has', column: col, value });
/**
 * Attribute equality on parallel key/value arrays.
 * @example `attributeEq('attribute_keys', 'attribute_values', 'http.method', 'GET')`
 */
export const attributeEq = (keysColumn: string, valuesColumn: string, key: string, value: string): AttributeFilter => ({
  op: 'attribute',
  keysColumn,
  valuesColumn,
  key,
  value,
});
