import { TokenHolder } from '@ht/stream-core/operator';
import type { Span } from '../model/Span.js';

/**
 * The fragment of a trace the grouper is collecting: its spans, the event-time range they cover, and
 * the acknowledgement references of the source emits they came from (handed to the emitted trace).
 *
 * @example
 * ```ts
 * const f = new OpenFragment(0, state.session, span.t, false, clock.now());
 * ```
 */
export class OpenFragment {
  readonly spans: Span[] = [];
  /** Unique among the fragments a grouper opened (0: never queued as the open one). */
  seq = 0;
  minTs: number;
  maxTs: number;
  readonly holder = new TokenHolder(false);
  /** Processing time of the newest span (the idle fallback). */
  lastArrival: number;
  /** Encoded spans `[0, encodedCount)` for checkpoints, so a span is encoded once however many snapshots hold it. */
  readonly chunks: string[] = [];
  encodedCount = 0;

  constructor(
    readonly fragment: number,
    /** The session it belongs to (`Trace.session`): its state's when it opened. */
    readonly session: number,
    firstTs: number,
    /** Opened by a span that arrived after the trace was emitted: a follow-up (reason `late`). */
    readonly followUp: boolean,
    now: number,
  ) {
    this.minTs = firstTs;
    this.maxTs = firstTs;
    this.lastArrival = now;
  }
}

/**
 * One trace key's state: the open fragment, if any, and what the last emission left behind (the next
 * fragment number, and until when in event time it is kept), so late spans become follow-up fragments.
 *
 * @example
 * ```ts
 * const state = new TraceState('acme', '0af7651916cd43dd8448eb211c80319c');
 * state.next; // 0: the first fragment to open
 * ```
 */
export class TraceState {
  open: OpenFragment | undefined = undefined;
  /** The number of the next fragment to open (within the session). */
  next = 0;
  /**
   * The session: event time (whole ms, see {@link sessionStart}) of the span that opened it, i.e. that
   * found no state or started the numbering over. Fragments are numbered from 0 within it.
   */
  session = 0;
  /** Newest span time of the last emitted fragment. */
  lastMaxTs = Number.NEGATIVE_INFINITY;
  /** Once event time reaches it, a state without an open fragment is forgotten. */
  expiresAt = Number.POSITIVE_INFINITY;
  /** The last emission was decided by time (gap, duration, idle): spans within its gap are late. */
  closedByTime = false;
  /** Event time of its live timer entry (`NaN`: none). */
  timerAt = Number.NaN;
  /** False once forgotten. */
  alive = true;

  constructor(
    readonly tenantId: string,
    readonly traceId: string,
  ) {}

  /** The event time at which something is due: the open fragment's close, or the state's expiry. */
  dueTime(gapMs: number, maxDurationMs: number): number {
    const f = this.open;
    if (f === undefined) return this.expiresAt;
    return Math.min(f.maxTs + gapMs - 1, f.minTs + maxDurationMs - 1);
  }
}

/**
 * The session number a span at event time `t` opens: `t` in whole ms (truncated, as `spanEndTime`
 * truncates nanoseconds), 0 for times before the epoch or beyond a safe integer. It depends only on
 * the span, so a replay in the same order gives the same sessions whether the grouper had forgotten
 * the trace or started its numbering over.
 *
 * @example
 * ```ts
 * state.session = sessionStart(t); // 1_700_000_000_123
 * ```
 */
export function sessionStart(t: number): number {
  const ms = Math.trunc(t);
  return Number.isSafeInteger(ms) && ms > 0 ? ms : 0;
}
