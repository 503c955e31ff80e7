import { Observable } from 'rxjs';
import type { MapAsyncOptions } from '../api/MapAsyncOptions.js';
import type { AckToken } from '../checkpoint/AckToken.js';
import type { Batch } from '../core/Batch.js';
import { BatchBuilder, NO_WATERMARK } from '../core/Batch.js';
import { HtError } from '../errors/HtError.js';
import type { OperatorContext } from '../graph/OperatorContext.js';
import type { CancelTimer } from '../time/Clock.js';
import type { AsyncSlot, PassedWatermark } from './AsyncResultQueue.js';
import { AsyncResultQueue } from './AsyncResultQueue.js';

/** How an async step runs (validated, defaults applied: see `MapAsyncOptions`). */
export interface AsyncStepSettings {
  readonly maxInFlight: number;
  readonly ordered: boolean;
  readonly timeoutMs: number | undefined;
}

/** The default of `MapAsyncOptions.maxInFlight`. */
export const DEFAULT_MAX_IN_FLIGHT = 100;

/**
 * Validates `mapAsync`'s options and applies the defaults.
 *
 * @example
 * ```ts
 * asyncStepSettings({ maxInFlight: 8 }); // { maxInFlight: 8, ordered: true, timeoutMs: undefined }
 * ```
 */
export function asyncStepSettings(options: MapAsyncOptions): AsyncStepSettings {
  const { maxInFlight = DEFAULT_MAX_IN_FLIGHT, ordered = true, timeoutMs } = options;
  const label = options.name === undefined ? 'mapAsync' : `mapAsync "${options.name}"`;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) {
    throw new HtError('CONFIG_INVALID', `${label}: maxInFlight must be a positive integer, got ${maxInFlight}`);
  }
  if (timeoutMs !== undefined && !(timeoutMs > 0 && Number.isFinite(timeoutMs))) {
    throw new HtError('CONFIG_INVALID', `${label}: timeoutMs must be a positive number of ms, got ${timeoutMs}`);
  }
  return { maxInFlight, ordered, timeoutMs };
}

/** An input batch waiting for room in flight, and its next record to start. */
interface WaitingBatch<T> {
  readonly batch: Batch<T>;
  next: number;
}

/**
 * The async step (`stream.mapAsync`), after Flink's async I/O: calls `fn` on each record without
 * waiting for earlier results, keeps at most `maxInFlight` records between the call and the moment
 * their result went downstream, and emits results in input order or as they settle, never letting a
 * result overtake a watermark that preceded it (nor a watermark overtake a record before it).
 *
 * A record's acknowledgement token travels with it and goes to its output, so the record is
 * acknowledged only once its result is durable downstream; a failed record goes to the error policy.
 * Records waiting for room keep their credits, so sources pause when those run out; records that hold
 * none (results of windows and custom operators) count against a buffer of `maxInFlight`, past which
 * the step pauses the sources upstream until half of it drained. Checkpoints wait until nothing is in
 * flight (`quiesce`), with the sources held.
 *
 * Results of native promises that settle in the same microtask turn leave as one batch; results of other
 * thenables (and plain values) leave as soon as they may.
 *
 * @example
 * ```ts
 * const build = mapAsyncOperator((trace: Trace) => chain.enrich(trace), { maxInFlight: 64, ordered: true, timeoutMs: 5_000 });
 * ```
 */
