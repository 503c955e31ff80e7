import type { AckToken } from '@ht/stream-core/operator';
import type { Span } from '../model/Span.js';
import type { ResolvedGrouperOptions } from './GrouperOptions.js';
import { GrouperReason } from './GrouperReason.js';
import type { GrouperStats } from './GrouperStats.js';
import type { TraceTable } from './TraceTable.js';
import { OpenFragment, sessionStart } from './TraceState.js';
import type { TraceState } from './TraceState.js';

/** How {@link FragmentRules} has fragments emitted (the operator builds and sends the traces). */
export interface FragmentEmitter {
  /** Emits the state's open fragment; `byTime`: decided by time, so later spans within its gap are late. */
  close(state: TraceState, reason: GrouperReason, byTime: boolean): void;
  /** Emits a fragment that never was the open one (a stray late span). */
  alone(fragment: OpenFragment, reason: GrouperReason): void;
}

/**
 * Where a span goes: which fragment of its trace, and which fragments that closes. The rules read only
 * the span's time and its trace's state, never the watermark or the clock (except to refuse spans past
 * the allowed lateness), so replaying a trace's spans in the same order after a crash assigns them to
 * the same fragments as long as they are on time:
 * - a span `gapMs` or more after the open fragment's newest span closes it (`gap`) and opens the next;
 *   so does one `maxTraceDurationMs` or more after its oldest span (`max-duration`); a span earlier
 *   than the open fragment joins it, unless it is `maxTraceDurationMs` or more before its newest span:
 *   then it leaves at once as a fragment of its own (`late`), and the open fragment stays as it is;
 * - a span with no open fragment opens the next one; after an emission decided by time, a span of
 *   that fragment (less than `gapMs` after its newest span) is late: its fragment is a follow-up;
 * - a span at or after the state's expiry (newest span + gap + allowed lateness) opens a new session
 *   (its own event time, see `sessionStart`) numbered from 0, as if the state had been forgotten, which
 *   it may have been in another run: a span that finds no state opens a session the same way, so both
 *   runs give its fragments the same `(session, fragment)`, distinct from the earlier session's;
 * - a fragment that reaches `maxSpansPerTrace` is emitted (`max-spans`), and while the grouper holds more
 *   than `maxOpenSpans` spans the oldest open fragments are emitted (`memory-cap`).
 *
 * @example
 * ```ts
 * const rules = new FragmentRules(options, table, stats, { close, alone });
 * if (!rules.place(span, t, token, watermark, clock.now())) lateOutput.push(span, t, token);
 * ```
 */
export class FragmentRules {
  constructor(
    private readonly o: ResolvedGrouperOptions,
    private readonly table: TraceTable,
    private readonly stats: GrouperStats,
    private readonly emitter: FragmentEmitter,
  ) {}

  /**
   * Adds a span at event time `t` to its trace's fragment, emitting what that closes. Returns false,
   * taking nothing, when the trace is unknown and `t` is past the allowed lateness.
   */
  place(span: Span, t: number, token: AckToken | null, watermark: number, now: number): boolean {
    const gap = this.o.gapMs;
    let state = this.table.state(span.tenantId, span.traceId);
    if (state === undefined) {
      if (t + gap - 1 + this.o.allowedLatenessMs <= watermark) return false;
      state = this.table.create(span.tenantId, span.traceId, t);
    }
    let f = state.open;
    if (f !== undefined) {
      if (t >= f.maxTs + gap) {
        this.emitter.close(state, GrouperReason.GAP, false);
        f = undefined;
      } else if (t - f.minTs >= this.o.maxTraceDurationMs) {
        this.emitter.close(state, GrouperReason.MAX_DURATION, false);
        f = undefined;
      } else if (f.maxTs - t >= this.o.maxTraceDurationMs) {
        const stray = new OpenFragment(state.next++, state.session, t, true, now);
        stray.spans.push(span);
        if (token !== null) stray.holder.hold(token);
        this.stats.lateSpan();
        this.emitter.alone(stray, GrouperReason.LATE);
        return true;
      }
    }
    if (f === undefined) {
      if (t >= state.expiresAt) {
        state.session = sessionStart(t);
        state.next = 0;
        state.closedByTime = false;
        this.stats.restartedTrace();
      }
      f = this.table.openFragment(state, t, now, state.closedByTime && t < state.lastMaxTs + gap);
    }
    if (f.followUp) this.stats.lateSpan();
    this.table.add(f, state, span, t, token, now);
    if (f.spans.length >= this.o.maxSpansPerTrace) this.emitter.close(state, GrouperReason.MAX_SPANS, false);
    while (this.table.openSpans > this.o.maxOpenSpans) {
      const oldest = this.table.oldestOpen();
      if (oldest === undefined) break;
      this.emitter.close(oldest, GrouperReason.MEMORY_CAP, false);
    }
    return true;
  }
}
