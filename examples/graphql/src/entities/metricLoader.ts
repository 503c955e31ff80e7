import DataLoader from 'dataloader';
import type { Selection } from '@ht/sinks';
import type { QueryContext } from '../query/QueryContext.js';
import { finite, num } from '../resolvers/rowValues.js';
import type { EntityObject } from './EntityObject.js';
import { entityKey, entityRows, groupBatch } from './entityRows.js';
import { metricSelection } from './metricSelection.js';
import type { AggregationName } from './metricSelection.js';

/**
 * One number of one entity's metric: `aggregation` of metric `key` (p for PERCENTILE, 0-100). `AVG_RATE`
 * loads the sum (count for calls and errors); the resolver divides it by the range.
 *
 * @example
 * ```ts
 * const p99 = await loaders.metric.load({ entity, key: 'duration', aggregation: 'PERCENTILE', p: 99 });
 * ```
 */
export interface MetricRequest {
  readonly entity: EntityObject;
  readonly key: string;
  readonly aggregation: AggregationName;
  readonly p?: number | null;
}

const measureId = (r: MetricRequest): string => `${r.key}|${r.aggregation}|${r.p ?? ''}`;

/**
 * The batched metric look-up of one request: every metric number asked of the entities of one `entities`
 * field is read in one store query (grouped by entity, one output per distinct measure), whatever the
 * number of entities and metric fields.
 *
 * @example
 * ```ts
 * const loader = metricLoader(context);
 * const calls = await loader.load({ entity, key: 'calls', aggregation: 'COUNT' });
 * ```
 */
export function metricLoader(context: () => QueryContext): DataLoader<MetricRequest, number, string> {
  return new DataLoader<MetricRequest, number, string>(
    async (requests) => {
      const out: number[] = new Array<number>(requests.length).fill(0);
      await Promise.all(
        [...groupBatch(requests, (r) => r.entity.scope.id)].map(async ([, items]) => {
          const scope = items[0]!.key.entity.scope;
          const view = context().catalog.view(scope.kind.view);
          const measures = [...new Map(items.map(({ key }) => [measureId(key), key])).values()];
          const alias = new Map(measures.map((m, i) => [measureId(m), `m${i}`]));
          const selections: Selection[] = measures.map((m) =>
            metricSelection(view, scope.kind.errors, m.key, m.aggregation, m.p, alias.get(measureId(m))!),
          );
          const rows = await entityRows(
            context(),
            scope,
            items.map((i) => i.key.entity),
            selections,
          );
          for (const { key, index } of items) {
            const row = rows.get(entityKey(key.entity.keyValues))?.[0];
            out[index] = row ? finite(num(row, alias.get(measureId(key))!)) : 0;
          }
        }),
      );
      return out;
    },
    { cacheKeyFn: (r) => `${r.entity.scope.id}|${entityKey(r.entity.keyValues)}|${measureId(r)}` },
  );
}
