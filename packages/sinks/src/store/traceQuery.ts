import { ge, le, eq, column } from '../query/build.js';
import type { Query } from '../query/Query.js';
import type { TableLayout } from './tableLayout.js';

/**
 * The time-bounded read of one trace's rows, every column, ordered by the time column: the second step
 * of trace-by-id once the lookup table gave the trace's time range (µs, inclusive).
 *
 * @example
 * ```ts
 * const rows = await store.query(traceQuery(layout, 'default', traceId, start, end));
 * ```
 */
export function traceQuery(
  layout: TableLayout,
  tenantId: string,
  traceId: string,
  fromMicros: number,
  toMicros: number,
): Query {
  const time = layout.timeColumn;
  return {
    view: layout.view.name,
    tenantId,
    select: Object.keys(layout.view.columns).map((c) => column(c)),
    where: [eq('trace_id', traceId), ge(time, fromMicros), le(time, toMicros)],
    orderBy: [{ by: time }, ...layout.view.key.filter((k) => k !== time).map((k) => ({ by: k }))],
  };
}
