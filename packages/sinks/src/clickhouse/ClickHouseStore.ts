import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import { compileClickHouse18 } from './compileQuery18.js';
import { compileClickHouseModern } from './compileQueryModern.js';
import type { Filter, Query } from '../query/Query.js';
import { eq } from '../query/build.js';
import type { QueryOptions } from '../query/QueryOptions.js';
import type { QueryRow } from '../query/QueryResult.js';
import { limitForMaxRows, runWithLimits } from '../query/runWithLimits.js';
import { readRow } from '../query/compileQuery.js';
import { requireTenant } from '../query/tenant.js';
import { validateRows } from '../rows/validateRows.js';
import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import { planMigration } from '../store/planMigration.js';
import { catalogEntry, decodeCatalogEntry, encodeCatalogEntry, VIEW_CATALOG_TABLE } from '../store/ViewCatalog.js';
import type { ViewCatalogEntry } from '../store/ViewCatalog.js';
import { tableLayout, traceIndexName } from '../store/tableLayout.js';
import type { TableLayout } from '../store/tableLayout.js';
import { oneRowPerKey, traceQuery } from '../store/traceQuery.js';
import type { TraceRowsOptions } from '../store/traceQuery.js';
import type { StoreCapabilities, ViewRow, ViewStore } from '../store/ViewStore.js';
import type { RebuiltMinutes, RollupDefinition, RollupRange } from '../rollup/defineRollup.js';
import type { ClickHouseExecutor } from './ClickHouseExecutor.js';
import { ClickHouseRollups } from './ClickHouseRollups.js';
import type { ClickHouseFeatures } from './ClickHouseFeatures.js';
import { clickHouseType } from './columnTypes.js';
import { columnDefinition, createTableStatements } from './ddl.js';
import { catalogReadStatement, catalogTableStatement, catalogWriteStatement } from './catalogSql.js';
import { jsonEachRowEncoder } from './jsonEachRow.js';
import {
  MAX_TRACE_GROUPS,
  traceGroupsFillStatement,
  traceGroupsFilter,
  traceGroupsName,
  traceGroupsReadStatement,
  traceGroupsStatements,
  traceGroupsStateSql,
} from './traceGroupsSql.js';

interface Table {
  readonly layout: TableLayout;
  readonly encode: (row: ViewRow) => string;
  readonly columns: readonly string[];
  /** The view's trace-groups table holds every row of the base table (trace by id reads it first). */
  readonly traceGroups: boolean;
  /** The view has a lookup table (`<view>_trace_index`): every view with a trace lookup but no groups, and older tables. */
  readonly traceIndex: boolean;
}

/**
 * The ClickHouse {@link ViewStore} (build it with `createClickHouseStore`): tables derived from view
 * definitions for the server's version, ReplacingMergeTree base tables read with FINAL, trace-by-id
 * through the trace-groups table (or the lookup table), rows validated then inserted as JSONEachRow.
 *
 * @example
 * ```ts
 * const store = await createClickHouseStore({ url: 'http://127.0.0.1:8123', database: 'ht' });
 * await store.ensureTables([spanView]);
 * ```
 */
export class ClickHouseStore implements ViewStore {
  readonly capabilities: StoreCapabilities;
  private readonly tables = new Map<string, Table>();
  private readonly rollups: ClickHouseRollups;
  private closed = false;
  private catalogVersion = 0;

  constructor(
    private readonly executor: ClickHouseExecutor,
    readonly features: ClickHouseFeatures,
    readonly database: string,
    private readonly options: { readonly retentionDays?: number; readonly maxConcurrentWrites: number },
  ) {
    this.capabilities = {
      engine: `ClickHouse ${features.version}`,
      dialect: features.modern ? 'clickhouse' : 'clickhouse18',
      dedup: 'on-read',
      traceLookup: true,
      rollups: 'rebuilt',
      retention: features.modern && options.retentionDays !== undefined ? 'ttl' : 'drop-partition',
      maxConcurrentWrites: options.maxConcurrentWrites,
      batchRows: 50_000,
    };
    this.rollups = new ClickHouseRollups(executor, { database, features });
  }

