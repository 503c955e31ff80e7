import type { StateKey } from '../core/Batch.js';
import { TimerHeap } from '../time/TimerHeap.js';
import { WindowEntry } from './WindowEntry.js';
import type { DueAction, WindowStore } from './WindowStore.js';

interface Bucket<ACC> {
  readonly start: number;
  readonly end: number;
  readonly byKey: Map<StateKey, WindowEntry<ACC>>;
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
  ) {}

  get size(): number {
    return this.count;
  }

  windowsFor(key: StateKey, timestamp: number, watermark: number, out: WindowEntry<ACC>[]): number {
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
        entry = new WindowEntry(key, start, end, this.create());
        bucket.byKey.set(key, entry);
        this.count++;
      }
      out[m++] = entry;
    }
    return m;
  }

  advance(watermark: number, due: (entry: WindowEntry<ACC>, action: DueAction) => void): void {
    for (let t = this.timers.peekTime(); t !== undefined && t <= watermark; t = this.timers.peekTime()) {
      const timer = this.timers.pop();
      if (timer === undefined) break;
      const bucket = this.buckets.get(timer.item.start);
      if (bucket === undefined) continue;
      const purgeNow = timer.item.cleanup || bucket.end - 1 + this.lateness <= watermark;
      const action: DueAction = timer.item.cleanup ? 'purge' : purgeNow ? 'fire-and-purge' : 'fire';
      for (const entry of bucket.byKey.values()) due(entry, action);
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

  restore(entry: WindowEntry<ACC>): void {
    this.bucket(entry.start, entry.end).byKey.set(entry.key, entry);
    this.count++;
  }

  private bucket(start: number, end: number): Bucket<ACC> {
    let bucket = this.buckets.get(start);
    if (bucket === undefined) {
      bucket = { start, end, byKey: new Map() };
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
