import type { Trace } from '../model/Trace.js';

/**
 * Why the grouper emitted a trace fragment, written on the trace as `ht.grouper.reason`:
 * - `gap`: event time passed its newest span by `gapMs` (the trace went quiet), or a span came more
 *   than `gapMs` after (or before) the others and starts the next fragment;
 * - `max-spans`: it reached `maxSpansPerTrace`; later spans go to the next fragment;
 * - `max-duration`: its spans cover `maxTraceDurationMs` of event time;
 * - `memory-cap`: emitted early, oldest first, because the grouper held `maxOpenSpans` spans;
 * - `idle`: the processing-time fallback (no span for `idleTimeoutMs` while event time stood still);
 * - `late`: a follow-up fragment of spans that arrived after the trace was emitted;
 * - `end-of-input`: the input ended or the job drained with `flush` (watermark +∞).
 *
 * @example
 * ```ts
 * if (grouperReasonOf(trace) === GrouperReason.MEMORY_CAP) pressure.inc();
 * ```
 */
export const GrouperReason = {
  GAP: 'gap',
  MAX_SPANS: 'max-spans',
  MAX_DURATION: 'max-duration',
  MEMORY_CAP: 'memory-cap',
  IDLE: 'idle',
  LATE: 'late',
  END_OF_INPUT: 'end-of-input',
} as const;
/** One of the {@link GrouperReason} values. */
export type GrouperReason = (typeof GrouperReason)[keyof typeof GrouperReason];

/**
 * Every reason, in a fixed order (for metrics).
 *
 * @example
 * ```ts
 * for (const reason of GROUPER_REASONS) console.log(reason, stats.snapshot().tracesEmitted[reason]);
 * ```
 */
export const GROUPER_REASONS: readonly GrouperReason[] = Object.freeze(Object.values(GrouperReason));

/**
 * The trace-level enriched attribute that says why the grouper emitted a fragment.
 *
 * @example
 * ```ts
 * trace.enriched.string(GROUPER_REASON_KEY); // 'gap'
 * ```
 */
export const GROUPER_REASON_KEY = 'ht.grouper.reason';

/**
 * The reason the grouper wrote on `trace`, or `undefined` for a trace it did not emit.
 *
 * @example
 * ```ts
 * const reason = grouperReasonOf(trace); // 'max-spans'
 * ```
 */
export function grouperReasonOf(trace: Trace): GrouperReason | undefined {
  const value = trace.enriched.string(GROUPER_REASON_KEY);
  return (GROUPER_REASONS as readonly string[]).includes(value ?? '') ? (value as GrouperReason) : undefined;
}
