import type DataLoader from 'dataloader';
import { edgeLoader } from '../entities/edgeLoader.js';
import type { EdgeObject, EdgeRequest } from '../entities/edgeLoader.js';
import { metricLoader } from '../entities/metricLoader.js';
import type { MetricRequest } from '../entities/metricLoader.js';
import { seriesLoader } from '../entities/seriesLoader.js';
import type { MetricPointObject, SeriesRequest } from '../entities/seriesLoader.js';
import { spanEventsLoader } from '../resolvers/spanEventsLoader.js';
import type { SpanRef } from '../resolvers/spanEventsLoader.js';
import type { LogEventObject } from '../resolvers/spanObject.js';
import type { QueryContext } from './QueryContext.js';

/**
 * The batched look-ups of one request (DataLoader): where a field fans out over a list (a metric of every
 * entity, the events of every span), the look-ups of one tick become one store query.
 *
 * @example
 * ```ts
 * const events = await context.loaders.spanEvents.load({ traceId, spanId });
 * ```
 */
export interface QueryLoaders {
  readonly metric: DataLoader<MetricRequest, number, string>;
  readonly series: DataLoader<SeriesRequest, MetricPointObject[], string>;
  readonly edges: DataLoader<EdgeRequest, EdgeObject[], string>;
  readonly spanEvents: DataLoader<SpanRef, LogEventObject[], string>;
}

/**
 * New look-ups for one request (never shared between requests: they cache per request and tenant).
 *
 * @example
 * ```ts
 * const context: QueryContext = { ...base, loaders: createQueryLoaders(() => context) };
 * ```
 */
export function createQueryLoaders(context: () => QueryContext): QueryLoaders {
  return {
    metric: metricLoader(context),
    series: seriesLoader(context),
    edges: edgeLoader(context),
    spanEvents: spanEventsLoader(context),
  };
}
