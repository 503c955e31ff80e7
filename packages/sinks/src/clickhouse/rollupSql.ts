import { compileFilter } from '../query/compileQuery.js';
import { clickHouseOps } from './queryOps.js';
import type { OutputColumn } from '../query/QueryResult.js';
import type { Filter } from '../query/Query.js';
import type { RebuiltMinutes, RollupDefinition, RollupRange } from '../rollup/defineRollup.js';
import { MINUTE_MICROS } from '../rollup/defineRollup.js';
import { rollupReadShape } from '../rollup/rollupReadShape.js';
import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import type { ClickHouseFeatures } from './ClickHouseFeatures.js';
import { dayExpression } from './ddl.js';
import { clickHouseType } from './columnTypes.js';

const id = (name: string): string => escapeIdentifier(name, 'clickhouse');
const LEVELS = '0.5, 0.95, 0.99';
const STATE = `AggregateFunction(quantiles(${LEVELS}), Float64)`;

// Defined next to the rollup definition (the ViewStore interface uses it); still importable from here.
export type { RebuiltMinutes } from '../rollup/defineRollup.js';

/**
 * Where a rollup lives and which server runs it.
 *
 * @example
 * ```ts
 * const ctx: RollupSqlContext = { database: 'ht', features: clickHouseFeatures('18.16.1') };
 * ```
 */
export interface RollupSqlContext {
  readonly database: string;
  readonly features: ClickHouseFeatures;
}

function micros(expr: string, f: ClickHouseFeatures): string {
  return f.modern ? `toUnixTimestamp64Micro(${expr})` : expr;
}
function fromMicros(value: number, f: ClickHouseFeatures): string {
  return f.modern ? `fromUnixTimestamp64Micro(toInt64(${value}))` : String(value);
}
/** The start of the row's minute, in the type of the time column. */
function minuteOf(column: string, f: ClickHouseFeatures): string {
  const m = `intDiv(${micros(id(column), f)}, ${MINUTE_MICROS}) * ${MINUTE_MICROS}`;
  return f.modern ? `fromUnixTimestamp64Micro(toInt64(${m}))` : m;
}
function conditions(rollup: RollupDefinition, filters: readonly Filter[], f: ClickHouseFeatures): string[] {
  const ops = clickHouseOps(f.modern ? 'clickhouse' : 'clickhouse18');
  return filters.map((x) => compileFilter(ops, rollup.view, x));
}

/**
 * CREATE TABLE of a rollup: ReplacingMergeTree(built_at) keyed (tenant, minute, entity…), so rebuilding a
 * minute replaces its rows; durations as Float64 with a mergeable quantiles state.
 *
 * @example
 * ```ts
 * await executor.command(rollupTableStatement(serviceRed, { database: 'ht', features }));
 * ```
 */
export function rollupTableStatement(rollup: RollupDefinition, ctx: RollupSqlContext): string {
  const f = ctx.features;
  const col = (c: string): string => `${id(c)} ${clickHouseType(rollup.view.columns[c]!.type, f)}`;
  const defs = [
    col('tenant_id'),
    `${id('minute')} ${clickHouseType('datetime', f)}`,
    ...rollup.entity.map(col),
    `${id('calls')} UInt64, ${id('errors')} UInt64`,
    `${id('duration_sum')} Float64, ${id('duration_min')} Float64, ${id('duration_max')} Float64`,
    `${id('duration_q')} ${STATE}, ${id('built_at')} UInt64`,
  ];
  const key = ['tenant_id', 'minute', ...rollup.entity].map(id).join(', ');
  return (
    `CREATE TABLE IF NOT EXISTS ${qualifiedName(ctx.database, rollup.name, 'clickhouse')} (${defs.join(', ')}) ` +
    `ENGINE = ReplacingMergeTree(${id('built_at')}) PARTITION BY ${dayExpression('minute', f)} ORDER BY (${key})`
  );
}

/** The measures of a group of base rows, in rollup-table column order. */
function measures(rollup: RollupDefinition, f: ClickHouseFeatures): string[] {
  const d = `toFloat64(${id(rollup.durationColumn)})`;
  const errors = conditions(rollup, rollup.errors, f);
  return [
    'count()',
    errors.length === 0 ? 'count()' : `countIf(${errors.join(' AND ')})`,
    `sum(${d})`,
    `min(${d})`,
    `max(${d})`,
    `quantilesState(${LEVELS})(${d})`,
  ];
}

