import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError, toHtError } from '@ht/stream-core';
import { compileDuckDb } from './compileQuery.js';
import { readRow } from '../query/compileQuery.js';
import type { Query } from '../query/Query.js';
import type { QueryOptions } from '../query/QueryOptions.js';
import type { QueryRow } from '../query/QueryResult.js';
import { limitForMaxRows, runWithLimits } from '../query/runWithLimits.js';
import { requireTenant } from '../query/tenant.js';
import { validateRows } from '../rows/validateRows.js';
import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import { planMigration } from '../store/planMigration.js';
import { catalogEntry, decodeCatalogEntry, encodeCatalogEntry, VIEW_CATALOG_TABLE } from '../store/ViewCatalog.js';
import type { ViewCatalogEntry } from '../store/ViewCatalog.js';
import { tableLayout } from '../store/tableLayout.js';
import type { TableLayout } from '../store/tableLayout.js';
import { traceQuery } from '../store/traceQuery.js';
import type { TraceRowsOptions } from '../store/traceQuery.js';
import type { StoreCapabilities, ViewRow, ViewStore } from '../store/ViewStore.js';
import type { RollupDefinition, RollupRange } from '../rollup/defineRollup.js';
import { rollupQuery } from '../rollup/rollupOnQuery.js';
import { appendRows } from './appendRows.js';
import { appendColumns } from './columnStaging.js';
import { TableChunkWriter } from './tableChunks.js';
import {
  columnStagingName,
  createColumnStagingTable,
  createDuckDbTable,
  createStagingTable,
  mergeStatement,
  SEPARATOR_ERROR,
  stagingName,
} from './ddl.js';
import type { TimeRange } from './ddl.js';
import { duckDbColumn, duckDbColumnDefinition } from './columnTypes.js';
import type { WriteLocks, WriteSlots } from './WriteSlots.js';
import type { ReadPool } from './ReadPool.js';
import { PreparedWrites } from './PreparedWrites.js';
import type { StoreCheckpoints } from './StoreCheckpoints.js';

/** The smallest and largest value of a datetime column in a batch (µs), for the merge's range. */
function timeRange(column: string, rows: readonly ViewRow[]): TimeRange | undefined {
  if (column === '') return undefined;
  let fromMicros = Number.POSITIVE_INFINITY;
  let toMicros = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const t = row[column] as number;
    if (t < fromMicros) fromMicros = t;
    if (t > toMicros) toMicros = t;
  }
  return { fromMicros, toMicros };
}

/**
 * The DuckDB {@link ViewStore} (build it with `createDuckDbStore`): the embedded default. Tables in one
 * file. A batch is appended straight into its table as typed data chunks and committed when the table
 * then holds no key twice in the batch's time range (new data); otherwise (a replay, a repeated key) it
 * is rolled back and staged by column in a TEMP table (NUL-joined texts and typed lists, 2048 rows per
 * staged row; JSON text when a value holds a separator), then merged so replays stay idempotent
 * (docs/stores.md, "How the DuckDB store writes"). Writes use their own connections (one batch appends
 * while another commits); queries use a pool of read connections (`readers`), side by side; DDL and
 * `expire` run in order on the main connection (and queries too when the store has no read connections).
 * Checkpoints are the store's own (`StoreCheckpoints`): past the WAL threshold, on a connection of their
 * own, with appends held (asynchronously) until they end, so that none blocks the JavaScript thread.
 *
 * @example
 * ```ts
 * const store = await createDuckDbStore({ path: './data/views.duckdb' });
 * await store.ensureTables([spanView]);
 * ```
 */
