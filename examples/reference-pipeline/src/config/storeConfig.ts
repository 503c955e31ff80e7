import { z } from 'zod';
import { durationMs } from './duration.js';
import { countOf } from './port.js';

/** Where `ht run` keeps its DuckDB file when the config names none (relative to the config file). */
export const DEFAULT_DUCKDB_PATH = 'ht-data/ht.duckdb';

const STORE_TYPES = ['duckdb', 'clickhouse'] as const;

const duckdb = z.strictObject({
  type: z.literal('duckdb'),
  /** The database file, relative to the config file's folder, or `:memory:`. */
  path: z
    .string()
    .min(1, { message: 'must name a file; write a path such as ./ht-data/ht.duckdb, or :memory:' })
    .default(DEFAULT_DUCKDB_PATH),
  schema: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an SQL identifier; use letters, digits and _' })
    .optional(),
  threads: countOf(1).optional(),
  writers: countOf(1).optional(),
  /** DuckDB's memory limit (`512MB`, `2GB`); default 1GB, so a long run's memory stays bounded. */
  memoryLimit: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, {
      message: 'must be an amount of memory like 512MB or 2GB',
    })
    .default('1GB'),
  /** The WAL size at which DuckDB checkpoints (`16MB`, DuckDB's default). */
  checkpointThreshold: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, {
      message: 'must be an amount of bytes like 256KB or 16MB',
    })
    .optional(),
});

const clickhouse = z.strictObject({
  type: z.literal('clickhouse'),
  url: z
    .string()
    .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), {
      message: 'must be an http(s) URL of the ClickHouse HTTP interface; write it like http://127.0.0.1:8123',
    })
    .default('http://127.0.0.1:8123'),
  database: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be a database name; use letters, digits and _' })
    .default('ht'),
  username: z.string().default('default'),
  password: z.string().default(''),
  maxConcurrentWrites: countOf(1).optional(),
  requestTimeoutMs: durationMs(1).optional(),
});

/**
 * The `store` section, by `type`: `duckdb` (the embedded default: `path`, `schema`, `threads`, `writers`,
 * the options of `createDuckDbStore`) or `clickhouse` (`url`, `database`, `username`, `password`,
 * `maxConcurrentWrites`, `requestTimeoutMs`, the options of `createClickHouseStore`). Passwords never
 * appear in error messages.
 *
 * @example
 * ```ts
 * storeConfigSchema.parse({ type: 'clickhouse' }).type; // 'clickhouse'
 * ```
 */
export const storeConfigSchema = z.discriminatedUnion('type', [duckdb, clickhouse], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `must be one of ${STORE_TYPES.join(', ')}; pick the store to write views to`
      : undefined,
});

/**
 * The `store` section after defaults.
 *
 * @example
 * ```ts
 * import { createClickHouseStore, createDuckDbStore } from '@ht/sinks';
 *
 * const { store }: { store: StoreConfig } = await loadConfig('ht.yaml');
 * const views = store.type === 'duckdb' ? await createDuckDbStore(store) : await createClickHouseStore(store);
 * ```
 */
export type StoreConfig = z.output<typeof storeConfigSchema>;
