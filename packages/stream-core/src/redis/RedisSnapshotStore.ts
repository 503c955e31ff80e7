import type { Redis } from 'ioredis';
import type { Snapshot, SnapshotStore } from '../checkpoint/SnapshotStore.js';
import { decodeSnapshot, encodeSnapshot } from '../checkpoint/SnapshotStore.js';
import { HtError } from '../errors/HtError.js';

/**
 * Keeps each job's latest checkpoint in one Redis key (`prefix:snapshot:job`), written with one SET,
 * so it is replaced whole or not at all; copies of a stage on other machines can restore it.
 *
 * @example
 * ```ts
 * const job = new Job({ name: 'grouper', checkpoints: { store: new RedisSnapshotStore({ client: redis }), intervalMs: 10_000 } });
 * ```
 */
export class RedisSnapshotStore implements SnapshotStore {
  constructor(private readonly options: { readonly client: Redis; readonly prefix?: string }) {}

  async save(snapshot: Snapshot): Promise<void> {
    try {
      await this.options.client.set(this.key(snapshot.job), encodeSnapshot(snapshot));
    } catch (cause) {
      throw new HtError('DEPENDENCY_UNAVAILABLE', `Redis: could not save snapshot of job "${snapshot.job}"`, {
        cause,
        retriable: true,
      });
    }
  }

  async load(job: string): Promise<Snapshot | undefined> {
    let text: string | null;
    try {
      text = await this.options.client.get(this.key(job));
    } catch (cause) {
      throw new HtError('DEPENDENCY_UNAVAILABLE', `Redis: could not load snapshot of job "${job}"`, {
        cause,
        retriable: true,
      });
    }
    return text === null ? undefined : decodeSnapshot(text);
  }

  private key(job: string): string {
    return `${this.options.prefix ?? 'ht'}:snapshot:${job}`;
  }
}
