import { ReopeningStore } from '../store/ReopeningStore.js';
import type { ReopeningStoreOptions } from '../store/ReopeningStore.js';
import { createDuckDbStore } from './createDuckDbStore.js';
import type { DuckDbStore } from './DuckDbStore.js';
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
 * resumes by itself and nothing accepted is lost. A checkpoint that fails on the storage (they run after
 * commits, outside any write) is such a fault too.
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
  // Set once the first store is open: checkpoints run only after commits, so none fails before.
  const reporter: { reopening?: ReopeningStore } = {};
  const open = async (): Promise<DuckDbStore> => {
    // A checkpoint runs after a commit, outside any operation: its storage fault is reported to the
    // reopening store as an operation's would be (DuckDB may have invalidated the database).
    const store: DuckDbStore = await createDuckDbStore({
      ...duckdb,
      onCheckpointFailed: (error) => {
        duckdb.onCheckpointFailed?.(error);
        reporter.reopening?.reportFault(error, store);
      },
    });
    return store;
  };
  const reopening = new ReopeningStore(await open(), {
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
  reporter.reopening = reopening;
  return reopening;
}
