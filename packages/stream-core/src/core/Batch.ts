import type { AckToken } from '../checkpoint/AckToken.js';

/** A key of a keyed stream: what keyed state and windows are partitioned by. */
export type StateKey = string | number;

/**
 * What flows through the engine's RxJS pipes: one `next` per batch, not per record, which is what
 * keeps the per-record cost near a hand-written loop. Parallel arrays, one slot per record. Batches are
 * immutable once emitted; operators build new arrays (and may share unchanged ones).
 *
 * The header carries event-time progress: `watermark` is the stream's watermark after these records,
 * and `idle` says the stream has no active input (a union then ignores it when taking the minimum).
 * A batch with no records is a pure watermark/idleness update.
 *
 * @example
 * ```ts
 * const b: Batch<number> = { values: [1, 2], times: [10, 11], tokens: [t, t], keys: undefined, watermark: 9, idle: false };
 * ```
 */
export interface Batch<T> {
  readonly values: readonly T[];
  /** Event time per record, in ms. */
  readonly times: readonly number[];
  /** Acknowledgement token per record (`null`: nothing to acknowledge). */
  readonly tokens: readonly (AckToken | null)[];
  /** Key per record on keyed streams. */
  readonly keys: readonly StateKey[] | undefined;
  readonly watermark: number;
  readonly idle: boolean;
}

/** The watermark of a stream that has seen nothing yet. */
export const NO_WATERMARK = Number.NEGATIVE_INFINITY;
/** The watermark that closes every window: a bounded input ended, or a job drains with `flush`. */
export const END_OF_TIME = Number.POSITIVE_INFINITY;

/**
 * A batch with no records that only moves the watermark or idleness.
 *
 * @example
 * ```ts
 * subscriber.next(watermarkBatch(1_000, false));
 * ```
 */
export function watermarkBatch<T>(watermark: number, idle: boolean): Batch<T> {
  return { values: [], times: [], tokens: [], keys: undefined, watermark, idle };
}

/**
 * Collects records one at a time into parallel arrays, then produces a {@link Batch}.
 *
 * @example
 * ```ts
 * const out = new BatchBuilder<string>();
 * out.push('a', 10, token);
 * subscriber.next(out.build(input.watermark, input.idle));
 * ```
 */
export class BatchBuilder<T> {
  values: T[] = [];
  times: number[] = [];
  tokens: (AckToken | null)[] = [];

  get length(): number {
    return this.values.length;
  }

  push(value: T, time: number, token: AckToken | null): void {
    this.values.push(value);
    this.times.push(time);
    this.tokens.push(token);
  }

  /** Returns the batch and starts a new one. */
  build(watermark: number, idle: boolean, keys?: StateKey[]): Batch<T> {
    const batch: Batch<T> = {
      values: this.values,
      times: this.times,
      tokens: this.tokens,
      keys,
      watermark,
      idle,
    };
    this.values = [];
    this.times = [];
    this.tokens = [];
    return batch;
  }
}
