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
  PerPartitionWatermarks,
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
  /** The event time its timers fire on: the partition's own watermark, or the job's for the whole job. */
  watermark: number;
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
 * memory cap holds per partition, each partition's table is snapshotted, restored and dropped with the
 * partition (a partition-scoped participant), and its timers fire on the partition's own watermark
 * (`PerPartitionWatermarks` over the source's settings: it restarts from the restored snapshot, and an
 * idle partition follows the others), so a moved partition's open traces are not closed by the event
 * time other partitions or the clock reached meanwhile. Otherwise one table for the job, on the job's
 * watermark, in its checkpoints.
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
      const partitionWatermarks = perPartition ? new PerPartitionWatermarks(op.sourceWatermarks) : undefined;
      const late = op.sideOutput<Span>(lateTag);
      const out = new BatchBuilder<Trace>();
      /** The job's watermark (the input's). */
      let watermark = NO_WATERMARK;
      /** The watermark sent on: the input's, or the lowest partition's when they have their own. */
      let outWatermark = NO_WATERMARK;
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
        return { table, rules: new FragmentRules(o, table, stats, { close, alone }), watermark: NO_WATERMARK };
      };
      const partOf = (partition: string): Part => {
        let part = parts.get(partition);
        if (part === undefined) parts.set(partition, (part = newPart()));
        return part;
      };

      const byEventTime = (table: TraceTable, state: TraceState, at: number): void => {
        const f = state.open;
        if (f === undefined) return;
        let reason: GrouperReason = GrouperReason.GAP;
        if (at === END_OF_TIME) reason = GrouperReason.END_OF_INPUT;
        else if (f.followUp) reason = GrouperReason.LATE;
        else if (f.minTs + o.maxTraceDurationMs <= f.maxTs + o.gapMs) reason = GrouperReason.MAX_DURATION;
        alone(table.close(state, true), reason);
      };
      /**
       * Moves each part's event time on (the partition's own watermark, or the job's) and closes what it
       * passed; returns the watermark to send on: the lowest of the parts' (never backwards).
       */
      const advanceAll = (now: number): number => {
        let lowest = Infinity;
        for (const [id, part] of parts) {
          if (partitionWatermarks !== undefined) part.watermark = partitionWatermarks.watermarkOf(id, watermark, now);
          else part.watermark = watermark;
          const { table } = part;
          table.advance(part.watermark, (s) => byEventTime(table, s, part.watermark));
          if (part.watermark < lowest) lowest = part.watermark;
        }
        return lowest === Infinity || lowest > watermark ? watermark : Math.max(lowest, emittedWatermark);
      };

      const flush = (): void => {
        op.metrics.recordsOut += out.length;
        if (out.length > 0 || outWatermark !== emittedWatermark) {
          emittedWatermark = outWatermark;
          subscriber.next(out.build(outWatermark, idle));
        }
        late.flush(outWatermark, idle);
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
        let part = perPartition ? undefined : partOf(WHOLE_JOB);
        let partition = WHOLE_JOB;
        let runMax = NO_WATERMARK;
        for (let i = 0; i < n; i++) {
          const token = tokens[i] ?? null;
          if (token !== run) {
            if (run !== null) releaseBoth(run, runLength);
            run = token;
            runLength = 0;
            // A run of one token is one source emit: one partition.
            if (perPartition) {
              if (runMax !== NO_WATERMARK) partitionWatermarks?.observe(partition, runMax, now);
              partition = partitionOf(token) ?? WHOLE_JOB;
              part = partOf(partition);
              runMax = NO_WATERMARK;
            }
          }
          if (part === undefined) throw new HtError('INTERNAL', `grouper "${op.name}" found no partition state`);
          const span = values[i] as Span;
          const t = times[i] as number;
          if (t > runMax) runMax = t;
          // The key (tenant:traceId) is not used: the table looks traces up by the span's own strings.
          if (!part.rules.place(span, t, token, part.watermark, now)) tooLate(span, t, token);
          else runLength++;
        }
        if (run !== null) releaseBoth(run, runLength);
        if (runMax !== NO_WATERMARK) partitionWatermarks?.observe(partition, runMax, now);
        if (batch.watermark > watermark) watermark = batch.watermark;
        idle = batch.idle;
        outWatermark = advanceAll(now);
        op.metrics.watermark = outWatermark;
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
          snapshotPartition: (p) => snapshotGrouper(partOf(p).table, partOf(p).watermark),
          restorePartition: (p, s) => {
            const part = newPart();
            parts.set(p, part);
            // The partition's watermark restarts from its snapshot's, whatever the job's reached meanwhile
            // (the other partitions', or the clock while the partition moved): its open traces stay open
            // until its own records, replayed from the snapshot's position, move its event time on.
            const now = op.clock.now();
            part.watermark = restoreGrouper(part.table, s as GrouperSnapshot, now);
            partitionWatermarks?.restore(p, part.watermark, now);
            armIdleTimer();
          },
          dropPartition: (p) => {
            parts.delete(p);
            partitionWatermarks?.drop(p);
          },
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
