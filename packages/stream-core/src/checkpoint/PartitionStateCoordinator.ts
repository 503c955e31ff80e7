import { allOf, isPromiseLike } from '../core/maybeAsync.js';
import { HtError, toHtError } from '../errors/HtError.js';
import type { JobRun } from '../graph/JobRun.js';
import type { SourceRunner } from '../source/SourceRunner.js';
import type { Clock } from '../time/Clock.js';
import type { AckToken } from './AckToken.js';
import { releaseAck } from './AckToken.js';
import { PeriodicCheckpoints } from './PeriodicCheckpoints.js';
import type { PartitionSnapshot, PartitionSnapshotStore } from './PartitionSnapshotStore.js';
import { decodePartitionSnapshot, encodePartitionSnapshot } from './PartitionSnapshotStore.js';
import { PartitionStateStats } from './PartitionStateStats.js';

/**
 * Per-partition state of a job (`JobOptions.partitionState`): partition-scoped operators' state is
 * snapshotted per input partition with the partition's position, restored when the partition is
 * assigned, dropped when it is revoked.
 *
 * @example
 * ```ts
 * const job = new Job({ name: 'ht-grouper', partitionState: { store: new FilePartitionSnapshotStore('/var/lib/ht/grouper-state'), intervalMs: 10_000 } });
 * ```
 */
export interface PartitionStateOptions {
  readonly store: PartitionSnapshotStore;
  /** Processing time between checkpoints. Default 10 s. */
  readonly intervalMs?: number;
  /**
   * How long restoring one assignment may take; past it the partitions not yet restored replay from
   * their committed offsets with empty state (reported). Default 30 s.
   */
  readonly restoreTimeoutMs?: number;
  /** Where restore reports go (one line each). Default stderr. */
  readonly log?: (line: string) => void;
}

/**
 * What becomes of a partition whose snapshot cannot be restored, as its log line says: the offsets of the
 * spans the snapshot held were committed when it was saved, so those are not read again.
 */
const FAILED_CHOICE =
  'it starts empty and replays from its committed offset (spans before that offset that only the snapshot held are lost)';

/** What a completed per-partition checkpoint covered. */
export interface PartitionCheckpointResult {
  readonly id: number;
  readonly takenAt: number;
  /** Per partition: the last position included. */
  readonly positions: Readonly<Record<string, string | number>>;
}

/**
 * Runs per-partition state: on assignment it loads each new partition's snapshot (bounded by
 * `restoreTimeoutMs`), puts it into the partition-scoped operators and the source (position, event
 * time) before the partition's records flow; on revocation it drops the partition's state; every
 * `intervalMs`, at a quiescent point, it snapshots each partition, waits for the sinks, saves the
 * snapshots and only then releases the acknowledgements the state was holding.
 */
export class PartitionStateCoordinator extends PeriodicCheckpoints<PartitionCheckpointResult> {
  readonly stats: PartitionStateStats;
  private nextId = 1;
  /** Partitions being restored: not snapshotted (their state is not there yet). */
  private readonly restoring = new Map<string, number>();
  private generation = 0;

  constructor(
    private readonly job: string,
    private readonly run: JobRun,
    private readonly options: PartitionStateOptions,
    clock: Clock,
    onError: (error: unknown) => void,
  ) {
    super(clock, options.intervalMs, onError);
    this.stats = new PartitionStateStats(job);
  }

  /**
   * Restores newly assigned partitions of `source`; resolves when each is restored, found without a
   * snapshot, failed or timed out (never rejects: a failed restore replays the partition instead).
   */
  async assigned(source: SourceRunner<unknown>, partitions: readonly string[]): Promise<void> {
    const generation = ++this.generation;
    for (const p of partitions) {
      this.drop(p, false);
      this.restoring.set(p, generation);
    }
    const started = performance.now();
    const timeoutMs = this.options.restoreTimeoutMs ?? 30_000;
    const { store } = this.options;
    const missing: string[] = [];
    const outcomes = partitions.map((partition) =>
      this.withTimeout(store.load(this.job, partition), timeoutMs, partition).then(
        (snapshot) => ({ partition, snapshot, error: undefined }),
        (error: unknown) => ({ partition, snapshot: undefined, error }),
      ),
    );
    for (const { partition, snapshot, error } of await Promise.all(outcomes)) {
      // Revoked (or assigned again) while loading: this restore is no longer wanted.
      if (this.restoring.get(partition) !== generation) continue;
      this.restoring.delete(partition);
      if (error !== undefined) {
        this.stats.restoreFailures++;
        const detail = error instanceof Error ? error.message : JSON.stringify(error);
        this.log(
          `could not restore partition ${partition} of job "${this.job}" from ${store.description}: ${detail}; ` +
            FAILED_CHOICE,
        );
        continue;
      }
      if (snapshot === undefined) {
        this.stats.missing++;
        missing.push(partition);
        continue;
      }
      try {
        for (const p of this.run.partitionedParticipants) {
          if (p.uid in snapshot.operators) p.restorePartition(partition, snapshot.operators[p.uid]);
        }
        source.restorePartition(partition, snapshot.position, snapshot.maxTimestamp ?? undefined);
        this.stats.restored++;
      } catch (e) {
        this.drop(partition, false);
        this.stats.restoreFailures++;
        const detail = e instanceof Error ? e.message : JSON.stringify(e);
        this.log(
          `could not restore partition ${partition} of job "${this.job}" (snapshot ${snapshot.id}): ${detail}; ` +
            FAILED_CHOICE,
        );
      }
    }
    const seconds = (performance.now() - started) / 1000;
    this.stats.restoreTook(seconds);
    // A partition without a snapshot is normal on a first start, and the sign of a lost snapshot otherwise:
    // either way it is named, with what happens to it.
    const none =
      missing.length === 0
        ? ''
        : `; no snapshot of ${missing.join(', ')} in ${store.description} (a first start, or the snapshot was ` +
          `lost): ${missing.length === 1 ? 'it starts' : 'they start'} empty and ${missing.length === 1 ? 'reads' : 'read'} from the committed offset`;
    this.log(
      `restored ${partitions.length} partition(s) of job "${this.job}" from ${store.description} in ${seconds.toFixed(3)} s: ${partitions.join(', ')}${none}`,
    );
  }

