import { escapeIdentifier, qualifiedName, sqlLiteral } from '../sql/escape.js';
import { VIEW_CATALOG_TABLE } from '../store/ViewCatalog.js';

const id = (name: string): string => escapeIdentifier(name, 'clickhouse');
const lit = (value: string | number): string => sqlLiteral(value, 'clickhouse');

/**
 * CREATE TABLE of the view catalog in `database`: one row per write (view name, its entry as JSON, a
 * version), a ReplacingMergeTree on the version ordered by the name, so the newest write of each view
 * wins (read with `argMax`, so parts not merged yet do not matter). The same DDL on 18.x and modern servers.
 *
 * @example
 * ```ts
 * await executor.command(catalogTableStatement('ht'));
 * ```
 */
export function catalogTableStatement(database: string): string {
  return (
    `CREATE TABLE IF NOT EXISTS ${qualifiedName(database, VIEW_CATALOG_TABLE, 'clickhouse')} ` +
    `(${id('view')} String, ${id('definition')} String, ${id('version')} UInt64) ` +
    `ENGINE = ReplacingMergeTree(${id('version')}) ORDER BY (${id('view')})`
  );
}

/**
 * Records `definition` (an encoded catalog entry) for view `name`, as write `version` (greater wins).
 *
 * @example
 * ```ts
 * await executor.command(catalogWriteStatement('ht', 'span_event_view', text, Date.now() * 1000));
 * ```
 */
export function catalogWriteStatement(database: string, name: string, definition: string, version: number): string {
  return (
    `INSERT INTO ${qualifiedName(database, VIEW_CATALOG_TABLE, 'clickhouse')} ` +
    `(${id('view')}, ${id('definition')}, ${id('version')}) VALUES (${lit(name)}, ${lit(definition)}, ${lit(version)})`
  );
}

/**
 * Reads the newest entry of each view (all views, or those named), sorted by name: rows `{ view, entry }`.
 *
 * @example
 * ```ts
 * const rows = await executor.query(catalogReadStatement('ht'));
 * ```
 */
export function catalogReadStatement(database: string, names?: readonly string[]): string {
  const where = names === undefined ? '' : ` WHERE ${id('view')} IN (${names.map(lit).join(', ')})`;
  // The alias differs from the column name: 18.16 reports a cyclic alias otherwise.
  return (
    `SELECT ${id('view')}, argMax(${id('definition')}, ${id('version')}) AS ${id('entry')} ` +
    `FROM ${qualifiedName(database, VIEW_CATALOG_TABLE, 'clickhouse')}${where} GROUP BY ${id('view')} ORDER BY ${id('view')}`
  );
}
