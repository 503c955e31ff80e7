import { Observable } from 'rxjs';
import type { CancelTimer } from '@ht/stream-core';
import { HtError } from '@ht/stream-core/errors';
import type { AckToken, Batch, KeyedOperator } from '@ht/stream-core/operator';
import { AckToken as Tokens, BatchBuilder, END_OF_TIME, NO_WATERMARK, releaseBoth } from '@ht/stream-core/operator';
import type { Span } from '../model/Span.js';
import { createTrace } from '../model/Trace.js';
import type { Trace } from '../model/Trace.js';
import type { GrouperSnapshot } from './grouperSnapshot.js';
import { restoreGrouper, snapshotGrouper } from './grouperSnapshot.js';
import type { ResolvedGrouperOptions } from './GrouperOptions.js';
import { GROUPER_REASON_KEY, GrouperReason } from './GrouperReason.js';
import type { GrouperStats } from './GrouperStats.js';
import { FragmentRules } from './FragmentRules.js';
import { TraceTable } from './TraceTable.js';
import type { OpenFragment, TraceState } from './TraceState.js';

/**
 * The grouper as a stream-core keyed operator (keys from `traceKey`): places each span in its trace's
 * open fragment (by {@link FragmentRules}), emits fragments when event time, span count, duration, the
 * memory cap or the processing-time fallback says so, sends spans past the allowed lateness to the
 * `lateTag` side output, and checkpoints its table. Each emitted trace holds the acknowledgement
 * references of its spans' source emits until it is written. Use it through `groupTraces`.
 *
 * @example
 * ```ts
 * const traces = spans.keyBy(traceKey).operator(traceGrouper(resolveGrouperOptions(), new GrouperStats(), 'late'), { name: 'grouper' });
 * ```
 */
export function traceGrouper(
  o: ResolvedGrouperOptions,
  stats: GrouperStats,
  lateTag: string,
): KeyedOperator<Span, Trace> {
  return (op, input) =>
    new Observable<Batch<Trace>>((subscriber) => {
      const idleMs = o.idleTimeoutMs;
      const table = new TraceTable(o.gapMs, o.maxTraceDurationMs, o.allowedLatenessMs);
      const late = op.sideOutput<Span>(lateTag);
      const out = new BatchBuilder<Trace>();
      let watermark = NO_WATERMARK;
      let emittedWatermark = NO_WATERMARK;
      let idle = false;
      let idleTimer: CancelTimer | undefined;
      op.metrics.queueDepth = () => table.openSpans;
      stats.attach(() => ({ openTraces: table.openTraces, openSpans: table.openSpans, trackedTraces: table.tracked }));

      /** Emits a fragment as a trace that takes over its acknowledgement references. */
      const alone = (f: OpenFragment, reason: GrouperReason): void => {
        const trace = createTrace({
          spans: f.spans,
          fragment: f.fragment,
          session: f.session,
          enriched: { [GROUPER_REASON_KEY]: reason },
        });
        out.push(trace, f.maxTs, Tokens.derived(f.holder.take(), 1, true, op.clock.now()));
        stats.emitted(reason, f.spans.length);
      };
      const emit = (state: TraceState, reason: GrouperReason, byTime: boolean): void =>
        alone(table.close(state, byTime), reason);
      const rules = new FragmentRules(o, table, stats, { close: emit, alone });

      const byEventTime = (state: TraceState): void => {
        const f = state.open;
        if (f === undefined) return;
        let reason: GrouperReason = GrouperReason.GAP;
        if (watermark === END_OF_TIME) reason = GrouperReason.END_OF_INPUT;
        else if (f.followUp) reason = GrouperReason.LATE;
        else if (f.minTs + o.maxTraceDurationMs <= f.maxTs + o.gapMs) reason = GrouperReason.MAX_DURATION;
        emit(state, reason, true);
      };

      const flush = (): void => {
        op.metrics.recordsOut += out.length;
        if (out.length > 0 || watermark !== emittedWatermark) {
          emittedWatermark = watermark;
          subscriber.next(out.build(watermark, idle));
        }
        late.flush(watermark, idle);
      };

      /** The processing-time fallback: a sweep every quarter of idleTimeoutMs while traces are open. */
      const onIdleTimer = (): void => {
        idleTimer = undefined;
        const now = op.clock.now();
        const idleOnes: TraceState[] = [];
        for (const s of table.open()) if ((s.open?.lastArrival ?? Infinity) + idleMs <= now) idleOnes.push(s);
        for (const s of idleOnes) emit(s, GrouperReason.IDLE, true);
        if (idleOnes.length > 0) flush();
        armIdleTimer();
      };

      function armIdleTimer(): void {
        if (idleTimer !== undefined || idleMs === Infinity || table.openTraces === 0) return;
        idleTimer = op.clock.setTimer(onIdleTimer, idleMs / 4);
      }

      const tooLate = (span: Span, t: number, token: AckToken | null): void => {
        stats.tooLateSpan();
        op.metrics.late++;
        if (late.connected) late.push(span, t, token);
        else {
          op.metrics.dropped++;
          if (token !== null) releaseBoth(token);
        }
      };

      const onBatch = (batch: Batch<Span>): void => {
        const started = performance.now();
        const { values, times, tokens } = batch;
        if (batch.keys === undefined) throw new HtError('INTERNAL', `grouper "${op.name}" got an unkeyed batch`);
        const n = values.length;
        const now = op.clock.now();
        op.metrics.recordsIn += n;
        // Records absorbed into fragments give their own references back in runs of one token.
        let run: AckToken | null = null;
        let runLength = 0;
        for (let i = 0; i < n; i++) {
          const token = tokens[i] ?? null;
          if (token !== run) {
            if (run !== null) releaseBoth(run, runLength);
            run = token;
            runLength = 0;
          }
          const span = values[i] as Span;
          const t = times[i] as number;
          // The key (tenant:traceId) is not used: the table looks traces up by the span's own strings.
          if (!rules.place(span, t, token, watermark, now)) tooLate(span, t, token);
          else runLength++;
        }
        if (run !== null) releaseBoth(run, runLength);
        if (batch.watermark > watermark) watermark = batch.watermark;
        idle = batch.idle;
        table.advance(watermark, byEventTime);
        op.metrics.watermark = watermark;
        op.metrics.batchSeconds.observe((performance.now() - started) / 1000);
        flush();
        armIdleTimer();
      };

      op.registerParticipant({
        uid: op.name,
        snapshot: () => snapshotGrouper(table, watermark),
        restore: (s) => {
          watermark = restoreGrouper(table, s as GrouperSnapshot, op.clock.now());
          armIdleTimer();
        },
        takeHeldTokens: () => {
          const taken: AckToken[] = [];
          for (const s of table.open()) if (s.open !== undefined) for (const t of s.open.holder.take()) taken.push(t);
          return taken;
        },
      });

      const subscription = input.subscribe({
        next: (batch) => onBatch(batch),
        error: (e: unknown) => subscriber.error(e),
        complete: () => {
          idleTimer?.();
          subscriber.complete();
        },
      });
      return () => {
        idleTimer?.();
        subscription.unsubscribe();
      };
    });
}