  async ensureTables(views: readonly ViewDefinition[]): Promise<void> {
    this.open();
    await this.executor.command(`CREATE DATABASE IF NOT EXISTS ${escapeIdentifier(this.database, 'clickhouse')}`);
    await this.executor.command(catalogTableStatement(this.database));
    const described = await this.executor.query(
      catalogReadStatement(
        this.database,
        views.map((v) => v.name),
      ),
    );
    const stored = new Map(described.map((r) => [String(r['view']), String(r['entry'])]));
    const groupsState = traceGroupsStateSql(this.database);
    await this.executor.command(groupsState.create);
    const filled = new Set((await this.executor.query(groupsState.read)).map((r) => String(r['view'])));
    for (const view of views) {
      const layout = tableLayout(view);
      const existing = await this.existingColumns(view.name);
      const ddlOptions = { database: this.database, features: this.features, ...this.retention() };
      const [create, ...lookup] = createTableStatements(layout, ddlOptions);
      const groups = traceGroupsStatements(layout, ddlOptions);
      const traceGroups = groups.length > 0;
      // The trace-groups table replaces the lookup table (it holds each group's range, so the trace's too);
      // a table that has a lookup table (created by an older version) keeps it filled, for the traces the
      // trace-groups table may miss.
      const traceIndex =
        layout.traceLookup &&
        (!traceGroups || (existing.size > 0 && (await this.tableExists(traceIndexName(view.name)))));
      const ddl = [create!, ...(traceIndex ? lookup : []), ...groups];
      if (existing.size === 0) {
        for (const sql of ddl) await this.executor.command(sql);
      } else {
        const expected = new Map(
          Object.entries(view.columns).map(([n, s]) => [n, clickHouseType(s.type, this.features)]),
        );
        const add = planMigration(
          view,
          { columns: existing, sortKey: await this.sortKey(view.name) },
          expected,
          layout.sortKey,
        );
        for (const name of add) {
          const def = columnDefinition(name, view.columns[name]!, this.features);
          await this.executor.command(`ALTER TABLE ${this.table(view.name)} ADD COLUMN ${def}`);
        }
        for (const sql of ddl.slice(1)) await this.executor.command(sql);
      }
      if (traceGroups && !filled.has(view.name)) {
        // A table older than its trace-groups table: add the groups of the rows already there first.
        if (existing.size > 0)
          await this.executor.command(traceGroupsFillStatement(layout, this.database, this.features));
        await this.executor.command(groupsState.mark(view.name));
      }
      const definition = encodeCatalogEntry(catalogEntry(view));
      // Written when the table is created or migrated, or first described here (a table older than the catalog).
      if (stored.get(view.name) !== definition) {
        await this.executor.command(
          catalogWriteStatement(this.database, view.name, definition, this.nextCatalogVersion()),
        );
      }
      this.tables.set(view.name, {
        layout,
        encode: jsonEachRowEncoder(view, this.features),
        columns: Object.keys(view.columns).map((c) => escapeIdentifier(c, 'clickhouse')),
        traceGroups,
        traceIndex,
      });
    }
  }

  async catalog(): Promise<ViewCatalogEntry[]> {
    this.open();
    const [found] = await this.executor.query(
      `SELECT count() AS n FROM system.tables WHERE database = ${sqlLiteral(this.database, 'clickhouse')} ` +
        `AND name = ${sqlLiteral(VIEW_CATALOG_TABLE, 'clickhouse')}`,
    );
    if (Number(found?.['n'] ?? 0) === 0) return [];
    const rows = await this.executor.query(catalogReadStatement(this.database));
    return rows.map((r) => decodeCatalogEntry(String(r['entry']))).filter((e) => e !== undefined);
  }

