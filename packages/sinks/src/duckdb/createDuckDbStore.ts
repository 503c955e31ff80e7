import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { HtError, toHtError } from '@ht/stream-core';
import { DuckDbStore } from './DuckDbStore.js';
import { WriteSlots } from './WriteSlots.js';
import { ReadPool } from './ReadPool.js';
import { StoreCheckpoints } from './StoreCheckpoints.js';
import type { CheckpointReport } from './StoreCheckpoints.js';

/** An amount of memory in DuckDB's words (`512MB`, `1.5GiB`). */
const MEMORY_AMOUNT = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

/** Bytes of each unit DuckDB reads (its MB are 10⁶ bytes, its MiB 2²⁰). */
const UNIT_BYTES: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** An amount of memory in DuckDB's words, in bytes (validated by the pattern above first). */
function amountBytes(amount: string): number {
  const [, value = '0', unit = 'b'] = MEMORY_AMOUNT.exec(amount) ?? [];
  return Number(value) * (UNIT_BYTES[unit.toLowerCase()] ?? 1);
}

/**
 * DuckDB's own automatic checkpoint is kept as a backstop at this many times the store's threshold: it
 * runs only when the store's checkpoints keep failing (they are the store's, see `StoreCheckpoints`).
 */
const BACKSTOP_FACTOR = 4;

/** DuckDB's error when another process holds the file (it locks the file for as long as it has it open). */
const LOCK_CONFLICT = /Could not set lock on file/;

/**
 * Options of {@link createDuckDbStore}.
 *
 * @example
 * ```ts
 * const options: DuckDbStoreOptions = { path: './demo-data/views.duckdb' };
 * ```
 */
export interface DuckDbStoreOptions {
  /** The database file (its folder is created), or `:memory:`. */
  readonly path: string;
  /** Schema holding the view tables. Default `main`. */
  readonly schema?: string;
  /**
   * DuckDB threads (its merges and queries). Default: one less than the cores, at least 1: the
   * JavaScript thread stages the next batch meanwhile (2 cores, 420k rows: 1 thread wrote as fast as 2,
   * 140k-204k rows/s, with ~15% less CPU per row; docs/benchmarks.md).
   */
  readonly threads?: number;
  /** Batches written at once (one appends while another merges). Default 2. */
  readonly writers?: number;
  /**
   * Read connections: queries run side by side on them, not in order behind each other, DDL and
   * `expire` on the main connection. `0` runs every query on the main connection, one at a time. Each
   * running statement holds a thread of Node's libuv pool (4 by default, shared with the writers and file
   * I/O), so more than 2 mostly queue there. Default 2 (docs/benchmarks.md, "DuckDB reads during writes").
   */
  readonly readers?: number;
  /**
   * The most memory DuckDB's buffer manager may use, in DuckDB's words (`'512MB'`, `'2GB'`).
   * Default DuckDB's own: 80% of the machine's memory, which a long-running pipeline's RSS grows into.
   */
  readonly memoryLimit?: string;
  /**
   * WAL size that triggers a checkpoint, in DuckDB's words (`'256MB'`). The store runs its checkpoints
   * itself, on a connection of its own, so that they never hold the JavaScript thread (DuckDB's automatic
   * checkpoint stays as a backstop at 4× the threshold; docs/stores.md). DuckDB's own default (16MB) makes a
   * busy pipeline checkpoint every few thousand spans, and each checkpoint recompresses the table's open row
   * groups whole: over half the store's write CPU went there (docs/stores.md, "Checkpoints").
   * A larger WAL costs a longer replay after a crash (seconds) and holds the uncheckpointed rows in
   * DuckDB's buffer pool (within `memoryLimit`). Default `'256MB'`.
   * A checkpoint is also when a data dir that became read-only shows: until then DuckDB writes through the
   * files it has open (docs/reliability.md).
   */
  readonly checkpointThreshold?: string;
  /** Told of each checkpoint the store ran (WAL size, duration): log it, count it. */
  readonly onCheckpoint?: (report: CheckpointReport) => void;
  /** Told of a checkpoint that failed; the store tries again after a later commit. */
  readonly onCheckpointFailed?: (error: Error) => void;
}

