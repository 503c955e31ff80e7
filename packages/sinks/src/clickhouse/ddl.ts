import type { ColumnType } from '@ht/enricher-sdk';
import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import type { TableLayout } from '../store/tableLayout.js';
import { traceIndexName } from '../store/tableLayout.js';
import type { ClickHouseFeatures } from './ClickHouseFeatures.js';
import { clickHouseType, columnCodec } from './columnTypes.js';

/**
 * Where and how tables are created.
 *
 * @example
 * ```ts
 * const options: ClickHouseDdlOptions = { database: 'ht', features: clickHouseFeatures('18.16.1') };
 * ```
 */
export interface ClickHouseDdlOptions {
  readonly database: string;
  readonly features: ClickHouseFeatures;
  /** Modern servers: rows expire by TTL after this many days (18.x: `expire()` drops day partitions). */
  readonly retentionDays?: number;
}

const id = (name: string): string => escapeIdentifier(name, 'clickhouse');

/**
 * The index granularity (rows per granule) of the tables trace by id reads: the base table of a view with
 * a trace lookup, its lookup table and its trace-groups table (ClickHouse's default is 8192). A trace's
 * rows are a few rows in a few granules; every column of each granule holding one is read whole (the
 * attribute arrays of span_event_view are ~1 KiB a row: 8 MiB a granule at 8192), so smaller granules
 * read 8x less for a trace (at 1M spans on 18.16: 12 ms against 31 ms for the same read,
 * docs/benchmarks.md "query layer"). Jaeger's ClickHouse schema uses 1024 for its spans too.
 * Applies to tables created from now on; an existing table keeps the granularity it was created with.
 *
 * @example
 * ```ts
 * const granulesOfAMillion = Math.ceil(1_000_000 / TRACE_TABLE_GRANULARITY); // 977
 * ```
 */
export const TRACE_TABLE_GRANULARITY = 1024;

/**
 * The SETTINGS clause of a table trace by id reads.
 *
 * @example
 * ```ts
 * const create = `CREATE TABLE t (a UInt8) ENGINE = MergeTree ORDER BY a${traceTableSettings}`;
 * ```
 */
export const traceTableSettings = ` SETTINGS index_granularity = ${TRACE_TABLE_GRANULARITY}`;

/**
 * The day partition of a datetime column: `toYYYYMMDD` on both branches, so partition ids (`20261127`)
 * are the same and `DROP PARTITION` works alike.
 *
 * @example
 * ```ts
 * dayExpression('start_time', features); // toYYYYMMDD(toDateTime(intDiv(`start_time`, 1000000))) on 18.x
 * ```
 */
export function dayExpression(column: string, features: ClickHouseFeatures): string {
  return features.modern ? `toYYYYMMDD(${id(column)})` : `toYYYYMMDD(toDateTime(intDiv(${id(column)}, 1000000)))`;
}

/**
 * One column's definition: name, type, codec (modern) and comment.
 *
 * @example
 * ```ts
 * columnDefinition('duration_micros', { type: 'uint64' }, features); // `duration_micros` UInt64
 * ```
 */
export function columnDefinition(
  name: string,
  spec: { readonly type: ColumnType; readonly description?: string },
  features: ClickHouseFeatures,
): string {
  const comment = spec.description ? ` COMMENT ${sqlLiteral(spec.description, 'clickhouse')}` : '';
  return `${id(name)} ${clickHouseType(spec.type, features)}${columnCodec(spec.type, features)}${comment}`;
}

/**
 * The statements that create a view's table (ReplacingMergeTree ordered by the layout's sort key, so a
 * replayed row collapses with its first copy; partitioned by day) and, for views with trace ids, the
 * trace_id -> (start, end) lookup table with the materialized view that fills it. On modern servers the
 * table also gets codecs, a bloom-filter skip index on `trace_id` and a TTL. Idempotent (`IF NOT EXISTS`).
 *
 * @example
 * ```ts
 * for (const sql of createTableStatements(tableLayout(spanView), options)) await client.command({ query: sql });
 * ```
 */
export function createTableStatements(layout: TableLayout, options: ClickHouseDdlOptions): string[] {
  const { view, timeColumn } = layout;
  const { features } = options;
  const table = qualifiedName(options.database, view.name, 'clickhouse');
  const defs = Object.entries(view.columns).map(([name, spec]) => columnDefinition(name, spec, features));
  if (features.modern && view.columns['trace_id'] !== undefined && layout.sortKey[0] !== 'trace_id') {
    defs.push(`INDEX ${id('idx_trace_id')} ${id('trace_id')} TYPE bloom_filter(0.01) GRANULARITY 4`);
  }
  let create = `CREATE TABLE IF NOT EXISTS ${table} (${defs.join(', ')}) ENGINE = ReplacingMergeTree`;
  if (timeColumn !== '') create += ` PARTITION BY ${dayExpression(timeColumn, features)}`;
  create += ` ORDER BY (${layout.sortKey.map(id).join(', ')})`;
  if (features.modern && timeColumn !== '' && options.retentionDays !== undefined) {
    create += ` TTL toDateTime(${id(timeColumn)}) + INTERVAL ${Math.floor(options.retentionDays)} DAY`;
  }
  if (layout.traceLookup) create += traceTableSettings;
  const statements = [create];
  if (layout.traceLookup) statements.push(...traceIndexStatements(layout, options));
  return statements;
}

function traceIndexStatements(layout: TableLayout, options: ClickHouseDdlOptions): string[] {
  const { view, timeColumn } = layout;
  const { features } = options;
  const index = qualifiedName(options.database, traceIndexName(view.name), 'clickhouse');
  const mv = qualifiedName(options.database, `${traceIndexName(view.name)}_mv`, 'clickhouse');
  const timeType = clickHouseType('datetime', features);
  // The MV's output must match the index's types exactly on 18.x (LowCardinality included).
  const tenantType = clickHouseType(view.columns['tenant_id']!.type, features);
  const traceType = clickHouseType(view.columns['trace_id']!.type, features);
  const day = features.modern ? `toDate(${id(timeColumn)})` : dayExpression(timeColumn, features);
  const ttl =
    features.modern && options.retentionDays !== undefined
      ? ` TTL ${id('day')} + INTERVAL ${Math.floor(options.retentionDays)} DAY`
      : '';
  return [
    `CREATE TABLE IF NOT EXISTS ${index} (${id('tenant_id')} ${tenantType}, ${id('trace_id')} ${traceType}, ` +
      `${id('day')} ${features.modern ? 'Date' : 'UInt32'}, ` +
      `${id('start_min')} AggregateFunction(min, ${timeType}), ${id('start_max')} AggregateFunction(max, ${timeType})) ` +
      `ENGINE = AggregatingMergeTree PARTITION BY ${features.modern ? `toYYYYMMDD(${id('day')})` : id('day')} ` +
      `ORDER BY (${id('tenant_id')}, ${id('trace_id')})${ttl}${traceTableSettings}`,
    // Fed at insert time: min/max are idempotent, so a replayed batch changes nothing here.
    `CREATE MATERIALIZED VIEW IF NOT EXISTS ${mv} TO ${index} AS SELECT ${id('tenant_id')}, ${id('trace_id')}, ` +
      `${day} AS ${id('day')}, minState(${id(timeColumn)}) AS ${id('start_min')}, ` +
      `maxState(${id(timeColumn)}) AS ${id('start_max')} FROM ${qualifiedName(options.database, view.name, 'clickhouse')} ` +
      `GROUP BY ${id('tenant_id')}, ${id('trace_id')}, ${id('day')}`,
  ];
}
