import type { StateKey } from '../core/Batch.js';
import { TimerHeap } from '../time/TimerHeap.js';
import { TokenHolder } from './TokenHolder.js';
import { WindowEntry } from './WindowEntry.js';
import type { DueAction, WindowStore } from './WindowStore.js';

interface Bucket<ACC> {
  readonly start: number;
  readonly end: number;
  readonly byKey: Map<StateKey, WindowEntry<ACC>>;
  /** Shared by the keys' windows, except for global windows (count triggers purge single keys). */
  readonly holder: TokenHolder | undefined;
}

/**
 * Windows that are the same for every key (tumbling, sliding, global), grouped by window: one
 * `Map<key, window>` per window start and one timer per window start rather than per key, so firing a
 * window for 10k keys is one heap pop and a map walk.
 */
export class AlignedWindowStore<ACC> implements WindowStore<ACC> {
  private readonly buckets = new Map<number, Bucket<ACC>>();
  private readonly timers = new TimerHeap<{ start: number; cleanup: boolean }>();
  private readonly scratch: number[] = [];
  private last: Bucket<ACC> | undefined;
  private count = 0;

  constructor(
    private readonly assign: (timestamp: number, out: number[]) => number,
    private readonly create: () => ACC,
    private readonly lateness: number,
    /** Tumbling windows: size and offset, for the one-window fast path. */
    private readonly tumbling?: { readonly sizeMs: number; readonly offsetMs: number },
  ) {}

  get size(): number {
    return this.count;
  }

  windowsFor(key: StateKey, timestamp: number, watermark: number, out: WindowEntry<ACC>[]): number {
    const tumbling = this.tumbling;
    if (tumbling !== undefined) {
      const size = tumbling.sizeMs;
      const start = timestamp - ((((timestamp - tumbling.offsetMs) % size) + size) % size);
      const end = start + size;
      if (end - 1 + this.lateness <= watermark) return 0;
      let bucket = this.last;
      if (bucket === undefined || bucket.start !== start) bucket = this.bucket(start, end);
      let entry = bucket.byKey.get(key);
      if (entry === undefined) {
        entry = new WindowEntry(key, start, end, this.create(), bucket.holder);
        bucket.byKey.set(key, entry);
        this.count++;
      }
      out[0] = entry;
      return 1;
    }
    const n = this.assign(timestamp, this.scratch);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const start = this.scratch[2 * i] as number;
      const end = this.scratch[2 * i + 1] as number;
      if (end - 1 + this.lateness <= watermark) continue;
      let bucket = this.last;
      if (bucket === undefined || bucket.start !== start) bucket = this.bucket(start, end);
      let entry = bucket.byKey.get(key);
      if (entry === undefined) {
        entry = new WindowEntry(key, start, end, this.create(), bucket.holder);
        bucket.byKey.set(key, entry);
        this.count++;
      }
      out[m++] = entry;
    }
    return m;
  }

  advance(watermark: number, due: (group: readonly WindowEntry<ACC>[], action: DueAction) => void): void {
    for (let t = this.timers.peekTime(); t !== undefined && t <= watermark; t = this.timers.peekTime()) {
      const timer = this.timers.pop();
      if (timer === undefined) break;
      const bucket = this.buckets.get(timer.item.start);
      if (bucket === undefined) continue;
      const purgeNow = timer.item.cleanup || bucket.end - 1 + this.lateness <= watermark;
      const action: DueAction = timer.item.cleanup ? 'purge' : purgeNow ? 'fire-and-purge' : 'fire';
      due([...bucket.byKey.values()], action);
      if (purgeNow) this.drop(bucket);
      else this.timers.push(bucket.end - 1 + this.lateness, { start: bucket.start, cleanup: true });
    }
  }

  remove(entry: WindowEntry<ACC>): void {
    const bucket = this.buckets.get(entry.start);
    if (bucket?.byKey.get(entry.key) === entry) {
      bucket.byKey.delete(entry.key);
      this.count--;
    }
    entry.alive = false;
  }

  *entries(): Iterable<WindowEntry<ACC>> {
    for (const b of this.buckets.values()) yield* b.byKey.values();
  }

  *holders(): Iterable<TokenHolder> {
    for (const b of this.buckets.values()) {
      if (b.holder !== undefined) yield b.holder;
      else for (const e of b.byKey.values()) yield e.holder;
    }
  }

  /** A window from a snapshot, with the holder its bucket uses. */
  restore(entry: WindowEntry<ACC>): void {
    const bucket = this.bucket(entry.start, entry.end);
    const placed = new WindowEntry(entry.key, entry.start, entry.end, entry.acc, bucket.holder);
    placed.count = entry.count;
    placed.fired = entry.fired;
    placed.maxTimestamp = entry.maxTimestamp;
    bucket.byKey.set(entry.key, placed);
    this.count++;
  }

  private bucket(start: number, end: number): Bucket<ACC> {
    let bucket = this.buckets.get(start);
    if (bucket === undefined) {
      const global = start === Number.NEGATIVE_INFINITY;
      bucket = { start, end, byKey: new Map(), holder: global ? undefined : new TokenHolder(true) };
      this.buckets.set(start, bucket);
      this.timers.push(end - 1, { start, cleanup: false });
    }
    this.last = bucket;
    return bucket;
  }

  private drop(bucket: Bucket<ACC>): void {
    for (const e of bucket.byKey.values()) e.alive = false;
    this.count -= bucket.byKey.size;
    this.buckets.delete(bucket.start);
    if (this.last === bucket) this.last = undefined;
  }
}
