import { compileFilter } from '../query/compileQuery.js';
import { clickHouseOps } from '../query/clickhouseOps.js';
import type { OutputColumn } from '../query/QueryResult.js';
import { kindOfColumn } from '../query/QueryResult.js';
import type { Filter } from '../query/Query.js';
import type { RollupDefinition, RollupRange } from '../rollup/defineRollup.js';
import { MINUTE_MICROS } from '../rollup/defineRollup.js';
import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import type { ClickHouseFeatures } from './ClickHouseFeatures.js';
import { dayExpression } from './clickhouseDdl.js';
import { clickHouseType } from './columnTypes.js';

const id = (name: string): string => escapeIdentifier(name, 'clickhouse');
const LEVELS = '0.5, 0.95, 0.99';
const STATE = `AggregateFunction(quantiles(${LEVELS}), Float64)`;

/**
 * The interval of minutes (µs, `to` exclusive) a store has rebuilt a rollup for.
 *
 * @example
 * ```ts
 * const rebuilt: RebuiltMinutes = { fromMicros: 1_767_225_600_000_000, toMicros: 1_767_226_200_000_000 };
 * ```
 */
export interface RebuiltMinutes {
  readonly fromMicros: number;
  readonly toMicros: number;
}

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
  const columns = [
    'tenant_id',
    'minute',
    ...rollup.entity,
    'calls',
    'errors',
    'duration_sum',
    'duration_min',
    'duration_max',
    'duration_q',
  ];
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
 * Reads a rollup: the range's minutes that were rebuilt from the rollup rows, the rest (open minutes, and
 * any not rebuilt yet) from the base view, merged (sums, min/max, quantile states) per entity (and minute).
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
  const tenant = `${id('tenant_id')} = ${sqlLiteral(range.tenantId, 'clickhouse')}`;
  // Minutes rebuilt and in range come from the rollup; the rest of the range from the base view.
  const lo = Math.max(rebuilt.fromMicros, range.fromMicros);
  const hi = Math.max(lo, Math.min(rebuilt.toMicros, range.toMicros));
  const inner = [
    'tenant_id',
    'minute',
    ...rollup.entity,
    'calls',
    'errors',
    'duration_sum',
    'duration_min',
    'duration_max',
    'duration_q',
  ];
  const closed =
    `SELECT ${inner.map(id).join(', ')} FROM ${qualifiedName(ctx.database, rollup.name, 'clickhouse')} FINAL WHERE ${tenant} ` +
    `AND ${id('minute')} >= ${fromMicros(lo, f)} AND ${id('minute')} < ${fromMicros(hi, f)}`;
  const time = id(rollup.view.timeColumn);
  const t = (op: string, v: number): string => `${time} ${op} ${fromMicros(v, f)}`;
  const outside = `((${t('>=', range.fromMicros)} AND ${t('<', lo)}) OR (${t('>=', hi)} AND ${t('<', range.toMicros)}))`;
  const open = baseSelect(rollup, f, ctx.database, [tenant, outside]);
  const keys = [...rollup.entity.map(id), ...(range.byMinute ? [id('minute')] : [])];
  const q = `quantilesMerge(${LEVELS})(${id('duration_q')})`;
  const exprs = [
    ...rollup.entity.map(id),
    ...(range.byMinute ? [micros(id('minute'), f)] : []),
    `sum(${id('calls')})`,
    `sum(${id('errors')})`,
    `sum(${id('duration_sum')})`,
    `min(${id('duration_min')})`,
    `max(${id('duration_max')})`,
    `arrayElement(${q}, 1)`,
    `arrayElement(${q}, 2)`,
    `arrayElement(${q}, 3)`,
  ];
  const outputs: OutputColumn[] = [
    ...rollup.entity.map((c) => ({ name: c, kind: kindOfColumn(rollup.view.columns[c]!.type) })),
    ...(range.byMinute ? [{ name: 'minute', kind: 'datetime' as const }] : []),
    ...['calls', 'errors'].map((name) => ({ name, kind: 'int' as const })),
    ...['duration_sum', 'duration_min', 'duration_max', 'p50', 'p95', 'p99'].map((name) => ({
      name,
      kind: 'float' as const,
    })),
  ];
  const select = exprs.map((e, i) => `${e} AS ${id(`o$${i}`)}`).join(', ');
  const order = outputs.slice(0, keys.length).map((_, i) => id(`o$${i}`));
  const sql =
    `SELECT ${select} FROM (${closed} UNION ALL ${open}) GROUP BY ${keys.join(', ')}` +
    (order.length > 0 ? ` ORDER BY ${order.join(', ')}` : '');
  return { sql, outputs };
}
