import type { StateKey } from '../core/Batch.js';
import type { AggregateFunction } from './AggregateFunction.js';

/** Which firing produced a window result. */
export type FiringKind = 'early' | 'on-time' | 'late';

/**
 * A window result's context: its key, bounds and firing.
 *
 * @example
 * ```ts
 * keyed
 *   .window(tumblingWindows({ sizeMs: 60_000 }))
 *   .aggregate(countAggregate(), (count, w) => ({ key: w.key, start: w.start, count, final: w.firing !== 'early' }));
 * ```
 */
export interface WindowInfo<K extends StateKey> {
  readonly key: K;
  readonly start: number;
  readonly end: number;
  readonly firing: FiringKind;
}

/**
 * What a window keeps and how it turns into output: the common shape of `aggregate`, `reduce` and
 * `process` windows (an internal type).
 */
export interface WindowReducer<K extends StateKey, T, ACC, O> {
  create(): ACC;
  add(acc: ACC, value: T): ACC;
  /** Merges two windows' contents (session windows); `undefined` when not supported. */
  readonly merge: ((a: ACC, b: ACC) => ACC) | undefined;
  emit(acc: ACC, info: WindowInfo<K>, out: (value: O) => void): void;
}

/** Windows fed through an {@link AggregateFunction}, results optionally projected with the window info. */
export function aggregateReducer<K extends StateKey, T, ACC, R, O>(
  agg: AggregateFunction<T, ACC, R>,
  project: ((result: R, window: WindowInfo<K>) => O) | undefined,
): WindowReducer<K, T, ACC, O> {
  const merge = agg.merge?.bind(agg);
  return {
    create: () => agg.createAccumulator(),
    add: (acc, v) => agg.add(v, acc),
    merge,
    emit(acc, info, out) {
      const r = agg.getResult(acc);
      out(project === undefined ? (r as unknown as O) : project(r, info));
    },
  };
}

/** Windows folded pairwise with `reduce`; the result has the input type. */
export function reduceReducer<K extends StateKey, T, O>(
  reduce: (a: T, b: T) => T,
  project: ((result: T, window: WindowInfo<K>) => O) | undefined,
): WindowReducer<K, T, { value?: T; has: boolean }, O> {
  return {
    create: () => ({ has: false }),
    add(acc, v) {
      acc.value = acc.has ? reduce(acc.value as T, v) : v;
      acc.has = true;
      return acc;
    },
    merge(a, b) {
      if (!a.has) return b;
      if (!b.has) return a;
      return { value: reduce(a.value as T, b.value as T), has: true };
    },
    emit(acc, info, out) {
      if (!acc.has) return;
      out(project === undefined ? (acc.value as unknown as O) : project(acc.value as T, info));
    },
  };
}

/** Windows that keep every record and hand them all to `fn` when they fire. */
export function processReducer<K extends StateKey, T, O>(
  fn: (records: readonly T[], window: WindowInfo<K>) => Iterable<O> | void,
): WindowReducer<K, T, T[], O> {
  return {
    create: () => [],
    add(acc, v) {
      acc.push(v);
      return acc;
    },
    merge: (a, b) => (a.length >= b.length ? (a.push(...b), a) : (b.unshift(...a), b)),
    emit(acc, info, out) {
      const produced = fn(acc, info);
      if (produced !== undefined) for (const o of produced) out(o);
    },
  };
}
