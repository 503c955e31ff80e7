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
  /** Runs a SELECT and returns its rows (JSONEachRow, 64-bit integers quoted). */
  query(sql: string): Promise<Record<string, unknown>[]>;
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
