import { Observable } from 'rxjs';
import type { OutputTag } from '../api/OutputTag.js';
import type { AckToken } from '../checkpoint/AckToken.js';
import { partitionOf, releaseAck, releaseCredit, retain } from '../checkpoint/AckToken.js';
import type { Batch, StateKey } from '../core/Batch.js';
import { BatchBuilder, NO_WATERMARK } from '../core/Batch.js';
import type { MaybePromise } from '../core/maybeAsync.js';
import { andThen } from '../core/maybeAsync.js';
import { HtError } from '../errors/HtError.js';
import { SerialTaskQueue } from '../flow/SerialTaskQueue.js';
import type { OperatorContext } from '../graph/OperatorContext.js';
import type { OperatorStateStore } from '../state/KeyedStateBackend.js';
import type { PartitionCursor } from '../state/PartitionedStateStore.js';
import { PartitionedStateStore } from '../state/PartitionedStateStore.js';
import type { StateSpec } from '../state/StateDescriptor.js';
import type { KeyCursor } from '../state/StateHandles.js';
import { createStateHandles } from '../state/StateHandles.js';
import type { CancelTimer } from '../time/Clock.js';
import { KeyedTimers } from '../time/KeyedTimers.js';
import { PartitionEventTime } from '../time/PartitionEventTime.js';
import type { KeyedProcessFunction, TimerContext, TimerService } from './ProcessFunction.js';

interface ProcessSnapshot {
  readonly state: unknown;
  readonly eventTimers: [StateKey, number][];
  readonly processingTimers: [StateKey, number][];
}

/** One input partition's part of a process function's snapshot (jobs with `partitionState`). */
interface PartitionProcessSnapshot extends ProcessSnapshot {
  /** The partition's own watermark when taken (`null`: none yet): its event time restarts there. */
  readonly watermark: number | null;
}

/** The timers of one input partition (or of the whole job, under {@link WHOLE_JOB}). */
interface PartitionTimers {
  readonly event: KeyedTimers;
  readonly processing: KeyedTimers;
}

/** The partition of records without one (no token), and the only one when state is for the whole job. */
const WHOLE_JOB = '';

/** A timer that came due: the partition whose timers held it, its key and time. */
type DueTimer = [partition: string, key: StateKey, time: number];

/**
 * Runs a {@link KeyedProcessFunction}: records and timers in order through one task queue, state
 * loaded before and persisted after each batch (synchronous for the memory backend). A record's
 * acknowledgement is held while only state remembers it: until the next checkpoint, or until a
 * durable backend has persisted the batch; without either it is released after processing.
 *
 * In a job with per-partition state (`partitionState`) its state and timers are scoped per input
 * partition (the partition of each record's token): one state store and one set of timers per
 * partition, snapshotted with the partition, restored when it is assigned and dropped when it is
 * revoked; event-time timers fire on the partition's own watermark (restarted from its snapshot, never
 * backwards), and the watermark sent on is the lowest of the partitions'. Only a state backend that
 * lives in the process (the memory one) can be scoped so; a durable one is refused.
 *
 * @example
 * ```ts
 * keyed.process(firstSeen, { name: 'first-seen' });
 * ```
 */
