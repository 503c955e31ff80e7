/**
 * What the progress line shows: running totals of the pipeline (and, when known, what waits in the
 * receivers' channel).
 *
 * @example
 * ```ts
 * const counters: ProgressCounters = { spansIn: 12_345, tracesOut: 1_234, rowsStored: 23_456, services: 9, queue: 120 };
 * ```
 */
export interface ProgressCounters {
  /** Spans the receivers accepted. */
  readonly spansIn: number;
  /** Traces the grouper emitted. */
  readonly tracesOut: number;
  /** Rows the views wrote to the store. */
  readonly rowsStored: number;
  /** Distinct services of the traces stored (omitted from the line when absent). */
  readonly services?: number;
  /** Spans waiting between the receivers and the grouper (omitted from the line when absent). */
  readonly queue?: number;
}

/**
 * A count with thousands separators: `12,345`.
 *
 * @example
 * ```ts
 * formatCount(1234567); // '1,234,567'
 * ```
 */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/**
 * A rate per second, short: `0.5`, `12`, `1.2k`, `3.4M`.
 *
 * @example
 * ```ts
 * formatRate(1234); // '1.2k'
 * ```
 */
export function formatRate(perSecond: number): string {
  const r = Math.max(0, perSecond);
  if (r >= 1e6) return `${(r / 1e6).toFixed(1)}M`;
  if (r >= 1e3) return `${(r / 1e3).toFixed(1)}k`;
  if (r >= 10) return String(Math.round(r));
  return r === 0 ? '0' : r.toFixed(1);
}

/**
 * The progress line: each total with its rate per second over `seconds` since `previous`, then the
 * services and the queue.
 *
 * @example
 * ```ts
 * const before = { spansIn: 0, tracesOut: 0, rowsStored: 0 };
 * formatProgress({ spansIn: 1200, tracesOut: 100, rowsStored: 900, services: 9, queue: 5 }, before, 1);
 * // 'spans in 1,200 (1.2k/s) · traces out 100 (100/s) · rows stored 900 (900/s) · services 9 · queue 5'
 * ```
 */
export function formatProgress(now: ProgressCounters, previous: ProgressCounters, seconds: number): string {
  const rate = (a: number, b: number): string => formatRate(seconds > 0 ? (a - b) / seconds : 0);
  const parts = [
    `spans in ${formatCount(now.spansIn)} (${rate(now.spansIn, previous.spansIn)}/s)`,
    `traces out ${formatCount(now.tracesOut)} (${rate(now.tracesOut, previous.tracesOut)}/s)`,
    `rows stored ${formatCount(now.rowsStored)} (${rate(now.rowsStored, previous.rowsStored)}/s)`,
  ];
  if (now.services !== undefined) parts.push(`services ${formatCount(now.services)}`);
  if (now.queue !== undefined) parts.push(`queue ${formatCount(now.queue)}`);
  return parts.join(' · ');
}
