import DataLoader from 'dataloader';
import { avg, column, count, eq, ge, isIn, lt, quantile, sum } from '@ht/sinks';
import type { QueryContext } from '../query/QueryContext.js';
import { runStoreQuery } from '../query/runStoreQuery.js';
import { finite, num, text } from '../resolvers/rowValues.js';
import type { EntityType } from './entityKinds.js';
import type { EntityObject } from './EntityObject.js';
import { groupBatch } from './entityRows.js';

/**
 * One edge of the service map (`Edge`): the entity at the other end and the calls over the edge in the
 * range: how many, how many in error, the caller's wait (average and p99).
 *
 * @example
 * ```ts
 * const edge: EdgeObject = { type: 'BACKEND', name: 'redis@cache:6379', calls: 12, errors: 0, avgLatencyMicros: 800, p99LatencyMicros: 2100 };
 * ```
 */
export interface EdgeObject {
  readonly type: EntityType;
  readonly name: string;
  readonly calls: number;
  readonly errors: number;
  readonly avgLatencyMicros: number;
  readonly p99LatencyMicros: number;
}

/**
 * The edges of one entity in one direction.
 *
 * @example
 * ```ts
 * const callers = await loaders.edges.load({ entity, direction: 'incoming' });
 * ```
 */
export interface EdgeRequest {
  readonly entity: EntityObject;
  readonly direction: 'incoming' | 'outgoing';
}

const CALL_VIEW = 'service_call_view';

/**
 * The batched service-map look-up of one request: the edges of every entity of one `entities` field in
 * one direction, in one store query on `service_call_view` (grouped by both ends). Services have both
 * directions, backends incoming ones; APIs have none yet, nor has anything when the view is off.
 *
 * @example
 * ```ts
 * const loader = edgeLoader(() => context);
 * ```
 */
export function edgeLoader(context: () => QueryContext): DataLoader<EdgeRequest, EdgeObject[], string> {
  return new DataLoader<EdgeRequest, EdgeObject[], string>(
    async (requests) => {
      const out: EdgeObject[][] = requests.map(() => []);
      await Promise.all(
        [...groupBatch(requests, (r) => `${r.entity.scope.id}|${r.direction}`)].map(async ([, items]) => {
          const { entity, direction } = items[0]!.key;
          const type = entity.type;
          if (type === 'API' || (type === 'BACKEND' && direction === 'outgoing')) return;
          if (!context().catalog.has(CALL_VIEW)) return;
          const here = direction === 'outgoing' ? 'caller_service' : 'callee_name';
          const names = [...new Set(items.map((i) => i.key.entity.name))];
          const { fromMicros, toMicros } = entity.scope.range;
          const rows = await runStoreQuery(context(), {
            view: CALL_VIEW,
            select: [
              column(here),
              ...(direction === 'outgoing'
                ? [column('callee_name'), column('callee_type')]
                : [column('caller_service')]),
              count('calls'),
              sum('error_count', 'errors'),
              avg('duration_micros', 'avg_latency'),
              quantile('duration_micros', 0.99, 'p99_latency'),
            ],
            where: [
              ge('start_time', fromMicros),
              lt('start_time', toMicros),
              isIn(here, names),
              ...(direction === 'incoming' ? [eq('callee_type', type === 'BACKEND' ? 'BACKEND' : 'SERVICE')] : []),
            ],
            groupBy: direction === 'outgoing' ? [here, 'callee_name', 'callee_type'] : [here, 'caller_service'],
            orderBy: [{ by: 'calls', direction: 'desc' }],
          });
          for (const { key, index } of items) {
            out[index] = rows
              .filter((row) => text(row, here) === key.entity.name)
              .map((row) => ({
                type:
                  direction === 'incoming' || text(row, 'callee_type') !== 'BACKEND'
                    ? ('SERVICE' as const)
                    : ('BACKEND' as const),
                name: text(row, direction === 'outgoing' ? 'callee_name' : 'caller_service'),
                calls: num(row, 'calls'),
                errors: num(row, 'errors'),
                avgLatencyMicros: finite(num(row, 'avg_latency')),
                p99LatencyMicros: finite(num(row, 'p99_latency')),
              }));
          }
        }),
      );
      return out;
    },
    { cacheKeyFn: (r) => `${r.entity.scope.id}|${r.entity.type}|${r.entity.name}|${r.direction}` },
  );
}
