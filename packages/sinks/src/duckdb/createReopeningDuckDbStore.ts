import { ReopeningStore } from '../store/ReopeningStore.js';
import type { ReopeningStoreOptions } from '../store/ReopeningStore.js';
import { createDuckDbStore } from './createDuckDbStore.js';
import type { DuckDbStoreOptions } from './createDuckDbStore.js';
import { isDuckDbStorageFault } from './storageFaults.js';

/**
 * Options of {@link createReopeningDuckDbStore}: the DuckDB store's, with the backoff between reopens and
 * the hooks telling of faults and reopens (log them, count them).
 *
 * @example
 * ```ts
 * let reopens = 0;
 * const options: ReopeningDuckDbStoreOptions = { path: './data/views.duckdb', onReopen: () => reopens++ };
 * ```
 */
export interface ReopeningDuckDbStoreOptions
  extends
    DuckDbStoreOptions,
    Pick<ReopeningStoreOptions, 'baseDelayMs' | 'maxDelayMs' | 'onFault' | 'onReopen' | 'onReopenFailed' | 'now'> {}

/**
 * Opens the embedded DuckDB store (as `createDuckDbStore`, which it calls: the same errors when it cannot
 * be opened) inside a {@link ReopeningStore}: when its data dir fails under it (disk full, a file size
 * limit, read-only, an I/O error; DuckDB then may have invalidated the database), writes and queries
 * reject with a retriable `DEPENDENCY_UNAVAILABLE` naming the file, and the database is closed and opened
 * again with backoff until its storage works; a `ViewSink` retries the batch meanwhile, so the pipeline
 * resumes by itself and nothing accepted is lost.
 *
 * @example
 * ```ts
 * const store = await createReopeningDuckDbStore({
 *   path: join(dataDir, 'views.duckdb'),
 *   onFault: (error) => logger.error({ err: error }, error.message),
 * });
 * await store.ensureTables([spanView]);
 * ```
 */
export async function createReopeningDuckDbStore(options: ReopeningDuckDbStoreOptions): Promise<ReopeningStore> {
  const { baseDelayMs, maxDelayMs, onFault, onReopen, onReopenFailed, now, ...duckdb } = options;
  const open = (): ReturnType<typeof createDuckDbStore> => createDuckDbStore(duckdb);
  return new ReopeningStore(await open(), {
    location: options.path,
    open,
    isStorageFault: isDuckDbStorageFault,
    ...(baseDelayMs === undefined ? {} : { baseDelayMs }),
    ...(maxDelayMs === undefined ? {} : { maxDelayMs }),
    ...(onFault === undefined ? {} : { onFault }),
    ...(onReopen === undefined ? {} : { onReopen }),
    ...(onReopenFailed === undefined ? {} : { onReopenFailed }),
    ...(now === undefined ? {} : { now }),
  });
}
