/**
 * `@ht/enricher-sdk`: the canonical span/trace model every @ht package uses, its Avro and JSON forms,
 * and the enricher and view plugin API.
 *
 * @packageDocumentation
 */

// Model
export {
  AttributeType,
  assertAttributeValue,
  attributeTypeOf,
  attributeValueToString,
} from './model/AttributeValue.js';
export type { AttributeValue } from './model/AttributeValue.js';
export { Attributes, EMPTY_ATTRIBUTES } from './model/attributes.js';
export type { AttributeEntries, ReadonlyAttributes } from './model/attributes.js';
export {
  createResource,
  createScope,
  EMPTY_RESOURCE,
  EMPTY_SCOPE,
  frozenAttributes,
  serviceName,
} from './model/Resource.js';
export type { InstrumentationScope, Resource, ResourceInit, ScopeInit } from './model/Resource.js';
export { createSpanEvent, createSpanLink } from './model/SpanEvent.js';
export type { SpanEvent, SpanEventInit, SpanLink, SpanLinkInit } from './model/SpanEvent.js';
export {
  createSpan,
  DEFAULT_TENANT,
  ENRICHED_PREFIX,
  enrichedAttributes,
  SourceFormat,
  SpanKind,
  StatusCode,
} from './model/Span.js';
export type { Span, SpanInit } from './model/Span.js';
export { createTrace } from './model/Trace.js';
export type { EnrichmentError, Trace, TraceInit } from './model/Trace.js';
export { createCallEdge, EntityType } from './model/Entity.js';
export type { CallEdge, CallEdgeInit, CalleeType, Entity } from './model/Entity.js';
export { bytesToHex, isSpanId, isTenantId, isTraceId, normalizeSpanId, normalizeTraceId } from './model/ids.js';
export {
  durationMicros,
  durationNanos,
  microsToNanos,
  millisToNanos,
  nanosToMicros,
  nanosToMillis,
} from './model/time.js';
export { indexTrace } from './model/TraceIndex.js';
export type { TraceIndex } from './model/TraceIndex.js';
export { validateSpan } from './model/validateSpan.js';

// JSON debug form
export { attributesFromJson, attributesToJson } from './json/attributesJson.js';
export type { AttributesJson, AttributeValueJson } from './json/attributesJson.js';
export { spanFromJson, spanToJson } from './json/spanJson.js';
export type { ResourceJson, ScopeJson, SpanEventJson, SpanJson, SpanLinkJson } from './json/spanJson.js';
export { traceFromJson, traceToJson } from './json/traceJson.js';
export type { TraceJson } from './json/traceJson.js';

// Avro (Kafka between stages)
export type { AvroCodec } from './avro/AvroCodec.js';
export { enrichedTraceCodec, rawSpanCodec, traceCodec } from './avro/codecs.js';
export { AVRO_NAMESPACE, AVRO_SCHEMA_VERSION } from './avro/schemaParts.js';
export type { AvroSchema } from './avro/schemaParts.js';
export { enrichedTraceSchema, rawSpanSchema, traceSchema } from './avro/schemas.js';

// Host services given to plugins
export { systemClock } from './context/Clock.js';
export type { Clock } from './context/Clock.js';
export { noopLogger } from './context/Logger.js';
export type { LogFn, Logger } from './context/Logger.js';
export { labelledMetrics, noopMetrics } from './context/Metrics.js';
export type { Counter, Histogram, Labels, Metrics } from './context/Metrics.js';
export type { EntityStore } from './entities/EntityStore.js';
export { entityId } from './entities/entityId.js';