  async write(view: string, rows: readonly ViewRow[]): Promise<void> {
    const table = this.tableOf(view);
    if (rows.length === 0) return;
    validateRows(table.layout.view, rows);
    // 18.x reads the rows as they are (µs integers, booleans into UInt8): let the client encode them.
    if (!this.features.modern && this.executor.insertObjects !== undefined) {
      try {
        return await this.executor.insertObjects(this.table(view), table.columns, rows);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
      }
    }
    const lines = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) lines[i] = table.encode(rows[i]!);
    await this.executor.insert(this.table(view), table.columns, lines.join('\n'));
  }

  async query(query: Query, options: QueryOptions = {}): Promise<QueryRow[]> {
    return this.queryFrom(this.table(query.view), query, options);
  }

  /** Runs `query` reading `from` (the view's table, optionally followed by a PREWHERE clause). */
  private async queryFrom(from: string, query: Query, options: QueryOptions = {}): Promise<QueryRow[]> {
    const { layout } = this.tableOf(query.view);
    const compile = this.features.modern ? compileClickHouseModern : compileClickHouse18;
    const compiled = compile(limitForMaxRows(query, options.maxRows), layout.view, from);
    return runWithLimits(query.view, options, async (signal) => {
      const limits = options.timeoutMs === undefined ? { signal } : { signal, timeoutMs: options.timeoutMs };
      const raw = await this.executor.query(compiled.sql, limits);
      return raw.map((r) => readRow(r, compiled.outputs));
    });
  }

  async traceRows(
    view: string,
    tenantId: string,
    traceId: string,
    options: TraceRowsOptions = {},
  ): Promise<QueryRow[]> {
    const { layout, traceGroups, traceIndex } = this.tableOf(view);
    requireTenant(tenantId, `trace rows of '${view}'`);
    const groups = traceGroups
      ? await this.executor.query(traceGroupsReadStatement(layout, this.database, this.features, tenantId, traceId))
      : [];
    let where: readonly Filter[];
    if (groups.length > 0 && groups.length <= MAX_TRACE_GROUPS) {
      // Each group's own range: the sort key (tenant, service, operation, time, …) then selects the
      // granules of those groups only, not those of every group in the trace's time range.
      where = [eq('trace_id', traceId), traceGroupsFilter(layout, groups)];
    } else {
      const bounds =
        groups.length > 0
          ? groupBounds(groups)
          : traceIndex
            ? await this.traceBounds(view, tenantId, traceId)
            : undefined;
      if (bounds === undefined) return [];
      where = traceQuery(layout, tenantId, traceId, bounds.from, bounds.to).where ?? [];
    }
    // Without FINAL: on 18.16 FINAL merges every row of the key ranges the time bounds select (one
    // stream, ~20x the plain read at 2M spans); a trace's few rows are deduplicated here instead.
    // PREWHERE on trace_id: the server does not move a sort-key column's condition there itself, and
    // without it reads every column of those ranges (968 MiB against 17 MiB at 1M spans, 30x the time).
    const read = {
      ...traceQuery(layout, tenantId, traceId, 0, 0, options),
      where: [...where, ...(options.where ?? [])],
      dedup: false,
    };
    const lit = sqlLiteral(traceId, 'clickhouse');
    const from = `${this.table(view)} PREWHERE ${escapeIdentifier('trace_id', 'clickhouse')} = ${lit}`;
    return oneRowPerKey(await this.queryFrom(from, read), layout.view.key);
  }

  /** A trace's time range from the lookup table (µs, inclusive); undefined when the trace is not there. */
  private async traceBounds(
    view: string,
    tenantId: string,
    traceId: string,
  ): Promise<{ from: number; to: number } | undefined> {
    const lit = (v: string): string => sqlLiteral(v, 'clickhouse');
    const micros = (e: string): string => (this.features.modern ? `toUnixTimestamp64Micro(${e})` : e);
    const [bounds] = await this.executor.query(
      `SELECT ${micros('minMerge(start_min)')} AS s, ${micros('maxMerge(start_max)')} AS e, count() AS n ` +
        `FROM ${this.table(traceIndexName(view))} WHERE tenant_id = ${lit(tenantId)} AND trace_id = ${lit(traceId)}`,
    );
    if (bounds === undefined || Number(bounds['n']) === 0) return undefined;
    return { from: Number(bounds['s']), to: Number(bounds['e']) };
  }

  async ensureRollups(rollups: readonly RollupDefinition[]): Promise<void> {
    for (const r of rollups) this.tableOf(r.view.name);
    await this.rollups.ensure(rollups);
  }

  async rebuildRollup(name: string, fromMicros: number, toMicros: number): Promise<void> {
    this.open();
    await this.rollups.rebuild(name, fromMicros, toMicros);
  }

  async queryRollup(name: string, range: RollupRange, options: QueryOptions = {}): Promise<QueryRow[]> {
    this.open();
    requireTenant(range.tenantId, `rollup '${name}'`);
    return this.rollups.query(name, range, options);
  }

  /** The interval kept in `ht_rollup_state` (loaded by `ensureRollups`, written by each rebuild that changes it). */
  async rebuiltRollupMinutes(name: string): Promise<RebuiltMinutes | undefined> {
    this.open();
    return this.rollups.rebuiltMinutes(name);
  }

  async expire(view: string, beforeMicros: number): Promise<void> {
    const { layout } = this.tableOf(view);
    if (layout.timeColumn === '') return;
    const day = new Date(beforeMicros / 1000).toISOString().slice(0, 10).replace(/-/g, '');
    const { traceIndex, traceGroups } = this.tableOf(view);
    const tables = [view];
    if (traceIndex) tables.push(traceIndexName(view));
    if (traceGroups) tables.push(traceGroupsName(view));
    for (const table of tables) {
      const parts = await this.executor.query(
        `SELECT DISTINCT partition FROM system.parts WHERE database = ${sqlLiteral(this.database, 'clickhouse')} ` +
          `AND table = ${sqlLiteral(table, 'clickhouse')} AND active`,
      );
      for (const p of parts) {
        const partition = String(p['partition']).replace(/-/g, '');
        if (/^\d{8}$/.test(partition) && partition < day) {
          await this.executor.command(`ALTER TABLE ${this.table(table)} DROP PARTITION ${partition}`);
        }
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.executor.close();
  }

  /** Versions of catalog writes: microseconds now, strictly increasing within this store. */
  private nextCatalogVersion(): number {
    this.catalogVersion = Math.max(Date.now() * 1000, this.catalogVersion + 1);
    return this.catalogVersion;
  }

  private retention(): { retentionDays?: number } {
    return this.options.retentionDays === undefined ? {} : { retentionDays: this.options.retentionDays };
  }

  private table(name: string): string {
    return qualifiedName(this.database, name, 'clickhouse');
  }

  private open(): void {
    if (this.closed) throw new HtError('LIFECYCLE', 'the ClickHouse store is closed');
  }

  private tableOf(view: string): Table {
    this.open();
    const table = this.tables.get(view);
    if (table === undefined) {
      throw new HtError('LIFECYCLE', `view '${view}' has no table yet: call ensureTables([...]) with it first`);
    }
    return table;
  }

  private async tableExists(table: string): Promise<boolean> {
    const [row] = await this.executor.query(
      `SELECT count() AS n FROM system.tables WHERE database = ${sqlLiteral(this.database, 'clickhouse')} ` +
        `AND name = ${sqlLiteral(table, 'clickhouse')}`,
    );
    return Number(row?.['n'] ?? 0) > 0;
  }

  private async existingColumns(table: string): Promise<Map<string, string>> {
    const rows = await this.executor.query(
      `SELECT name, type FROM system.columns WHERE database = ${sqlLiteral(this.database, 'clickhouse')} ` +
        `AND table = ${sqlLiteral(table, 'clickhouse')}`,
    );
    return new Map(rows.map((r) => [String(r['name']), String(r['type'])]));
  }

  private async sortKey(table: string): Promise<string[] | undefined> {
    const [row] = await this.executor.query(
      `SELECT sorting_key FROM system.tables WHERE database = ${sqlLiteral(this.database, 'clickhouse')} ` +
        `AND name = ${sqlLiteral(table, 'clickhouse')}`,
    );
    if (row === undefined || typeof row['sorting_key'] !== 'string') return undefined;
    // Servers print `a, b`; some wrap a single column in parentheses.
    const key = row['sorting_key'].trim().replace(/^\((.*)\)$/, '$1');
    return key.split(',').map((k) => k.trim().replace(/^`|`$/g, ''));
  }
}

/** The time range covering every group (µs, inclusive). */
function groupBounds(groups: readonly Record<string, unknown>[]): { from: number; to: number } {
  return {
    from: Math.min(...groups.map((g) => Number(g['s']))),
    to: Math.max(...groups.map((g) => Number(g['e']))),
  };
}
