import type { QueryContext } from '../query/QueryContext.js';
import type { EdgeObject } from './edgeLoader.js';
import type { EntityObject } from './EntityObject.js';
import { ratePerUnit } from './metricSelection.js';
import type { IntervalInput, MetricPointObject } from './seriesLoader.js';

/**
 * A `Metric` of the schema: a metric of an entity, resolved field by field through the batched look-ups.
 *
 * @example
 * ```ts
 * const m: MetricObject = { entity, key: 'duration' };
 * ```
 */
export interface MetricObject {
  readonly entity: EntityObject;
  readonly key: string;
}

type Per = { per?: 'SECOND' | 'MINUTE' | null };

/**
 * The resolvers of `Entity`, `Metric` and `MetricPoint`: every number goes through the request's batched
 * look-ups, so a page of entities with several metrics costs one store query per metric set.
 *
 * @example
 * ```ts
 * const resolvers = { ...entityTypeResolvers, Query: { … } };
 * ```
 */
export const entityTypeResolvers = {
  Entity: {
    metric: (entity: EntityObject, args: { key: string }): MetricObject => ({ entity, key: args.key }),
    incomingEdges: (entity: EntityObject, _: unknown, context: QueryContext): Promise<EdgeObject[]> =>
      context.loaders.edges.load({ entity, direction: 'incoming' }),
    outgoingEdges: (entity: EntityObject, _: unknown, context: QueryContext): Promise<EdgeObject[]> =>
      context.loaders.edges.load({ entity, direction: 'outgoing' }),
  },
  Metric: {
    count: (m: MetricObject, _: unknown, c: QueryContext) => c.loaders.metric.load({ ...m, aggregation: 'COUNT' }),
    sum: (m: MetricObject, _: unknown, c: QueryContext) =>
      c.loaders.metric.load({ ...m, aggregation: m.key === 'calls' || m.key === 'errors' ? 'COUNT' : 'SUM' }),
    avg: (m: MetricObject, _: unknown, c: QueryContext) => c.loaders.metric.load({ ...m, aggregation: 'AVG' }),
    min: (m: MetricObject, _: unknown, c: QueryContext) => c.loaders.metric.load({ ...m, aggregation: 'MIN' }),
    max: (m: MetricObject, _: unknown, c: QueryContext) => c.loaders.metric.load({ ...m, aggregation: 'MAX' }),
    percentile: (m: MetricObject, args: { p: number }, c: QueryContext) =>
      c.loaders.metric.load({ ...m, aggregation: 'PERCENTILE', p: args.p }),
    distinctCount: (m: MetricObject, _: unknown, c: QueryContext) =>
      c.loaders.metric.load({ ...m, aggregation: 'DISTINCT_COUNT' }),
    avgRate: async (m: MetricObject, args: Per, c: QueryContext) => {
      const total = await c.loaders.metric.load({ ...m, aggregation: 'AVG_RATE' });
      const { fromMicros, toMicros } = m.entity.scope.range;
      return total / ratePerUnit(toMicros - fromMicros, args.per ?? 'SECOND');
    },
    series: (m: MetricObject, args: { interval: IntervalInput }, c: QueryContext): Promise<MetricPointObject[]> =>
      c.loaders.series.load({ ...m, interval: args.interval }),
  },
  MetricPoint: {
    avgRate: (point: MetricPointObject, args: Per): number =>
      point.sum / ratePerUnit(point.widthMicros, args.per ?? 'SECOND'),
  },
};
