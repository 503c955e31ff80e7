import type { Position } from './AckToken.js';
import { HtError } from '../errors/HtError.js';
import { jsonCodec } from '../state/jsonCodec.js';

/**
 * The state of one input partition of a job at one checkpoint: the partition's last position whose
 * effects it holds (resume after it), the partition's highest event time seen (its watermark restarts
 * from there, never backwards), and each partition-scoped operator's state for the keys of that
 * partition. Restoring it on the member the partition moved to continues the partition as if it never
 * moved (up to output written after it, which is written again).
 *
 * @example
 * ```ts
 * const s: PartitionSnapshot = { version: 1, job: 'grouper', partition: 'raw-spans:3', id: 7, takenAt: 0, position: '41', maxTimestamp: 1_000, operators: {} };
 * ```
 */
export interface PartitionSnapshot {
  readonly version: 1;
  readonly job: string;
  /** The engine partition id (`topic:partition` for Kafka). */
  readonly partition: string;
  /** The checkpoint that took it (increasing per job run; not comparable across members). */
  readonly id: number;
  /** Processing time when taken. */
  readonly takenAt: number;
  /** The last position whose effects are in this snapshot (or durable at the sinks); resume after it. */
  readonly position: Position;
  /** The highest event time the partition emitted (`null`: none yet). */
  readonly maxTimestamp: number | null;
  /** Per partition-scoped operator (by uid): its state for this partition's keys. */
  readonly operators: Readonly<Record<string, unknown>>;
}

/**
 * Where per-partition snapshots go: one entry per (job, partition), replaced as a whole by each save
 * (atomic: a crash during `save` leaves the previous one readable). Implementations: in memory
 * ({@link MemoryPartitionSnapshotStore}), files (`FilePartitionSnapshotStore`).
 *
 * @example
 * ```ts
 * const store: PartitionSnapshotStore = new MemoryPartitionSnapshotStore();
 * await store.save({ version: 1, job: 'grouper', partition: 'raw-spans:3', id: 7, takenAt: 0, position: '41', maxTimestamp: 1_000, operators: {} });
 * const again = await store.load('grouper', 'raw-spans:3');
 * ```
 */
export interface PartitionSnapshotStore {
  save(snapshot: PartitionSnapshot): Promise<void>;
  /**
   * The partition's latest snapshot, `undefined` when none was ever saved. Throws an `HtError`
   * (`STATE_FAILED`) naming the partition when one exists but cannot be read.
   */
  load(job: string, partition: string): Promise<PartitionSnapshot | undefined>;
  /** A name for logs and errors (`file:/var/lib/ht`, `memory`). */
  readonly description: string;
}

/**
 * Encodes a partition snapshot as text (JSON with bigint support).
 *
 * @example
 * ```ts
 * const text = encodePartitionSnapshot({ version: 1, job: 'grouper', partition: 'raw-spans:3', id: 7, takenAt: 0, position: '41', maxTimestamp: 1_000, operators: {} });
 * ```
 */
export function encodePartitionSnapshot(snapshot: PartitionSnapshot): string {
  return jsonCodec.encode(snapshot);
}

/**
 * Decodes {@link encodePartitionSnapshot}'s text, checking that it is a version 1 snapshot of the
 * expected job and partition; throws `STATE_FAILED` naming the partition otherwise.
 *
 * @example
 * ```ts
 * const text = encodePartitionSnapshot({ version: 1, job: 'grouper', partition: 'raw-spans:3', id: 7, takenAt: 0, position: '41', maxTimestamp: 1_000, operators: {} });
 * const snapshot = decodePartitionSnapshot(text, 'grouper', 'raw-spans:3');
 * ```
 */
export function decodePartitionSnapshot(text: string, job: string, partition: string): PartitionSnapshot {
  let value: unknown;
  try {
    value = jsonCodec.decode(text);
  } catch (cause) {
    throw new HtError('STATE_FAILED', `snapshot of partition ${partition} (job "${job}") is corrupt: not JSON`, {
      cause,
    });
  }
  const s = value as Partial<PartitionSnapshot> | null;
  if (s === null || typeof s !== 'object' || s.version !== 1 || s.position === undefined || s.operators === undefined) {
    throw new HtError(
      'STATE_FAILED',
      `snapshot of partition ${partition} (job "${job}") is corrupt or of another version`,
    );
  }
  if (s.job !== job || s.partition !== partition) {
    throw new HtError(
      'STATE_FAILED',
      `snapshot stored for partition ${partition} (job "${job}") belongs to partition ${String(s.partition)} of job "${String(s.job)}"`,
    );
  }
  return s as PartitionSnapshot;
}

/**
 * Keeps partition snapshots in memory (encoded, as a real store would): for tests, and for copies of a
 * job inside one process.
 *
 * @example
 * ```ts
 * const store = new MemoryPartitionSnapshotStore();
 * const job = new Job({ name: 'grouper', partitionState: { store } });
 * ```
 */
export class MemoryPartitionSnapshotStore implements PartitionSnapshotStore {
  readonly description = 'memory';
  private readonly saved = new Map<string, string>();

  save(snapshot: PartitionSnapshot): Promise<void> {
    this.saved.set(`${snapshot.job}\u0000${snapshot.partition}`, encodePartitionSnapshot(snapshot));
    return Promise.resolve();
  }

  load(job: string, partition: string): Promise<PartitionSnapshot | undefined> {
    const text = this.saved.get(`${job}\u0000${partition}`);
    return Promise.resolve().then(() =>
      text === undefined ? undefined : decodePartitionSnapshot(text, job, partition),
    );
  }

  /** Replaces a stored snapshot's text (tests: a corrupt snapshot). */
  corrupt(job: string, partition: string, text: string): void {
    this.saved.set(`${job}\u0000${partition}`, text);
  }

  /** The partitions of `job` with a snapshot. */
  partitions(job: string): string[] {
    const prefix = `${job}\u0000`;
    return [...this.saved.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }
}
