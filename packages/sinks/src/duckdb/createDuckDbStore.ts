import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { toHtError } from '@ht/stream-core';
import { DuckDbStore } from './DuckDbStore.js';
import { WriteSlots } from './WriteSlots.js';

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
  /** DuckDB threads. Default: DuckDB's own (all cores). */
  readonly threads?: number;
  /** Batches written at once (one appends while another merges). Default 2. */
  readonly writers?: number;
}

/**
 * Opens (or creates) a DuckDB file and returns the embedded {@link DuckDbStore}.
 *
 * @example
 * ```ts
 * const store = await createDuckDbStore({ path: join(dataDir, 'views.duckdb') });
 * await store.ensureTables([spanView]);
 * ```
 */
export async function createDuckDbStore(options: DuckDbStoreOptions): Promise<DuckDbStore> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  try {
    const config: Record<string, string> = options.threads === undefined ? {} : { threads: String(options.threads) };
    const instance = await DuckDBInstance.create(options.path, config);
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll('SELECT version() AS v');
    const v = reader.getRowObjectsJS()[0]?.['v'];
    const version = typeof v === 'string' ? v : 'unknown';
    const writers: Awaited<ReturnType<typeof instance.connect>>[] = [];
    for (let i = 0; i < Math.max(1, options.writers ?? 2); i++) writers.push(await instance.connect());
    return new DuckDbStore(instance, connection, new WriteSlots(writers), options.schema ?? 'main', version);
  } catch (error) {
    throw toHtError(error, 'CONFIG_INVALID', `cannot open DuckDB at ${options.path}`);
  }
}
