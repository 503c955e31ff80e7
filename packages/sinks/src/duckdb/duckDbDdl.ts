import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import type { TableLayout } from '../store/tableLayout.js';
import { duckDbColumn, duckDbColumnDefinition } from './duckDbTypes.js';

const id = (name: string): string => escapeIdentifier(name, 'duckdb');

/**
 * The name of a view's staging table (a TEMP table the appender fills, merged per batch).
 *
 * @example
 * ```ts
 * stagingName('span_event_view'); // 'ht_staging_span_event_view'
 * ```
 */
export function stagingName(view: string): string {
  return `ht_staging_${view}`;
}

/**
 * CREATE TABLE for a view in `schema` (every column with its zero DEFAULT; no index: replays are
 * filtered out by the merge instead, see {@link mergeStatement}).
 *
 * @example
 * ```ts
 * await connection.run(createDuckDbTable(tableLayout(spanView), 'main'));
 * ```
 */
export function createDuckDbTable(layout: TableLayout, schema: string): string {
  const defs = Object.entries(layout.view.columns).map(([name, spec]) => duckDbColumnDefinition(name, spec.type));
  return `CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, layout.view.name, 'duckdb')} (${defs.join(', ')})`;
}

/**
 * The staging table of a view: a TEMP table holding one JSON text per staged row (`j`).
 *
 * @example
 * ```ts
 * await connection.run(createStagingTable(layout));
 * ```
 */
export function createStagingTable(layout: TableLayout): string {
  return `CREATE OR REPLACE TEMP TABLE ${id(stagingName(layout.view.name))} (${id('j')} VARCHAR)`;
}

/**
 * The per-batch merge that keeps replays idempotent: parses the staged JSON rows into the table's types, keeps
 * one row per view key within the batch (the last staged), and inserts only keys the table does not hold
 * yet (a hash anti-join). The table side reads only the batch's time range (`range`, µs, given by the
 * caller from the rows; a replayed row has the same time as its first copy), so zone maps keep the merge
 * cheap as the table grows. Rows are deterministic re-materializations of their key, so
 * first-write-wins equals ReplacingMergeTree's last-write-wins.
 *
 * @example
 * ```ts
 * await connection.run(mergeStatement(layout, 'main', { fromMicros, toMicros }, hasRepeatedKeys(view, rows)));
 * ```
 */
export function mergeStatement(
  layout: TableLayout,
  schema: string,
  range: { readonly fromMicros: number; readonly toMicros: number } | undefined,
  repeatsInBatch = true,
): string {
  const { view, timeColumn } = layout;
  const table = qualifiedName(schema, view.name, 'duckdb');
  const staging = id(stagingName(view.name));
  const columns = Object.entries(view.columns);
  const struct = JSON.stringify(
    Object.fromEntries(columns.map(([name, spec]) => [name, duckDbColumn(spec.type).json])),
  );
  const converted = columns.map(([name, spec]) => `${duckDbColumn(spec.type).convert(`r.${id(name)}`)} AS ${id(name)}`);
  const keys = view.key.map(id).join(', ');
  const parsed = `SELECT from_json(${id('j')}, ${sqlLiteral(struct, 'duckdb')}) AS r, rowid AS seq FROM ${staging}`;
  // Keep the last staged copy of a key; skipped when the caller knows the batch repeats no key.
  const last = `QUALIFY row_number() OVER (PARTITION BY ${view.key.map((k) => `r.${id(k)}`).join(', ')} ORDER BY seq DESC) = 1`;
  const batch = `SELECT ${converted.join(', ')} FROM (${parsed})${repeatsInBatch ? ` ${last}` : ''}`;
  const ts = (v: number): string => `make_timestamp(CAST(${sqlLiteral(v, 'duckdb')} AS BIGINT))`;
  const inRange =
    timeColumn === '' || range === undefined
      ? ''
      : ` WHERE ${id(timeColumn)} BETWEEN ${ts(range.fromMicros)} AND ${ts(range.toMicros)}`;
  return (
    `INSERT INTO ${table} (${columns.map(([n]) => id(n)).join(', ')}) ` +
    `SELECT b.* FROM (${batch}) b ANTI JOIN (SELECT ${keys} FROM ${table}${inRange}) t USING (${keys})`
  );
}
