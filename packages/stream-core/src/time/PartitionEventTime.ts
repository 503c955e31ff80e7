import { NO_WATERMARK } from '../core/Batch.js';
import type { WatermarkOptions } from './PartitionWatermarks.js';
import { PerPartitionWatermarks } from './PerPartitionWatermarks.js';

/**
 * The event time of a partition-scoped built-in operator (windows, process functions in a job with
 * `partitionState`), internal: each input partition's own watermark ({@link PerPartitionWatermarks}),
 * the last value computed for each, and the watermark the operator sends on, which is the lowest of
 * its partitions' (so what a restored partition still emits is not behind it) and never moves backwards.
 *
 * @example
 * ```ts
 * const time = new PartitionEventTime(ctx.sourceWatermarks);
 * time.observe('spans:0', 5_000, now);
 * const out = time.advance(batch.watermark, now, (p, w) => store(p).advance(w));
 * ```
 */
export class PartitionEventTime {
  private readonly watermarks: PerPartitionWatermarks;
  /** Per partition: its watermark as last computed (what its timers fired on). */
  private readonly current = new Map<string, number>();
  private sent = NO_WATERMARK;

  constructor(options: WatermarkOptions | undefined) {
    this.watermarks = new PerPartitionWatermarks(options);
  }

  /** The partitions it knows (seen or restored, not dropped). */
  partitions(): IterableIterator<string> {
    return this.current.keys();
  }

  /** The partition's watermark as last computed (`NO_WATERMARK` for one not seen yet). */
  of(partition: string): number {
    return this.current.get(partition) ?? NO_WATERMARK;
  }

  /** Records of `partition` arrived at `now`, the newest at event time `maxTimestamp`. */
  observe(partition: string, maxTimestamp: number, now: number): void {
    if (!this.current.has(partition)) this.current.set(partition, NO_WATERMARK);
    this.watermarks.observe(partition, maxTimestamp, now);
  }

  /** The partition was restored from a snapshot taken at `watermark`: its event time restarts there. */
  restore(partition: string, watermark: number, now: number): void {
    this.watermarks.restore(partition, watermark, now);
    this.current.set(partition, Number.isFinite(watermark) ? watermark : NO_WATERMARK);
  }

  drop(partition: string): void {
    this.watermarks.drop(partition);
    this.current.delete(partition);
  }

  /**
   * Moves every partition's watermark on, given the input's watermark `input`, calling `each` with it;
   * returns the watermark to send on: the lowest partition's, never above `input`, never backwards.
   */
  advance(input: number, now: number, each: (partition: string, watermark: number) => void): number {
    let lowest = Infinity;
    for (const partition of this.current.keys()) {
      const w = this.watermarks.watermarkOf(partition, input, now);
      this.current.set(partition, w);
      each(partition, w);
      if (w < lowest) lowest = w;
    }
    const out = lowest === Infinity || lowest > input ? input : lowest;
    if (out > this.sent) this.sent = out;
    return this.sent;
  }
}
