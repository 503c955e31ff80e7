import { column, ge, isIn, lt } from '@ht/sinks';
import type { Query, QueryRow, Selection } from '@ht/sinks';
import type { QueryContext } from '../query/QueryContext.js';
import { runStoreQuery } from '../query/runStoreQuery.js';
import type { EntityObject, EntityScope } from './EntityObject.js';

/**
 * The batching key of an entity: its key values, as text.
 *
 * @example
 * ```ts
 * entityKey(['cart', 'GET /cart']); // '["cart","GET /cart"]'
 * ```
 */
export function entityKey(values: readonly unknown[]): string {
  return JSON.stringify(values, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * Reads `selections` for several entities of one scope in one store query: grouped by the kind's key
 * columns (plus `extraGroupBy`), filtered to the scope's range and filters and to the entities (IN on the
 * first key column). Returns the rows by {@link entityKey}.
 *
 * @example
 * ```ts
 * const rows = await entityRows(context, scope, entities, [count('calls')]);
 * ```
 */
export async function entityRows(
  context: QueryContext,
  scope: EntityScope,
  entities: readonly EntityObject[],
  selections: readonly Selection[],
  extra: { readonly groupBy?: readonly string[]; readonly orderBy?: Query['orderBy'] } = {},
): Promise<Map<string, QueryRow[]>> {
  const { kind, range, filters } = scope;
  const view = context.catalog.view(kind.view);
  const first = [...new Map(entities.map((e) => [entityKey([e.keyValues[0]]), e.keyValues[0]!])).values()];
  const rows = await runStoreQuery(context, {
    view: kind.view,
    select: [...kind.keys.map((k) => column(k)), ...selections],
    where: [
      ge(view.timeColumn, range.fromMicros),
      lt(view.timeColumn, range.toMicros),
      ...filters,
      isIn(kind.keys[0]!, first),
    ],
    groupBy: [...kind.keys, ...(extra.groupBy ?? [])],
    ...(extra.orderBy ? { orderBy: extra.orderBy } : {}),
  });
  const byEntity = new Map<string, QueryRow[]>();
  for (const row of rows) {
    const key = entityKey(kind.keys.map((k) => row[k]));
    const list = byEntity.get(key);
    if (list) list.push(row);
    else byEntity.set(key, [row]);
  }
  return byEntity;
}

/**
 * Groups batched look-ups by a key (their scope), keeping each one's position in the batch.
 *
 * @example
 * ```ts
 * for (const [, items] of groupBatch(keys, (k) => k.entity.scope.id)) { … }
 * ```
 */
export function groupBatch<K>(keys: readonly K[], by: (key: K) => string): Map<string, { key: K; index: number }[]> {
  const groups = new Map<string, { key: K; index: number }[]>();
  keys.forEach((key, index) => {
    const id = by(key);
    const group = groups.get(id);
    if (group) group.push({ key, index });
    else groups.set(id, [{ key, index }]);
  });
  return groups;
}
