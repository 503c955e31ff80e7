/**
 * How the ClickHouse store talks to a server: over HTTP with `@clickhouse/client` in production
 * ({@link httpExecutor}), or through another runner (the tests run the modern branch on chDB through
 * one). Rows come back as JSON objects with 64-bit integers as strings.
 *
 * @example
 * ```ts
 * const store = await createClickHouseStore({ executor: myExecutor, database: 'ht' });
 * ```
 */
export interface ClickHouseExecutor {
  /** Runs a statement that returns nothing (DDL, ALTER). */
  command(sql: string): Promise<void>;
  /**
   * Runs a SELECT and returns its rows (JSONEachRow, 64-bit integers quoted). With `limits`, the
   * server should stop the query after `timeoutMs` (`max_execution_time`) and when `signal` aborts;
   * an executor that cannot still lets the store reject on time.
   */
  query(sql: string, limits?: ExecutionLimits): Promise<Record<string, unknown>[]>;
  /**
   * Inserts JSONEachRow lines (`body`, one JSON object per line) into `table` (already qualified and
   * escaped), naming `columns` (escaped) so DEFAULT columns are never silently zeroed.
   */
  insert(table: string, columns: readonly string[], body: string): Promise<void>;
  /**
   * Optional: inserts the rows as they are, encoded by the client (`JSON.stringify` per row, properties
   * that are not columns skipped). Rejects with a `TypeError` before sending anything when a row cannot
   * be encoded that way (a bigint); the store then encodes the batch itself.
   */
  insertObjects?(table: string, columns: readonly string[], rows: readonly object[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * What bounds one query an executor runs: the deadline the server enforces itself, and a signal that
 * aborts the request (the store's deadline or the caller's cancellation).
 *
 * @example
 * ```ts
 * await executor.query('SELECT count() FROM system.numbers', { timeoutMs: 1_000, signal: AbortSignal.timeout(2_000) });
 * ```
 */
export interface ExecutionLimits {
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}
