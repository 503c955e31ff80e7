import { Observable } from 'rxjs';
import type { Subscriber } from 'rxjs';
import type { Position, TokenOwner } from '../checkpoint/AckToken.js';
import { AckToken } from '../checkpoint/AckToken.js';
import { PartitionAckTracker } from '../checkpoint/PartitionAckTracker.js';
import type { Batch } from '../core/Batch.js';
import { END_OF_TIME, watermarkBatch } from '../core/Batch.js';
import { toHtError } from '../errors/HtError.js';
import { CreditAccount } from '../flow/CreditAccount.js';
import type { OperatorContext } from '../graph/OperatorContext.js';
import type { CancelTimer } from '../time/Clock.js';
import type { PartitionWatermarksState, WatermarkOptions } from '../time/PartitionWatermarks.js';
import { PartitionWatermarks } from '../time/PartitionWatermarks.js';
import type { Source, SourceContext } from './Source.js';

/** Per-source settings given to `job.source(...)`. */
export interface SourceOptions<T> {
  /** Operator name (default: the source's name). */
  readonly name?: string;
  /** Event time of a record in ms. Default: ingestion time (the clock when the record is emitted). */
  readonly timestamp?: (record: T) => number;
  readonly watermarks?: WatermarkOptions;
  /** Records per partition allowed inside the engine at once. Default 10 000. */
  readonly credits?: number;
  /**
   * Bytes per partition allowed inside the engine at once, as the source counts them (the `bytes` of
   * its emits, e.g. Kafka record sizes): the partition pauses when they reach it, and resumes at half.
   * Bounds what a lagging job holds when records are large (whole traces), where `credits` alone
   * would let in `credits` of them. Default: no byte bound.
   */
  readonly maxBytesInFlight?: number;
}

/** What one source partition holds inside the engine now. */
export interface PartitionInFlight {
  /** Records emitted and not yet durable, dropped or absorbed into state. */
  readonly records: number;
  /** Their bytes, as the source counted them. */
  readonly bytes: number;
}

/** What a checkpoint keeps of a source. */
export interface SourceSnapshot {
  readonly positions: Readonly<Record<string, Position>>;
  readonly watermarks: PartitionWatermarksState;
}

/** What a {@link SourceRunner} tells its job run. */
export interface SourceRunnerHooks {
  fail(error: unknown): void;
  ackFailed(error: unknown): void;
  starved(): void;
  /** New partitions were assigned: restore their state (per-partition state only). */
  assigned?(source: SourceRunner<unknown>, partitions: readonly string[]): Promise<void> | undefined;
  /** A partition was revoked: drop its state (per-partition state only). */
  revoked?(source: SourceRunner<unknown>, partition: string): void;
}

interface Partition {
  readonly tracker: PartitionAckTracker;
  readonly credits: CreditAccount;
  /** Named by this partition's tokens: routes acknowledgements and returned credits. */
  readonly owner: TokenOwner;
}

/**
 * Runs one {@link Source} inside a job: turns each emit into a batch (timestamps, one token, watermark),
 * keeps per-partition acknowledgement order, credits and watermarks, and turns the source into the
 * observable at the head of the job's pipes.
 */
export class SourceRunner<T> {
  private subscriber: Subscriber<Batch<T>> | undefined;
  private readonly partitions = new Map<string, Partition>();
  private readonly watermarks: PartitionWatermarks;
  private readonly capacity: number;
  private readonly byteCapacity: number;
  private idleTimer: CancelTimer | undefined;
  private closed = false;
  private emitting = false;
  private readonly reentrant: (() => void)[] = [];
  private startPositions = new Map<string, Position>();
  /** Partitions whose per-partition state is being restored. */
  private readonly restoring = new Map<string, Promise<void>>();
  private held = false;
  /** Operators downstream that asked for a pause (see {@link throttle}). */
  private readonly throttledBy = new Set<string>();

