import type { ViewDefinition } from '@ht/enricher-sdk';
import type { QueryContext } from '../query/QueryContext.js';
import { BUILTIN_CONTEXTS } from './exploreContexts.js';

/**
 * What a column is to `explore` (the schema's `ColumnKind`).
 *
 * @example
 * ```ts
 * const kind: ColumnKindName = 'METRIC';
 * ```
 */
export type ColumnKindName = 'TIME' | 'KEY' | 'DIMENSION' | 'METRIC' | 'ARRAY';

/**
 * One column of a served view as `catalog` answers it.
 *
 * @example
 * ```ts
 * const c: CatalogColumnObject = { name: 'duration_micros', type: 'uint64', kind: 'METRIC', description: '', groupable: true, aggregatable: true };
 * ```
 */
export interface CatalogColumnObject {
  readonly name: string;
  readonly type: string;
  readonly kind: ColumnKindName;
  readonly description: string;
  readonly groupable: boolean;
  readonly aggregatable: boolean;
}

/**
 * One served view as `catalog` answers it.
 *
 * @example
 * ```ts
 * const v: CatalogViewObject = catalogViewObject(rawServiceView, 'API_TRACE');
 * ```
 */
export interface CatalogViewObject {
  readonly name: string;
  readonly context: string;
  readonly version: string;
  readonly description: string;
  readonly timeColumn: string;
  readonly key: readonly string[];
  readonly hasAttributes: boolean;
  readonly explorable: boolean;
  readonly columns: readonly CatalogColumnObject[];
}

const INTEGER = new Set(['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']);
const FLOAT = new Set(['float32', 'float64']);
const STRING = new Set(['string', 'lowCardinalityString']);
/** Left out of the columns: fixed by the request (tenant_id), or read through `attribute` (the arrays). */
const HIDDEN = new Set(['tenant_id', 'attribute_keys', 'attribute_values']);

function columnKind(type: string, inKey: boolean): ColumnKindName {
  if (type === 'datetime') return 'TIME';
  if (type.endsWith('Array')) return 'ARRAY';
  if (inKey) return 'KEY';
  if (INTEGER.has(type) || FLOAT.has(type)) return 'METRIC';
  return 'DIMENSION';
}

/**
 * A view as `catalog` answers it: its columns (tenant_id and the attribute arrays left out) with their kind
 * and what `explore` can do with each: group by strings, booleans and integers; aggregate numbers (as
 * `metricSelection` accepts them).
 *
 * @example
 * ```ts
 * catalogViewObject(rawServiceView, 'API_TRACE').columns.find((c) => c.name === 'duration_micros')?.kind; // 'METRIC'
 * ```
 */
export function catalogViewObject(view: ViewDefinition, context: string): CatalogViewObject {
  const key = new Set(view.key);
  const has = (name: string): boolean => Object.hasOwn(view.columns, name);
  return {
    name: view.name,
    context,
    version: view.version,
    description: view.description,
    timeColumn: view.timeColumn,
    key: view.key.filter((k) => k !== 'tenant_id'),
    hasAttributes: has('attribute_keys') && has('attribute_values'),
    explorable: has('tenant_id') && view.timeColumn !== '',
    columns: Object.entries(view.columns)
      .filter(([name]) => !HIDDEN.has(name))
      .map(([name, spec]) => {
        const type: string = spec.type;
        return {
          name,
          type,
          kind: columnKind(type, key.has(name)),
          description: spec.description ?? '',
          groupable: STRING.has(type) || type === 'bool' || INTEGER.has(type),
          aggregatable: INTEGER.has(type) || FLOAT.has(type),
        };
      }),
  };
}

/**
 * `catalog`: every view `explore` reads (the catalog is read again when older than
 * `STORE_CATALOG_MAX_AGE_MS`), the built-in contexts' views first in their contexts' order, then the others
 * by name. Not tenant data: every tenant sees the same views (their rows stay per tenant).
 *
 * @example
 * ```ts
 * (await resolveCatalog(context)).map((v) => v.context); // ['SPAN', 'TRACE', …, 'customer_call_view']
 * ```
 */
export async function resolveCatalog(context: QueryContext): Promise<CatalogViewObject[]> {
  await context.catalog.refresh();
  const builtin = new Map(Object.entries(BUILTIN_CONTEXTS).map(([name, view]) => [view, name]));
  const views = context.catalog.names().map((name) => context.catalog.view(name));
  const order = [...builtin.keys()];
  const rank = (v: ViewDefinition): number => {
    const at = order.indexOf(v.name);
    return at === -1 ? order.length : at;
  };
  return views
    .sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((v) => catalogViewObject(v, builtin.get(v.name) ?? v.name));
}
