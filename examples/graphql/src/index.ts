/**
 * `@ht/graphql`: the @ht query API, Hypertrace's GraphQL over a view store (`ViewStore` of `@ht/sinks`):
 * traces, spans, log events, entities (services, APIs, backends) with metrics and the service map, and
 * `explore` over any view; every query scoped to one tenant, with limits. A library: `ht` mounts it at
 * `/graphql` on port 2020 (docs/contracts.md), and it runs alone against ClickHouse. See docs/graphql.md.
 *
 * @packageDocumentation
 */

// Schema
export { contractTypeDefs } from './schema/contractTypeDefs.js';

// The Jaeger-compatible HTTP query API
export {
  createJaegerHandler,
  createScopedJaegerHandler,
  DEFAULT_JAEGER_API_LIMITS,
  dependenciesQuery,
  JaegerReads,
  JaegerRequestError,
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
  JaegerTrace,
  JaegerValueType,
  ScopedJaegerHandler,
  TraceSearch,
} from './jaeger/index.js';
