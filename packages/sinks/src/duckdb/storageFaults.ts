/**
 * What DuckDB says when its files cannot be read or written: the disk full or a file size limit reached,
 * the data dir or a file not writable, another I/O error, and the database it invalidated after one of
 * them in a commit or checkpoint ("must be restarted"). Not the lock held by another process (that is
 * not a fault of the storage).
 */
const STORAGE_FAULT =
  /database has been invalidated|must be restarted|Could not (?:write|read|open|create|truncate|sync|fsync|remove|move)[^"]*(?:file|directory)|IO Error|I\/O error|Failed to create checkpoint|No space left|File too large|Read-only file system|Permission denied|Disk quota exceeded/i;

/** Another process has the file open: not a fault of the storage. */
const LOCK_CONFLICT = /Could not set lock on file/;

/**
 * True when `error` (or one of its causes) is a DuckDB storage fault: its files could not be read or
 * written (disk full, file size limit, read-only data dir, an I/O error), or DuckDB invalidated the
 * database after such an error. `createReopeningDuckDbStore` then closes the database, opens it again
 * and the write is retried.
 *
 * @example
 * ```ts
 * isDuckDbStorageFault(new Error('Could not write file "/data/views.duckdb.wal": No space left on device')); // true
 * ```
 */
export function isDuckDbStorageFault(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e !== undefined && e !== null && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
    if (LOCK_CONFLICT.test(message)) return false;
    if (STORAGE_FAULT.test(message)) return true;
  }
  return false;
}
