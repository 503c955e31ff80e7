import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger, Metrics } from '@ht/enricher-sdk';
import { createClickHouseStore, createReopeningDuckDbStore } from '@ht/sinks';
import type { ReopeningDuckDbStoreOptions, ViewStore } from '@ht/sinks';
import { HtError, isHtError } from '@ht/stream-core/errors';
import type { StoreConfig } from '../config/index.js';

/**
 * What {@link openStore} needs besides the store's config.
 *
 * @example
 * ```ts
 * const options: OpenStoreOptions = { retentionMs: 7 * 86_400_000, logger, metrics };
 * ```
 */
export interface OpenStoreOptions {
  /** Retention (ClickHouse partitions by day: its TTL is rounded up to whole days). */
  readonly retentionMs?: number | false;
  /** Where DuckDB's data dir faults and reopens are logged. */
  readonly logger?: Logger;
  /**
   * Where they are counted (`ht_store_faults_total`, `ht_store_reopens_total`), with DuckDB's checkpoints
   * (`ht_store_checkpoint_seconds`, `ht_store_checkpoint_failures_total`).
   */
  readonly metrics?: Metrics;
}

/**
 * Hooks telling of the DuckDB store's data dir faults: the first fault of an outage logged at `error`
 * (DuckDB's message names the file), each reopen at `info` (failed ones at `warn`, at most one a
 * minute), both counted.
 */
function duckDbFaultHooks(
  path: string,
  options: OpenStoreOptions,
): Pick<ReopeningDuckDbStoreOptions, 'onFault' | 'onReopen' | 'onReopenFailed'> {
  const faults = options.metrics?.counter('ht_store_faults_total', "Store operations failed by the store's storage.");
  const reopens = options.metrics?.counter('ht_store_reopens_total', 'Reopens of the store after a storage fault.');
  const logger = options.logger;
  let lastFailureLogged = -Infinity;
  return {
    onFault: (error) => {
      faults?.inc();
      logger?.error({ err: error, path }, `the DuckDB store cannot write ${path}: ${error.message}`);
    },
    onReopen: ({ downMs, attempts }) => {
      reopens?.inc();
      logger?.info(
        { path, downMs, attempts },
        `the DuckDB store at ${path} was reopened after ${Math.round(downMs / 100) / 10} s (${attempts} reopen(s)); writing resumes`,
      );
    },
    onReopenFailed: (error, attempt) => {
      if (Date.now() - lastFailureLogged < 60_000) return;
      lastFailureLogged = Date.now();
      logger?.warn({ err: error, path, attempt }, `the DuckDB store at ${path} still fails: ${error.message}`);
    },
  };
}

/**
 * Hooks telling of the DuckDB store's checkpoints: each timed (`ht_store_checkpoint_seconds`) and logged at
 * `debug`, a failed one counted and logged at `warn` (at most one a minute: the store tries again after
 * its next commits).
 */
function duckDbCheckpointHooks(
  path: string,
  options: OpenStoreOptions,
): Pick<ReopeningDuckDbStoreOptions, 'onCheckpoint' | 'onCheckpointFailed'> {
  const seconds = options.metrics?.histogram(
    'ht_store_checkpoint_seconds',
    'Checkpoints of the DuckDB store: its WAL written into the database file (batches wait meanwhile).',
  );
  const failures = options.metrics?.counter(
    'ht_store_checkpoint_failures_total',
    'Checkpoints of the DuckDB store that failed.',
  );
  const logger = options.logger;
  let lastFailureLogged = -Infinity;
  return {
    onCheckpoint: ({ walBytes, durationMs }) => {
      seconds?.observe(durationMs / 1000);
      logger?.debug({ path, walBytes, durationMs }, `the DuckDB store checkpointed ${walBytes} bytes of WAL`);
    },
    onCheckpointFailed: (error) => {
      failures?.inc();
      if (Date.now() - lastFailureLogged < 60_000) return;
      lastFailureLogged = Date.now();
      logger?.warn({ err: error, path }, `a checkpoint of the DuckDB store at ${path} failed: ${error.message}`);
    },
  };
}

/**
 * Opens the store a config names: DuckDB (its folder created when missing; reopened by itself after its
 * data dir failed: `createReopeningDuckDbStore`) or ClickHouse (its version detected, the database
 * created). A store that cannot be opened or reached is an `HtError` `DEPENDENCY_UNAVAILABLE` saying
 * which and where.
 *
 * @example
 * ```ts
 * const store = await openStore(config.store, { retentionMs: config.retention, logger, metrics });
 * ```
 */
export async function openStore(config: StoreConfig, options: OpenStoreOptions = {}): Promise<ViewStore> {
  try {
    if (config.type === 'duckdb') {
      if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
      const { type: _type, ...duckdb } = config;
      return await createReopeningDuckDbStore({
        ...duckdb,
        ...duckDbFaultHooks(config.path, options),
        ...duckDbCheckpointHooks(config.path, options),
      });
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
