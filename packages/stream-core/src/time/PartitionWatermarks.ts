import { END_OF_TIME, NO_WATERMARK } from '../core/Batch.js';

/**
 * Event-time progress of a source, per partition. All times in ms.
 *
 * @example
 * ```ts
 * job.source(kafkaSpans, { timestamp: (s) => s.startMs, watermarks: { outOfOrdernessMs: 5_000, idleTimeoutMs: 30_000 } });
 * ```
 */
export interface WatermarkOptions {
  /** How far behind the newest record a record may arrive and still be on time. Default 0. */
  readonly outOfOrdernessMs?: number;
  /**
   * A partition that emits no record for this long (processing time) stops holding the watermark back
   * until it emits again, so one quiet partition does not stall the others. Default: never idle.
   */
  readonly idleTimeoutMs?: number;
  /**
   * When every partition is idle: `hold` keeps the watermark (Flink's behaviour), `follow-clock` moves it
   * to `now - outOfOrdernessMs - 1`, for event times close to wall time (spans), so windows still close
   * when traffic stops. Default `hold`.
   */
  readonly whenAllIdle?: 'hold' | 'follow-clock';
}

interface PartitionTime {
  maxTimestamp: number;
  lastActive: number;
  idle: boolean;
  ended: boolean;
}

/** Restorable state of {@link PartitionWatermarks}. */
export interface PartitionWatermarksState {
  readonly emitted: number;
  readonly maxTimestamps: Readonly<Record<string, number>>;
}

/**
 * Bounded-out-of-orderness watermarks per partition with idleness. A partition's watermark is its
 * highest timestamp minus the allowed out-of-orderness minus 1 (so records at exactly
 * `max - outOfOrderness` are still on time); the source's is the minimum over partitions that are
 * neither idle nor ended, never moving backwards.
 *
 * @example
 * ```ts
 * const wm = new PartitionWatermarks({ outOfOrdernessMs: 100 });
 * wm.observe('0', 1_000, now);
 * wm.current(now).watermark; // 899
 * ```
 */
export class PartitionWatermarks {
  private readonly partitions = new Map<string, PartitionTime>();
  private readonly delay: number;
  private readonly idleTimeout: number;
  private emitted = NO_WATERMARK;

  constructor(private readonly options: WatermarkOptions = {}) {
    this.delay = options.outOfOrdernessMs ?? 0;
    this.idleTimeout = options.idleTimeoutMs ?? Infinity;
  }

  /** Declares a partition that holds the watermark back until it emits or goes idle. */
  declare(partition: string, now: number): void {
    if (!this.partitions.has(partition)) {
      this.partitions.set(partition, { maxTimestamp: NO_WATERMARK, lastActive: now, idle: false, ended: false });
    }
  }

  /** Records that `partition` emitted records whose newest timestamp is `maxTimestamp`. */
  observe(partition: string, maxTimestamp: number, now: number): void {
    let p = this.partitions.get(partition);
    if (p === undefined) {
      p = { maxTimestamp: NO_WATERMARK, lastActive: now, idle: false, ended: false };
      this.partitions.set(partition, p);
    }
    if (maxTimestamp > p.maxTimestamp) p.maxTimestamp = maxTimestamp;
    p.lastActive = now;
    p.idle = false;
  }

  /** The partition will emit no more. */
  end(partition: string): void {
    const p = this.partitions.get(partition);
    if (p !== undefined) p.ended = true;
    else this.partitions.set(partition, { maxTimestamp: END_OF_TIME, lastActive: 0, idle: false, ended: true });
  }

  /** The highest event time `partition` emitted, `undefined` when none (or unknown partition). */
  maxTimestampOf(partition: string): number | undefined {
    const max = this.partitions.get(partition)?.maxTimestamp;
    return max === undefined || !Number.isFinite(max) ? undefined : max;
  }

  /** The partition is gone (rebalanced away). */
  remove(partition: string): void {
    this.partitions.delete(partition);
  }

  /**
   * Marks partitions idle whose last activity is `idleTimeoutMs` old. Returns the processing time of the
   * next check worth doing, or `undefined` when no partition can go idle later.
   */
  checkIdle(now: number): number | undefined {
    if (this.idleTimeout === Infinity) return undefined;
    let next: number | undefined;
    for (const p of this.partitions.values()) {
      if (p.ended || p.idle) continue;
      const due = p.lastActive + this.idleTimeout;
      if (due <= now) p.idle = true;
      else if (next === undefined || due < next) next = due;
    }
    return next;
  }

  /** True when every partition is idle or ended (and at least one is idle). */
  allIdle(): boolean {
    let anyIdle = false;
    for (const p of this.partitions.values()) {
      if (p.idle) anyIdle = true;
      else if (!p.ended) return false;
    }
    return anyIdle;
  }

  /** The source watermark now and whether the source is idle. Monotonic. */
  current(now: number): { watermark: number; idle: boolean } {
    let min = Infinity;
    let active = 0;
    for (const p of this.partitions.values()) {
      if (p.idle || p.ended) continue;
      active++;
      const w = p.maxTimestamp === NO_WATERMARK ? NO_WATERMARK : p.maxTimestamp - this.delay - 1;
      if (w < min) min = w;
    }
    let idle = false;
    if (active === 0) {
      if (this.partitions.size > 0 && [...this.partitions.values()].every((p) => p.ended)) min = END_OF_TIME;
      else {
        idle = this.partitions.size > 0;
        min = this.options.whenAllIdle === 'follow-clock' && idle ? now - this.delay - 1 : this.emitted;
      }
    }
    if (min > this.emitted) this.emitted = min;
    return { watermark: this.emitted, idle };
  }

  snapshot(): PartitionWatermarksState {
    const maxTimestamps: Record<string, number> = {};
    for (const [id, p] of this.partitions) if (Number.isFinite(p.maxTimestamp)) maxTimestamps[id] = p.maxTimestamp;
    return { emitted: Number.isFinite(this.emitted) ? this.emitted : NO_WATERMARK, maxTimestamps };
  }

  restore(state: PartitionWatermarksState, now: number): void {
    this.emitted = state.emitted ?? NO_WATERMARK;
    for (const [id, max] of Object.entries(state.maxTimestamps)) {
      this.partitions.set(id, { maxTimestamp: max, lastActive: now, idle: false, ended: false });
    }
  }
}