/** {@link DuckDbStoreOptions.checkpointThreshold}'s default. */
export const DEFAULT_CHECKPOINT_THRESHOLD = '256MB';

/**
 * Opens (or creates) a DuckDB file and returns the embedded {@link DuckDbStore}. DuckDB locks the file for
 * the process that has it open: while another process has it, this rejects with a retriable `HtError`
 * `DEPENDENCY_UNAVAILABLE` quoting DuckDB's lock error; other failures to open are `CONFIG_INVALID`.
 *
 * @example
 * ```ts
 * const store = await createDuckDbStore({ path: join(dataDir, 'views.duckdb') });
 * await store.ensureTables([spanView]);
 * ```
 */
export async function createDuckDbStore(options: DuckDbStoreOptions): Promise<DuckDbStore> {
  for (const name of ['threads', 'writers', 'readers'] as const) {
    const value = options[name];
    const least = name === 'readers' ? 0 : 1;
    if (value !== undefined && (!Number.isInteger(value) || value < least)) {
      throw new HtError(
        'CONFIG_INVALID',
        `DuckDB store option '${name}' must be a whole number ≥ ${least}, got ${value}`,
      );
    }
  }
  for (const name of ['memoryLimit', 'checkpointThreshold'] as const) {
    const value = options[name];
    // DuckDB itself only answers "Failed to set config" for a value it cannot read.
    if (value !== undefined && !MEMORY_AMOUNT.test(value)) {
      throw new HtError(
        'CONFIG_INVALID',
        `DuckDB store option '${name}' must be an amount of memory like 256MB or 1GB, got ${JSON.stringify(value)}`,
      );
    }
  }
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  try {
    const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
    const config: Record<string, string> = { threads: String(threads) };
    if (options.memoryLimit !== undefined) config['memory_limit'] = options.memoryLimit;
    const threshold = options.checkpointThreshold ?? DEFAULT_CHECKPOINT_THRESHOLD;
    const onDisk = options.path !== ':memory:';
    // On disk the store checkpoints itself (StoreCheckpoints); DuckDB's automatic one is the backstop.
    config['checkpoint_threshold'] = onDisk ? `${Math.round(amountBytes(threshold) * BACKSTOP_FACTOR)}B` : threshold;
    const instance = await DuckDBInstance.create(options.path, config);
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll('SELECT version() AS v');
    const v = reader.getRowObjectsJS()[0]?.['v'];
    const version = typeof v === 'string' ? v : 'unknown';
    const writers: Awaited<ReturnType<typeof instance.connect>>[] = [];
    for (let i = 0; i < (options.writers ?? 2); i++) writers.push(await instance.connect());
    const readers: typeof writers = [];
    for (let i = 0; i < (options.readers ?? 2); i++) readers.push(await instance.connect());
    const pool = readers.length === 0 ? undefined : new ReadPool(readers);
    const slots = new WriteSlots(writers);
    const checkpoints = onDisk
      ? new StoreCheckpoints({
          walPath: `${options.path}.wal`,
          thresholdBytes: amountBytes(threshold),
          connection: await instance.connect(),
          exclusive: (step) => slots.exclusive(step),
          ...(options.onCheckpoint === undefined ? {} : { onCheckpoint: options.onCheckpoint }),
          ...(options.onCheckpointFailed === undefined ? {} : { onCheckpointFailed: options.onCheckpointFailed }),
        })
      : undefined;
    return new DuckDbStore(instance, connection, slots, options.schema ?? 'main', version, pool, checkpoints);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (LOCK_CONFLICT.test(message)) {
      throw new HtError(
        'DEPENDENCY_UNAVAILABLE',
        `cannot open DuckDB at ${options.path}: another process has it open (${message}); DuckDB is embedded in ` +
          'one process: read the file once that process stopped, or query through it',
        { cause: error, retriable: true },
      );
    }
    throw toHtError(error, 'CONFIG_INVALID', `cannot open DuckDB at ${options.path}`);
  }
}