// Plugin API
export type { EnrichContext, EnricherInitContext } from './plugin/context.js';
export { defineEnricher, NO_CONFIG } from './plugin/defineEnricher.js';
export type {
  ConfigSchema,
  EnricherDefinition,
  EnricherSpec,
  EnricherSpecBase,
  MaybePromise,
  NoConfig,
  SpanEnricherSpec,
  TraceEnricherSpec,
} from './plugin/defineEnricher.js';
export { COLUMN_TYPES, ColumnType, isColumnValue } from './plugin/columns.js';
export type {
  ColumnName,
  Columns,
  ColumnSpec,
  ColumnValue,
  ColumnValueTypes,
  DatetimeColumnName,
  RowOf,
} from './plugin/columns.js';
export { defineView } from './plugin/defineView.js';
export type { ViewDefinition, ViewSpec } from './plugin/defineView.js';
export { orderByDependencies } from './plugin/order.js';
export type { Orderable } from './plugin/order.js';
export { isEnricherDefinition, isViewDefinition } from './plugin/pluginExports.js';
export { Isolation, pluginsConfigSchema } from './plugin/pluginsConfig.js';
export type { PluginsConfig, PluginsConfigInput } from './plugin/pluginsConfig.js';
export { loadPlugins } from './plugin/loadPlugins.js';
export type {
  BuiltinPlugins,
  LoadedEnricher,
  LoadedPlugins,
  LoadPluginsOptions,
  PluginSource,
} from './plugin/loadPlugins.js';
export { resolvePluginModule } from './plugin/resolveModule.js';
export { prepareEnricher } from './plugin/prepareEnricher.js';
export type { PrepareEnricherOptions } from './plugin/prepareEnricher.js';

// Running enrichers, isolated
export { EnricherChain } from './isolation/EnricherChain.js';
export type { EnricherServices } from './isolation/EnricherExecutor.js';
export { MAX_ERRORS_PER_ENRICHER_PER_TRACE } from './isolation/FailureRecorder.js';

// Entity stores
export { MemoryEntityStore } from './entities/MemoryEntityStore.js';

// Built-in enrichers: the catalogue of enriched attribute keys and the semantic-convention mapping
export {
  ApiAttr,
  ApiBoundary,
  ApiStatus,
  BackendAttr,
  BackendType,
  ErrorAttr,
  GrpcAttr,
  HttpAttr,
  Protocol,
  RESOURCE_ATTR_PREFIX,
  ServiceAttr,
  SpaceAttr,
  SpanAttr,
  SpanType,
  TraceAttr,
  UserAgentAttr,
} from './builtins/attributes.js';
export { Normalized, NORMALIZED_PREFIX, SEMCONV_TABLE } from './builtins/semconv.js';
export type { NormalizedKey, SemconvOrigin, SemconvRule, SemconvSource } from './builtins/semconv.js';
export { BUILTIN_ENRICHERS_MODULE_URL, builtinEnrichers } from './builtins/index.js';
export { BuiltinEnricher } from './builtins/enrichers/names.js';
export { adjustedEndOf, adjustedStartOf, clockSkew } from './builtins/enrichers/clockSkew.js';
export { templatePath } from './builtins/enrichers/pathTemplate.js';
export { apiBoundary } from './builtins/enrichers/apiBoundary.js';
export { apiNaming } from './builtins/enrichers/apiNaming.js';
export { apiStatus } from './builtins/enrichers/apiStatus.js';
export { backend } from './builtins/enrichers/backend.js';
export { entityWrites } from './builtins/enrichers/entityWrites.js';
export { errors } from './builtins/enrichers/errors.js';
export { exitCalls } from './builtins/enrichers/exitCalls.js';
export { grpc } from './builtins/enrichers/grpc.js';
export { http } from './builtins/enrichers/http.js';
export { DEFAULT_RESOURCE_KEYS, resourceAttributes } from './builtins/enrichers/resourceAttributes.js';
export { semconv } from './builtins/enrichers/semconv.js';
export { serviceEntity } from './builtins/enrichers/serviceEntity.js';
export { spaces } from './builtins/enrichers/spaces.js';
export { spanType } from './builtins/enrichers/spanType.js';
export { traceStats } from './builtins/enrichers/traceStats.js';
export { transactionName } from './builtins/enrichers/transactionName.js';
export { userAgent } from './builtins/enrichers/userAgent.js';
export {
  backendEntityView,
  builtinViews,
  logEventView,
  rawServiceView,
  rawTraceView,
  serviceCallView,
  spanEventView,
} from './builtins/views/index.js';
