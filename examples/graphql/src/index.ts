/**
 * `@ht/graphql`: the @ht query API, Hypertrace's GraphQL over a view store (`ViewStore` of `@ht/sinks`):
 * traces, spans, log events, entities (services, APIs, backends) with metrics and the service map, and
 * `explore` over any view; every query scoped to one tenant, with limits. A library: `ht` mounts it at
 * `/graphql` on port 2020 (docs/contracts.md), and it runs alone against ClickHouse. See docs/graphql.md.
 *
 * @example
 * ```ts
 * const server = await createQueryServer({ store, views: builtinViews, port: 2020 });
 * console.log(`GraphQL at ${server.url}/graphql`);
 * ```
 *
 * @packageDocumentation
 */

// Serving
export { createQueryServer } from './server/createQueryServer.js';
export type { QueryServerOptions, RunningQueryServer } from './server/createQueryServer.js';
export { createGraphQLHandler } from './server/createGraphQLHandler.js';
export type { GraphQLHandler, GraphQLHandlerOptions } from './server/createGraphQLHandler.js';
export type { QueryRoute, QueryRouteContext } from './server/QueryRoute.js';

// Schema
export { contractTypeDefs } from './schema/contractTypeDefs.js';
export { queryTypeDefs } from './schema/queryTypeDefs.js';
export { traceOutlineTypeDefs } from './schema/traceOutlineTypeDefs.js';
export { htTypeDefs } from './schema/htTypeDefs.js';
export { queryResolvers } from './resolvers/resolvers.js';

// Limits
export { DEFAULT_QUERY_LIMITS } from './limits/QueryLimits.js';
export type { QueryLimits } from './limits/QueryLimits.js';
export { limitError } from './limits/limitError.js';
export { measureOperation } from './limits/measureOperation.js';
export type { OperationSize } from './limits/measureOperation.js';

// Reading the store for one tenant (shared with other query APIs on the same server)
export { STORE_CATALOG_MAX_AGE_MS, ViewCatalog } from './query/ViewCatalog.js';
export { runStoreQuery, scopeToTenant, storeError } from './query/runStoreQuery.js';
export type { UnscopedQuery } from './query/runStoreQuery.js';
export type { QueryContext } from './query/QueryContext.js';
export type { QueryLoaders } from './query/QueryLoaders.js';
export { buildFilters, FILTER_SIZE_LIMITS } from './query/buildFilters.js';
export type { FilterArg, FilterOp } from './query/filterArg.js';
export { columnFilter } from './query/columnFilter.js';
export { attributeConditionFilter, attributeFilter, exactLikePattern } from './query/attributeCondition.js';
export type { AttributeConditionArg, AttributeOp } from './query/attributeCondition.js';
export { typedValue } from './query/typedValue.js';
export { checkLimit, checkOffset, timeRange } from './query/timeRange.js';
export type { MicrosRange } from './query/timeRange.js';
export { formatTimeMicros, parseTimeMicros } from './query/timeText.js';
export { BUILTIN_CONTEXTS, contextView } from './explore/exploreContexts.js';
// The Jaeger-compatible HTTP query API
export {
  createJaegerHandler,
  createScopedJaegerHandler,
  DEFAULT_JAEGER_API_LIMITS,
  dependenciesQuery,
  JaegerReads,
  JaegerRequestError,
  jaegerQueryRoute,
  operationsQuery,
  parseDependencyRequest,
  parseJaegerDuration,
  parseJaegerTags,
  parseTraceId,
  parseTraceSearch,
  servicesQuery,
  tagFilters,
  tenantScoped,
  toJaegerTrace,
  traceSearchQuery,
} from './jaeger/index.js';
export type {
  DependencyRequest,
  JaegerApiLimits,
  JaegerDependencyLink,
  JaegerError,
  JaegerHandler,
  JaegerHandlerOptions,
  JaegerKeyValue,
  JaegerLog,
  JaegerOperation,
  JaegerProcess,
  JaegerReference,
  JaegerRequestScope,
  JaegerResponse,
  JaegerSpan,
  JaegerTraceExtras,
  JaegerTrace,
  JaegerValueType,
  ScopedJaegerHandler,
  TraceSearch,
} from './jaeger/index.js';
