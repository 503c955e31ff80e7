import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtError } from '../errors/HtError.js';
import type { Snapshot, SnapshotStore } from './SnapshotStore.js';
import { decodeSnapshot, encodeSnapshot } from './SnapshotStore.js';

/**
 * Keeps each job's latest snapshot in a file under `dir`, written to a temporary file, fsynced and
 * renamed over the old one, so a crash at any point leaves a whole snapshot.
 *
 * @example
 * ```ts
 * const store = new FileSnapshotStore('/var/lib/ht/checkpoints');
 * ```
 */
export class FileSnapshotStore implements SnapshotStore {
  constructor(private readonly dir: string) {}

  async save(snapshot: Snapshot): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.file(snapshot.job);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, encodeSnapshot(snapshot), { flush: true });
      await rename(tmp, file);
    } catch (cause) {
      throw new HtError('STATE_FAILED', `could not write snapshot to ${file}`, { cause, retriable: true });
    }
  }

  async load(job: string): Promise<Snapshot | undefined> {
    let text: string;
    try {
      text = await readFile(this.file(job), 'utf8');
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new HtError('STATE_FAILED', `could not read snapshot of job "${job}" from ${this.dir}`, { cause });
    }
    return decodeSnapshot(text);
  }

  private file(job: string): string {
    return join(this.dir, `${encodeURIComponent(job)}.snapshot.json`);
  }
}
