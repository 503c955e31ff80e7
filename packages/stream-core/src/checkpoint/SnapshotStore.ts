import type { SourceSnapshot } from '../source/SourceRunner.js';
import { jsonCodec } from '../state/jsonCodec.js';

/**
 * A completed checkpoint: where each source partition stands and every stateful operator's state,
 * taken at one quiescent point. Restoring it and resuming the sources after its positions continues
 * the job as if nothing happened (up to output written after it, which is written again).
 */
export interface Snapshot {
  readonly version: 1;
  readonly job: string;
  readonly id: number;
  /** Processing time when taken. */
  readonly takenAt: number;
  readonly sources: Readonly<Record<string, SourceSnapshot>>;
  readonly operators: Readonly<Record<string, unknown>>;
}

/**
 * Where checkpoints go. `save` must be atomic: a crash during it leaves the previous snapshot readable.
 *
 * @example
 * ```ts
 * const job = new Job({ name: 'grouper', checkpoints: { store: new FileSnapshotStore('/var/lib/ht'), intervalMs: 10_000 } });
 * ```
 */
export interface SnapshotStore {
  save(snapshot: Snapshot): Promise<void>;
  /** The latest saved snapshot of the job, if any. */
  load(job: string): Promise<Snapshot | undefined>;
}

/**
 * Encodes a snapshot as text (JSON with bigint support).
 *
 * @example
 * ```ts
 * const text = encodeSnapshot(snapshot);
 * ```
 */
export function encodeSnapshot(snapshot: Snapshot): string {
  return jsonCodec.encode(snapshot);
}

/** Decodes {@link encodeSnapshot}'s text. */
export function decodeSnapshot(text: string): Snapshot {
  return jsonCodec.decode(text) as Snapshot;
}

/**
 * Keeps snapshots in memory (encoded, as a real store would): for tests, and for restarting a job
 * inside one process.
 *
 * @example
 * ```ts
 * const store = new MemorySnapshotStore();
 * ```
 */
export class MemorySnapshotStore implements SnapshotStore {
  private readonly saved = new Map<string, string>();

  save(snapshot: Snapshot): Promise<void> {
    this.saved.set(snapshot.job, encodeSnapshot(snapshot));
    return Promise.resolve();
  }

  load(job: string): Promise<Snapshot | undefined> {
    const text = this.saved.get(job);
    return Promise.resolve(text === undefined ? undefined : decodeSnapshot(text));
  }
}