  /** A partition was revoked: its state goes. */
  revoked(partition: string): void {
    this.restoring.delete(partition);
    this.drop(partition, true);
  }

  private drop(partition: string, count: boolean): void {
    for (const p of this.run.partitionedParticipants) p.dropPartition(partition);
    if (count) this.stats.dropped++;
  }

  protected async take(): Promise<PartitionCheckpointResult> {
    const { run } = this;
    const quiesceAll = (): unknown =>
      allOf([...run.participants, ...run.partitionedParticipants].map((p) => p.quiesce?.()));
    if (isPromiseLike(quiesceAll())) {
      for (const s of run.sources) s.hold(true);
      try {
        for (let q = quiesceAll(); isPromiseLike(q); q = quiesceAll()) await q;
      } finally {
        for (const s of run.sources) s.hold(false);
      }
    }
    // Quiescent from here to the end of this synchronous block.
    const id = this.nextId++;
    const takenAt = this.clock.now();
    const snapshots: PartitionSnapshot[] = [];
    const positions: Record<string, string | number> = {};
    const marks: (() => void)[] = [];
    for (const source of run.sources) {
      for (const partition of source.partitionIds()) {
        if (this.restoring.has(partition)) continue;
        const position = source.partitionPosition(partition);
        if (position === undefined) continue;
        const operators: Record<string, unknown> = {};
        for (const p of run.partitionedParticipants) operators[p.uid] = p.snapshotPartition(partition);
        const snapshot: PartitionSnapshot = {
          version: 1,
          job: this.job,
          partition,
          id,
          takenAt,
          position,
          maxTimestamp: source.partitionMaxTimestamp(partition) ?? null,
          operators,
        };
        // Operators hand out live objects: copy them before processing goes on.
        snapshots.push(decodePartitionSnapshot(encodePartitionSnapshot(snapshot), this.job, partition));
        positions[partition] = position;
        const mark = source.checkpointMark(partition);
        if (mark !== undefined) marks.push(mark);
      }
    }
    const held: AckToken[] = [];
    for (const p of [...run.participants, ...run.partitionedParticipants]) held.push(...p.takeHeldTokens());
    const barriers = run.sinks.map((s) => s.barrier());
    try {
      await allOf(barriers);
      await Promise.all(snapshots.map((s) => this.options.store.save(s)));
    } catch (error) {
      // The held references stay with nobody: the records are replayed by the partitions' next owners.
      throw toHtError(error, 'STATE_FAILED', `partition checkpoint ${id} of job "${this.job}" failed`);
    }
    this.stats.saved += snapshots.length;
    for (const t of held) releaseAck(t);
    // Offsets may now be committed up to the saved positions (not past them: what follows is not in a
    // saved snapshot, and a next owner must read it again, to rebuild whole what closed after it).
    for (const mark of marks) mark();
    return { id, takenAt, positions };
  }

  private withTimeout<T>(promise: Promise<T>, ms: number, partition: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const cancel = this.clock.setTimer(
        () =>
          reject(
            new HtError('TIMEOUT', `restoring partition ${partition} took longer than ${ms} ms`, { retriable: true }),
          ),
        ms,
      );
      promise.then(
        (v) => {
          cancel();
          resolve(v);
        },
        (e: unknown) => {
          cancel();
          reject(toHtError(e, 'STATE_FAILED', `could not load the snapshot of partition ${partition}`));
        },
      );
    });
  }

  private log(line: string): void {
    (this.options.log ?? ((l: string) => process.stderr.write(`[ht partition state] ${l}\n`)))(line);
  }
}
