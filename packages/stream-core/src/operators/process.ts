import { Observable } from 'rxjs';
import type { OutputTag } from '../api/OutputTag.js';
import type { AckToken } from '../checkpoint/AckToken.js';
import { releaseAck, releaseCredit, retain } from '../checkpoint/AckToken.js';
import type { Batch, StateKey } from '../core/Batch.js';
import { BatchBuilder, NO_WATERMARK } from '../core/Batch.js';
import type { MaybePromise } from '../core/maybeAsync.js';
import { andThen } from '../core/maybeAsync.js';
import { HtError } from '../errors/HtError.js';
import { SerialTaskQueue } from '../flow/SerialTaskQueue.js';
import type { OperatorContext } from '../graph/OperatorContext.js';
import type { OperatorStateStore } from '../state/KeyedStateBackend.js';
import type { StateSpec } from '../state/StateDescriptor.js';
import type { KeyCursor } from '../state/StateHandles.js';
import { createStateHandles } from '../state/StateHandles.js';
import type { CancelTimer } from '../time/Clock.js';
import { KeyedTimers } from '../time/KeyedTimers.js';
import type { KeyedProcessFunction, TimerContext, TimerService } from './ProcessFunction.js';

interface ProcessSnapshot {
  readonly state: unknown;
  readonly eventTimers: [StateKey, number][];
  readonly processingTimers: [StateKey, number][];
}

/**
 * Runs a {@link KeyedProcessFunction}: records and timers in order through one task queue, state
 * loaded before and persisted after each batch (synchronous for the memory backend). A record's
 * acknowledgement is held while only state remembers it: until the next checkpoint, or until a
 * durable backend has persisted the batch; without either it is released after processing.
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
      const store: OperatorStateStore = op.stateBackend.open({ job: op.job, operator: op.name }, op.clock);
      const cursor: KeyCursor = { key: '' };
      const state = createStateHandles(fn.state ?? ({} as S), store, cursor);
      const eventTimers = new KeyedTimers();
      const processingTimers = new KeyedTimers();
      const out = new BatchBuilder<O>();
      const holdAcks = op.checkpointing || store.durable;
      let held: AckToken[] = [];
      let lastHeld: AckToken | null = null;
      let watermark = NO_WATERMARK;
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
        currentWatermark: () => watermark,
        registerEventTimeTimer: (t) => eventTimers.register(cursor.key, t),
        deleteEventTimeTimer: (t) => eventTimers.delete(cursor.key, t),
        registerProcessingTimeTimer: (t) => {
          processingTimers.register(cursor.key, t);
          arm();
        },
        deleteProcessingTimeTimer: (t) => processingTimers.delete(cursor.key, t),
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
        for (let i = 0; i < values.length; i++) {
          cursor.key = keys[i] as StateKey;
          timestamp = times[i] ?? NaN;
          token = tokens[i] ?? null;
          const t = token;
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
        token = null;
      };

      const fire = (due: [StateKey, number][], kind: 'event-time' | 'processing-time'): void => {
        if (fn.onTimer === undefined) return;
        domain = kind;
        token = null;
        for (const [key, time] of due) {
          cursor.key = key;
          timestamp = time;
          try {
            fn.onTimer(time, ctx);
          } catch (error) {
            op.recordFailed(error, { key, timer: time, domain: kind }, time, null);
          }
        }
        domain = 'event-time';
      };

      const finishTask = (): MaybePromise<void> => {
        op.metrics.recordsOut += out.length;
        if (out.length > 0 || watermark !== emittedWatermark) {
          emittedWatermark = watermark;
          subscriber.next(out.build(watermark, idle));
        }
        for (const port of sides.values()) port.flush(watermark, idle);
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
          op.metrics.watermark = watermark;
          const due = eventTimers.popDue(watermark);
          return andThen(store.prefetch(due.map(([k]) => k)), () => {
            fire(due, 'event-time');
            op.metrics.batchSeconds.observe((performance.now() - started) / 1000);
            return finishTask();
          });
        });
      };

      const onProcessingTime = (): MaybePromise<void> => {
        const due = processingTimers.popDue(op.clock.now());
        return andThen(store.prefetch(due.map(([k]) => k)), () => {
          fire(due, 'processing-time');
          arm();
          return finishTask();
        });
      };

      function arm(): void {
        const next = processingTimers.nextTime();
        if (next === undefined || next >= armedAt) return;
        armed?.();
        armedAt = next;
        armed = op.clock.setTimer(() => {
          armed = undefined;
          armedAt = Infinity;
          queue.run(onProcessingTime);
        }, next - op.clock.now());
      }

      op.registerParticipant({
        uid: op.name,
        snapshot: (): ProcessSnapshot => ({
          state: store.snapshot(),
          eventTimers: eventTimers.entries(),
          processingTimers: processingTimers.entries(),
        }),
        restore: (s) => {
          const snap = s as ProcessSnapshot;
          store.restore(snap.state);
          for (const [k, t] of snap.eventTimers) eventTimers.register(k, t);
          for (const [k, t] of snap.processingTimers) processingTimers.register(k, t);
          arm();
        },
        takeHeldTokens: () => {
          if (store.durable) return [];
          const taken = held;
          held = [];
          lastHeld = null;
          return taken;
        },
        quiesce: () => queue.idle(),
        persist: () => store.persist(),
      });

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
