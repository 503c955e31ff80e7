import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import type { TableLayout } from '../store/tableLayout.js';
import { stagingColumns, stagingOf } from './columnStaging.js';
import { duckDbColumn, duckDbColumnDefinition } from './columnTypes.js';

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
 * The name of a view's column staging table (see {@link createColumnStagingTable}).
 *
 * @example
 * ```ts
 * columnStagingName('span_event_view'); // 'ht_staging_cols_span_event_view'
 * ```
 */
export function columnStagingName(view: string): string {
  return `ht_staging_cols_${view}`;
}

/**
 * The column staging table of a view: a TEMP table whose rows each hold up to 2048 view rows, one text
 * (NUL-joined strings) or list per column (`stagingColumns`).
 *
 * @example
 * ```ts
 * await connection.run(createColumnStagingTable(layout));
 * ```
 */
export function createColumnStagingTable(layout: TableLayout): string {
  const defs = stagingColumns(layout.view).map(([name, type]) => `${id(name)} ${type.toString()}`);
  return `CREATE OR REPLACE TEMP TABLE ${id(columnStagingName(layout.view.name))} (${defs.join(', ')})`;
}

/** The staging order of a staged row (`__ht_` names are the store's own: docs/stores.md). */
const SEQ = id('__ht_seq');

/** The marker of the error the column merge raises when a staged text held a separator. */
export const SEPARATOR_ERROR = 'ht_staged_separator';

/**
 * The rows of the column staging table as `r` (one column per view column, plus `__ht_seq`, the staging
 * order): texts split at NUL and lists unnested in step. A string that itself held a NUL splits into
 * more values than the staged row has rows; that fails the statement ({@link SEPARATOR_ERROR}) and the
 * caller stages the batch as JSON instead.
 */
function columnRows(layout: TableLayout, only?: readonly string[]): string {
  const columns = Object.entries(layout.view.columns)
    .map(([name, spec], i) => ({ name, ...stagingOf(spec.type), i }))
    .filter(({ name }) => only === undefined || only.includes(name));
  const fail = `error('${SEPARATOR_ERROR}')`;
  const split: string[] = ['rowid AS chunk', 'n'];
  const unnested: string[] = ['chunk', 'unnest(range(n)) AS pos'];
  const named: string[] = [`chunk * 4096 + pos AS ${SEQ}`];
  for (const { name, kind, cast, i } of columns) {
    const c = `c${i}`;
    if (kind === 'text') {
      split.push(`string_split(${c}, chr(0)) AS ${c}`);
      unnested.push(`unnest(CASE WHEN len(${c}) = n THEN ${c} ELSE ${fail} END) AS ${c}`);
      named.push(`${c} AS ${id(name)}`);
    } else if (kind === 'texts') {
      split.push(`string_split(${c}, chr(0)) AS ${c}`, `k${i}`);
      unnested.push(`unnest(CASE WHEN len(${c}) = n THEN ${c} ELSE ${fail} END) AS ${c}`, `unnest(k${i}) AS k${i}`);
      // One row's elements: none, or the text split at U+0001 (as many as counted, or a value held one).
      const elements = `string_split(${c}, chr(1))`;
      named.push(
        `CASE WHEN k${i} = 0 THEN []::VARCHAR[] WHEN len(${elements}) = k${i} THEN ${elements} ELSE ${fail} END AS ${id(name)}`,
      );
    } else {
      split.push(c);
      unnested.push(`unnest(${c}) AS ${c}`);
      named.push(`${cast === undefined ? c : `CAST(${c} AS ${cast})`} AS ${id(name)}`);
    }
  }
  const staging = id(columnStagingName(layout.view.name));
  return (
    `SELECT ${named.join(', ')} FROM (SELECT ${unnested.join(', ')} FROM ` +
    `(SELECT ${split.join(', ')} FROM ${staging}))`
  );
}

