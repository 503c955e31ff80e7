import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import type { Filter, OrderBy } from '../query/Query.js';

/**
 * A per-minute RED rollup (rate, errors, duration) of one view, per tenant and entity (a service, an
 * API, a backend). ClickHouse rebuilds it for each closed minute from the deduplicated base rows into a
 * ReplacingMergeTree keyed (tenant, minute, entity), so a replay never counts twice; the open minutes
 * are read from the base view. DuckDB computes it on query.
 *
 * @example
 * ```ts
 * const serviceRed = defineRollup({
 *   name: 'service_red_1m', view: spanView, entity: ['service_name'], durationColumn: 'duration_micros',
 *   errors: [eq('status_code', 'ERROR')], where: [eq('is_entry', true)],
 * });
 * ```
 */
export interface RollupDefinition {
  /** The rollup table's name. */
  readonly name: string;
  readonly view: ViewDefinition;
  /** Columns of the view naming the entity (e.g. `['service_name']`, `['service_name', 'api_name']`). */
  readonly entity: readonly string[];
  /** A numeric column of the view holding the duration. */
  readonly durationColumn: string;
  /** Rows counted as errors. */
  readonly errors: readonly Filter[];
  /** Rows counted at all (e.g. entry spans only). Default: every row. */
  readonly where: readonly Filter[];
}

/**
 * What {@link defineRollup} accepts.
 *
 * @example
 * ```ts
 * const spec: RollupSpec = { name: 'api_red_1m', view: spanView, entity: ['service_name', 'span_name'], durationColumn: 'duration_micros', errors: [eq('status_code', 'ERROR')] };
 * ```
 */
export type RollupSpec = Omit<RollupDefinition, 'where'> & { readonly where?: readonly Filter[] };

const NUMERIC = new Set([
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'float32',
  'float64',
]);

/**
 * Validates a rollup against its view (tenant_id and a time column present, entity and duration columns
 * exist, duration numeric).
 *
 * @example
 * ```ts
 * const rollup = defineRollup({ name: 'backend_red_1m', view: callView, entity: ['callee_service'],
 *   durationColumn: 'duration_micros', errors: [eq('is_error', true)] });
 * ```
 */
export function defineRollup(spec: RollupSpec): RollupDefinition {
  const { view } = spec;
  const problems: string[] = [];
  if (!/^[a-z_][a-z0-9_]*$/.test(spec.name)) problems.push('name must be lowercase letters, digits and _');
  if (view.columns['tenant_id'] === undefined) problems.push(`view '${view.name}' has no tenant_id column`);
  if (view.timeColumn === '') problems.push(`view '${view.name}' has no time column`);
  if (spec.entity.length === 0) problems.push('entity must name at least one column');
  for (const c of spec.entity) if (view.columns[c] === undefined) problems.push(`entity column '${c}' is not a column`);
  const duration = view.columns[spec.durationColumn];
  if (duration === undefined || !NUMERIC.has(duration.type)) {
    problems.push(`durationColumn '${spec.durationColumn}' must be a numeric column`);
  }
  if (problems.length > 0) {
    throw new HtError('CONFIG_INVALID', `invalid rollup '${spec.name}': ${problems.join('; ')}`);
  }
  return Object.freeze({ ...spec, where: spec.where ?? [] });
}

/**
 * What to read from a rollup: one tenant, a time range (µs, `from` inclusive, `to` exclusive, any
 * microsecond: partial minutes at either end are read from the base view), totals per entity, per entity
 * and minute (`byMinute`) or per entity and bucket of `bucketMicros`; optionally grouped by only some
 * entity columns (`groupBy`), only the entities matching `entityFilters`, sorted and cut (`orderBy`,
 * `limit`, `offset`) by the engine.
 *
 * @example
 * ```ts
 * const rows = await store.queryRollup('service_red_1m', { tenantId: 'default', fromMicros, toMicros });
 * const hourly = await store.queryRollup('api_red_1m', {
 *   tenantId: 'default', fromMicros, toMicros, bucketMicros: 60 * MINUTE_MICROS,
 *   groupBy: ['service_name'], entityFilters: [eq('service_name', 'cart')],
 * });
 * ```
 */
export interface RollupRange {
  readonly tenantId: string;
  readonly fromMicros: number;
  readonly toMicros: number;
  /** One row per entity and minute (`minute` column, µs) instead of one per entity. */
  readonly byMinute?: boolean;
  /**
   * One row per entity and bucket (`bucket` column, µs): a whole number of minutes, from one minute to a
   * day, buckets aligned to the unix epoch (as the query model's `bucket`). Not with `byMinute`.
   */
  readonly bucketMicros?: number;
  /**
   * The entity columns to group by (a subset of the rollup's `entity`, in any order; `[]`: one row, or
   * one per bucket). Default: every entity column. The rows carry these columns only.
   */
  readonly groupBy?: readonly string[];
  /**
   * Filters on the entity columns only (any filter of the query model whose every column is an entity
   * column: comparisons, `in`, string matches, and/or/not of them): only the entities matching all of them.
   */
  readonly entityFilters?: readonly Filter[];
  /**
   * Sort by outputs (the grouped entity columns, `minute`/`bucket`, the measures); the keys not named
   * follow, ascending, so the order is total. Default: the keys, ascending.
   */
  readonly orderBy?: readonly OrderBy[];
  /** At most this many rows (after `offset`). */
  readonly limit?: number;
  /** Rows to skip first (needs `limit`). */
  readonly offset?: number;
}

/**
 * The one contiguous interval of minutes (µs, whole minutes, `to` exclusive) a store has rebuilt a
 * rollup for: reads take these minutes from the rollup table, all others from the base view.
 *
 * @example
 * ```ts
 * const rebuilt: RebuiltMinutes = { fromMicros: 1_767_225_600_000_000, toMicros: 1_767_226_200_000_000 };
 * ```
 */
export interface RebuiltMinutes {
  readonly fromMicros: number;
  readonly toMicros: number;
}

/**
 * The measures every rollup row carries, after the entity columns (and `minute`).
 *
 * @example
 * ```ts
 * for (const m of ROLLUP_MEASURES) console.log(row[m]);
 * ```
 */
export const ROLLUP_MEASURES = [
  'calls',
  'errors',
  'duration_sum',
  'duration_min',
  'duration_max',
  'p50',
  'p95',
  'p99',
] as const;

/**
 * Microseconds in a minute.
 *
 * @example
 * ```ts
 * const closedBefore = Math.floor(Date.now() * 1000 / MINUTE_MICROS) * MINUTE_MICROS;
 * ```
 */
export const MINUTE_MICROS = 60_000_000;
