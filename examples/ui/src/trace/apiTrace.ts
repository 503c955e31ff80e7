import type { WaterfallModel, WaterfallRow } from './waterfall.js';

/** One exit call of an API call: the span, and the service visit it reached (when the trace has it). */
export interface ApiExit {
  readonly row: WaterfallRow;
  /** The callee's entry span (a child ENTRY span of the exit), if it is in the trace. */
  readonly callee?: WaterfallRow;
}

/** One API call: a service's entry span and the exit calls made while serving it. */
export interface ApiCall {
  readonly entry: WaterfallRow;
  readonly exits: readonly ApiExit[];
  /** The other spans of the visit (internal work), counted. */
  readonly internalSpans: number;
}

/**
 * A span's role: ENTRY, EXIT or INTERNAL, from the enricher's `spanType` or, when not enriched, its kind.
 *
 * @example
 * ```ts
 * spanRole(model.rows[0]); // 'ENTRY'
 * ```
 */
export function spanRole(row: WaterfallRow): 'ENTRY' | 'EXIT' | 'INTERNAL' {
  const type = row.span.spanType;
  if (type === 'ENTRY' || type === 'EXIT' || type === 'INTERNAL') return type;
  const kind = row.span.kind;
  if (kind === 'SERVER' || kind === 'CONSUMER') return 'ENTRY';
  if (kind === 'CLIENT' || kind === 'PRODUCER') return 'EXIT';
  return row.depth === 0 ? 'ENTRY' : 'INTERNAL';
}

/**
 * The trace's API calls (Hypertrace's API trace): each entry span (a service visit) with the exit calls
 * under it up to the next entry span, in tree order, each exit with the entry span it reached. A root
 * that is not an entry span still heads its spans, so no exit is lost.
 *
 * @example
 * ```ts
 * const calls = apiCalls(layoutWaterfall(trace.spans));
 * calls[0]?.exits.length; // the root API call's exits
 * ```
 */
export function apiCalls(model: WaterfallModel): ApiCall[] {
  interface OpenCall {
    readonly entry: WaterfallRow;
    readonly exits: ApiExit[];
    internalSpans: number;
  }
  const calls: OpenCall[] = [];
  // The open entries and exits on the path from the root to the current row.
  const path: { row: WaterfallRow; call: OpenCall; exit?: ApiExit }[] = [];
  for (const row of model.rows) {
    while (path.length > 0 && (path[path.length - 1] as (typeof path)[number]).row.depth >= row.depth) path.pop();
    const parent = path[path.length - 1];
    const role = spanRole(row);
    if (role === 'ENTRY' || !parent) {
      const call: OpenCall = { entry: row, exits: [], internalSpans: 0 };
      calls.push(call);
      // An entry under an exit is the exit's callee (the first one, if the call was retried inside).
      if (parent?.exit && !parent.exit.callee && parent.row === parent.exit.row) {
        const index = parent.call.exits.indexOf(parent.exit);
        const withCallee = { ...parent.exit, callee: row };
        parent.call.exits[index] = withCallee;
        parent.exit = withCallee;
      }
      path.push({ row, call });
    } else if (role === 'EXIT') {
      const exit: ApiExit = { row };
      parent.call.exits.push(exit);
      path.push({ row, call: parent.call, exit });
    } else {
      parent.call.internalSpans++;
      path.push({ row, call: parent.call });
    }
  }
  return calls;
}
