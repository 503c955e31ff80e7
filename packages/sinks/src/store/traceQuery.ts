import { ge, le, eq, column } from '../query/build.js';
import type { Query } from '../query/Query.js';
import type { QueryRow } from '../query/QueryResult.js';
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

/**
 * One row per view key, the first of each in `rows`' order: the deduplication of a trace read made
 * without `FINAL` (ClickHouse), where a replayed row may still be there twice until merges catch up.
 *
 * @example
 * ```ts
 * const rows = oneRowPerKey(await store.query({ ...traceQuery(layout, tenant, id, s, e), dedup: false }), layout.view.key);
 * ```
 */
export function oneRowPerKey(rows: readonly QueryRow[], key: readonly string[]): QueryRow[] {
  const seen = new Set<string>();
  const out: QueryRow[] = [];
  for (const row of rows) {
    const id = JSON.stringify(key.map((k) => String(row[k])));
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(row);
  }
  return out;
}
