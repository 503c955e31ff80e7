import { bucket, column, count, ge, lt, max, min, quantile, sum } from '../query/build.js';
import type { Query } from '../query/Query.js';
import type { RollupDefinition, RollupRange } from './defineRollup.js';
import { MINUTE_MICROS } from './defineRollup.js';
import { rollupReadShape } from './rollupReadShape.js';

/**
 * A rollup computed from the base view in one query (the DuckDB way, and what ClickHouse's rebuilt
 * rows must equal): per entity (or the entity columns of `groupBy`; and minute or bucket), calls,
 * errors, duration sum/min/max and p50/p95/p99, of the entities matching `entityFilters`, sorted and cut
 * as the range says. Rejects a range the rollup cannot read (`INPUT_INVALID`).
 *
 * @example
 * ```ts
 * const rows = await store.query(rollupQuery(serviceRed, { tenantId: 'default', fromMicros, toMicros }));
 * ```
 */
export function rollupQuery(rollup: RollupDefinition, range: RollupRange): Query {
  const shape = rollupReadShape(rollup, range);
  const time = rollup.view.timeColumn;
  const d = rollup.durationColumn;
  const b = shape.bucket;
  return {
    view: rollup.view.name,
    tenantId: range.tenantId,
    select: [
      ...shape.groupBy.map((c) => column(c)),
      ...(b ? [bucket(time, 'minute', b.name, b.micros / MINUTE_MICROS)] : []),
      count('calls'),
      count('errors', rollup.errors),
      sum(d, 'duration_sum'),
      min(d, 'duration_min'),
      max(d, 'duration_max'),
      quantile(d, 0.5, 'p50'),
      quantile(d, 0.95, 'p95'),
      quantile(d, 0.99, 'p99'),
    ],
    where: [ge(time, range.fromMicros), lt(time, range.toMicros), ...rollup.where, ...shape.entityFilters],
    groupBy: [...shape.groupBy, ...(b ? [b.name] : [])],
    orderBy: shape.orderBy,
    ...(shape.limit !== undefined ? { limit: shape.limit } : {}),
    ...(shape.offset !== undefined ? { offset: shape.offset } : {}),
  };
}