/** The staged batch's `columns` in the table's types. */
function batchRows(layout: TableLayout, staged: 'json' | 'columns', columns: readonly string[]): string {
  const { view } = layout;
  const converted = columns.map(
    (name) => `${duckDbColumn(view.columns[name]!.type).convert(`r.${id(name)}`)} AS ${id(name)}`,
  );
  if (staged === 'columns') return `SELECT ${converted.join(', ')} FROM (${columnRows(layout, columns)}) r`;
  const struct = JSON.stringify(
    Object.fromEntries(columns.map((name) => [name, duckDbColumn(view.columns[name]!.type).json])),
  );
  const parsed = `SELECT from_json(${id('j')}, ${sqlLiteral(struct, 'duckdb')}) AS r, rowid AS ${SEQ} FROM ${id(stagingName(view.name))}`;
  return `SELECT ${converted.join(', ')} FROM (${parsed})`;
}

/**
 * A view's rows whose key is in the batch's time range: the only ones a replayed row can match. `range`
 * gives the bounds (µs) as literals, `'parameters'` as the prepared statement's `$1` and `$2` (µs, BIGINT).
 */
function tableKeys(layout: TableLayout, schema: string, range: TimeRange | 'parameters' | undefined): string {
  const { view, timeColumn } = layout;
  const ts = (v: number | string): string =>
    `make_timestamp(CAST(${typeof v === 'string' ? v : sqlLiteral(v, 'duckdb')} AS BIGINT))`;
  const [from, to] = range === 'parameters' ? ['$1', '$2'] : [range?.fromMicros, range?.toMicros];
  const inRange =
    timeColumn === '' || from === undefined || to === undefined
      ? ''
      : ` WHERE ${id(timeColumn)} BETWEEN ${ts(from)} AND ${ts(to)}`;
  return `SELECT ${view.key.map(id).join(', ')} FROM ${qualifiedName(schema, view.name, 'duckdb')}${inRange}`;
}

/** The smallest and largest value of a batch's time column, µs. */
export interface TimeRange {
  readonly fromMicros: number;
  readonly toMicros: number;
}

/** The marker column of table keys in {@link batchCheckStatement}. */
const HIT = id('__ht_hit');

/**
 * Two counts for the column-staged batch, read from the staging's key columns and the table's keys in
 * the batch's time range: `existing`, its rows whose key the table holds already, and `repeats`, its
 * rows repeating a key of the batch. Both zero, the usual answer for new data, lets the merge be a
 * plain insert ({@link insertStatement}); otherwise {@link mergeStatement} drops them. (DuckDB does
 * this in its own threads while JavaScript stages the next batch.) `'parameters'` leaves the range to a
 * prepared statement's `$1` and `$2` (µs), when the view has a time column.
 *
 * @example
 * ```ts
 * const [[existing, repeats]] = (await connection.runAndReadAll(batchCheckStatement(layout, 'main', range))).getRows();
 * ```
 */
export function batchCheckStatement(
  layout: TableLayout,
  schema: string,
  range: TimeRange | 'parameters' | undefined,
): string {
  const key = layout.view.key.map(id);
  const table = tableKeys(layout, schema, range).replace(/^SELECT /, `SELECT true AS ${HIT}, `);
  return (
    `SELECT count(t.${HIT})::BIGINT AS existing, ` +
    `(count(*) - count(DISTINCT (${key.map((k) => `b.${k}`).join(', ')})))::BIGINT AS repeats ` +
    `FROM (${batchRows(layout, 'columns', layout.view.key)}) b LEFT JOIN (${table}) t USING (${key.join(', ')})`
  );
}

/**
 * The rows of the column-staged batch repeating a key of the batch: the second count of
 * {@link batchCheckStatement}, alone, for a batch whose keys the table provably does not hold (every row
 * later than the latest the table holds: the DuckDB store's replay rule, docs/stores.md).
 *
 * @example
 * ```ts
 * const [[repeats]] = (await connection.runAndReadAll(batchRepeatsStatement(layout))).getRows();
 * ```
 */
