import { eq, ge, le } from '../query/build.js';
import { and, or } from '../query/filterBuilders.js';
import type { Filter } from '../query/Query.js';
import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import type { TableLayout } from '../store/tableLayout.js';
import type { ClickHouseFeatures } from './ClickHouseFeatures.js';
import { clickHouseType } from './columnTypes.js';
import { dayExpression, traceTableSettings } from './ddl.js';

/**
 * The table that records which views' trace-groups tables hold every row of their base table (filled
 * when created with it, or back-filled by the migration that added them): one row per view.
 *
 * @example
 * ```ts
 * const sql = `SELECT view FROM ht.${TRACE_GROUPS_STATE_TABLE}`;
 * ```
 */
export const TRACE_GROUPS_STATE_TABLE = 'ht_trace_groups_filled';

/**
 * Above this many groups a trace is read by its whole time range (one condition, as before).
 *
 * @example
 * ```ts
 * const byGroups = (groups: readonly unknown[]): boolean => groups.length <= MAX_TRACE_GROUPS;
 * ```
 */
export const MAX_TRACE_GROUPS = 256;

const id = (name: string): string => escapeIdentifier(name, 'clickhouse');
const lit = (value: string | number): string => sqlLiteral(value, 'clickhouse');
const STRING_TYPES = new Set(['string', 'lowCardinalityString']);

/**
 * The name of a view's trace-groups table: per trace, the (service, operation)-like groups of the sort
 * key its rows fall in, with each group's time range.
 *
 * @example
 * ```ts
 * traceGroupsName('span_event_view'); // 'span_event_view_trace_groups'
 * ```
 */
export function traceGroupsName(view: string): string {
  return `${view}_trace_groups`;
}

/**
 * The sort-key columns between `tenant_id` and the time column (`service_name`, `span_name` for
 * span_event_view): a trace read by its time range alone selects the granules of every group of these
 * columns, so the trace-groups table keeps the groups each trace has rows in. Empty (no trace-groups
 * table) when the view has no trace lookup, its sort key does not start with `tenant_id` then string
 * columns then the time column, or `trace_id` comes before the time column (the key prunes already).
 *
 * @example
 * ```ts
 * traceGroupColumns(tableLayout(spanView)); // ['service_name', 'span_name']
 * ```
 */
export function traceGroupColumns(layout: TableLayout): readonly string[] {
  const { sortKey, timeColumn, view } = layout;
  if (!layout.traceLookup || sortKey[0] !== 'tenant_id') return [];
  const at = sortKey.indexOf(timeColumn);
  if (at < 2) return [];
  const groups = sortKey.slice(1, at);
  const usable = groups.every((c) => c !== 'trace_id' && STRING_TYPES.has(view.columns[c]?.type ?? ''));
  return usable ? groups : [];
}

/** The SELECT (from the base table) that both the materialized view and the back-fill run. */
function groupsSelect(layout: TableLayout, database: string, features: ClickHouseFeatures): string {
  const { view, timeColumn } = layout;
  const keys = ['tenant_id', 'trace_id', ...traceGroupColumns(layout)].map(id);
  const day = features.modern ? `toDate(${id(timeColumn)})` : dayExpression(timeColumn, features);
  return (
    `SELECT ${keys.join(', ')}, ${day} AS ${id('day')}, minState(${id(timeColumn)}) AS ${id('start_min')}, ` +
    `maxState(${id(timeColumn)}) AS ${id('start_max')} FROM ${qualifiedName(database, view.name, 'clickhouse')} ` +
    `GROUP BY ${keys.join(', ')}, ${id('day')}`
  );
}

/**
 * The statements that create a view's trace-groups table — `AggregatingMergeTree` ordered by
 * `(tenant_id, trace_id, <group columns>)`, partitioned by day like the lookup table, each group's
 * `minState`/`maxState` of the time column — and the materialized view that fills it at insert time
 * (min/max are idempotent: a replayed batch changes nothing). None when {@link traceGroupColumns} is empty.
 *
 * @example
 * ```ts
 * for (const sql of traceGroupsStatements(tableLayout(spanView), { database: 'ht', features })) await run(sql);
 * ```
 */
