// The Jaeger-compatible HTTP query API (docs/graphql.md, "Jaeger-compatible API").
export { createJaegerHandler, createScopedJaegerHandler } from './createJaegerHandler.js';
export type {
  JaegerHandler,
  JaegerHandlerOptions,
  JaegerRequestScope,
  ScopedJaegerHandler,
} from './createJaegerHandler.js';
export { DEFAULT_JAEGER_API_LIMITS } from './JaegerApiLimits.js';
export type { JaegerApiLimits } from './JaegerApiLimits.js';
export type {
  JaegerDependencyLink,
  JaegerError,
  JaegerKeyValue,
  JaegerLog,
  JaegerOperation,
  JaegerProcess,
  JaegerReference,
  JaegerResponse,
  JaegerSpan,
  JaegerTrace,
  JaegerValueType,
} from './JaegerJson.js';
export { JaegerReads } from './jaegerReads.js';
export { JaegerRequestError } from './JaegerRequestError.js';
export { parseJaegerDuration } from './jaegerDuration.js';
export { parseJaegerTags } from './jaegerTags.js';
export { parseDependencyRequest, parseTraceId, parseTraceSearch } from './jaegerParams.js';
export type { DependencyRequest, TraceSearch } from './jaegerParams.js';
export {
  dependenciesQuery,
  operationsQuery,
  servicesQuery,
  tagFilters,
  tenantScoped,
  traceSearchQuery,
} from './jaegerQueries.js';
export { toJaegerTrace } from './toJaegerTrace.js';
export type { JaegerTraceExtras } from './toJaegerTrace.js';
export { jaegerQueryRoute } from './jaegerQueryRoute.js';
