import type { ViewDefinition } from '@ht/enricher-sdk';
import type { Query } from '../query/Query.js';
import type { QueryOptions } from '../query/QueryOptions.js';
import type { QueryRow } from '../query/QueryResult.js';
import type { RebuiltMinutes, RollupDefinition, RollupRange } from '../rollup/defineRollup.js';
import type { SqlDialect } from '../sql/escape.js';
import type { ViewCatalogEntry } from './ViewCatalog.js';
import type { TraceRowsOptions } from './traceQuery.js';

/**
 * One row of a view as a sink receives it: column name -> value of the column's type (see
 * `ColumnValueTypes` in `@ht/enricher-sdk`). Stores validate rows before writing anything.
 *
 * @example
 * ```ts
 * const row: ViewRow = { tenant_id: 'default', trace_id: traceId, span_id: spanId, duration_micros: 120 };
 * ```
 */
export type ViewRow = Readonly<Record<string, unknown>>;

/**
 * Where a `ViewSink` writes batches of view rows: any {@link ViewStore}, or the Kafka view writer.
 *
 * @example
 * ```ts
 * const writer: ViewWriter = { capabilities: { maxConcurrentWrites: 1 }, write: async (view, rows) => log(view, rows.length) };
 * ```
 */
export interface ViewWriter {
  readonly capabilities: {
    readonly maxConcurrentWrites: number;
    /** Rows per write the writer is fastest at: a `ViewSink`'s default `maxRows`. Default 50 000. */
    readonly batchRows?: number;
  };
  /** Resolves when the rows are durable; rejects with a retriable `HtError` when trying again may work. */
  write(view: string, rows: readonly ViewRow[]): Promise<void>;
}

/**
 * What a store can do, so callers (the query layer, the sink, the conformance suite) adapt instead of
 * guessing.
 *
 * @example
 * ```ts
 * if (store.capabilities.traceLookup) console.log('trace-by-id reads a lookup table first');
 * ```
 */
export interface StoreCapabilities {
  /** Engine and version, e.g. `ClickHouse 18.16.1`, `DuckDB v1.5.6`. */
  readonly engine: string;
  readonly dialect: SqlDialect;
  /** Where replays are collapsed: as rows are written, or when they are read (FINAL). */
  readonly dedup: 'on-write' | 'on-read';
  /** Trace-by-id reads a trace_id -> (start, end) table, then the time-bounded rows. */
  readonly traceLookup: boolean;
  /** How old rows are removed. */
  readonly retention: 'ttl' | 'drop-partition' | 'delete';
  /** Per-minute rollups: rebuilt into their own tables (ClickHouse), or computed from the base view on query. */
  readonly rollups: 'rebuilt' | 'on-query';
  /** Writes the store accepts at once (the sink bounds its in-flight inserts by it). */
  readonly maxConcurrentWrites: number;
  /** Rows per write the store is fastest at: a `ViewSink`'s default `maxRows`. */
  readonly batchRows: number;
}

/**
 * A pluggable view store: creates and migrates tables from view definitions, writes batches of rows
 * idempotently (a replayed row never counts twice), and answers the storage-agnostic {@link Query}.
 * ClickHouse and DuckDB implement it; `@ht/sinks/testing` holds the conformance suite every store
 * passes (docs/stores.md: how to add one).
 *
 * @example
 * ```ts
 * await store.ensureTables([spanView]);
 * await store.write('span_event_view', rows);
 * const top = await store.query({ view: 'span_event_view', tenantId: 'default', select: [column('service_name'), count('calls')],
 *   groupBy: ['service_name'], orderBy: [{ by: 'calls', direction: 'desc' }], limit: 5 });
 * await store.close();
 * ```
 */
export interface ViewStore extends ViewWriter {
  readonly capabilities: StoreCapabilities;
  /**
   * Creates missing tables and adds missing columns (additive changes only). Rejects with a
   * `CONFIG_INVALID` `HtError` naming the view and column on an incompatible change (type, key or sort
   * order changed, column removed). Must run before `write`/`query` of those views.
   */
  ensureTables(views: readonly ViewDefinition[]): Promise<void>;
  /**
   * The views whose tables the store's database holds, sorted by name, as `ensureTables` last described
   * them (it writes the catalog when it creates or migrates a table, from any process): name, version,
   * columns with types, key, time column, sort order. Read from the database, so a fresh store on the same
   * database lists them without the plugins that defined them (`catalogView` turns an entry back into a
   * queryable definition). Empty when nothing was ensured there yet.
   */
  catalog(): Promise<ViewCatalogEntry[]>;
  /**
   * Writes rows of one view; resolves when they are durable. Rejects with `INPUT_INVALID` naming the row
   * index and column when a row does not fit the view (nothing of the batch is written), or with a
   * retriable `HtError` when the store is unavailable (writing the same rows again is safe).
   */
  write(view: string, rows: readonly ViewRow[]): Promise<void>;
  /**
   * Runs a query; rows come back normalized (integers as numbers, datetimes as unix µs). `options`
   * bound it (timeout, cancellation, max rows): a query stopped by one rejects with a
   * `QueryLimitError` naming it.
   */
  query(query: Query, options?: QueryOptions): Promise<QueryRow[]>;
  /**
   * Every row of one trace (all fragments) in a view with `tenant_id`, `trace_id` and a time column,
   * ordered by time; deduplicated. `options.select` reads some outputs only (with the key and time
   * columns): a large trace's outline without its attribute arrays; `options.where` some rows only.
   */
  traceRows(view: string, tenantId: string, traceId: string, options?: TraceRowsOptions): Promise<QueryRow[]>;
  /** Prepares rollups of views already ensured (creates their tables where the store materializes them). */
  ensureRollups(rollups: readonly RollupDefinition[]): Promise<void>;
  /**
   * Rebuilds the closed minutes [from, to) (µs, whole minutes) of a rollup from the deduplicated base
   * rows, replacing what was built before (no-op where rollups are computed on query). Idempotent.
   */
  rebuildRollup(name: string, fromMicros: number, toMicros: number): Promise<void>;
  /**
   * RED measures per entity (and minute or bucket): calls, errors, duration sum/min/max, p50/p95/p99
   * (see {@link RollupRange}). `options` bound the read as they bound `query` (timeout, cancellation,
   * max rows).
   */
  queryRollup(name: string, range: RollupRange, options?: QueryOptions): Promise<QueryRow[]>;
  /**
   * The minutes of a rollup that reads take from its rebuilt table: one contiguous interval (µs, whole
   * minutes, `to` exclusive), kept across restarts where the store persists it (ClickHouse). `undefined`
   * where rollups are computed on query (DuckDB) or nothing was rebuilt yet. `RollupRebuilder` catches up
   * from its end after a downtime. Rejects with `LIFECYCLE` for a rollup not passed to `ensureRollups`.
   */
  rebuiltRollupMinutes(name: string): Promise<RebuiltMinutes | undefined>;
  /** Removes rows whose time column is before `beforeMicros` (whole days where the store drops partitions). */
  expire(view: string, beforeMicros: number): Promise<void>;
  /** Releases connections; further calls reject with `LIFECYCLE`. */
  close(): Promise<void>;
}