export class DuckDbStore implements ViewStore {
  readonly capabilities: StoreCapabilities;
  private readonly tables = new Map<string, TableLayout>();
  private readonly rollups = new Map<string, RollupDefinition>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pending = new Set<Promise<void>>();
  private closed = false;
  /** Each writer connection's prepared check and insert statements. */
  private readonly prepared: Map<DuckDBConnection, PreparedWrites>;
  /**
   * Per view with a time column: no row the table holds is later than this (µs; `-Infinity` for none).
   * Read from the table on its first merge here, raised by every merge and direct append that commits
   * (under the view's merge lock, before the commit): this
   * store's writes are the only ones to its tables (one process holds a DuckDB file; `expire` only
   * deletes, which keeps the bound true).
   */
  private readonly latest = new Map<string, number>();
  /** Per layout, the direct path's writer, for the table's columns in its order (read by `ensureTables`). */
  private readonly chunkWriters = new WeakMap<TableLayout, TableChunkWriter>();

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly writers: WriteSlots,
    readonly schema: string,
    version: string,
    private readonly readers?: ReadPool,
    private readonly checkpoints?: StoreCheckpoints,
  ) {
    this.prepared = new Map(writers.connections.map((c) => [c, new PreparedWrites(c, schema)]));
    this.capabilities = {
      engine: `DuckDB ${version}`,
      dialect: 'duckdb',
      dedup: 'on-write',
      traceLookup: false,
      rollups: 'on-query',
      retention: 'delete',
      maxConcurrentWrites: writers.connections.length,
      // A DuckDB row group: a write of a full one goes straight to the file instead of through the WAL
      // (measured: 50k-row batches 72k rows/s, row-group batches 2x that; docs/benchmarks.md).
      batchRows: 122_880,
    };
  }

  async ensureTables(views: readonly ViewDefinition[]): Promise<void> {
    return this.serial(async () => {
      await this.connection.run(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(this.schema, 'duckdb')}`);
      await this.connection.run(
        `CREATE TABLE IF NOT EXISTS ${this.table(VIEW_CATALOG_TABLE)} ` +
          '(view VARCHAR PRIMARY KEY, definition VARCHAR NOT NULL, written_at TIMESTAMP NOT NULL)',
      );
      for (const view of views) {
        const layout = tableLayout(view);
        const existing = await this.existingColumns(view.name);
        if (existing.size === 0) await this.connection.run(createDuckDbTable(layout, this.schema));
        else {
          const expected = new Map(Object.entries(view.columns).map(([n, s]) => [n, duckDbColumn(s.type).sql]));
          // DuckDB tables have no sort key: rows are found by zone maps, replays filtered at merge.
          for (const name of planMigration(view, { columns: existing, sortKey: undefined }, expected, [])) {
            const def = duckDbColumnDefinition(name, view.columns[name]!.type);
            await this.connection.run(`ALTER TABLE ${this.table(view.name)} ADD COLUMN ${def}`);
          }
        }
        await this.writeCatalogEntry(view);
        this.chunkWriters.set(layout, new TableChunkWriter(view, await this.columnOrder(view.name)));
        await this.writers.each(async (c) => {
          await c.run(createStagingTable(layout));
          await c.run(createColumnStagingTable(layout));
        });
        this.tables.set(view.name, layout);
      }
    });
  }

  async catalog(): Promise<ViewCatalogEntry[]> {
    return this.serial(async () => {
      const exists = await this.connection.runAndReadAll(
        `SELECT count(*) FROM information_schema.tables WHERE table_schema = ${sqlLiteral(this.schema, 'duckdb')} ` +
          `AND table_name = ${sqlLiteral(VIEW_CATALOG_TABLE, 'duckdb')} AND table_catalog = current_database()`,
      );
      if (Number(exists.getRows()[0]?.[0] ?? 0) === 0) return [];
      const reader = await this.connection.runAndReadAll(
        `SELECT definition FROM ${this.table(VIEW_CATALOG_TABLE)} ORDER BY view`,
      );
      return reader
        .getRows()
        .map((r) => decodeCatalogEntry(String(r[0])))
        .filter((e) => e !== undefined);
    });
  }

  /** Records the view in the catalog when it is new there or described differently (migrated, new version). */
  private async writeCatalogEntry(view: ViewDefinition): Promise<void> {
    const definition = encodeCatalogEntry(catalogEntry(view));
    const lit = (v: string): string => sqlLiteral(v, 'duckdb');
    const stored = await this.connection.runAndReadAll(
      `SELECT definition FROM ${this.table(VIEW_CATALOG_TABLE)} WHERE view = ${lit(view.name)}`,
    );
    if (stored.getRows()[0]?.[0] === definition) return;
    await this.connection.run(
      `INSERT OR REPLACE INTO ${this.table(VIEW_CATALOG_TABLE)} VALUES (${lit(view.name)}, ${lit(definition)}, now())`,
    );
  }

  async write(view: string, rows: readonly ViewRow[]): Promise<void> {
    const layout = this.layoutOf(view);
    if (rows.length === 0) return;
    if (this.closed) throw new HtError('LIFECYCLE', 'the DuckDB store is closed');
    const write = this.writers.use(async (connection, locks) => {
      if (await this.appendNew(connection, locks, layout, rows)) return;
      // Columns first (checking every value); a string holding a separator (NUL) makes the merge fail,
      // a bigint in a 64-bit column is refused by the column staging: then JSON.
      const staged = await this.stageAndMerge(connection, locks, 'columns', layout, rows);
      if (!staged) {
        validateRows(layout.view, rows);
        await this.stageAndMerge(connection, locks, 'json', layout, rows);
      }
    });
    this.pending.add(write);
    try {
      await write;
    } finally {
      this.pending.delete(write);
    }
  }

  /**
   * The direct path: appends the batch straight into the view's table (typed data chunks, no staging)
   * in a transaction, then counts the keys the table holds twice in the batch's time range, the only
   * place a replayed row can be (it has its first copy's time): none, the usual answer for new data,
   * commits; any (a replay, a key repeated within the batch) rolls back and returns false, and the batch
   * takes the staged merge. Also false for a view without a time column, or when the table's columns
   * changed under this layout (a migration meanwhile). Runs under the view's merge lock: the count must
   * see every batch of the view committed before it.
   */
  private async appendNew(
    connection: DuckDBConnection,
    { stage, merge }: WriteLocks,
    layout: TableLayout,
    rows: readonly ViewRow[],
  ): Promise<boolean> {
    const view = layout.view.name;
    const writer = this.chunkWriters.get(layout);
    if (writer === undefined || layout.timeColumn === '') return false;
    const prepared = this.prepared.get(connection)!;
    return merge(view, async () => {
      await connection.run('BEGIN TRANSACTION');
      try {
        const range = await stage(async () => {
          const appender = await connection.createAppender(view, this.schema);
          try {
            if (appender.columnCount !== writer.columns.length) return undefined;
            const appended = await writer.append(appender, rows);
            appender.flushSync();
            return appended;
          } catch (error) {
            // What a failed chunk left in the appender is not flushed by the close below.
            appender.clear();
            throw error;
          } finally {
            appender.closeSync();
          }
        });
        if (range === undefined || (await prepared.duplicates(layout, range)) !== 0) {
          await connection.run('ROLLBACK');
          return false;
        }
        // Raised before the commit (the staged path's bound, docs/stores.md): if it fails, only higher than needed.
        const latest = this.latest.get(view);
        if (latest !== undefined) this.latest.set(view, Math.max(latest, range.toMicros));
        await connection.run('COMMIT');
        this.checkpoints?.afterCommit();
        return true;
      } catch (error) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw toHtError(error, 'INTERNAL', `DuckDB: writing ${rows.length} rows of ${view} failed`);
      }
    });
  }

  /** Stages `rows` one way and merges them; false when column staging met a separator inside a value or a bigint. */
  private async stageAndMerge(
    connection: DuckDBConnection,
    { stage, merge }: WriteLocks,
    staged: 'json' | 'columns',
    layout: TableLayout,
    rows: readonly ViewRow[],
  ): Promise<boolean> {
    const view = layout.view.name;
    const name = staged === 'json' ? stagingName(view) : columnStagingName(view);
    const prepared = this.prepared.get(connection)!;
    // Text staged by column, for the staging's memory budget; unknown (the table is created anew) on failure.
    let stagedText = Number.POSITIVE_INFINITY;
    try {
      const complete = await stage(async () => {
        const appender = await connection.createAppender(name, 'main', 'temp');
        try {
          if (staged === 'json') appendRows(appender, rows);
          else {
            const text = await appendColumns(appender, layout.view, rows);
            if (text === false) return false;
            stagedText = text;
          }
          appender.flushSync();
          return true;
        } finally {
          appender.closeSync();
        }
      });
      if (!complete) return false;
      // Rows are checked by now (staged by column, or validated for JSON).
      const range = timeRange(layout.timeColumn, rows);
      await merge(view, async () => {
        // Stored rows are no later than `latest`, and a replayed row has its first copy's time: a batch
        // entirely later is new data (nothing to look up in the table), and the rest need only be looked
        // up to `latest`. Raised before the merge: if it fails, the bound is only higher than needed.
        const latest = range === undefined ? undefined : await this.latestStored(connection, layout);
        if (range !== undefined) this.latest.set(view, Math.max(latest!, range.toMicros));
        await connection.run('BEGIN TRANSACTION');
        if (staged === 'json') await connection.run(mergeStatement(layout, this.schema, range, true, 'json'));
        else {
          // New data (no key repeated in the batch, none stored yet: a key-only check) is inserted as it
          // is; only a replay or a batch repeating a key pays for the anti-join (and the dedup).
          const [existing, repeats] =
            range === undefined || latest === undefined
              ? await prepared.check(layout, range)
              : latest < range.fromMicros
                ? [0, await prepared.repeats(layout)]
                : await prepared.check(layout, {
                    fromMicros: range.fromMicros,
                    toMicros: Math.min(range.toMicros, latest),
                  });
          if (existing === 0 && repeats === 0) await prepared.insert(layout);
          else await connection.run(mergeStatement(layout, this.schema, range, repeats !== 0, 'columns'));
        }
        await connection.run('COMMIT');
        this.checkpoints?.afterCommit();
      });
      return true;
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined);
      if (staged === 'columns' && error instanceof Error && error.message.includes(SEPARATOR_ERROR)) return false;
      throw toHtError(error, 'INTERNAL', `DuckDB: writing ${rows.length} rows of ${view} failed`);
    } finally {
      // The JSON staging (rare: a value holding a separator or a bigint) is replaced rather than emptied:
      // DuckDB keeps a deleted row's long strings in memory for the life of a temporary table (measured
      // with duckdb_memory(): OVERFLOW_STRINGS); the column staging is emptied within a budget.
      if (staged === 'json') await connection.run(createStagingTable(layout));
      else await prepared.release(layout, stagedText);
    }
  }

  /** The latest time the view's table holds (µs), read once; call under the merge lock. */
  private async latestStored(connection: DuckDBConnection, layout: TableLayout): Promise<number> {
    const view = layout.view.name;
    let latest = this.latest.get(view);
    if (latest === undefined) {
      const time = escapeIdentifier(layout.timeColumn, 'duckdb');
      const reader = await connection.runAndReadAll(`SELECT epoch_us(max(${time})) FROM ${this.table(view)}`);
      const value = reader.getRows()[0]?.[0];
      latest = value === null || value === undefined ? Number.NEGATIVE_INFINITY : Number(value);
      this.latest.set(view, latest);
    }
    return latest;
  }

  async query(query: Query, options: QueryOptions = {}): Promise<QueryRow[]> {
    const layout = this.layoutOf(query.view);
    const compiled = compileDuckDb(limitForMaxRows(query, options.maxRows), layout.view, this.table(query.view));
    return runWithLimits(query.view, options, (signal) =>
      this.read(async (connection) => {
        // Stopped while it waited for a connection: nothing to run.
        if (signal.aborted) return [];
        const interrupt = (): void => connection.interrupt();
        signal.addEventListener('abort', interrupt, { once: true });
        try {
          const reader = await connection.runAndReadAll(compiled.sql);
          // Not getRowObjectsJS: it assigns by name, so an output named __proto__ would set the prototype.
          const names = reader.columnNames();
          return reader
            .getRowsJS()
            .map((r) => readRow(Object.fromEntries(names.map((n, i) => [n, r[i]])), compiled.outputs));
        } finally {
          signal.removeEventListener('abort', interrupt);
        }
      }),
    );
  }

  async traceRows(
    view: string,
    tenantId: string,
    traceId: string,
    options: TraceRowsOptions = {},
  ): Promise<QueryRow[]> {
    const layout = this.layoutOf(view);
    requireTenant(tenantId, `trace rows of '${view}'`);
    if (!layout.traceLookup)
      throw new HtError('INPUT_INVALID', `view '${view}' has no tenant_id/trace_id/time columns`);
    return this.query(traceQuery(layout, tenantId, traceId, 0, Number.MAX_SAFE_INTEGER, options));
  }

  async ensureRollups(rollups: readonly RollupDefinition[]): Promise<void> {
    for (const r of rollups) {
      this.layoutOf(r.view.name);
      this.rollups.set(r.name, r);
    }
  }

  /** Rollups are computed on query here: nothing to rebuild. */
  async rebuildRollup(name: string): Promise<void> {
    this.rollupOf(name);
  }

  /** Rollups are computed on query here: no minutes are rebuilt. */
  async rebuiltRollupMinutes(name: string): Promise<undefined> {
    this.rollupOf(name);
    return undefined;
  }

  async queryRollup(name: string, range: RollupRange, options: QueryOptions = {}): Promise<QueryRow[]> {
    requireTenant(range.tenantId, `rollup '${name}'`);
    return this.query(rollupQuery(this.rollupOf(name), range), options);
  }

  async expire(view: string, beforeMicros: number): Promise<void> {
    const layout = this.layoutOf(view);
    if (layout.timeColumn === '') return;
    return this.serial(async () => {
      const time = escapeIdentifier(layout.timeColumn, 'duckdb');
      await this.connection.run(
        `DELETE FROM ${this.table(view)} WHERE ${time} < make_timestamp(CAST(${sqlLiteral(beforeMicros, 'duckdb')} AS BIGINT))`,
      );
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.catch(() => undefined);
    await Promise.allSettled([...this.pending]);
    await this.checkpoints?.close();
    await this.readers?.drain();
    this.readers?.closeAll();
    this.writers.closeAll();
    this.connection.closeSync();
    this.instance.closeSync();
  }

  /** Runs a query on a read connection of the pool, or in order on the main connection without one. */
  private read<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new HtError('LIFECYCLE', 'the DuckDB store is closed'));
    return this.readers === undefined ? this.serial(() => fn(this.connection)) : this.readers.use(fn);
  }

  /** Runs operations one after another on the single connection. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new HtError('LIFECYCLE', 'the DuckDB store is closed'));
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private table(name: string): string {
    return qualifiedName(this.schema, name, 'duckdb');
  }

  private layoutOf(view: string): TableLayout {
    if (this.closed) throw new HtError('LIFECYCLE', 'the DuckDB store is closed');
    const layout = this.tables.get(view);
    if (layout === undefined) {
      throw new HtError('LIFECYCLE', `view '${view}' has no table yet: call ensureTables([...]) with it first`);
    }
    return layout;
  }

  private rollupOf(name: string): RollupDefinition {
    const rollup = this.rollups.get(name);
    if (rollup === undefined)
      throw new HtError('LIFECYCLE', `rollup '${name}' is unknown: call ensureRollups([...]) first`);
    return rollup;
  }

  /** The table's column names in its order (a migration appends its columns at the end). */
  private async columnOrder(table: string): Promise<string[]> {
    const reader = await this.connection.runAndReadAll(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = ${sqlLiteral(this.schema, 'duckdb')} ` +
        `AND table_name = ${sqlLiteral(table, 'duckdb')} AND table_catalog = current_database() ORDER BY ordinal_position`,
    );
    return reader.getRows().map((r) => String(r[0]));
  }

  private async existingColumns(table: string): Promise<Map<string, string>> {
    const reader = await this.connection.runAndReadAll(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ${sqlLiteral(this.schema, 'duckdb')} ` +
        `AND table_name = ${sqlLiteral(table, 'duckdb')} AND table_catalog = current_database()`,
    );
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    return new Map(reader.getRowObjectsJS().map((r) => [text(r['column_name']), text(r['data_type'])]));
  }
}
