import { entityTypeResolvers } from '../entities/entityTypeResolvers.js';
import type { EntityObject } from '../entities/EntityObject.js';
import { resolveEntities } from '../entities/resolveEntities.js';
import type { EntitiesArgs } from '../entities/resolveEntities.js';
import { resolveCatalog } from '../explore/resolveCatalog.js';
import type { CatalogViewObject } from '../explore/resolveCatalog.js';
import { resolveExplore } from '../explore/resolveExplore.js';
import type { CellObject, ExploreArgs, ExploreResultObject } from '../explore/resolveExplore.js';
import type { QueryContext } from '../query/QueryContext.js';
import { searchTraces, serviceMetrics, traceById } from './contractResolvers.js';
import type { ServiceMetricsObject, TraceFilterInput, TraceSummaryObject } from './contractResolvers.js';
import { searchRows } from './searchRows.js';
import type { SearchArgs } from './searchRows.js';
import { logEventObject, spanObject } from './spanObject.js';
import type { AttributeObject, LogEventObject, SpanObject } from './spanObject.js';
import type { LinkObject } from './spanDetailsLoaders.js';
import { findInTrace, traceOutline, traceSpans } from './traceOutline.js';
import type { TraceOutlineObject } from './traceOutline.js';

/**
 * Every resolver of the schema (`contractTypeDefs` + `queryTypeDefs` + `catalogTypeDefs` +
 * `traceOutlineTypeDefs`), over a {@link QueryContext}.
 *
 * @example
 * ```ts
 * import { createSchema } from 'graphql-yoga';
 *
 * const schema = createSchema({ typeDefs: htTypeDefs, resolvers: queryResolvers });
 * ```
 */
export const queryResolvers = {
  Query: {
    trace: (_: unknown, args: { traceId: string }, context: QueryContext) => traceById(context, args.traceId),
    traces: (
      _: unknown,
      args: { filter: TraceFilterInput; limit?: number | null },
      context: QueryContext,
    ): Promise<TraceSummaryObject[]> => searchTraces(context, args.filter, args.limit ?? 50),
    services: (
      _: unknown,
      args: { startTime: string; endTime: string },
      context: QueryContext,
    ): Promise<ServiceMetricsObject[]> => serviceMetrics(context, args),
    entities: (_: unknown, args: EntitiesArgs, context: QueryContext): Promise<EntityObject[]> =>
      resolveEntities(context, args),
    explore: (_: unknown, args: ExploreArgs, context: QueryContext): Promise<ExploreResultObject> =>
      resolveExplore(context, args),
    catalog: (_: unknown, __: unknown, context: QueryContext): Promise<CatalogViewObject[]> => resolveCatalog(context),
    spans: async (_: unknown, args: SearchArgs, context: QueryContext): Promise<SpanObject[]> =>
      (await searchRows(context, 'span_event_view', args, 50)).map(spanObject),
    logEvents: async (_: unknown, args: SearchArgs, context: QueryContext): Promise<LogEventObject[]> =>
      (await searchRows(context, 'log_event_view', args, 50)).map(logEventObject),
    traceOutline: (_: unknown, args: { traceId: string }, context: QueryContext): Promise<TraceOutlineObject | null> =>
      traceOutline(context, args.traceId),
    traceSpans: (
      _: unknown,
      args: { traceId: string; spanIds: readonly string[] },
      context: QueryContext,
    ): Promise<SpanObject[]> => traceSpans(context, args.traceId, args.spanIds),
    findInTrace: (_: unknown, args: { traceId: string; text: string }, context: QueryContext): Promise<string[]> =>
      findInTrace(context, args.traceId, args.text),
  },
  Span: {
    events: (span: SpanObject, _: unknown, context: QueryContext): Promise<LogEventObject[]> =>
      context.loaders.spanEvents.load({ traceId: span.traceId, spanId: span.spanId }),
    resource: (span: SpanObject, _: unknown, context: QueryContext): Promise<AttributeObject[]> =>
      context.loaders.spanResource.load({ traceId: span.traceId, resourceId: span.resourceId }),
    links: (span: SpanObject, _: unknown, context: QueryContext): Promise<LinkObject[]> =>
      context.loaders.spanLinks.load({ traceId: span.traceId, spanId: span.spanId }),
  },
  ExploreRow: {
    cell: (row: { cells: readonly CellObject[] }, args: { name: string }): CellObject | null =>
      row.cells.find((c) => c.name === args.name) ?? null,
  },
  ...entityTypeResolvers,
};
