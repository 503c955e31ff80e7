import { bucket, column, count, ge, lt, max, min, quantile, sum } from '../query/build.js';
import type { Query } from '../query/Query.js';
import type { RollupDefinition, RollupRange } from './defineRollup.js';

/**
 * A rollup computed from the base view in one query (the DuckDB way, and what ClickHouse's rebuilt
 * rows must equal): per entity (and minute), calls, errors, duration sum/min/max and p50/p95/p99.
 *
 * @example
 * ```ts
 * const rows = await store.query(rollupQuery(serviceRed, { tenantId: 'default', fromMicros, toMicros }));
 * ```
 */
export function rollupQuery(rollup: RollupDefinition, range: RollupRange): Query {
  const time = rollup.view.timeColumn;
  const d = rollup.durationColumn;
  const minute = range.byMinute ? [bucket(time, 'minute', 'minute')] : [];
  return {
    view: rollup.view.name,
    tenantId: range.tenantId,
    select: [
      ...rollup.entity.map((c) => column(c)),
      ...minute,
      count('calls'),
      count('errors', rollup.errors),
      sum(d, 'duration_sum'),
      min(d, 'duration_min'),
      max(d, 'duration_max'),
      quantile(d, 0.5, 'p50'),
      quantile(d, 0.95, 'p95'),
      quantile(d, 0.99, 'p99'),
    ],
    where: [ge(time, range.fromMicros), lt(time, range.toMicros), ...rollup.where],
    groupBy: [...rollup.entity, ...(range.byMinute ? ['minute'] : [])],
    orderBy: [...rollup.entity, ...(range.byMinute ? ['minute'] : [])].map((by) => ({ by })),
  };
}