export function traceGroupsStatements(
  layout: TableLayout,
  options: { readonly database: string; readonly features: ClickHouseFeatures; readonly retentionDays?: number },
): string[] {
  const groups = traceGroupColumns(layout);
  if (groups.length === 0) return [];
  const { view } = layout;
  const { features, database } = options;
  const table = qualifiedName(database, traceGroupsName(view.name), 'clickhouse');
  const mv = qualifiedName(database, `${traceGroupsName(view.name)}_mv`, 'clickhouse');
  const timeType = clickHouseType('datetime', features);
  // The MV's output must match the table's types exactly on 18.x (LowCardinality included).
  const typed = (c: string): string => `${id(c)} ${clickHouseType(view.columns[c]!.type, features)}`;
  const ttl =
    features.modern && options.retentionDays !== undefined
      ? ` TTL ${id('day')} + INTERVAL ${Math.floor(options.retentionDays)} DAY`
      : '';
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (${['tenant_id', 'trace_id', ...groups].map(typed).join(', ')}, ` +
      `${id('day')} ${features.modern ? 'Date' : 'UInt32'}, ` +
      `${id('start_min')} AggregateFunction(min, ${timeType}), ${id('start_max')} AggregateFunction(max, ${timeType})) ` +
      `ENGINE = AggregatingMergeTree PARTITION BY ${features.modern ? `toYYYYMMDD(${id('day')})` : id('day')} ` +
      `ORDER BY (${['tenant_id', 'trace_id', ...groups].map(id).join(', ')})${ttl}${traceTableSettings}`,
    `CREATE MATERIALIZED VIEW IF NOT EXISTS ${mv} TO ${table} AS ${groupsSelect(layout, database, features)}`,
  ];
}

/**
 * The back-fill of a trace-groups table added to an existing view table: the groups of every row
 * already there (rows inserted meanwhile are counted twice, which min/max absorb).
 *
 * @example
 * ```ts
 * await executor.command(traceGroupsFillStatement(layout, 'ht', features));
 * ```
 */
export function traceGroupsFillStatement(layout: TableLayout, database: string, features: ClickHouseFeatures): string {
  const table = qualifiedName(database, traceGroupsName(layout.view.name), 'clickhouse');
  return `INSERT INTO ${table} ${groupsSelect(layout, database, features)}`;
}

/**
 * The statements of the fill-state table ({@link TRACE_GROUPS_STATE_TABLE}): create it (the same DDL on
 * 18.x and modern servers), read the views filled, mark a view filled.
 *
 * @example
 * ```ts
 * const sql = traceGroupsStateSql('ht');
 * await executor.command(sql.create);
 * const filled = new Set((await executor.query(sql.read)).map((r) => String(r['view'])));
 * ```
 */
export function traceGroupsStateSql(database: string): {
  readonly create: string;
  readonly read: string;
  readonly mark: (view: string) => string;
} {
  const table = qualifiedName(database, TRACE_GROUPS_STATE_TABLE, 'clickhouse');
  return {
    create:
      `CREATE TABLE IF NOT EXISTS ${table} (${id('view')} String, ${id('filled_at')} UInt64) ` +
      `ENGINE = ReplacingMergeTree ORDER BY (${id('view')})`,
    read: `SELECT DISTINCT ${id('view')} FROM ${table}`,
    mark: (view) =>
      `INSERT INTO ${table} (${id('view')}, ${id('filled_at')}) VALUES (${lit(view)}, ${lit(Date.now() * 1000)})`,
  };
}

/**
 * The read of one trace's groups: rows `{ <group columns>, s, e }` (the group's first and last time, µs).
 *
 * @example
 * ```ts
 * const groups = await executor.query(traceGroupsReadStatement(layout, 'ht', features, 'default', traceId));
 * ```
 */
export function traceGroupsReadStatement(
  layout: TableLayout,
  database: string,
  features: ClickHouseFeatures,
  tenantId: string,
  traceId: string,
): string {
  const groups = traceGroupColumns(layout).map(id);
  const micros = (e: string): string => (features.modern ? `toUnixTimestamp64Micro(${e})` : e);
  return (
    `SELECT ${groups.join(', ')}, ${micros(`minMerge(${id('start_min')})`)} AS ${id('s')}, ` +
    `${micros(`maxMerge(${id('start_max')})`)} AS ${id('e')} ` +
    `FROM ${qualifiedName(database, traceGroupsName(layout.view.name), 'clickhouse')} ` +
    `WHERE ${id('tenant_id')} = ${lit(tenantId)} AND ${id('trace_id')} = ${lit(traceId)} GROUP BY ${groups.join(', ')}`
  );
}

/**
 * The filter that selects a trace's rows group by group: `OR` of (each group column equal to the
 * group's value AND the time column within the group's range), so the server's primary key analysis
 * selects the few granules of each group's range instead of those of every group of the table.
 *
 * @example
 * ```ts
 * const where = traceGroupsFilter(layout, [{ service_name: 'cart', span_name: 'GET /cart', s: 1, e: 9 }]);
 * ```
 */
export function traceGroupsFilter(layout: TableLayout, groups: readonly Record<string, unknown>[]): Filter {
  const columns = traceGroupColumns(layout);
  const time = layout.timeColumn;
  return or(
    ...groups.map((g) =>
      and(...columns.map((c) => eq(c, String(g[c]))), ge(time, Number(g['s'])), le(time, Number(g['e']))),
    ),
  );
}
