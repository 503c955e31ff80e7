import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { HtError } from '@ht/stream-core';
import type { ClickHouseExecutor } from './ClickHouseExecutor.js';
import { clickHouseFeatures } from './ClickHouseFeatures.js';
import { ClickHouseStore } from './ClickHouseStore.js';
import { httpExecutor } from './httpExecutor.js';

/**
 * Options of {@link createClickHouseStore}: a server URL (HTTP) or an executor, and the database.
 *
 * @example
 * ```ts
 * const options: ClickHouseStoreOptions = { url: 'http://127.0.0.1:8123', database: 'ht' };
 * ```
 */
export interface ClickHouseStoreOptions {
  /** HTTP endpoint, e.g. `http://127.0.0.1:8123`. Ignored when `executor` is given. */
  readonly url?: string;
  readonly username?: string;
  readonly password?: string;
  /** Database holding the view tables (created if missing). Default `ht`. */
  readonly database?: string;
  /** Another way to reach the engine (tests run the modern branch on chDB through one). */
  readonly executor?: ClickHouseExecutor;
  /** Rows older than this expire (TTL on modern servers; `expire()` drops day partitions on 18.x). */
  readonly retentionDays?: number;
  /** Inserts at once (the sink's in-flight bound). Default 2 (fastest measured on 2 cores). */
  readonly maxConcurrentWrites?: number;
  /** Per-request timeout. Default 60 s. */
  readonly requestTimeoutMs?: number;
}

/**
 * Connects to ClickHouse, detects `version()` and returns a {@link ClickHouseStore} whose DDL, inserts
 * and queries fit that version (18.x or modern). Rejects with a retriable `DEPENDENCY_UNAVAILABLE`
 * `HtError` when the server cannot be reached.
 *
 * @example
 * ```ts
 * const store = await createClickHouseStore({ url: 'http://127.0.0.1:8123', database: 'ht' });
 * await store.ensureTables([spanView]);
 * ```
 */
export async function createClickHouseStore(options: ClickHouseStoreOptions = {}): Promise<ClickHouseStore> {
  const database = options.database ?? 'ht';
  let executor = options.executor;
  let client: ReturnType<typeof createClient> | undefined;
  if (executor === undefined) {
    client = createClient({
      url: options.url ?? 'http://127.0.0.1:8123',
      username: options.username ?? 'default',
      password: options.password ?? '',
      request_timeout: options.requestTimeoutMs ?? 60_000,
      // Failures surface as HtErrors to the caller (and retries are counted by the sink): no console noise.
      log: { level: ClickHouseLogLevel.OFF },
    });
    executor = httpExecutor(client, {});
  }
  let version: string;
  try {
    const [row] = await executor.query('SELECT version() AS v');
    const v = row?.['v'];
    version = typeof v === 'string' ? v : '';
  } catch (error) {
    await executor.close();
    throw error instanceof HtError ? error : new HtError('DEPENDENCY_UNAVAILABLE', String(error), { cause: error });
  }
  const features = clickHouseFeatures(version);
  if (client !== undefined && features.lowCardinalitySetting) {
    executor = httpExecutor(client, { allow_experimental_low_cardinality_type: 1 });
  }
  const retention = options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays };
  return new ClickHouseStore(executor, features, database, {
    ...retention,
    maxConcurrentWrites: options.maxConcurrentWrites ?? 2,
  });
}