export function mapAsyncOperator<T, U>(
  fn: (value: T) => PromiseLike<U> | U,
  settings: AsyncStepSettings,
): (ctx: OperatorContext, input: Observable<Batch<T>>) => Observable<Batch<U>> {
  const { maxInFlight, ordered, timeoutMs } = settings;
  return (op, input) =>
    new Observable<Batch<U>>((subscriber) => {
      const results = new AsyncResultQueue<U>(ordered);
      const out = new BatchBuilder<U>();
      const waiting: WaitingBatch<T>[] = [];
      let waitHead = 0;
      let waitingRecords = 0;
      /** Waiting records whose tokens hold no credits: what throttles the sources. */
      let waitingUncredited = 0;
      let throttled = false;
      let seenWatermark = NO_WATERMARK;
      let seenIdle = false;
      let emittedWatermark = NO_WATERMARK;
      let emittedIdle = false;
      let inputDone = false;
      let closed = false;
      let pumping = false;
      let again = false;
      let drainQueued = false;
      const timers = new Map<AsyncSlot<U>, CancelTimer>();
      let quietWaiters: (() => void)[] = [];
      op.metrics.queueDepth = () => waitingRecords;
      op.metrics.inFlight = () => results.size;

      const abort = (error: unknown): void => {
        if (closed) return;
        closed = true;
        subscriber.error(error);
      };

      const fail = (slot: AsyncSlot<U>, error: unknown): void => {
        results.settle(slot, 'dropped');
        try {
          op.recordFailed(error, slot.input, slot.time, slot.token);
        } catch (policyError) {
          abort(policyError);
        }
      };

      const cancelTimer = (slot: AsyncSlot<U>): void => {
        if (timeoutMs === undefined) return;
        const cancel = timers.get(slot);
        if (cancel === undefined) return;
        cancel();
        timers.delete(slot);
      };

      /** A result came in from outside the pump: coalesce native promises per microtask turn. */
      const settledLater = (native: boolean): void => {
        if (!native) return pump();
        if (drainQueued) return;
        drainQueued = true;
        queueMicrotask(() => {
          drainQueued = false;
          pump();
        });
      };

      const start = (value: T, time: number, token: AckToken | null): void => {
        const slot = results.add(value, time, token);
        let result: PromiseLike<U> | U;
        try {
          result = fn(value);
        } catch (error) {
          fail(slot, error);
          return;
        }
        if (!isThenable(result)) {
          results.settle(slot, 'done', result);
          return;
        }
        if (timeoutMs !== undefined) {
          const cancel = op.clock.setTimer(() => {
            timers.delete(slot);
            if (closed || slot.state !== 'pending') return;
            fail(slot, new HtError('TIMEOUT', `no result within ${timeoutMs} ms (mapAsync timeoutMs)`));
            pump();
          }, timeoutMs);
          timers.set(slot, cancel);
        }
        const native = result instanceof Promise;
        result.then(
          (value) => {
            if (closed || slot.state !== 'pending') return;
            cancelTimer(slot);
            results.settle(slot, 'done', value);
            settledLater(native);
          },
          (error: unknown) => {
            if (closed || slot.state !== 'pending') return;
            cancelTimer(slot);
            fail(slot, error);
            settledLater(native);
          },
        );
      };

      /** Starts waiting records while there is room; a batch's watermark follows its last record. */
      const startWaiting = (): void => {
        while (waitHead < waiting.length && !closed) {
          const w = waiting[waitHead] as WaitingBatch<T>;
          const { values, times, tokens } = w.batch;
          while (w.next < values.length && results.size < maxInFlight && !closed) {
            const i = w.next++;
            const token = tokens[i] ?? null;
            waitingRecords--;
            if (token === null || token.owner === null) waitingUncredited--;
            start(values[i] as T, times[i] ?? NaN, token);
          }
          if (w.next < values.length) return;
          waitHead++;
          const { watermark, idle } = w.batch;
          if (watermark !== seenWatermark || idle !== seenIdle) {
            seenWatermark = watermark;
            seenIdle = idle;
            results.closeSegment(watermark, idle);
          }
        }
        if (waitHead === waiting.length) {
          waiting.length = 0;
          waitHead = 0;
        } else if (waitHead > 1024 && waitHead * 2 > waiting.length) {
          waiting.splice(0, waitHead);
          waitHead = 0;
        }
      };

      /** Moves every result (and watermark) that may leave now into the output batch. */
      let passed: PassedWatermark | undefined;
      const collect = (): void => {
        passed = results.drain(out) ?? passed;
      };

      /** Sends the output batch downstream, if it holds records or moves the watermark. */
      const send = (): void => {
        const watermark = passed?.watermark ?? emittedWatermark;
        const idle = passed?.idle ?? emittedIdle;
        passed = undefined;
        if (out.length === 0 && watermark === emittedWatermark && idle === emittedIdle) return;
        op.metrics.recordsOut += out.length;
        op.metrics.watermark = watermark;
        emittedWatermark = watermark;
        emittedIdle = idle;
        subscriber.next(out.build(watermark, idle));
      };

      const quiet = (): boolean => closed || (waitHead === waiting.length && results.size === 0);

      const pump = (): void => {
        if (closed) return;
        if (pumping) {
          again = true;
          return;
        }
        pumping = true;
        try {
          do {
            again = false;
            // Results first: the room they free goes to the records waiting, whose plain results follow.
            collect();
            startWaiting();
            collect();
            if (!closed) send();
          } while (again && !closed);
        } catch (error) {
          abort(error);
        } finally {
          pumping = false;
        }
        if (closed) return;
        throttle();
        if (!quiet()) return;
        const waiters = quietWaiters;
        quietWaiters = [];
        for (const resolve of waiters) resolve();
        if (inputDone) {
          closed = true;
          subscriber.complete();
        }
      };

      const throttle = (): void => {
        const on = throttled ? waitingUncredited * 2 > maxInFlight : waitingUncredited >= maxInFlight;
        if (on === throttled) return;
        throttled = on;
        op.throttleSources(on);
      };

      op.registerParticipant({
        uid: op.name,
        stateless: true,
        snapshot: () => null,
        restore: () => undefined,
        takeHeldTokens: () => [],
        quiesce: () => (quiet() ? undefined : new Promise<void>((resolve) => quietWaiters.push(resolve))),
      });

      const subscription = input.subscribe({
        next: (batch) => {
          const started = performance.now();
          const { tokens } = batch;
          const n = tokens.length;
          op.metrics.recordsIn += n;
          waitingRecords += n;
          for (let i = 0; i < n; i++) {
            const t = tokens[i];
            if (t == null || t.owner === null) waitingUncredited++;
          }
          waiting.push({ batch, next: 0 });
          pump();
          op.metrics.batchSeconds.observe((performance.now() - started) / 1000);
        },
        error: (error: unknown) => abort(error),
        complete: () => {
          inputDone = true;
          pump();
        },
      });
      return () => {
        closed = true;
        subscription.unsubscribe();
        for (const cancel of timers.values()) cancel();
        timers.clear();
        if (throttled) {
          throttled = false;
          op.throttleSources(false);
        }
        const waiters = quietWaiters;
        quietWaiters = [];
        for (const resolve of waiters) resolve();
      };
    });
}

/** True for promises and other thenables: what `mapAsync` waits on. */
function isThenable<U>(value: PromiseLike<U> | U): value is PromiseLike<U> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}
