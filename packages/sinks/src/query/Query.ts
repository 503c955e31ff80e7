import type { AttributeValueSelection } from './AttributeValueSelection.js';
import type { ComputedSelection } from './ComputedSelection.js';
import type {
  AttributeCompareFilter,
  AttributeExistsFilter,
  AttributeMatchFilter,
  FilterGroup,
  MatchFilter,
  NotFilter,
} from './filterTypes.js';

/**
 * The storage-agnostic query model: a small typed AST over one view's table, compiled per dialect
 * (ClickHouse 18, modern ClickHouse, DuckDB). Values in filters are inlined through the one escaping
 * function; `datetime` values are unix microseconds, as in view rows.
 *
 * @example
 * ```ts
 * const q: Query = {
 *   view: 'span_event_view',
 *   tenantId: 'default',
 *   select: [column('service_name'), count('calls'), quantile('duration_micros', 0.99, 'p99')],
 *   where: [ge('start_time', fromMicros)],
 *   groupBy: ['service_name'],
 *   orderBy: [{ by: 'calls', direction: 'desc' }],
 *   limit: 10,
 * };
 * ```
 */
export interface Query {
  /** The view (table) to read. */
  readonly view: string;
  /**
   * The one tenant whose rows the query reads (required: a query without a valid tenant id is refused
   * with `INPUT_INVALID`); compiled as `tenant_id = tenantId` around every other filter.
   */
  readonly tenantId: string;
  readonly select: readonly Selection[];
  /** Filters, all of which must hold. */
  readonly where?: readonly Filter[];
  /** Column names or the output names of time buckets. */
  readonly groupBy?: readonly string[];
  /** Output names (aliases or column names) to sort by. */
  readonly orderBy?: readonly OrderBy[];
  readonly limit?: number;
  /** Rows to skip before the first returned one (offset paging); needs `limit`. */
  readonly offset?: number;
  /**
   * Conditions on outputs after grouping (SQL `HAVING`), all of which must hold: `column` names an
   * output (an aggregate, a group key, a computed column), compared in the model's values (datetimes
   * as unix µs).
   */
  readonly having?: readonly CompareFilter[];
  /**
   * Cursor paging: the `orderBy` values of the last row of the previous page (see `nextCursor`); the
   * query returns the rows sorted after it. Needs an order that identifies a row (every group key, or
   * every view key column when the query does not aggregate).
   */
  readonly after?: readonly ScalarValue[];
  /**
   * Read deduplicated rows (one per view key): the default. `false` reads raw rows (faster on
   * ClickHouse, may count a replayed row twice until merges catch up).
   */
  readonly dedup?: boolean;
}

/**
 * Aggregate functions. `uniq` counts distinct values exactly and `quantile` is exact, interpolating
 * linearly between the two nearest ranks, on every engine; `approxUniq` and `approxQuantile` trade
 * accuracy for speed and memory (docs/stores.md states their error).
 *
 * @example
 * ```ts
 * const fn: AggregateFn = 'quantile';
 * ```
 */
export type AggregateFn =
  'count' | 'sum' | 'min' | 'max' | 'avg' | 'uniq' | 'quantile' | 'approxUniq' | 'approxQuantile';

/**
 * Time units of a {@link BucketSelection}: its width is `count` of them, from 10 seconds to 1 day.
 *
 * @example
 * ```ts
 * const unit: TimeUnit = 'minute';
 * ```
 */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day';

/**
 * A column as stored (datetime columns come back as unix microseconds).
 *
 * @example
 * ```ts
 * const s: ColumnSelection = { kind: 'column', column: 'service_name', as: 'service' };
 * ```
 */
export interface ColumnSelection {
  readonly kind: 'column';
  readonly column: string;
  /** Output name; defaults to the column name. */
  readonly as?: string;
}

