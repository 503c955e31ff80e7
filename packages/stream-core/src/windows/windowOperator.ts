import { Observable } from 'rxjs';
import { AckToken, partitionOf, releaseBoth } from '../checkpoint/AckToken.js';
import type { Batch, StateKey } from '../core/Batch.js';
import { BatchBuilder, NO_WATERMARK } from '../core/Batch.js';
import { HtError } from '../errors/HtError.js';
import type { OperatorContext } from '../graph/OperatorContext.js';
import type { CancelTimer } from '../time/Clock.js';
import { PartitionEventTime } from '../time/PartitionEventTime.js';
import { AlignedWindowStore } from './AlignedWindowStore.js';
import { SessionWindowStore } from './SessionWindowStore.js';
import type { Trigger } from './Trigger.js';
import type { WindowAssigner } from './WindowAssigner.js';
import type { TokenHolder } from './TokenHolder.js';
import { WindowEntry } from './WindowEntry.js';
import type { FiringKind, WindowReducer } from './WindowReducer.js';
import type { DueAction, WindowStore } from './WindowStore.js';

/** Everything a window operator is configured with (built by `WindowedStream`). */
export interface WindowSpec<K extends StateKey, T, ACC, O> {
  readonly assigner: WindowAssigner;
  readonly trigger: Trigger;
  readonly allowedLatenessMs: number;
  /** Side output id for records later than the allowed lateness. */
  readonly lateTag: string | undefined;
  readonly reducer: WindowReducer<K, T, ACC, O>;
}

type EntryData = [
  key: StateKey,
  start: number,
  end: number,
  acc: unknown,
  count: number,
  fired: boolean,
  maxTs: number,
];

/** The snapshot of a window operator's windows: the whole job's, or one input partition's. */
interface WindowsSnapshot {
  /** The watermark the windows were at (`null`: none yet). */
  readonly watermark: number | null;
  readonly windows: EntryData[];
}

/** The partition of records without one (no token), and the only one when state is for the whole job. */
const WHOLE_JOB = '';

/**
 * The window operator: assigns records to windows, folds them in, fires on the watermark (plus early,
 * late and count firings), routes records past the allowed lateness to the late output, and gives each
 * result a token that acknowledges the window's records once the result is durable.
 *
 * In a job with per-partition state (`partitionState`) it keeps one window store per input partition
 * (the partition of each record's token), snapshotted with the partition, restored when it is assigned
 * and dropped when it is revoked. Each partition's windows fire, and its records are judged late, on
 * the partition's own watermark (restarted from its snapshot, never backwards; an idle partition
 * follows the input's), and the watermark sent on is the lowest of the partitions'.
 *
 * @example
 * ```ts
 * const build = windowOperator({ assigner: tumblingWindows({ sizeMs: 1000 }), trigger: eventTimeTrigger(), allowedLatenessMs: 0, lateTag: undefined, reducer });
 * ```
 */
