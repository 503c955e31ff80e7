import type { Redis } from 'ioredis';
import type { PartitionSnapshot, PartitionSnapshotStore } from '../checkpoint/PartitionSnapshotStore.js';
import { decodePartitionSnapshot, encodePartitionSnapshot } from '../checkpoint/PartitionSnapshotStore.js';
import type { ChunkManifest } from '../checkpoint/snapshotChunks.js';
import { joinChunks, splitChunks } from '../checkpoint/snapshotChunks.js';
import { HtError } from '../errors/HtError.js';

/**
 * Options of a {@link RedisPartitionSnapshotStore}.
 *
 * @example
 * ```ts
 * const options: RedisPartitionSnapshotStoreOptions = { client: redis, prefix: 'ht', chunkBytes: 1_048_576 };
 * ```
 */
export interface RedisPartitionSnapshotStoreOptions {
  readonly client: Redis;
  /** Key prefix. Default `ht`. */
  readonly prefix?: string;
  /** Largest value written. Default 1 MiB. */
  readonly chunkBytes?: number;
}

/**
 * Keeps each partition's latest snapshot in Redis as chunks of at most `chunkBytes`
 * (`prefix:pstate:job:partition:id:i`) and a manifest (`prefix:pstate:job:partition`) written after
 * them, so a reader finds a whole snapshot or the previous one; the previous snapshot's chunks are
 * deleted once the new manifest is in place. Big state (100k open traces) never makes one huge value.
 *
 * @example
 * ```ts
 * const job = new Job({ name: 'ht-grouper', partitionState: { store: new RedisPartitionSnapshotStore({ client: redis }) } });
 * ```
 */
export class RedisPartitionSnapshotStore implements PartitionSnapshotStore {
  readonly description: string;
  private readonly prefix: string;
  private readonly chunkBytes: number;

  constructor(private readonly options: RedisPartitionSnapshotStoreOptions) {
    this.prefix = options.prefix ?? 'ht';
    this.chunkBytes = options.chunkBytes ?? 1_048_576;
    this.description = `redis:${this.prefix}`;
  }

  async save(snapshot: PartitionSnapshot): Promise<void> {
    const { client } = this.options;
    const base = this.key(snapshot.job, snapshot.partition);
    const bytes = Buffer.from(encodePartitionSnapshot(snapshot));
    const chunks = splitChunks(bytes, this.chunkBytes);
    const manifest: ChunkManifest = { id: snapshot.id, chunks: chunks.length, bytes: bytes.length };
    try {
      const previous = await this.manifest(snapshot.job, snapshot.partition).catch(() => undefined);
      const write = client.pipeline();
      chunks.forEach((chunk, i) => write.set(`${base}:${snapshot.id}:${i}`, chunk));
      await write.exec().then(failedIn);
      await client.set(base, JSON.stringify(manifest));
      if (previous !== undefined && previous.id !== snapshot.id) {
        const old = Array.from({ length: previous.chunks }, (_, i) => `${base}:${previous.id}:${i}`);
        if (old.length > 0) await client.del(...old);
      }
    } catch (cause) {
      throw new HtError(
        'DEPENDENCY_UNAVAILABLE',
        `Redis: could not save the snapshot of partition ${snapshot.partition}`,
        {
          cause,
          retriable: true,
        },
      );
    }
  }

  async load(job: string, partition: string): Promise<PartitionSnapshot | undefined> {
    const base = this.key(job, partition);
    let manifest: ChunkManifest | undefined;
    let chunks: (Buffer | null)[];
    try {
      manifest = await this.manifest(job, partition);
      if (manifest === undefined) return undefined;
      const keys = Array.from({ length: manifest.chunks }, (_, i) => `${base}:${manifest?.id}:${i}`);
      chunks = keys.length === 0 ? [] : await this.options.client.mgetBuffer(...keys);
    } catch (cause) {
      if (cause instanceof HtError) throw cause;
      throw new HtError('DEPENDENCY_UNAVAILABLE', `Redis: could not load the snapshot of partition ${partition}`, {
        cause,
        retriable: true,
      });
    }
    const bytes = joinChunks(chunks);
    if (bytes === undefined || bytes.length !== manifest.bytes) {
      throw new HtError(
        'STATE_FAILED',
        `snapshot ${manifest.id} of partition ${partition} (job "${job}") in Redis is incomplete: chunks are missing`,
      );
    }
    return decodePartitionSnapshot(bytes.toString('utf8'), job, partition);
  }

  private async manifest(job: string, partition: string): Promise<ChunkManifest | undefined> {
    const text = await this.options.client.get(this.key(job, partition));
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as ChunkManifest;
    } catch (cause) {
      throw new HtError(
        'STATE_FAILED',
        `the snapshot manifest of partition ${partition} (job "${job}") in Redis is corrupt`,
        {
          cause,
        },
      );
    }
  }

  private key(job: string, partition: string): string {
    return `${this.prefix}:pstate:${job}:${partition}`;
  }
}

/** Throws the first error of a pipeline's results. */
function failedIn(results: [error: Error | null, result: unknown][] | null): void {
  for (const [error] of results ?? []) if (error !== null) throw error;
}