  constructor(
    readonly source: Source<T>,
    private readonly options: SourceOptions<T>,
    private readonly ctx: OperatorContext,
    private readonly hooks: SourceRunnerHooks,
  ) {
    this.watermarks = new PartitionWatermarks(options.watermarks);
    this.capacity = options.credits ?? 10_000;
    this.byteCapacity = options.maxBytesInFlight ?? Number.POSITIVE_INFINITY;
    ctx.metrics.queueDepth = () => {
      let n = 0;
      for (const p of this.partitions.values()) n += Math.max(0, p.credits.inFlight);
      return n;
    };
    ctx.metrics.partitionsInFlight = () => this.inFlight();
  }

  /** The event-time settings the source was given (`job.source(…, { watermarks })`). */
  get watermarkOptions(): WatermarkOptions {
    return this.options.watermarks ?? {};
  }

  /** The source's operator name (its checkpoint id). */
  get name(): string {
    return this.ctx.name;
  }

  /** The observable of this source's batches (subscribe before {@link start}). */
  readonly batches: Observable<Batch<T>> = new Observable<Batch<T>>((subscriber) => {
    this.subscriber = subscriber;
    return () => this.shutdown();
  });

  /** Starts the source, resuming after `positions` when a checkpoint was restored. */
  start(): void | Promise<void> {
    const positions = (): ReadonlyMap<string, Position> => this.startPositions;
    const ctx: SourceContext<T> = {
      assign: (ids) => this.assign(ids),
      whenRestored: (p) => this.restoring.get(p),
      emit: (p, records, position, bytes = 0) => {
        const restoring = this.restoring.get(p);
        if (restoring === undefined) this.guarded(() => this.emit(p, records, position, bytes));
        else
          void restoring.then(
            () => this.partitions.has(p) && this.guarded(() => this.emit(p, records, position, bytes)),
          );
      },
      endPartition: (p) => this.guarded(() => this.endPartition(p)),
      revoke: (p) => this.revoke(p),
      end: () => this.guarded(() => this.finish(true)),
      fail: (error) =>
        this.hooks.fail(toHtError(error, 'DEPENDENCY_UNAVAILABLE', `source "${this.source.name}" failed`)),
      credits: (p) => this.partitions.get(p)?.credits.left ?? this.capacity,
      get startPositions() {
        return positions();
      },
      clock: this.ctx.clock,
    };
    return this.source.start(ctx);
  }

  /** Positions and watermarks for a checkpoint (taken while quiescent). */
  snapshot(): SourceSnapshot {
    const positions: Record<string, Position> = {};
    for (const [id, p] of this.partitions)
      if (p.tracker.lastEmitted !== undefined) positions[id] = p.tracker.lastEmitted;
    return {
      positions: { ...Object.fromEntries(this.startPositions), ...positions },
      watermarks: this.watermarks.snapshot(),
    };
  }

  /** Per partition known now: the records and bytes it holds inside the engine. */
  inFlight(): ReadonlyMap<string, PartitionInFlight> {
    const out = new Map<string, PartitionInFlight>();
    for (const [id, p] of this.partitions) out.set(id, { records: p.credits.inFlight, bytes: p.credits.bytesInFlight });
    return out;
  }

  /** The partitions known now (assigned or emitting). */
  partitionIds(): string[] {
    return [...this.partitions.keys()];
  }

  /** The last position of `partition` whose records are in the engine (or restored), if any. */
  partitionPosition(partition: string): Position | undefined {
    return this.partitions.get(partition)?.tracker.lastEmitted ?? this.startPositions.get(partition);
  }

  /**
   * For a per-partition checkpoint (taken while quiescent): what to call once the partition's snapshot
   * is saved, letting its acknowledgements go up to the position it holds. `undefined` for an unknown
   * partition.
   */
  checkpointMark(partition: string): (() => void) | undefined {
    const p = this.partitions.get(partition);
    const position = this.partitionPosition(partition);
    if (p === undefined || position === undefined) return undefined;
    const { tracker } = p;
    const count = tracker.tracked;
    return () => tracker.saved(count, position);
  }

  /** The highest event time `partition` emitted, if any. */
  partitionMaxTimestamp(partition: string): number | undefined {
    return this.watermarks.maxTimestampOf(partition);
  }

  /**
   * Puts back a partition's position and event time from its snapshot: the source resumes after
   * `position` (through `startPositions`) and the partition's watermark restarts from `maxTimestamp`.
   */
  restorePartition(partition: string, position: Position, maxTimestamp: number | undefined): void {
    this.startPositions.set(partition, position);
    if (maxTimestamp !== undefined) this.watermarks.observe(partition, maxTimestamp, this.ctx.clock.now());
  }

