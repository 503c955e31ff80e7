import type { Columns, RowOf } from '../plugin/columns.js';

/**
 * The rows one trace (fragment) gives the views: rows by view name, in the views' order. A view with no
 * rows for the trace (none to give, or it failed) has no entry. What a sink writes; the
 * {@link ViewMaterializer} makes it.
 *
 * @example
 * ```ts
 * const rows: TraceRows = await new ViewMaterializer(plugins.loadedViews).materialize(trace);
 * for (const [view, viewRows] of rows) console.log(view, viewRows.length);
 * ```
 */
export type TraceRows = ReadonlyMap<string, readonly RowOf<Columns>[]>;
