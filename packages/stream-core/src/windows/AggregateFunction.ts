/**
 * Incremental aggregation: one accumulator per key and window, updated per record, so a window keeps
 * O(1) state instead of its records. `merge` is needed for session windows (merging windows merge
 * their accumulators).
 *
 * @example
 * ```ts
 * const count: AggregateFunction<unknown, number, number> = {
 *   createAccumulator: () => 0,
 *   add: (_value, acc) => acc + 1,
 *   getResult: (acc) => acc,
 *   merge: (a, b) => a + b,
 * };
 * ```
 */
export interface AggregateFunction<T, ACC, R> {
  createAccumulator(): ACC;
  /** Adds a record; may return the same (mutated) accumulator. */
  add(value: T, accumulator: ACC): ACC;
  getResult(accumulator: ACC): R;
  merge?(a: ACC, b: ACC): ACC;
}

/**
 * Counts records: the aggregate of the classic keyed window count.
 *
 * @example
 * ```ts
 * spans.keyBy((s) => s.service).window(tumblingWindows({ sizeMs: 60_000 })).aggregate(countAggregate());
 * ```
 */
export function countAggregate<T>(): AggregateFunction<T, number, number> {
  return {
    createAccumulator: () => 0,
    add: (_value, acc) => acc + 1,
    getResult: (acc) => acc,
    merge: (a, b) => a + b,
  };
}
