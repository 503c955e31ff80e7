import { ge, le, eq, column } from '../query/build.js';
import type { Filter, Query, Selection } from '../query/Query.js';
import type { QueryRow } from '../query/QueryResult.js';
import type { TableLayout } from './tableLayout.js';

/**
 * What a trace-by-id read (`ViewStore.traceRows`) returns of each row.
 *
 * @example
 * ```ts
 * const lean: TraceRowsOptions = { select: [column('span_id'), column('parent_span_id'), column('duration_micros')] };
 * ```
 */
export interface TraceRowsOptions {
  /**
   * The outputs to read (columns, attribute values): a trace's outline reads its tree and timings without
   * the attribute arrays. The view's key columns and its time column are read too (the order and the
   * deduplication need them). Default: every column.
   */
  readonly select?: readonly Selection[];
  /** More conditions the rows meet (`isIn('span_id', ids)`: some spans of the trace). */
  readonly where?: readonly Filter[];
}

/** `select`, plus the key and time columns it lacks; every column when it is undefined. */
function traceSelection(layout: TableLayout, select: readonly Selection[] | undefined): Selection[] {
  if (select === undefined) return Object.keys(layout.view.columns).map((c) => column(c));
  const names = new Set(select.map((s) => (s.kind === 'column' ? (s.as ?? s.column) : s.as)));
  const needed = [...layout.view.key, layout.timeColumn].filter((c, i, all) => all.indexOf(c) === i && !names.has(c));
  return [...select, ...needed.map((c) => column(c))];
}

/**
 * The time-bounded read of one trace's rows, every column (or `options.select` and the key and time
 * columns; those meeting `options.where` too), ordered by the time column: the second step of trace-by-id once the lookup table gave the
 * trace's time range (µs, inclusive).
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
  options: TraceRowsOptions = {},
): Query {
  const time = layout.timeColumn;
  return {
    view: layout.view.name,
    tenantId,
    select: traceSelection(layout, options.select),
    where: [eq('trace_id', traceId), ge(time, fromMicros), le(time, toMicros), ...(options.where ?? [])],
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
