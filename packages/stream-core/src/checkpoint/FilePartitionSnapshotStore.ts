import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtError } from '../errors/HtError.js';
import type { PartitionSnapshot, PartitionSnapshotStore } from './PartitionSnapshotStore.js';
import { decodePartitionSnapshot, encodePartitionSnapshot } from './PartitionSnapshotStore.js';

/**
 * Keeps each partition's latest snapshot in its own file under `dir/<job>/`, written to a temporary
 * file, fsynced and renamed over the old one, so a crash at any point leaves a whole snapshot. Local:
 * for copies of a stage on one machine (or a shared volume).
 *
 * @example
 * ```ts
 * const store = new FilePartitionSnapshotStore('/var/lib/ht/partitions');
 * ```
 */
export class FilePartitionSnapshotStore implements PartitionSnapshotStore {
  readonly description: string;

  constructor(private readonly dir: string) {
    this.description = `file:${dir}`;
  }

  async save(snapshot: PartitionSnapshot): Promise<void> {
    const file = this.file(snapshot.job, snapshot.partition);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(join(this.dir, encodeURIComponent(snapshot.job)), { recursive: true });
      await writeFile(tmp, encodePartitionSnapshot(snapshot), { flush: true });
      await rename(tmp, file);
    } catch (cause) {
      throw new HtError('STATE_FAILED', `could not write the snapshot of partition ${snapshot.partition} to ${file}`, {
        cause,
        retriable: true,
      });
    }
  }

  async load(job: string, partition: string): Promise<PartitionSnapshot | undefined> {
    const file = this.file(job, partition);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new HtError('STATE_FAILED', `could not read the snapshot of partition ${partition} from ${file}`, {
        cause,
      });
    }
    return decodePartitionSnapshot(text, job, partition);
  }

  private file(job: string, partition: string): string {
    return join(this.dir, encodeURIComponent(job), `${encodeURIComponent(partition)}.snapshot.json`);
  }
}