  restore(snapshot: SourceSnapshot): void {
    this.startPositions = new Map(Object.entries(snapshot.positions));
    this.watermarks.restore(snapshot.watermarks, this.ctx.clock.now());
  }

  /** Pauses every partition regardless of credits (true) or lifts that (false). */
  hold(held: boolean): void {
    this.held = held;
    for (const p of this.partitions.values()) p.credits.hold(held);
  }

  /**
   * Pauses every partition on behalf of operator `by` (true), or lifts its request (false): for
   * operators whose buffered records hold no credits. Partitions stay paused while any operator asks.
   */
  throttle(by: string, throttled: boolean): void {
    if (throttled) this.throttledBy.add(by);
    else this.throttledBy.delete(by);
    const on = this.throttledBy.size > 0;
    for (const p of this.partitions.values()) p.credits.throttle(on);
  }

  /** True when every known partition is paused for lack of credits. */
  get starved(): boolean {
    if (this.partitions.size === 0) return false;
    for (const p of this.partitions.values()) if (!p.credits.isOutOfCredits || this.held) return false;
    return true;
  }

  /** Stops the source; with `flush` the stream ends with watermark +∞ (closing every window). */
  stop(flush: boolean): void | Promise<void> {
    const stopped = this.closed ? undefined : this.source.stop();
    this.finish(flush);
    return stopped;
  }

  private emit(partitionId: string, records: readonly T[], position: Position, bytes: number): void {
    const subscriber = this.subscriber;
    if (this.closed || subscriber === undefined) return;
    const now = this.ctx.clock.now();
    const p = this.partition(partitionId);
    const n = records.length;
    const token = AckToken.source(p.owner, position, n, now, n === 0 ? 0 : bytes);
    if (n === 0) token.done = true;
    p.tracker.track(token);
    if (n === 0) return;
    p.credits.take(n, token.bytes);
    const tokens = new Array<AckToken | null>(n).fill(token);
    const extract = this.options.timestamp;
    let times: number[];
    let max = -Infinity;
    let values = records;
    if (extract === undefined) {
      times = new Array<number>(n).fill(now);
      max = now;
    } else {
      times = new Array<number>(n);
      let failed: number[] | undefined;
      for (let i = 0; i < n; i++) {
        let t: number;
        try {
          t = extract(records[i] as T);
        } catch (error) {
          (failed ??= []).push(i);
          this.ctx.recordFailed(error, records[i], NaN, token);
          continue;
        }
        times[i] = t;
        if (t > max) max = t;
      }
      if (failed !== undefined) {
        const skip = new Set(failed);
        values = records.filter((_, i) => !skip.has(i));
        times = times.filter((_, i) => !skip.has(i));
        tokens.length = values.length;
      }
    }
    this.ctx.metrics.recordsIn += n;
    this.ctx.metrics.recordsOut += values.length;
    if (max > -Infinity) this.watermarks.observe(partitionId, max, now);
    const { watermark, idle } = this.watermarks.current(now);
    this.ctx.metrics.watermark = watermark;
    this.armIdleTimer();
    subscriber.next({ values, times, tokens, keys: undefined, watermark, idle });
    // Out of credits with the records now downstream: sinks may be waiting to fill a batch.
    if (p.credits.isOutOfCredits && !this.held) this.hooks.starved();
  }

  private assign(ids: readonly string[]): void {
    const fresh = ids.filter((id) => !this.partitions.has(id));
    for (const id of ids) this.partition(id);
    if (fresh.length === 0) return;
    const restored = this.hooks.assigned?.(this as SourceRunner<unknown>, fresh);
    if (restored === undefined) return;
    const done = restored.then(
      () => {
        for (const id of fresh) if (this.restoring.get(id) === done) this.restoring.delete(id);
      },
      (e: unknown) => this.hooks.fail(e),
    );
    for (const id of fresh) this.restoring.set(id, done);
  }

