import { column, ge, lt } from '@ht/sinks';
import type { OrderBy, Selection } from '@ht/sinks';
import type { QueryContext } from '../query/QueryContext.js';
import { buildFilters } from '../query/buildFilters.js';
import type { FilterArg } from '../query/filterArg.js';
import { runStoreQuery } from '../query/runStoreQuery.js';
import { checkLimit, checkOffset, timeRange } from '../query/timeRange.js';
import { text } from '../resolvers/rowValues.js';
import { ENTITY_KINDS } from './entityKinds.js';
import type { EntityType } from './entityKinds.js';
import type { EntityObject, EntityScope } from './EntityObject.js';
import { metricSelection } from './metricSelection.js';
import type { AggregationName } from './metricSelection.js';

/**
 * The arguments of `entities`.
 *
 * @example
 * ```ts
 * const args: EntitiesArgs = { type: 'SERVICE', between: { startTime, endTime }, orderBy: [{ key: 'calls' }], limit: 10 };
 * ```
 */
export interface EntitiesArgs {
  readonly type: EntityType;
  readonly between: { readonly startTime: string; readonly endTime: string };
  readonly filterBy?: readonly FilterArg[] | null;
  readonly orderBy?:
    | readonly {
        readonly key: string;
        readonly aggregation?: AggregationName | null;
        readonly p?: number | null;
        readonly direction?: 'ASC' | 'DESC' | null;
      }[]
    | null;
  readonly limit?: number | null;
  readonly offset?: number | null;
}

/**
 * `entities(type, between, filterBy, orderBy, limit, offset)`: the services, APIs or backends with calls in
 * the range matching the filters (columns of the entity's view), ordered by name or by a metric, one page.
 * Their metrics and edges are read lazily, batched per field (see `QueryLoaders`).
 *
 * @example
 * ```ts
 * const top = await resolveEntities(context, { type: 'SERVICE', between, orderBy: [{ key: 'calls' }], limit: 10 });
 * ```
 */
export async function resolveEntities(context: QueryContext, args: EntitiesArgs): Promise<EntityObject[]> {
  const kind = ENTITY_KINDS[args.type];
  const view = context.catalog.view(kind.view);
  const range = timeRange(args.between, context.limits);
  const filters = buildFilters(view, args.filterBy);
  const scope: EntityScope = {
    id: JSON.stringify([args.type, range, filters], (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
    kind,
    range,
    filters,
  };
  const orderSelections: Selection[] = [];
  const orderBy: OrderBy[] = [];
  for (const [i, o] of (args.orderBy ?? []).entries()) {
    const direction = o.direction === 'ASC' ? 'asc' : 'desc';
    if (o.key === 'name') {
      orderBy.push({ by: kind.nameColumn, direction });
      continue;
    }
    orderSelections.push(metricSelection(view, kind.errors, o.key, o.aggregation ?? 'COUNT', o.p, `o${i}`));
    orderBy.push({ by: `o${i}`, direction });
  }
  for (const k of kind.keys) if (!orderBy.some((o) => o.by === k)) orderBy.push({ by: k });
  const rows = await runStoreQuery(context, {
    view: kind.view,
    select: [...kind.keys.map((k) => column(k)), ...orderSelections],
    where: [ge(view.timeColumn, range.fromMicros), lt(view.timeColumn, range.toMicros), ...filters],
    groupBy: kind.keys,
    orderBy,
    limit: checkLimit(args.limit ?? 100, context.limits),
    offset: checkOffset(args.offset ?? 0),
  });
  return rows.map((row) => ({
    type: args.type,
    name: text(row, kind.nameColumn),
    service: args.type === 'API' ? text(row, 'service_name') : null,
    backendType: args.type === 'BACKEND' ? text(row, 'backend_type') : null,
    keyValues: kind.keys.map((k) => row[k] as string),
    scope,
  }));
}
