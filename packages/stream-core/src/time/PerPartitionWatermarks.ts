import { END_OF_TIME, NO_WATERMARK } from '../core/Batch.js';
import type { WatermarkOptions } from './PartitionWatermarks.js';

interface PartitionClock {
  /** The highest event time the partition's records carried (or its snapshot's watermark + delay + 1). */
  maxTimestamp: number;
  /** Processing time of the partition's last record, or of its restore. */
  lastActive: number;
  /** The watermark last returned: the partition's never moves backwards. */
  emitted: number;
}

/**
 * Event time per input partition inside a partition-scoped operator (one that keeps its state per
 * input partition, such as the trace grouper), for the operator's own timers: a partition's timers fire
 * on that partition's watermark, not on the job's.
 *
 * The job's watermark (what a batch carries) is one number for all partitions a copy holds: after a
 * rebalance it is already past the open state a moved partition brings along (it followed the other
 * partitions, or the clock while the partition was moving), so timers on it would close that state
 * before the partition's records are replayed. Here a partition's watermark is its own:
 *
 * - its newest record's event time minus `outOfOrdernessMs` minus 1, as the source computes it;
 * - after a restore it restarts from the snapshot's watermark, and never moves backwards from there;
 * - once the partition has had no record for `idleTimeoutMs` (processing time, counted from its last
 *   record or its restore) it follows the input's watermark when that is ahead (the other partitions',
 *   or the clock with `whenAllIdle: 'follow-clock'`), so a quiet partition's state still closes — and it
 *   never holds the other partitions back;
 * - the end of input (watermark +∞) reaches every partition.
 *
 * @example
 * ```ts
 * const wm = new PerPartitionWatermarks({ outOfOrdernessMs: 1_000, idleTimeoutMs: 1_000 });
 * wm.restore('raw-spans:3', 41_000, now); // from the partition's snapshot
 * wm.observe('raw-spans:3', 43_500, now); // a record of the partition
 * wm.watermarkOf('raw-spans:3', batch.watermark, now); // 42_499, whatever the batch's watermark
 * ```
 */
export class PerPartitionWatermarks {
  private readonly partitions = new Map<string, PartitionClock>();
  private readonly delay: number;
  private readonly idleTimeout: number;

  constructor(options: WatermarkOptions = {}) {
    this.delay = options.outOfOrdernessMs ?? 0;
    this.idleTimeout = options.idleTimeoutMs ?? Infinity;
  }

  /** The partitions tracked. */
  get size(): number {
    return this.partitions.size;
  }

  /** Records of `partition` arrived at processing time `now`, the newest at event time `maxTimestamp`. */
  observe(partition: string, maxTimestamp: number, now: number): void {
    const p = this.clockOf(partition, now);
    if (maxTimestamp > p.maxTimestamp) p.maxTimestamp = maxTimestamp;
    p.lastActive = now;
  }

  /**
   * The partition's state was restored from a snapshot taken at `watermark`: its watermark restarts
   * there (forgetting what it was before), and it counts as active from `now`.
   */
  restore(partition: string, watermark: number, now: number): void {
    const restored = Number.isFinite(watermark) ? watermark : NO_WATERMARK;
    this.partitions.set(partition, {
      maxTimestamp: restored === NO_WATERMARK ? NO_WATERMARK : restored + this.delay + 1,
      lastActive: now,
      emitted: restored,
    });
  }

  /** The partition is gone (revoked, or moved to another copy). */
  drop(partition: string): void {
    this.partitions.delete(partition);
  }

  /**
   * The watermark of `partition` now, given the input's watermark `input` (the batch's): its own, or
   * the input's when the partition is idle and the input is ahead; +∞ at the end of input. Monotonic per
   * partition. An unknown partition gets the input's.
   */
  watermarkOf(partition: string, input: number, now: number): number {
    const p = this.partitions.get(partition);
    if (p === undefined) return input;
    if (input === END_OF_TIME) return (p.emitted = END_OF_TIME);
    let w = p.maxTimestamp === NO_WATERMARK ? NO_WATERMARK : p.maxTimestamp - this.delay - 1;
    if (now - p.lastActive >= this.idleTimeout && input > w) w = input;
    if (w > p.emitted) p.emitted = w;
    return p.emitted;
  }

  private clockOf(partition: string, now: number): PartitionClock {
    let p = this.partitions.get(partition);
    if (p === undefined) {
      p = { maxTimestamp: NO_WATERMARK, lastActive: now, emitted: NO_WATERMARK };
      this.partitions.set(partition, p);
    }
    return p;
  }
}