export function processOperator<K extends StateKey, T, O, S extends StateSpec>(
  fn: KeyedProcessFunction<K, T, O, S>,
): (ctx: OperatorContext, input: Observable<Batch<T>>) => Observable<Batch<O>> {
  return (op, input) =>
    new Observable<Batch<O>>((subscriber) => {
      const perPartition = op.statePerPartition === true;
      const scope = { job: op.job, operator: op.name };
      const cursor: KeyCursor = { key: '' };
      /** The partition whose state and timers the handles address. */
      const at: PartitionCursor = { partition: WHOLE_JOB };
      let partitioned: PartitionedStateStore | undefined;
      let store: OperatorStateStore;
      if (perPartition) {
        const probe = op.stateBackend.open(scope, op.clock);
        void probe.close();
        if (probe.durable) {
          throw new HtError(
            'CONFIG_INVALID',
            `operator "${op.name}" keeps its keyed state in a durable backend, which every copy of job "${op.job}" shares, ` +
              `but the job keeps state per input partition (partitionState), which snapshots each partition's state from ` +
              `memory: use the memory state backend (the default) with partitionState, or checkpoints with this backend`,
          );
        }
        store = partitioned = new PartitionedStateStore(() => op.stateBackend.open(scope, op.clock), at);
      } else {
        store = op.stateBackend.open(scope, op.clock);
      }
      const state = createStateHandles(fn.state ?? ({} as S), store, cursor);
      const timerParts = new Map<string, PartitionTimers>();
      const timersOf = (partition: string): PartitionTimers => {
        let t = timerParts.get(partition);
        if (t === undefined)
          timerParts.set(partition, (t = { event: new KeyedTimers(), processing: new KeyedTimers() }));
        return t;
      };
      const time = perPartition ? new PartitionEventTime(op.sourceWatermarks) : undefined;
      const out = new BatchBuilder<O>();
      const holdAcks = op.checkpointing || store.durable;
      let held: AckToken[] = [];
      let lastHeld: AckToken | null = null;
      /** The input's watermark. */
      let watermark = NO_WATERMARK;
      /** The watermark sent on: the input's, or the lowest partition's when they have their own. */
      let outWatermark = NO_WATERMARK;
      let idle = false;
      let emittedWatermark = NO_WATERMARK;
      let timestamp = NaN;
      let token: AckToken | null = null;
      let domain: 'event-time' | 'processing-time' = 'event-time';
      let armed: CancelTimer | undefined;
      let armedAt = Infinity;
      const sides = new Map<string, ReturnType<typeof op.sideOutput>>();
      const queue = new SerialTaskQueue(4096, (e) => subscriber.error(e));
      op.metrics.queueDepth = () => queue.depth;

      const timers: TimerService = {
        currentProcessingTime: () => op.clock.now(),
        currentWatermark: () => (time === undefined ? watermark : time.of(at.partition)),
        registerEventTimeTimer: (t) => timersOf(at.partition).event.register(cursor.key, t),
        deleteEventTimeTimer: (t) => timerParts.get(at.partition)?.event.delete(cursor.key, t),
        registerProcessingTimeTimer: (t) => {
          timersOf(at.partition).processing.register(cursor.key, t);
          arm();
        },
        deleteProcessingTimeTimer: (t) => timerParts.get(at.partition)?.processing.delete(cursor.key, t),
      };
      const ctx: TimerContext<K, O, S> = {
        get key() {
          return cursor.key as K;
        },
        get timestamp() {
          return timestamp;
        },
        get domain() {
          return domain;
        },
        state: state,
        timers,
        emit(value) {
          if (token !== null) retain(token);
          out.push(value, timestamp, token);
        },
        output<X>(tag: OutputTag<X>, value: X) {
          let port = sides.get(tag.id);
          if (port === undefined) sides.set(tag.id, (port = op.sideOutput(tag.id)));
          if (token !== null) retain(token);
          port.push(value, timestamp, token);
        },
      };

      const hold = (t: AckToken): void => {
        if (t === lastHeld) releaseAck(t);
        else {
          held.push(t);
          lastHeld = t;
        }
      };

      const processRecords = (batch: Batch<T>, keys: readonly StateKey[]): void => {
        const { values, times, tokens } = batch;
        const now = op.clock.now();
        // A run of one token is one source emit, so one partition (per-partition state only).
        let run: AckToken | null | undefined;
        let runMax = NO_WATERMARK;
        for (let i = 0; i < values.length; i++) {
          cursor.key = keys[i] as StateKey;
          timestamp = times[i] ?? NaN;
          token = tokens[i] ?? null;
          const t = token;
          if (time !== undefined && t !== run) {
            if (run !== undefined) time.observe(at.partition, runMax, now);
            run = t;
            runMax = NO_WATERMARK;
            at.partition = partitionOf(t) ?? WHOLE_JOB;
          }
          if (timestamp > runMax) runMax = timestamp;
          try {
            fn.processElement(values[i] as T, ctx);
          } catch (error) {
            op.recordFailed(error, values[i], timestamp, t);
            continue;
          }
          if (t === null) continue;
          releaseCredit(t);
          if (holdAcks) hold(t);
          else releaseAck(t);
        }
        if (time !== undefined && run !== undefined) time.observe(at.partition, runMax, now);
        token = null;
      };

      const fire = (due: readonly DueTimer[], kind: 'event-time' | 'processing-time'): void => {
        if (fn.onTimer === undefined) return;
        domain = kind;
        token = null;
        for (const [partition, key, t] of due) {
          at.partition = partition;
          cursor.key = key;
          timestamp = t;
          try {
            fn.onTimer(t, ctx);
          } catch (error) {
            op.recordFailed(error, { key, timer: t, domain: kind }, t, null);
          }
        }
        domain = 'event-time';
      };

      /** The event-time timers the watermarks passed: each partition's on its own, or the job's. */
      const dueEventTimers = (): DueTimer[] => {
        const due: DueTimer[] = [];
        if (time === undefined) {
          outWatermark = watermark;
          for (const [k, t] of timersOf(WHOLE_JOB).event.popDue(watermark)) due.push([WHOLE_JOB, k, t]);
          return due;
        }
        outWatermark = time.advance(watermark, op.clock.now(), (partition, w) => {
          const part = timerParts.get(partition);
          if (part !== undefined) for (const [k, t] of part.event.popDue(w)) due.push([partition, k, t]);
        });
        return due;
      };

      const finishTask = (): MaybePromise<void> => {
        op.metrics.recordsOut += out.length;
        if (out.length > 0 || outWatermark !== emittedWatermark) {
          emittedWatermark = outWatermark;
          subscriber.next(out.build(outWatermark, idle));
        }
        for (const port of sides.values()) port.flush(outWatermark, idle);
        if (!store.durable) return store.persist();
        const persisted = held;
        held = [];
        lastHeld = null;
        return andThen(store.persist(), () => {
          for (const t of persisted) releaseAck(t);
        });
      };

      const onBatch = (batch: Batch<T>): MaybePromise<void> => {
        const keys = batch.keys;
        if (keys === undefined) throw new HtError('INTERNAL', `process operator "${op.name}" got an unkeyed batch`);
        const started = performance.now();
        op.metrics.recordsIn += batch.values.length;
        return andThen(store.prefetch(keys), () => {
          processRecords(batch, keys);
          watermark = Math.max(watermark, batch.watermark);
          idle = batch.idle;
          const due = dueEventTimers();
          op.metrics.watermark = outWatermark;
          return andThen(store.prefetch(due.map(([, k]) => k)), () => {
            fire(due, 'event-time');
            op.metrics.batchSeconds.observe((performance.now() - started) / 1000);
            return finishTask();
          });
        });
      };

      const onProcessingTime = (): MaybePromise<void> => {
        const now = op.clock.now();
        const due: DueTimer[] = [];
        for (const [partition, part] of timerParts) {
          for (const [k, t] of part.processing.popDue(now)) due.push([partition, k, t]);
        }
        return andThen(store.prefetch(due.map(([, k]) => k)), () => {
          fire(due, 'processing-time');
          arm();
          return finishTask();
        });
      };

      function arm(): void {
        let next: number | undefined;
        for (const part of timerParts.values()) {
          const t = part.processing.nextTime();
          if (t !== undefined && (next === undefined || t < next)) next = t;
        }
        if (next === undefined || next >= armedAt) return;
        armed?.();
        armedAt = next;
        armed = op.clock.setTimer(() => {
          armed = undefined;
          armedAt = Infinity;
          queue.run(onProcessingTime);
        }, next - op.clock.now());
      }

      const takeHeldTokens = (): AckToken[] => {
        if (store.durable) return [];
        const taken = held;
        held = [];
        lastHeld = null;
        return taken;
      };
      const restoreTimers = (partition: string, snap: ProcessSnapshot): void => {
        const part = timersOf(partition);
        for (const [k, t] of snap.eventTimers) part.event.register(k, t);
        for (const [k, t] of snap.processingTimers) part.processing.register(k, t);
        arm();
      };

      if (partitioned !== undefined && time !== undefined) {
        op.registerPartitionedParticipant({
          uid: op.name,
          snapshotPartition: (p): PartitionProcessSnapshot => {
            const w = time.of(p);
            return {
              state: partitioned.snapshotPartition(p) ?? null,
              eventTimers: timerParts.get(p)?.event.entries() ?? [],
              processingTimers: timerParts.get(p)?.processing.entries() ?? [],
              watermark: Number.isFinite(w) ? w : null,
            };
          },
          restorePartition: (p, s) => {
            const snap = s as PartitionProcessSnapshot;
            partitioned.restorePartition(p, snap.state);
            timerParts.delete(p);
            // The partition's event time restarts from its snapshot's, whatever the job's reached while it
            // moved: its timers fire as its own replayed and new records move it on. (With neither timers
            // nor event time yet, it joins with its first record and holds nothing back until then.)
            time.drop(p);
            if (snap.watermark !== null || snap.eventTimers.length > 0) {
              time.restore(p, snap.watermark ?? NO_WATERMARK, op.clock.now());
            }
            restoreTimers(p, snap);
          },
          dropPartition: (p) => {
            partitioned.dropPartition(p);
            timerParts.delete(p);
            time.drop(p);
          },
          takeHeldTokens,
          quiesce: () => queue.idle(),
        });
      } else {
        op.registerParticipant({
          uid: op.name,
          snapshot: (): ProcessSnapshot => ({
            state: store.snapshot(),
            eventTimers: timersOf(WHOLE_JOB).event.entries(),
            processingTimers: timersOf(WHOLE_JOB).processing.entries(),
          }),
          restore: (s) => {
            const snap = s as ProcessSnapshot;
            store.restore(snap.state);
            restoreTimers(WHOLE_JOB, snap);
          },
          takeHeldTokens,
          quiesce: () => queue.idle(),
          persist: () => store.persist(),
        });
      }

      const subscription = input.subscribe({
        next: (batch) => queue.run(() => onBatch(batch)),
        error: (e: unknown) => subscriber.error(e),
        complete: () =>
          queue.run(() => {
            armed?.();
            subscriber.complete();
          }),
      });
      return () => {
        subscription.unsubscribe();
        armed?.();
        void store.close();
      };
    });
}