  private partition(id: string): Partition {
    let p = this.partitions.get(id);
    if (p === undefined) {
      // Per-partition state: offsets are committed only up to the partition's last saved snapshot.
      const tracker = new PartitionAckTracker(
        id,
        (partition, position) => this.ack(partition, position),
        this.hooks.assigned !== undefined,
      );
      const credits = new CreditAccount(
        this.capacity,
        { pause: () => this.source.pause(id), resume: () => this.source.resume(id) },
        this.byteCapacity,
      );
      const owner: TokenOwner = {
        partition: id,
        acked: () => tracker.tokenDone(),
        settled: (t) => credits.give(t.size, t.bytes),
      };
      p = { tracker, credits, owner };
      this.partitions.set(id, p);
      this.watermarks.declare(id, this.ctx.clock.now());
      if (this.held) credits.hold(true);
      if (this.throttledBy.size > 0) credits.throttle(true);
      this.armIdleTimer();
    }
    return p;
  }

  /** Acknowledgements keep flowing after the source ended: sinks drain after it. */
  private ack(partition: string, position: Position): void {
    try {
      const r = this.source.ack(partition, position);
      if (r !== undefined) r.catch((e: unknown) => this.hooks.ackFailed(e));
    } catch (e) {
      this.hooks.ackFailed(e);
    }
  }

  private endPartition(id: string): void {
    this.watermarks.end(id);
    this.emitWatermark();
  }

  private revoke(id: string): void {
    const p = this.partitions.get(id);
    p?.tracker.revoke();
    p?.credits.detach();
    this.partitions.delete(id);
    this.watermarks.remove(id);
    if (this.hooks.revoked === undefined) return;
    // Per-partition state: the partition's position goes with it (the next owner restores its own).
    this.startPositions.delete(id);
    if (p !== undefined) this.hooks.revoked(this as SourceRunner<unknown>, id);
  }

  private finish(flush: boolean): void {
    if (this.closed) return;
    this.closed = true;
    // Every window and timer fires now: no state is left that a partition's next owner would need.
    if (flush) for (const p of this.partitions.values()) p.tracker.ungate();
    this.idleTimer?.();
    const subscriber = this.subscriber;
    if (subscriber === undefined) return;
    if (flush) subscriber.next(watermarkBatch(END_OF_TIME, false));
    this.ctx.metrics.watermark = flush ? END_OF_TIME : this.ctx.metrics.watermark;
    subscriber.complete();
  }

  private emitWatermark(): void {
    if (this.closed || this.subscriber === undefined) return;
    const before = this.ctx.metrics.watermark;
    const { watermark, idle } = this.watermarks.current(this.ctx.clock.now());
    if (watermark === before && !idle) return;
    this.ctx.metrics.watermark = watermark;
    this.subscriber.next(watermarkBatch(watermark, idle));
  }

  private armIdleTimer(): void {
    if (this.idleTimer !== undefined || this.closed) return;
    const now = this.ctx.clock.now();
    const next = this.watermarks.checkIdle(now);
    const followClock = this.options.watermarks?.whenAllIdle === 'follow-clock' && this.watermarks.allIdle();
    const due = followClock ? now + (this.options.watermarks?.idleTimeoutMs ?? 1000) : next;
    if (due === undefined) return;
    this.idleTimer = this.ctx.clock.setTimer(() => {
      this.idleTimer = undefined;
      this.guarded(() => {
        this.watermarks.checkIdle(this.ctx.clock.now());
        this.emitWatermark();
        this.armIdleTimer();
      });
    }, due - now);
  }

  /** Runs source callbacks one at a time: an emit made while another is being processed waits for it. */
  private guarded(fn: () => void): void {
    if (this.emitting) {
      this.reentrant.push(fn);
      return;
    }
    this.emitting = true;
    try {
      fn();
      for (let next = this.reentrant.shift(); next !== undefined; next = this.reentrant.shift()) next();
    } catch (error) {
      this.reentrant.length = 0;
      this.hooks.fail(error);
    } finally {
      this.emitting = false;
    }
  }

  private shutdown(): void {
    this.subscriber = undefined;
    this.idleTimer?.();
    if (!this.closed) {
      this.closed = true;
      try {
        const r = this.source.stop();
        if (r !== undefined) r.catch(() => undefined);
      } catch {
        // The job is already failing or stopping; a failing stop adds nothing.
      }
    }
  }
}