/**
 * An aggregate over the rows of a group, optionally only those matching `where` (`countIf`, `FILTER`).
 *
 * @example
 * ```ts
 * const s: AggregateSelection = { kind: 'aggregate', fn: 'count', as: 'errors', where: [eq('status_code', 'ERROR')] };
 * ```
 */
export interface AggregateSelection {
  readonly kind: 'aggregate';
  readonly fn: AggregateFn;
  /** Not used by `count`. */
  readonly column?: string;
  /** The level of `quantile`, in [0, 1]. */
  readonly p?: number;
  readonly as: string;
  readonly where?: readonly Filter[];
}

/**
 * The start of the time bucket of a datetime column, in unix microseconds: buckets are `count` × `unit`
 * wide (10 s to 1 day) and aligned to the unix epoch (UTC midnight for days).
 *
 * @example
 * ```ts
 * const s: BucketSelection = { kind: 'bucket', column: 'start_time', unit: 'second', count: 30, as: 't' };
 * ```
 */
export interface BucketSelection {
  readonly kind: 'bucket';
  readonly column: string;
  readonly unit: TimeUnit;
  /** Units per bucket; default 1. */
  readonly count?: number;
  readonly as: string;
}

/**
 * One output column of a {@link Query}.
 *
 * @example
 * ```ts
 * const select: Selection[] = [column('service_name'), count('calls')];
 * ```
 */
export type Selection =
  ColumnSelection | AggregateSelection | BucketSelection | AttributeValueSelection | ComputedSelection;

/**
 * Scalar values a filter compares with.
 *
 * @example
 * ```ts
 * const v: ScalarValue = 'GET';
 * ```
 */
export type ScalarValue = string | number | bigint | boolean;

/**
 * Comparison operators.
 *
 * @example
 * ```ts
 * const op: CompareOp = 'ge';
 * ```
 */
export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/**
 * `column <op> value`.
 *
 * @example
 * ```ts
 * const f: CompareFilter = { op: 'gt', column: 'duration_micros', value: 1_000_000 };
 * ```
 */
export interface CompareFilter {
  readonly op: CompareOp;
  readonly column: string;
  readonly value: ScalarValue;
}

/**
 * `column IN (values)`; an empty list matches nothing.
 *
 * @example
 * ```ts
 * const f: InFilter = { op: 'in', column: 'service_name', values: ['cart', 'checkout'] };
 * ```
 */
export interface InFilter {
  readonly op: 'in';
  readonly column: string;
  readonly values: readonly ScalarValue[];
}

/**
 * An array column contains `value`.
 *
 * @example
 * ```ts
 * const f: HasFilter = { op: 'has', column: 'services', value: 'cart' };
 * ```
 */
export interface HasFilter {
  readonly op: 'has';
  readonly column: string;
  readonly value: string | number;
}

/**
 * Attribute equality on a pair of parallel key/value string-array columns: `values[keys.indexOf(key)] = value`.
 *
 * @example
 * ```ts
 * const f: AttributeFilter = attributeEq('attribute_keys', 'attribute_values', 'http.method', 'GET');
 * ```
 */
export interface AttributeFilter {
  readonly op: 'attribute';
  readonly keysColumn: string;
  readonly valuesColumn: string;
  readonly key: string;
  readonly value: string;
}

/**
 * A condition on rows.
 *
 * @example
 * ```ts
 * const where: Filter[] = [ge('start_time', fromMicros), or(startsWith('span_name', 'GET '), not(eq('status_code', 'OK')))];
 * ```
 */
export type Filter =
  | CompareFilter
  | InFilter
  | HasFilter
  | AttributeFilter
  | MatchFilter
  | FilterGroup
  | NotFilter
  | AttributeExistsFilter
  | AttributeCompareFilter
  | AttributeMatchFilter;

/**
 * One sort key: an output name and a direction (default ascending).
 *
 * @example
 * ```ts
 * const order: OrderBy = { by: 'calls', direction: 'desc' };
 * ```
 */
export interface OrderBy {
  readonly by: string;
  readonly direction?: 'asc' | 'desc';
}
