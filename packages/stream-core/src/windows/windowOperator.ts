import { Observable } from 'rxjs';
import { AckToken, releaseBoth } from '../checkpoint/AckToken.js';
import type { Batch, StateKey } from '../core/Batch.js';
import { BatchBuilder, NO_WATERMARK } from '../core/Batch.js';
import { HtError } from '../errors/HtError.js';
import type { OperatorContext } from '../graph/OperatorContext.js';
import type { CancelTimer } from '../time/Clock.js';
import { AlignedWindowStore } from './AlignedWindowStore.js';
import { SessionWindowStore } from './SessionWindowStore.js';
import type { Trigger } from './Trigger.js';
import type { WindowAssigner } from './WindowAssigner.js';
import type { TokenHolder } from './TokenHolder.js';
import { WindowEntry } from './WindowEntry.js';
import type { FiringKind, WindowReducer } from './WindowReducer.js';
import type { WindowStore } from './WindowStore.js';

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

/**
 * The window operator: assigns records to windows, folds them in, fires on the watermark (plus early,
 * late and count firings), routes records past the allowed lateness to the late output, and gives each
 * result a token that acknowledges the window's records once the result is durable.
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
      const store: WindowStore<ACC> =
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
      const late = spec.lateTag === undefined ? undefined : op.sideOutput<T>(spec.lateTag);
      const out = new BatchBuilder<O>();
      const scratch: WindowEntry<ACC>[] = [];
      const toFire: [WindowEntry<ACC>, FiringKind, boolean][] = [];
      const earlyDirty = new Set<WindowEntry<ACC>>();
      const results: O[] = [];
      const resultTimes: number[] = [];
      const collect = (o: O): void => void results.push(o);
      let watermark = NO_WATERMARK;
      let idle = false;
      const purgeEvery = trigger.purgeEveryCount;
      const earlyEvery = trigger.earlyEveryCount;
      const lateFirings = trigger.late !== 'none';
      const special = purgeEvery !== undefined || earlyEvery !== undefined || trigger.earlyEveryMs !== undefined;
      let earlyTimer: CancelTimer | undefined;
      op.metrics.queueDepth = () => store.size;

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
        if (out.length > 0 || watermark !== op.metrics.watermark) {
          op.metrics.watermark = watermark;
          subscriber.next(out.build(watermark, idle));
        }
        late?.flush(watermark, idle);
      };

      const onEarlyTimer = (): void => {
        earlyTimer = undefined;
        for (const e of earlyDirty) if (e.alive && !e.fired) fire(e, 'early', false);
        earlyDirty.clear();
        emit();
      };

      const onBatch = (batch: Batch<T>): void => {
        const started = performance.now();
        const { values, times, tokens, keys } = batch;
        if (keys === undefined) throw new HtError('INTERNAL', `window operator "${op.name}" got an unkeyed batch`);
        const n = values.length;
        op.metrics.recordsIn += n;
        // Records absorbed into windows give their own references back in runs of one token.
        let run: AckToken | null = null;
        let runLength = 0;
        for (let i = 0; i < n; i++) {
          const v = values[i] as T;
          const t = times[i] as number;
          const token = tokens[i] ?? null;
          if (token !== run) {
            if (run !== null) releaseBoth(run, runLength);
            run = token;
            runLength = 0;
          }
          const m = store.windowsFor(keys[i] as StateKey, t, watermark, scratch);
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
              if (!e.dirty && lateFirings) toFire.push([e, 'late', false]);
            } else if (special) {
              if (purgeEvery !== undefined && e.count >= purgeEvery) {
                toFire.push([e, 'on-time', true]);
              } else if (earlyEvery !== undefined && ++e.sinceFiring >= earlyEvery) {
                toFire.push([e, 'early', false]);
                e.sinceFiring = -Infinity; // once per batch; reset by the firing
              } else if (trigger.earlyEveryMs !== undefined) {
                earlyDirty.add(e);
              }
            }
            e.dirty = true;
          }
        }
        if (run !== null) releaseBoth(run, runLength);
        for (const [e, firing, purge] of toFire) {
          if (!e.alive) continue;
          fire(e, firing, purge);
          if (purge) store.remove(e);
        }
        toFire.length = 0;
        if (earlyDirty.size > 0 && earlyTimer === undefined) {
          earlyTimer = op.clock.setTimer(onEarlyTimer, trigger.earlyEveryMs ?? 0);
        }
        if (batch.watermark > watermark) watermark = batch.watermark;
        idle = batch.idle;
        store.advance(watermark, (group, action) => {
          if (action !== 'purge') fireGroup(group, action === 'fire-and-purge');
          else {
            const released = new Set<TokenHolder>();
            for (const e of group) {
              if (released.has(e.holder)) continue;
              released.add(e.holder);
              e.holder.release();
            }
          }
        });
        op.metrics.batchSeconds.observe((performance.now() - started) / 1000);
        emit();
      };

      op.registerParticipant({
        uid: op.name,
        snapshot: () => ({
          watermark: Number.isFinite(watermark) ? watermark : null,
          windows: [...store.entries()].map((e): EntryData => [
            e.key,
            e.start,
            e.end,
            e.acc,
            e.count,
            e.fired,
            e.maxTimestamp,
          ]),
        }),
        restore: (s) => {
          const snap = s as { watermark: number | null; windows: EntryData[] };
          watermark = snap.watermark ?? NO_WATERMARK;
          for (const [key, start, end, acc, count, fired, maxTs] of snap.windows) {
            const e = new WindowEntry<ACC>(key, start ?? -Infinity, end ?? Infinity, acc as ACC);
            e.count = count;
            e.fired = fired;
            e.maxTimestamp = maxTs ?? -Infinity;
            store.restore(e);
          }
        },
        takeHeldTokens: () => {
          const taken: AckToken[] = [];
          for (const h of store.holders()) for (const t of h.take()) taken.push(t);
          return taken;
        },
      });

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
