import { COLUMN_TYPES } from '@ht/enricher-sdk';
import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import { tableLayout } from './tableLayout.js';

/**
 * One column of a view as a store's catalog keeps it.
 *
 * @example
 * ```ts
 * const column: CatalogColumn = { name: 'duration_micros', type: 'uint64', description: '' };
 * ```
 */
export interface CatalogColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** `''` when the view gave none. */
  readonly description: string;
}

/**
 * What a store's catalog says about one view's table: enough to query it without the plugin that
 * defined the view (GraphQL's `explore` on a user view needs nothing but the store).
 *
 * @example
 * ```ts
 * const [entry] = await store.catalog();
 * console.log(entry?.name, entry?.version, entry?.columns.map((c) => `${c.name} ${c.type}`));
 * ```
 */
export interface ViewCatalogEntry {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  /** In table order. */
  readonly columns: readonly CatalogColumn[];
  readonly key: readonly string[];
  /** The datetime column rows are partitioned and expired by; `''` when none. */
  readonly timeColumn: string;
  /** The view's sort hint, as it gave it (empty when none). */
  readonly sortBy: readonly string[];
  /** What the store sorts the table by: `sortBy`, then the key columns not in it (see `tableLayout`). */
  readonly sortKey: readonly string[];
}

/**
 * The name of the catalog table in a store's database (ClickHouse) or schema (DuckDB): one row per
 * view, written by `ensureTables` when it creates or migrates the view's table (or finds it described
 * differently).
 *
 * @example
 * ```ts
 * await admin.query({ query: `SELECT * FROM ht.${VIEW_CATALOG_TABLE}` });
 * ```
 */
export const VIEW_CATALOG_TABLE = 'ht_view_catalog';

/**
 * The catalog entry of a view definition.
 *
 * @example
 * ```ts
 * catalogEntry(spanView).sortKey; // ['tenant_id', 'service_name', 'span_name', 'start_time', 'trace_id', 'span_id']
 * ```
 */
export function catalogEntry(view: ViewDefinition): ViewCatalogEntry {
  return {
    name: view.name,
    version: view.version,
    description: view.description,
    columns: Object.entries(view.columns).map(([name, spec]) => ({
      name,
      type: spec.type,
      description: spec.description ?? '',
    })),
    key: [...view.key],
    timeColumn: view.timeColumn,
    sortBy: [...((view.sortBy as readonly string[] | undefined) ?? [])],
    sortKey: [...tableLayout(view).sortKey],
  };
}

/**
 * A view definition rebuilt from a catalog entry, to query a view whose plugin this process does not
 * load: `await store.ensureTables(entries.map(catalogView))` (the table exists; nothing changes), then
 * `store.query(...)`. It produces no rows (`fromTrace` yields nothing): it describes the table, it does
 * not materialize it.
 *
 * @example
 * ```ts
 * const views = (await store.catalog()).map(catalogView);
 * await store.ensureTables(views);
 * ```
 */
export function catalogView(entry: ViewCatalogEntry): ViewDefinition {
  return Object.freeze({
    kind: 'ht.view',
    name: entry.name,
    version: entry.version,
    description: entry.description,
    columns: Object.freeze(Object.fromEntries(entry.columns.map((c) => [c.name, columnSpec(c)]))),
    key: [...entry.key],
    timeColumn: entry.timeColumn,
    sortBy: [...entry.sortBy],
    fromTrace: () => [],
  });
}

function columnSpec(c: CatalogColumn): { type: ColumnType; description?: string } {
  return c.description === '' ? { type: c.type } : { type: c.type, description: c.description };
}

/**
 * The text a store keeps for an entry (JSON); {@link decodeCatalogEntry} reads it back.
 *
 * @example
 * ```ts
 * const text = encodeCatalogEntry(catalogEntry(spanView));
 * ```
 */
export function encodeCatalogEntry(entry: ViewCatalogEntry): string {
  const { name, version, description, columns, key, timeColumn, sortBy, sortKey } = entry;
  return JSON.stringify({ name, version, description, columns, key, timeColumn, sortBy, sortKey });
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * Reads an entry a store kept; `undefined` when the text is not one (written by something else, or
 * cut), so a damaged row hides one view instead of failing the whole catalog.
 *
 * @example
 * ```ts
 * decodeCatalogEntry(encodeCatalogEntry(entry))?.name === entry.name; // true
 * ```
 */
export function decodeCatalogEntry(text: string): ViewCatalogEntry | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const e = parsed as Record<string, unknown>;
  const columns = e['columns'];
  const validColumns =
    Array.isArray(columns) &&
    columns.every(
      (c: unknown) =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as CatalogColumn).name === 'string' &&
        (COLUMN_TYPES as readonly unknown[]).includes((c as CatalogColumn).type) &&
        typeof (c as CatalogColumn).description === 'string',
    );
  const valid =
    typeof e['name'] === 'string' &&
    typeof e['version'] === 'string' &&
    typeof e['description'] === 'string' &&
    typeof e['timeColumn'] === 'string' &&
    validColumns &&
    isStrings(e['key']) &&
    isStrings(e['sortBy']) &&
    isStrings(e['sortKey']);
  if (!valid) return undefined;
  return {
    name: e['name'] as string,
    version: e['version'] as string,
    description: e['description'] as string,
    columns: (columns as CatalogColumn[]).map((c) => ({ name: c.name, type: c.type, description: c.description })),
    key: e['key'] as string[],
    timeColumn: e['timeColumn'] as string,
    sortBy: e['sortBy'] as string[],
    sortKey: e['sortKey'] as string[],
  };
}
