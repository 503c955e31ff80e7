/**
 * Limits of one `store.query` call. None is set by default.
 *
 * - `timeoutMs`: the query rejects with a {@link QueryLimitError} (`limit: 'timeoutMs'`, code
 *   `TIMEOUT`) once this long has passed, time spent waiting for the store's connection included; the
 *   engine stops the work (ClickHouse: `max_execution_time` and `KILL QUERY`; DuckDB: an interrupt).
 * - `signal`: aborting it cancels the query the same way (`limit: 'signal'`, code `TIMEOUT`).
 * - `maxRows`: more rows than this reject with `limit: 'maxRows'` (code `RESOURCE_EXHAUSTED`); the
 *   store never reads more than `maxRows + 1` rows from the engine. Page with `limit` and `offset` or
 *   `after` to read more.
 *
 * @example
 * ```ts
 * const controller = new AbortController(); // abort it when the caller goes away
 * const rows = await store.query(q, { timeoutMs: 5_000, maxRows: 10_000, signal: controller.signal });
 * ```
 */
export interface QueryOptions {
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly maxRows?: number;
}