function baseSelect(rollup: RollupDefinition, f: ClickHouseFeatures, db: string, where: string[]): string {
  const time = rollup.view.timeColumn;
  const groups = ['tenant_id', ...rollup.entity].map(id);
  return (
    `SELECT ${id('tenant_id')}, ${minuteOf(time, f)} AS ${id('minute')}, ${rollup.entity.map(id).join(', ')}, ` +
    `${measures(rollup, f).join(', ')} FROM ${qualifiedName(db, rollup.view.name, 'clickhouse')} FINAL ` +
    `WHERE ${[...where, ...conditions(rollup, rollup.where, f)].join(' AND ')} GROUP BY ${[...groups, id('minute')].join(', ')}`
  );
}

/** The columns of a rollup row, in table order (before `built_at`). */
function rollupRowColumns(rollup: RollupDefinition): string[] {
  const measures = ['calls', 'errors', 'duration_sum', 'duration_min', 'duration_max', 'duration_q'];
  return ['tenant_id', 'minute', ...rollup.entity, ...measures];
}

/**
 * Rebuilds the closed minutes in [from, to) (µs, minute-aligned) from the deduplicated base rows.
 *
 * @example
 * ```ts
 * await executor.command(rebuildStatement(serviceRed, ctx, from, to, Date.now() * 1000));
 * ```
 */
export function rebuildStatement(
  rollup: RollupDefinition,
  ctx: RollupSqlContext,
  from: number,
  to: number,
  builtAt: number,
): string {
  const f = ctx.features;
  const time = id(rollup.view.timeColumn);
  const columns = rollupRowColumns(rollup);
  const select = baseSelect(rollup, f, ctx.database, [
    `${time} >= ${fromMicros(from, f)}`,
    `${time} < ${fromMicros(to, f)}`,
  ]);
  return (
    `INSERT INTO ${qualifiedName(ctx.database, rollup.name, 'clickhouse')} (${[...columns, 'built_at'].map(id).join(', ')}) ` +
    `SELECT *, ${sqlLiteral(builtAt, 'clickhouse')} FROM (${select})`
  );
}

/**
 * Reads a rollup: the range's whole minutes that were rebuilt from the rollup rows, the rest (open
 * minutes, any not rebuilt yet, and the partial minutes at either end of a range not on whole minutes) from
 * the base view, merged (sums, min/max, quantile states) per grouped entity column (and minute or bucket),
 * for the entities matching the range's `entityFilters`, sorted and cut as the range says.
 *
 * @example
 * ```ts
 * const { sql, outputs } = rollupReadStatement(serviceRed, ctx, range, { fromMicros: a, toMicros: b });
 * ```
 */
export function rollupReadStatement(
  rollup: RollupDefinition,
  ctx: RollupSqlContext,
  range: RollupRange,
  rebuilt: RebuiltMinutes,
): { sql: string; outputs: OutputColumn[] } {
  const f = ctx.features;
  const shape = rollupReadShape(rollup, range);
  const tenant = `${id('tenant_id')} = ${sqlLiteral(range.tenantId, 'clickhouse')}`;
  const entities = conditions(rollup, shape.entityFilters, f);
  // Whole minutes rebuilt and in range come from the rollup; the rest of the range from the base view.
  const ceilMinute = Math.ceil(range.fromMicros / MINUTE_MICROS) * MINUTE_MICROS;
  const floorMinute = Math.floor(range.toMicros / MINUTE_MICROS) * MINUTE_MICROS;
  const lo = Math.max(rebuilt.fromMicros, ceilMinute);
  const hi = Math.max(lo, Math.min(rebuilt.toMicros, floorMinute));
  const inner = rollupRowColumns(rollup);
  const closed =
    `SELECT ${inner.map(id).join(', ')} FROM ${qualifiedName(ctx.database, rollup.name, 'clickhouse')} FINAL WHERE ` +
    [tenant, `${id('minute')} >= ${fromMicros(lo, f)}`, `${id('minute')} < ${fromMicros(hi, f)}`, ...entities].join(
      ' AND ',
    );
  const time = id(rollup.view.timeColumn);
  const t = (op: string, v: number): string => `${time} ${op} ${fromMicros(v, f)}`;
  const outside = `((${t('>=', range.fromMicros)} AND ${t('<', lo)}) OR (${t('>=', hi)} AND ${t('<', range.toMicros)}))`;
  // A range within the rebuilt minutes reads the rollup alone (FINAL on the base view costs even with no rows).
  const open =
    lo <= range.fromMicros && hi >= range.toMicros
      ? undefined
      : baseSelect(rollup, f, ctx.database, [tenant, outside, ...entities]);
  const bucket = shape.bucket
    ? `intDiv(${micros(id('minute'), f)}, ${shape.bucket.micros}) * ${shape.bucket.micros}`
    : undefined;
  const keys = [...shape.groupBy.map(id), ...(bucket ? [bucket] : [])];
  const q = `quantilesMerge(${LEVELS})(${id('duration_q')})`;
  const exprs = [
    ...keys,
    `sum(${id('calls')})`,
    `sum(${id('errors')})`,
    `sum(${id('duration_sum')})`,
    `min(${id('duration_min')})`,
    `max(${id('duration_max')})`,
    `arrayElement(${q}, 1)`,
    `arrayElement(${q}, 2)`,
    `arrayElement(${q}, 3)`,
  ];
  const outputs = [...shape.outputs];
  const alias = (name: string): string => id(`o$${outputs.findIndex((o) => o.name === name)}`);
  const select = exprs.map((e, i) => `${e} AS ${id(`o$${i}`)}`).join(', ');
  const order = shape.orderBy.map((o) => `${alias(o.by)}${o.direction === 'desc' ? ' DESC' : ''}`);
  const sql =
    `SELECT ${select} FROM (${open === undefined ? closed : `${closed} UNION ALL ${open}`})` +
    (keys.length > 0 ? ` GROUP BY ${keys.join(', ')}` : '') +
    (order.length > 0 ? ` ORDER BY ${order.join(', ')}` : '') +
    (shape.limit !== undefined ? ` LIMIT ${shape.offset ?? 0}, ${shape.limit}` : '');
  return { sql, outputs };
}

