import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClickHouseStore, createDuckDbStore } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { HtError, isHtError } from '@ht/stream-core/errors';
import type { StoreConfig } from '../config/index.js';

/**
 * Opens the store a config names: DuckDB (its folder created when missing) or ClickHouse (its version
 * detected, the database created). A store that cannot be opened or reached is an `HtError`
 * `DEPENDENCY_UNAVAILABLE` saying which and where.
 *
 * @example
 * ```ts
 * const store = await openStore(config.store, { retentionMs: config.retention });
 * ```
 */
export async function openStore(
  config: StoreConfig,
  options: { retentionMs?: number | false } = {},
): Promise<ViewStore> {
  try {
    if (config.type === 'duckdb') {
      if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
      const { type: _type, ...duckdb } = config;
      return await createDuckDbStore(duckdb);
    }
    const { type: _type, ...clickhouse } = config;
    const retentionMs = options.retentionMs;
    return await createClickHouseStore({
      ...clickhouse,
      ...(typeof retentionMs === 'number' ? { retentionDays: Math.max(1, Math.ceil(retentionMs / 86_400_000)) } : {}),
    });
  } catch (error) {
    // The store's own errors say what is wrong already (a DuckDB file another process has open, a bad option).
    if (isHtError(error) && (error.code === 'CONFIG_INVALID' || error.code === 'DEPENDENCY_UNAVAILABLE')) throw error;
    const where = config.type === 'duckdb' ? `the DuckDB file ${config.path}` : `ClickHouse at ${config.url}`;
    const why = error instanceof Error ? error.message : String(error);
    throw new HtError('DEPENDENCY_UNAVAILABLE', `cannot open ${where}: ${why}`, { cause: error });
  }
}
