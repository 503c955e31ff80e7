/**
 * `@ht/enricher-sdk/builtins`: the built-in enrichers and views, what a pipeline hands to `loadPlugins`
 * (`@ht/enricher-sdk/host`), and the data and helpers they are made of (the semantic-convention table,
 * clock-skew adjustment, path templating). Plugin authors do not need it: the keys the built-ins write
 * (`SpanAttr`, `ApiAttr`, `Normalized`, …) are in the root, `@ht/enricher-sdk`.
 *
 * @example
 * ```ts
 * import { loadPlugins } from '@ht/enricher-sdk/host';
 * import { BUILTIN_PLUGINS_MODULE_URL, builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
 *
 * const plugins = await loadPlugins(config.plugins, {
 *   builtins: { enrichers: builtinEnrichers, views: builtinViews, moduleUrl: BUILTIN_PLUGINS_MODULE_URL },
 * });
 * ```
 *
 * @packageDocumentation
 */

// Where a worker imports the built-ins from
export { BUILTIN_PLUGINS_MODULE_URL } from './builtinPluginsModule.js';

// The built-in enrichers
export { builtinEnrichers } from './builtinEnrichers.js';
export { BuiltinEnricher } from './enrichers/names.js';
export { apiBoundary } from './enrichers/apiBoundary.js';
export { apiNaming } from './enrichers/apiNaming.js';
export { apiStatus } from './enrichers/apiStatus.js';
export { backend } from './enrichers/backend.js';
export { adjustedEndOf, adjustedStartOf, clockSkew } from './enrichers/clockSkew.js';
export { entityWrites } from './enrichers/entityWrites.js';
export { errors } from './enrichers/errors.js';
export { exitCalls } from './enrichers/exitCalls.js';
export { grpc } from './enrichers/grpc.js';
export { http } from './enrichers/http.js';
export { templatePath } from './enrichers/pathTemplate.js';
export { DEFAULT_RESOURCE_KEYS, resourceAttributes } from './enrichers/resourceAttributes.js';
export { semconv } from './enrichers/semconv.js';
export { serviceEntity } from './enrichers/serviceEntity.js';
export { spaces } from './enrichers/spaces.js';
export { spanType } from './enrichers/spanType.js';
export { traceStats } from './enrichers/traceStats.js';
export { transactionName } from './enrichers/transactionName.js';
export { userAgent } from './enrichers/userAgent.js';

// The semantic-convention mapping the `semconv` enricher applies
export { SEMCONV_TABLE } from './semconv.js';
export type { SemconvOrigin, SemconvRule, SemconvSource } from './semconv.js';

// The built-in views
export {
  backendEntityView,
  builtinViews,
  logEventView,
  rawServiceView,
  rawTraceView,
  serviceCallView,
  spanEventView,
  spanLinkView,
  spanResourceView,
} from './views/index.js';
export {
  ATTRIBUTE_NUMBER_PATTERN,
  ENRICHED_IN_COLUMNS,
  SPAN_EVENT_ENRICHED_COLUMNS,
  heldByColumn,
  isHeldKey,
  spanEventEnrichedAttributes,
} from './views/spanEventEnriched.js';