export function windowOperator<K extends StateKey, T, ACC, O>(
  spec: WindowSpec<K, T, ACC, O>,
): (ctx: OperatorContext, input: Observable<Batch<T>>) => Observable<Batch<O>> {
  const { assigner, trigger, reducer } = spec;
  const lateness = spec.allowedLatenessMs;
  return (op, input) =>
    new Observable<Batch<O>>((subscriber) => {
      const create = (): ACC => reducer.create();
      const newStore = (): WindowStore<ACC> =>
        assigner.kind === 'session'
          ? new SessionWindowStore(assigner.gapMs, create, reducer.merge, lateness)
          : new AlignedWindowStore(
              (t, out) => assigner.assign(t, out),
              create,
              lateness,
              assigner.kind === 'tumbling' && assigner.sizeMs !== undefined
                ? { sizeMs: assigner.sizeMs, offsetMs: assigner.offsetMs ?? 0 }
                : undefined,
            );
      const perPartition = op.statePerPartition === true;
      /** Open windows per input partition; only {@link WHOLE_JOB}'s when state is for the whole job. */
      const stores = new Map<string, WindowStore<ACC>>();
      const storeOf = (partition: string): WindowStore<ACC> => {
        let s = stores.get(partition);
        if (s === undefined) stores.set(partition, (s = newStore()));
        return s;
      };
      const time = perPartition ? new PartitionEventTime(op.sourceWatermarks) : undefined;
      const late = spec.lateTag === undefined ? undefined : op.sideOutput<T>(spec.lateTag);
      const out = new BatchBuilder<O>();
      const scratch: WindowEntry<ACC>[] = [];
      const toFire: [WindowEntry<ACC>, FiringKind, boolean, WindowStore<ACC>][] = [];
      const earlyDirty = new Set<WindowEntry<ACC>>();
      const results: O[] = [];
      const resultTimes: number[] = [];
      const collect = (o: O): void => void results.push(o);
      /** The input's watermark. */
      let watermark = NO_WATERMARK;
      /** The watermark sent on: the input's, or the lowest partition's when they have their own. */
      let outWatermark = NO_WATERMARK;
      let idle = false;
      const purgeEvery = trigger.purgeEveryCount;
      const earlyEvery = trigger.earlyEveryCount;
      const lateFirings = trigger.late !== 'none';
      const special = purgeEvery !== undefined || earlyEvery !== undefined || trigger.earlyEveryMs !== undefined;
      let earlyTimer: CancelTimer | undefined;
      op.metrics.queueDepth = () => {
        let n = 0;
        for (const s of stores.values()) n += s.size;
        return n;
      };

      /** Appends a window's results to `results` (their times to `resultTimes`). */
      const evaluate = (e: WindowEntry<ACC>, firing: FiringKind): void => {
        const before = results.length;
        const time = e.end === Infinity ? e.maxTimestamp : e.maxTime;
        try {
          reducer.emit(e.acc, { key: e.key as K, start: e.start, end: e.end, firing }, collect);
        } catch (error) {
          results.length = before;
          op.recordFailed(error, { key: e.key, start: e.start, end: e.end, firing }, time, null);
        }
        for (let i = before; i < results.length; i++) resultTimes.push(time);
        e.sinceFiring = 0;
        e.dirty = false;
        if (firing !== 'early') e.fired = true;
      };

      /** Emits the results with one token holding `holder`'s references (moved when purging). */
      const publish = (holder: TokenHolder, purge: boolean): void => {
        const move = purge && holder.tokens.length > 0;
        const token = AckToken.derived(move ? holder.take() : holder.tokens, results.length, move, op.clock.now());
        for (let i = 0; i < results.length; i++) out.push(results[i] as O, resultTimes[i] as number, token);
        results.length = 0;
        resultTimes.length = 0;
      };

      /** Fires one window; a shared holder stays with its other windows. */
      const fire = (e: WindowEntry<ACC>, firing: FiringKind, purge: boolean): void => {
        evaluate(e, firing);
        publish(e.holder, purge && !e.holder.shared);
      };

      /** Fires the windows a timer came due for: one result token per shared holder. */
      const fireGroup = (group: readonly WindowEntry<ACC>[], purge: boolean): void => {
        const first = group[0];
        if (first === undefined) return;
        if (!first.holder.shared) {
          for (const e of group) {
            if (!e.fired) fire(e, 'on-time', purge);
            else if (purge) e.holder.release();
          }
          return;
        }
        // A window restored from a checkpoint may have fired already: it adds no result.
        for (const e of group) if (!e.fired) evaluate(e, 'on-time');
        publish(first.holder, purge);
      };

      const emit = (): void => {
        op.metrics.recordsOut += out.length;
        if (out.length > 0 || outWatermark !== op.metrics.watermark) {
          op.metrics.watermark = outWatermark;
          subscriber.next(out.build(outWatermark, idle));
        }
        late?.flush(outWatermark, idle);
      };

      const onEarlyTimer = (): void => {
        earlyTimer = undefined;
        for (const e of earlyDirty) if (e.alive && !e.fired) fire(e, 'early', false);
        earlyDirty.clear();
        emit();
      };

      const onDue = (group: readonly WindowEntry<ACC>[], action: DueAction): void => {
        if (action !== 'purge') {
          fireGroup(group, action === 'fire-and-purge');
          return;
        }
        const released = new Set<TokenHolder>();
        for (const e of group) {
          if (released.has(e.holder)) continue;
          released.add(e.holder);
          e.holder.release();
        }
      };

      const onBatch = (batch: Batch<T>): void => {
        const started = performance.now();
        const { values, times, tokens, keys } = batch;
        if (keys === undefined) throw new HtError('INTERNAL', `window operator "${op.name}" got an unkeyed batch`);
        const n = values.length;
        const now = op.clock.now();
        op.metrics.recordsIn += n;
        // Records absorbed into windows give their own references back in runs of one token. A run is one
        // source emit, so one partition: with per-partition state, its windows and watermark.
        let run: AckToken | null | undefined;
        let runLength = 0;
        let partition = WHOLE_JOB;
        let store = perPartition ? undefined : storeOf(WHOLE_JOB);
        let lateBefore = watermark;
        let runMax = NO_WATERMARK;
        for (let i = 0; i < n; i++) {
          const v = values[i] as T;
          const t = times[i] as number;
          const token = tokens[i] ?? null;
          if (token !== run) {
            if (run !== undefined && run !== null) releaseBoth(run, runLength);
            if (time !== undefined) {
              if (run !== undefined) time.observe(partition, runMax, now);
              partition = partitionOf(token) ?? WHOLE_JOB;
              store = storeOf(partition);
              lateBefore = time.of(partition);
              runMax = NO_WATERMARK;
            }
            run = token;
            runLength = 0;
          }
          if (t > runMax) runMax = t;
          if (store === undefined) throw new HtError('INTERNAL', `window operator "${op.name}" found no window store`);
          const m = store.windowsFor(keys[i] as StateKey, t, lateBefore, scratch);
          if (m === 0) {
            op.metrics.late++;
            if (late?.connected === true) late.push(v, t, token);
            else {
              op.metrics.dropped++;
              if (token !== null) releaseBoth(token);
            }
            continue;
          }
          runLength++;
          for (let j = 0; j < m; j++) {
            const e = scratch[j] as WindowEntry<ACC>;
            try {
              e.acc = reducer.add(e.acc, v);
            } catch (error) {
              runLength--; // the error policy took the record's references
              op.recordFailed(error, v, t, token);
              break;
            }
            e.count++;
            if (t > e.maxTimestamp) e.maxTimestamp = t;
            if (token !== null) e.holder.hold(token);
            if (e.fired) {
              if (!e.dirty && lateFirings) toFire.push([e, 'late', false, store]);
            } else if (special) {
              if (purgeEvery !== undefined && e.count >= purgeEvery) {
                toFire.push([e, 'on-time', true, store]);
              } else if (earlyEvery !== undefined && ++e.sinceFiring >= earlyEvery) {
                toFire.push([e, 'early', false, store]);
                e.sinceFiring = -Infinity; // once per batch; reset by the firing
              } else if (trigger.earlyEveryMs !== undefined) {
                earlyDirty.add(e);
              }
            }
            e.dirty = true;
          }
        }
        if (run !== undefined && run !== null) releaseBoth(run, runLength);
        if (time !== undefined && run !== undefined) time.observe(partition, runMax, now);
        for (const [e, firing, purge, s] of toFire) {
          if (!e.alive) continue;
          fire(e, firing, purge);
          if (purge) s.remove(e);
        }
        toFire.length = 0;
        if (earlyDirty.size > 0 && earlyTimer === undefined) {
          earlyTimer = op.clock.setTimer(onEarlyTimer, trigger.earlyEveryMs ?? 0);
        }
        if (batch.watermark > watermark) watermark = batch.watermark;
        idle = batch.idle;
        if (time === undefined) {
          storeOf(WHOLE_JOB).advance(watermark, onDue);
          outWatermark = watermark;
        } else {
          outWatermark = time.advance(watermark, now, (p, w) => stores.get(p)?.advance(w, onDue));
        }
        op.metrics.batchSeconds.observe((performance.now() - started) / 1000);
        emit();
      };

      const snapshotOf = (store: WindowStore<ACC> | undefined, w: number): WindowsSnapshot => ({
        watermark: Number.isFinite(w) ? w : null,
        windows: [...(store?.entries() ?? [])].map((e): EntryData => [
          e.key,
          e.start,
          e.end,
          e.acc,
          e.count,
          e.fired,
          e.maxTimestamp,
        ]),
      });
      const restoreInto = (store: WindowStore<ACC>, snap: WindowsSnapshot): void => {
        for (const [key, start, end, acc, count, fired, maxTs] of snap.windows) {
          const e = new WindowEntry<ACC>(key, start ?? -Infinity, end ?? Infinity, acc as ACC);
          e.count = count;
          e.fired = fired;
          e.maxTimestamp = maxTs ?? -Infinity;
          store.restore(e);
        }
      };
      const takeHeldTokens = (): AckToken[] => {
        const taken: AckToken[] = [];
        for (const store of stores.values()) for (const h of store.holders()) for (const t of h.take()) taken.push(t);
        return taken;
      };
      const dropStore = (partition: string): void => {
        const store = stores.get(partition);
        if (store === undefined) return;
        stores.delete(partition);
        // Its windows fire no more (an early-firing timer may still name them).
        for (const e of store.entries()) e.alive = false;
      };

      if (time !== undefined) {
        op.registerPartitionedParticipant({
          uid: op.name,
          snapshotPartition: (p) => snapshotOf(stores.get(p), time.of(p)),
          restorePartition: (p, s) => {
            const snap = s as WindowsSnapshot;
            dropStore(p);
            restoreInto(storeOf(p), snap);
            // The partition's event time restarts from its snapshot's, whatever the job's reached while it
            // moved: its open windows fire as its own replayed and new records move it on. (With neither
            // windows nor event time yet, it joins with its first record and holds nothing back until then.)
            time.drop(p);
            if (snap.watermark !== null || snap.windows.length > 0) {
              time.restore(p, snap.watermark ?? NO_WATERMARK, op.clock.now());
            }
          },
          dropPartition: (p) => {
            dropStore(p);
            time.drop(p);
          },
          takeHeldTokens,
        });
      } else {
        op.registerParticipant({
          uid: op.name,
          snapshot: () => snapshotOf(stores.get(WHOLE_JOB), watermark),
          restore: (s) => {
            const snap = s as WindowsSnapshot;
            watermark = outWatermark = snap.watermark ?? NO_WATERMARK;
            restoreInto(storeOf(WHOLE_JOB), snap);
          },
          takeHeldTokens,
        });
      }

      const subscription = input.subscribe({
        next: (batch) => onBatch(batch),
        error: (e: unknown) => subscriber.error(e),
        complete: () => {
          earlyTimer?.();
          subscriber.complete();
        },
      });
      return () => {
        earlyTimer?.();
        subscription.unsubscribe();
      };
    });
}
