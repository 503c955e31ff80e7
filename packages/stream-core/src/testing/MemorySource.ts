import { Subject } from 'rxjs';
import type { Observable } from 'rxjs';
import type { Position } from '../checkpoint/AckToken.js';
import type { Source, SourceContext } from '../source/Source.js';

/** How a {@link MemorySource} emits. */
export interface MemorySourceOptions<T> {
  readonly name?: string;
  /** Records per partition. More can be added with `push`. */
  readonly partitions: Readonly<Record<string, readonly T[]>>;
  /** Records per emit. Default 1000. */
  readonly batchSize?: number;
  /** End (watermark +∞) once every record was emitted. Default true; with false, call `end()`. */
  readonly bounded?: boolean;
  /** The records' partitioning key, as a Kafka topic keyed by it declares (`Source.messageKey`). */
  readonly messageKey?: string;
  /** The bytes a record took at the source, passed with each emit (for `maxBytesInFlight`). Default: none. */
  readonly bytesOf?: (record: T) => number;
}

/**
 * An in-memory, replayable, partitioned source. Positions are record indexes; it honours credits and
 * pause/resume (resuming on the next clock tick), remembers acknowledged positions, and a second job
 * started on it resumes after them, like a Kafka consumer group.
 *
 * @example
 * ```ts
 * const source = new MemorySource({ partitions: { '0': [1, 2, 3], '1': [4, 5] }, batchSize: 2 });
 * job.source(source).map((n) => n * 2).to(sink);
 * ```
 */
export class MemorySource<T> implements Source<T> {
  readonly name: string;
  readonly messageKey: string | undefined;
  /** Last acknowledged position per partition. */
  readonly acked = new Map<string, number>();
  /** Every acknowledgement, in order. */
  readonly ackLog: [partition: string, position: number][] = [];
  pauses = 0;
  resumes = 0;
  private readonly data = new Map<string, T[]>();
  private readonly cursor = new Map<string, number>();
  private readonly paused = new Set<string>();
  /** Partitions assigned to this source's job (all of them unless `revoke` moved some away). */
  private readonly owned = new Set<string>();
  /** Partitions whose state the engine is still restoring: they emit nothing yet. */
  private readonly restoring = new Set<string>();
  /** Partitions taken away by `revoke` (a `push` does not bring them back). */
  private readonly revoked = new Set<string>();
  private readonly ackSubject = new Subject<string>();
  private ctx: SourceContext<T> | undefined;
  private ended = false;
  private stopped = false;
  private readonly batchSize: number;
  private readonly bytesOf: ((record: T) => number) | undefined;
  private bounded: boolean;

  constructor(options: MemorySourceOptions<T>) {
    this.name = options.name ?? 'memory-source';
    this.messageKey = options.messageKey;
    this.batchSize = options.batchSize ?? 1000;
    this.bytesOf = options.bytesOf;
    this.bounded = options.bounded ?? true;
    for (const [p, records] of Object.entries(options.partitions)) this.data.set(p, [...records]);
  }

  /** Acknowledgements as `partition@position` strings, for marble tests. */
  get acks$(): Observable<string> {
    return this.ackSubject.asObservable();
  }

  /** Whether the partition is paused now. */
  isPaused(partition: string): boolean {
    return this.paused.has(partition);
  }

  start(ctx: SourceContext<T>): void {
    this.ctx = ctx;
    this.stopped = false;
    this.ended = false;
    this.claim([...this.data.keys()]);
  }

  /**
   * Takes `partition` away from the job, as a Kafka rebalance does (`ctx.revoke`): nothing more of it is
   * emitted until {@link assignPartition}.
   */
  revoke(partition: string): void {
    if (!this.owned.delete(partition)) return;
    this.revoked.add(partition);
    this.restoring.delete(partition);
    this.cursor.delete(partition);
    this.ctx?.revoke(partition);
  }

  /**
   * Gives `partition` (back) to the job, as a rebalance does: the engine restores its state first (with
   * per-partition state), then it is read after the restored position, or after the last acknowledged one.
   */
  assignPartition(partition: string): void {
    if (!this.data.has(partition)) this.data.set(partition, []);
    this.claim([partition]);
  }

  private claim(partitions: readonly string[]): void {
    const ctx = this.ctx;
    if (ctx === undefined) return;
    for (const p of partitions) {
      this.revoked.delete(p);
      this.owned.add(p);
      this.restoring.add(p);
    }
    const ready = (): void => {
      for (const p of partitions) {
        if (!this.restoring.delete(p)) continue;
        const from = ctx.startPositions.get(p) ?? this.acked.get(p);
        this.cursor.set(p, from === undefined ? 0 : Number(from) + 1);
      }
      this.pump();
    };
    ctx.assign(partitions);
    const restored = partitions.map((p) => ctx.whenRestored(p)).filter((r) => r !== undefined);
    if (restored.length === 0) ready();
    else Promise.all(restored).then(ready, (e: unknown) => ctx.fail(e));
  }

  /** Appends records to a partition (emitted right away when not paused). */
  push(partition: string, records: readonly T[]): void {
    const list = this.data.get(partition) ?? [];
    list.push(...records);
    this.data.set(partition, list);
    if (!this.owned.has(partition) && !this.revoked.has(partition) && this.ctx !== undefined) {
      this.claim([partition]);
      return;
    }
    this.pump();
  }

  /** Ends an unbounded source once everything pushed was emitted. */
  end(): void {
    this.bounded = true;
    this.pump();
  }

  pause(partition: string): void {
    this.pauses++;
    this.paused.add(partition);
  }

  resume(partition: string): void {
    this.resumes++;
    this.paused.delete(partition);
    // Resume on the next tick: we may be inside the engine's processing of our own emit.
    this.ctx?.clock.setTimer(() => this.pump(), 0);
  }

  ack(partition: string, position: Position): void {
    const pos = Number(position);
    this.acked.set(partition, pos);
    this.ackLog.push([partition, pos]);
    this.ackSubject.next(`${partition}@${pos}`);
  }

  stop(): void {
    this.stopped = true;
  }

  private pump(): void {
    const ctx = this.ctx;
    if (ctx === undefined || this.stopped || this.ended) return;
    for (const [p, records] of this.data) {
      if (!this.owned.has(p) || this.restoring.has(p)) continue;
      let at = this.cursor.get(p) ?? 0;
      while (at < records.length && !this.paused.has(p) && !this.stopped) {
        const n = Math.min(this.batchSize, records.length - at, Math.max(1, ctx.credits(p)));
        const slice = records.slice(at, at + n);
        at += n;
        this.cursor.set(p, at);
        const bytesOf = this.bytesOf;
        if (bytesOf === undefined) ctx.emit(p, slice, at - 1);
        else
          ctx.emit(
            p,
            slice,
            at - 1,
            slice.reduce((sum, r) => sum + bytesOf(r), 0),
          );
      }
    }
    if (
      this.bounded &&
      !this.stopped &&
      this.restoring.size === 0 &&
      [...this.data].every(([p, r]) => !this.owned.has(p) || (this.cursor.get(p) ?? 0) >= r.length)
    ) {
      this.ended = true;
      ctx.end();
    }
  }
}