export function batchRepeatsStatement(layout: TableLayout): string {
  const key = layout.view.key.map((k) => `b.${id(k)}`);
  return (
    `SELECT (count(*) - count(DISTINCT (${key.join(', ')})))::BIGINT AS repeats ` +
    `FROM (${batchRows(layout, 'columns', layout.view.key)}) b`
  );
}

/**
 * Rows of a view's table, in a time range (the prepared statement's `$1` and `$2`, µs), sharing a key
 * with another: zero when no key is there twice. Run after a batch was appended to the table inside a
 * transaction (the store's direct path), it sees the batch's rows and the committed ones of the range,
 * where a replayed row must be (it has its first copy's time): zero means the batch repeats no key and
 * holds none the table had. It counts distinct key hashes, so a hash collision can only make it
 * non-zero (the batch then takes the merge), never hide a repeated key.
 *
 * @example
 * ```ts
 * const statement = await connection.prepare(duplicatesStatement(layout, 'main'));
 * ```
 */
export function duplicatesStatement(layout: TableLayout, schema: string): string {
  const keys = layout.view.key.map(id).join(', ');
  return `SELECT (count(*) - count(DISTINCT hash(${keys})))::BIGINT AS duplicates FROM (${tableKeys(layout, schema, 'parameters')})`;
}

/**
 * Inserts the column-staged batch as it is: for a batch that repeats no key, none of whose keys the
 * table holds ({@link batchCheckStatement}), checked under the same merge lock.
 *
 * @example
 * ```ts
 * await connection.run(insertStatement(layout, 'main'));
 * ```
 */
export function insertStatement(layout: TableLayout, schema: string): string {
  const columns = Object.keys(layout.view.columns);
  return (
    `INSERT INTO ${qualifiedName(schema, layout.view.name, 'duckdb')} (${columns.map(id).join(', ')}) ` +
    batchRows(layout, 'columns', columns)
  );
}

/**
 * The per-batch merge that keeps replays idempotent: reads the staged rows back into the table's types
 * (JSON, or texts and lists staged by column), keeps one row per view key within the batch (the last
 * staged), and inserts only keys the table does not hold yet (a hash anti-join). The table side reads
 * only the batch's time range (`range`, µs, given by the caller from the rows; a replayed row has the
 * same time as its first copy), so zone maps keep the merge cheap as the table grows. Rows are
 * deterministic re-materializations of their key, so first-write-wins equals ReplacingMergeTree's
 * last-write-wins.
 *
 * @example
 * ```ts
 * await connection.run(mergeStatement(layout, 'main', { fromMicros, toMicros }, hasRepeatedKeys(view, rows)));
 * ```
 */
export function mergeStatement(
  layout: TableLayout,
  schema: string,
  range: TimeRange | undefined,
  repeatsInBatch = true,
  staged: 'json' | 'columns' = 'json',
): string {
  const { view } = layout;
  const columns = Object.keys(view.columns);
  const keys = view.key.map(id).join(', ');
  // Keep the last staged copy of a key; skipped when the caller knows the batch repeats no key.
  const last = `QUALIFY row_number() OVER (PARTITION BY ${view.key.map(id).join(', ')} ORDER BY ${SEQ} DESC) = 1`;
  const batch = batchRows(layout, staged, columns).replace(/^SELECT /, `SELECT ${SEQ}, `);
  const deduped = repeatsInBatch
    ? `SELECT * EXCLUDE (${SEQ}) FROM (${batch}) ${last}`
    : `SELECT * EXCLUDE (${SEQ}) FROM (${batch})`;
  return (
    `INSERT INTO ${qualifiedName(schema, view.name, 'duckdb')} (${columns.map(id).join(', ')}) ` +
    `SELECT b.* FROM (${deduped}) b ANTI JOIN (${tableKeys(layout, schema, range)}) t USING (${keys})`
  );
}
