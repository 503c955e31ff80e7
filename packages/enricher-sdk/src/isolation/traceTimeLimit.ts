/** Spans a trace may have within a plugin's whole `timeoutMs`; a larger trace gets proportionally longer. */
export const SPANS_PER_TIME_LIMIT = 1_000;

/**
 * The time limit of one view call on `spanCount` spans: `timeoutMs` for up to {@link SPANS_PER_TIME_LIMIT}
 * spans, proportionally more beyond (a 10,000-span trace gets ten times as long). A view's work grows with
 * the spans, and a view over its limit gives no rows for the trace: a fixed limit would drop the largest
 * traces whole on a busy machine. The limit is there to stop code that loops, not big traces.
 *
 * @example
 * ```ts
 * traceTimeLimitMs(1000, 200); // 1000
 * traceTimeLimitMs(1000, 10_000); // 10000
 * ```
 */
export function traceTimeLimitMs(timeoutMs: number, spanCount: number): number {
  return spanCount <= SPANS_PER_TIME_LIMIT ? timeoutMs : Math.ceil((timeoutMs * spanCount) / SPANS_PER_TIME_LIMIT);
}
