import { HtError } from '@ht/stream-core';

/**
 * ClickHouse error codes worth retrying: the server is busy, short of memory, or the network failed;
 * the same insert later may succeed. Everything else (syntax, unknown table, type mismatch, …) is not.
 *
 * | code | name |
 * |---|---|
 * | 3 | UNEXPECTED_END_OF_FILE (connection cut mid-body) |
 * | 159 | TIMEOUT_EXCEEDED |
 * | 164 | READONLY (server starting up / read-only replica) |
 * | 202 | TOO_MANY_SIMULTANEOUS_QUERIES |
 * | 203 | NO_FREE_CONNECTION |
 * | 209 | SOCKET_TIMEOUT |
 * | 210 | NETWORK_ERROR |
 * | 236 | ABORTED |
 * | 241 | MEMORY_LIMIT_EXCEEDED |
 * | 242 | TABLE_IS_READ_ONLY |
 * | 252 | TOO_MANY_PARTS |
 * | 285 | TOO_FEW_LIVE_REPLICAS |
 * | 319 | UNKNOWN_STATUS_OF_INSERT |
 * | 394 | QUERY_WAS_CANCELLED |
 * | 425 | SYSTEM_ERROR |
 * | 999 | KEEPER_EXCEPTION |
 *
 * @example
 * ```ts
 * RETRIABLE_CLICKHOUSE_CODES.has(202); // true: too many simultaneous queries
 * ```
 */
export const RETRIABLE_CLICKHOUSE_CODES: ReadonlySet<number> = new Set([
  3, 159, 164, 202, 203, 209, 210, 236, 241, 242, 252, 285, 319, 394, 425, 999,
]);

/** Codes of data the server could not read (bad values, wrong types): the batch, not the server, is at fault. */
const DATA_CODES: ReadonlySet<number> = new Set([6, 26, 27, 32, 38, 41, 53, 69, 70, 72, 117, 130, 131]);
/** Codes of a schema that does not match (unknown table, column or database; syntax). */
const SCHEMA_CODES: ReadonlySet<number> = new Set([16, 47, 60, 62, 81]);

const NETWORK =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|socket hang up|Timeout error|other side closed/i;

/**
 * The ClickHouse error code of an error: the client's `code` when it set one, else `Code: NN` parsed from
 * the message (18.x sends no typed code). `undefined` when there is none (e.g. a network error).
 *
 * @example
 * ```ts
 * clickHouseErrorCode(new Error('Code: 202, e.displayText() = DB::Exception: Too many simultaneous queries')); // 202
 * ```
 */
export function clickHouseErrorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^\d+$/.test(code)) return Number(code);
  const message = error instanceof Error ? error.message : String(error);
  const match = /Code:\s*(\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Turns a ClickHouse client or server error into an `HtError`: network failures and the codes in
 * {@link RETRIABLE_CLICKHOUSE_CODES} become retriable (`DEPENDENCY_UNAVAILABLE`, or `TIMEOUT` for 159/209),
 * everything else non-retriable: `INPUT_INVALID` for data the server could not read, `CONFIG_INVALID` for a
 * schema mismatch, `INTERNAL` otherwise, with `what` and the server's message.
 *
 * @example
 * ```ts
 * try {
 *   await client.insert({ table: 'span_event_view', values: rows, format: 'JSONEachRow' });
 * } catch (e) {
 *   throw clickHouseError(e, 'insert into span_event_view');
 * }
 * ```
 */
export function clickHouseError(error: unknown, what: string): HtError {
  if (error instanceof HtError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const errno = (error as { code?: unknown } | null)?.code;
  const code = clickHouseErrorCode(error);
  const network = NETWORK.test(message) || (typeof errno === 'string' && NETWORK.test(errno));
  const context = { code, operation: what };
  if (network || (code !== undefined && RETRIABLE_CLICKHOUSE_CODES.has(code))) {
    const timeout = code === 159 || code === 209;
    return new HtError(timeout ? 'TIMEOUT' : 'DEPENDENCY_UNAVAILABLE', `ClickHouse: ${what} failed: ${message}`, {
      retriable: true,
      cause: error,
      context,
    });
  }
  const htCode =
    code !== undefined && DATA_CODES.has(code)
      ? 'INPUT_INVALID'
      : code !== undefined && SCHEMA_CODES.has(code)
        ? 'CONFIG_INVALID'
        : 'INTERNAL';
  return new HtError(htCode, `ClickHouse: ${what} failed: ${message}`, { cause: error, context });
}