/**
 * The table, in the store's database, that keeps each rollup's rebuilt interval across restarts.
 *
 * @example
 * ```ts
 * await admin.query({ query: `SELECT * FROM ht.${ROLLUP_STATE_TABLE} FINAL` });
 * ```
 */
export const ROLLUP_STATE_TABLE = 'ht_rollup_state';

/**
 * CREATE TABLE of {@link ROLLUP_STATE_TABLE}: one row per write (rollup name, rebuilt interval in µs, a
 * version), a ReplacingMergeTree on the version ordered by the name, so the newest write of each rollup
 * wins (read with `argMax`, so parts not merged yet do not matter). The same DDL on 18.x and modern servers.
 *
 * @example
 * ```ts
 * await executor.command(rollupStateTableStatement({ database: 'ht', features }));
 * ```
 */
export function rollupStateTableStatement(ctx: RollupSqlContext): string {
  return (
    `CREATE TABLE IF NOT EXISTS ${qualifiedName(ctx.database, ROLLUP_STATE_TABLE, 'clickhouse')} ` +
    `(${id('rollup')} String, ${id('from_micros')} Int64, ${id('to_micros')} Int64, ${id('version')} UInt64) ` +
    `ENGINE = ReplacingMergeTree(${id('version')}) ORDER BY (${id('rollup')})`
  );
}

/**
 * Records that rollup `name` has the rebuilt interval `rebuilt`, as write `version` (greater wins).
 *
 * @example
 * ```ts
 * await executor.command(rollupStateWriteStatement(ctx, 'service_red_1m', rebuilt, Date.now() * 1000));
 * ```
 */
export function rollupStateWriteStatement(
  ctx: RollupSqlContext,
  name: string,
  rebuilt: RebuiltMinutes,
  version: number,
): string {
  const lit = (v: string | number): string => sqlLiteral(v, 'clickhouse');
  const columns = ['rollup', 'from_micros', 'to_micros', 'version'].map(id).join(', ');
  return (
    `INSERT INTO ${qualifiedName(ctx.database, ROLLUP_STATE_TABLE, 'clickhouse')} (${columns}) ` +
    `VALUES (${[lit(name), lit(rebuilt.fromMicros), lit(rebuilt.toMicros), lit(version)].join(', ')})`
  );
}

/**
 * Reads the newest rebuilt interval of each named rollup: rows `{ rollup, rebuilt_from, rebuilt_to }`
 * (the pair of one write, chosen by `argMax` on the version; 64-bit values may come back as strings).
 *
 * @example
 * ```ts
 * const rows = await executor.query(rollupStateReadStatement(ctx, ['service_red_1m']));
 * ```
 */
export function rollupStateReadStatement(ctx: RollupSqlContext, names: readonly string[]): string {
  // The pair is taken from one row (a tuple), never `from` of one write with `to` of another.
  const newest = `argMax(tuple(${id('from_micros')}, ${id('to_micros')}), ${id('version')})`;
  // Aliases differ from the column names: 18.16 reports a cyclic alias otherwise.
  return (
    `SELECT ${id('rollup')}, tupleElement(${newest}, 1) AS ${id('rebuilt_from')}, ` +
    `tupleElement(${newest}, 2) AS ${id('rebuilt_to')} ` +
    `FROM ${qualifiedName(ctx.database, ROLLUP_STATE_TABLE, 'clickhouse')} ` +
    `WHERE ${id('rollup')} IN (${names.map((n) => sqlLiteral(n, 'clickhouse')).join(', ')}) GROUP BY ${id('rollup')}`
  );
}
