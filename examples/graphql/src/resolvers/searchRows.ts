import { column, ge, lt } from '@ht/sinks';
import type { OrderBy, QueryRow } from '@ht/sinks';
import type { QueryContext } from '../query/QueryContext.js';
import { buildFilters } from '../query/buildFilters.js';
import type { FilterArg } from '../query/filterArg.js';
import { runStoreQuery } from '../query/runStoreQuery.js';
import { checkLimit, checkOffset, timeRange } from '../query/timeRange.js';

/**
 * The arguments of the row searches (`spans`, `logEvents`).
 *
 * @example
 * ```ts
 * const args: SearchArgs = { between, filterBy: [{ key: 'service_name', value: 'cart' }], limit: 20 };
 * ```
 */
export interface SearchArgs {
  readonly between: { readonly startTime: string; readonly endTime: string };
  readonly filterBy?: readonly FilterArg[] | null;
  readonly orderBy?: readonly { readonly key: string; readonly direction?: 'ASC' | 'DESC' | null }[] | null;
  readonly limit?: number | null;
  readonly offset?: number | null;
}

/**
 * One page of a view's rows in the request's tenant and range, matching every filter: ordered as asked
 * (columns of the view), newest first by default, then by the view's key so pages are stable.
 *
 * @example
 * ```ts
 * const rows = await searchRows(context, 'span_event_view', args, 50);
 * ```
 */
export async function searchRows(
  context: QueryContext,
  viewName: string,
  args: SearchArgs,
  defaultLimit: number,
): Promise<QueryRow[]> {
  const view = context.catalog.view(viewName);
  const range = timeRange(args.between, context.limits);
  const orderBy: OrderBy[] = (args.orderBy ?? [{ key: view.timeColumn, direction: 'DESC' }]).map((o) => ({
    by: o.key,
    direction: o.direction === 'DESC' ? 'desc' : 'asc',
  }));
  for (const k of view.key) if (!orderBy.some((o) => o.by === k)) orderBy.push({ by: k });
  return runStoreQuery(context, {
    view: viewName,
    select: Object.keys(view.columns).map((c) => column(c)),
    where: [
      ge(view.timeColumn, range.fromMicros),
      lt(view.timeColumn, range.toMicros),
      ...buildFilters(view, args.filterBy),
    ],
    orderBy,
    limit: checkLimit(args.limit ?? defaultLimit, context.limits),
    offset: checkOffset(args.offset ?? 0),
  });
}
