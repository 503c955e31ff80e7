import { Observable } from 'rxjs';
import type { CancelTimer } from '@ht/stream-core';
import { HtError } from '@ht/stream-core/errors';
import type { AckToken, Batch, KeyedOperator } from '@ht/stream-core/operator';
import {
  AckToken as Tokens,
  BatchBuilder,
  END_OF_TIME,
  NO_WATERMARK,
  partitionOf,
  releaseBoth,
} from '@ht/stream-core/operator';
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

/** The grouper's state for one input partition (or for the whole job, under the key `''`). */
interface Part {
  readonly table: TraceTable;
  readonly rules: FragmentRules;
}

/** The part of the whole job when state is not per partition. */
const WHOLE_JOB = '';

/**
 * The grouper as a stream-core keyed operator (keys from `traceKey`): places each span in its trace's
 * open fragment (by {@link FragmentRules}), emits fragments when event time, span count, duration, the
 * memory cap or the processing-time fallback says so, sends spans past the allowed lateness to the
 * `lateTag` side output, and checkpoints its table. Each emitted trace holds the acknowledgement
 * references of its spans' source emits until it is written. Use it through `groupTraces`.
 *
 * In a job with per-partition state (`partitionState`) it keeps one table per input partition: the
 * memory cap holds per partition, and each partition's table is snapshotted, restored and dropped with
 * the partition (a partition-scoped participant); otherwise one table for the job, in its checkpoints.
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
      const perPartition = op.statePerPartition === true;
      const parts = new Map<string, Part>();
      const late = op.sideOutput<Span>(lateTag);
      const out = new BatchBuilder<Trace>();
      let watermark = NO_WATERMARK;
      let emittedWatermark = NO_WATERMARK;
      let idle = false;
      let idleTimer: CancelTimer | undefined;
      const sum = (of: (t: TraceTable) => number): number => {
        let n = 0;
        for (const part of parts.values()) n += of(part.table);
        return n;
      };
      op.metrics.queueDepth = () => sum((t) => t.openSpans);
      stats.attach(() => ({
        openTraces: sum((t) => t.openTraces),
        openSpans: sum((t) => t.openSpans),
        trackedTraces: sum((t) => t.tracked),
      }));

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
      const newPart = (): Part => {
        const table = new TraceTable(o.gapMs, o.maxTraceDurationMs, o.allowedLatenessMs);
        const close = (state: TraceState, reason: GrouperReason, byTime: boolean): void =>
          alone(table.close(state, byTime), reason);
        return { table, rules: new FragmentRules(o, table, stats, { close, alone }) };
      };
      const partOf = (partition: string): Part => {
        let part = parts.get(partition);
        if (part === undefined) parts.set(partition, (part = newPart()));
        return part;
      };

      const byEventTime = (table: TraceTable, state: TraceState): void => {
        const f = state.open;
        if (f === undefined) return;
        let reason: GrouperReason = GrouperReason.GAP;
        if (watermark === END_OF_TIME) reason = GrouperReason.END_OF_INPUT;
        else if (f.followUp) reason = GrouperReason.LATE;
        else if (f.minTs + o.maxTraceDurationMs <= f.maxTs + o.gapMs) reason = GrouperReason.MAX_DURATION;
        alone(table.close(state, true), reason);
      };
      const advanceAll = (): void => {
        for (const { table } of parts.values()) table.advance(watermark, (s) => byEventTime(table, s));
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
        let emitted = 0;
        for (const { table } of parts.values()) {
          const idleOnes: TraceState[] = [];
          for (const s of table.open()) if ((s.open?.lastArrival ?? Infinity) + idleMs <= now) idleOnes.push(s);
          for (const s of idleOnes) alone(table.close(s, true), GrouperReason.IDLE);
          emitted += idleOnes.length;
        }
        if (emitted > 0) flush();
        armIdleTimer();
      };

      function armIdleTimer(): void {
        if (idleTimer !== undefined || idleMs === Infinity || sum((t) => t.openTraces) === 0) return;
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
        let rules = perPartition ? undefined : partOf(WHOLE_JOB).rules;
        for (let i = 0; i < n; i++) {
          const token = tokens[i] ?? null;
          if (token !== run) {
            if (run !== null) releaseBoth(run, runLength);
            run = token;
            runLength = 0;
            // A run of one token is one source emit: one partition.
            if (perPartition) rules = partOf(partitionOf(token) ?? WHOLE_JOB).rules;
          }
          if (rules === undefined) throw new HtError('INTERNAL', `grouper "${op.name}" found no partition state`);
          const span = values[i] as Span;
          const t = times[i] as number;
          // The key (tenant:traceId) is not used: the table looks traces up by the span's own strings.
          if (!rules.place(span, t, token, watermark, now)) tooLate(span, t, token);
          else runLength++;
        }
        if (run !== null) releaseBoth(run, runLength);
        if (batch.watermark > watermark) watermark = batch.watermark;
        idle = batch.idle;
        advanceAll();
        op.metrics.watermark = watermark;
        op.metrics.batchSeconds.observe((performance.now() - started) / 1000);
        flush();
        armIdleTimer();
      };

      const takeHeldTokens = (): AckToken[] => {
        const taken: AckToken[] = [];
        for (const { table } of parts.values()) {
          for (const s of table.open()) if (s.open !== undefined) for (const t of s.open.holder.take()) taken.push(t);
        }
        return taken;
      };
      if (perPartition) {
        op.registerPartitionedParticipant({
          uid: op.name,
          snapshotPartition: (p) => snapshotGrouper(partOf(p).table, watermark),
          restorePartition: (p, s) => {
            const part = newPart();
            parts.set(p, part);
            // The operator's watermark stays its own (the source restarts the partition's event time from the
            // snapshot): raising it to the snapshot's could make other partitions' spans late.
            restoreGrouper(part.table, s as GrouperSnapshot, op.clock.now());
            armIdleTimer();
          },
          dropPartition: (p) => void parts.delete(p),
          takeHeldTokens,
        });
      } else {
        op.registerParticipant({
          uid: op.name,
          snapshot: () => snapshotGrouper(partOf(WHOLE_JOB).table, watermark),
          restore: (s) => {
            watermark = restoreGrouper(partOf(WHOLE_JOB).table, s as GrouperSnapshot, op.clock.now());
            armIdleTimer();
          },
          takeHeldTokens,
        });
      }

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
