import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ClickHouseClient, ClickHouseSettings } from '@clickhouse/client';
import type { ClickHouseExecutor } from './ClickHouseExecutor.js';
import { clickHouseError } from './errors.js';
import { sqlLiteral } from '../sql/escape.js';

/**
 * Settings sent with every request: errors arrive before the 200 (not as a trailing line), exact 64-bit ints.
 *
 * @example
 * ```ts
 * await client.query({ query: 'SELECT version()', clickhouse_settings: BASE_SETTINGS });
 * ```
 */
export const BASE_SETTINGS: ClickHouseSettings = {
  wait_end_of_query: 1,
  output_format_json_quote_64bit_integers: 1,
};

/**
 * `max_execution_time` for a deadline: whole seconds (18.x reads no fractions), rounded up, so the
 * caller's own deadline fires first and the server's stops the work if the abort did not.
 */
function timeoutSettings(timeoutMs: number | undefined): ClickHouseSettings {
  return timeoutMs === undefined ? {} : { max_execution_time: Math.max(1, Math.ceil(timeoutMs / 1000)) };
}

async function drain(stream: Readable): Promise<void> {
  for await (const _chunk of stream) {
    // The response of an INSERT/DDL is empty; reading it releases the socket.
  }
}

/**
 * A {@link ClickHouseExecutor} over `@clickhouse/client` (HTTP). `extraSettings` go with every request
 * (the store adds `allow_experimental_low_cardinality_type=1` on 18.x). Errors become `HtError`s with
 * `retriable` from the code (see `clickHouseError`).
 *
 * @example
 * ```ts
 * import { createClient } from '@clickhouse/client';
 * const executor = httpExecutor(createClient({ url: 'http://127.0.0.1:8123' }), {});
 * ```
 */
export function httpExecutor(client: ClickHouseClient, extraSettings: ClickHouseSettings): ClickHouseExecutor {
  const settings: ClickHouseSettings = { ...BASE_SETTINGS, ...extraSettings };
  return {
    async command(sql) {
      try {
        await client.command({ query: sql, clickhouse_settings: settings });
      } catch (error) {
        throw clickHouseError(error, sql.slice(0, 200));
      }
    },
    async query(sql, limits = {}) {
      const queryId = randomUUID();
      // The request's abort alone may leave the query running on the server: kill it there too.
      const kill = (): void => {
        client
          .command({ query: `KILL QUERY WHERE query_id = ${sqlLiteral(queryId, 'clickhouse')} ASYNC` })
          .catch(() => undefined);
      };
      limits.signal?.addEventListener('abort', kill, { once: true });
      try {
        const result = await client.query({
          query: sql,
          format: 'JSONEachRow',
          query_id: queryId,
          clickhouse_settings: { ...settings, ...timeoutSettings(limits.timeoutMs) },
          ...(limits.signal === undefined ? {} : { abort_signal: limits.signal }),
        });
        return await result.json<Record<string, unknown>>();
      } catch (error) {
        throw clickHouseError(error, sql.slice(0, 200));
      } finally {
        limits.signal?.removeEventListener('abort', kill);
      }
    },
    async insert(table, columns, body) {
      try {
        const result = await client.exec({
          query: `INSERT INTO ${table} (${columns.join(', ')}) FORMAT JSONEachRow`,
          values: Readable.from([body], { objectMode: false }),
          // Rows may carry properties that are not columns (the 18.x encoder writes rows as they are).
          clickhouse_settings: { ...settings, input_format_skip_unknown_fields: 1 },
        });
        await drain(result.stream);
      } catch (error) {
        throw clickHouseError(error, `insert into ${table}`);
      }
    },
    async insertObjects(table, columns, rows) {
      try {
        await client.insert({
          table,
          columns: [...columns] as [string, ...string[]],
          values: rows,
          format: 'JSONEachRow',
          clickhouse_settings: { ...settings, input_format_skip_unknown_fields: 1 },
        });
      } catch (error) {
        // A bigint: nothing was sent; the store encodes the batch itself.
        if (error instanceof TypeError && /BigInt/i.test(error.message)) throw error;
        throw clickHouseError(error, `insert into ${table}`);
      }
    },
    async close() {
      await client.close();
    },
  };
}
