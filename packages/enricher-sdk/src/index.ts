/**
 * `@ht/enricher-sdk`: the plugin contract. The canonical span/trace model every @ht package uses, its
 * Avro and JSON forms, the enricher and view plugin API (`defineEnricher`, `defineView`, column types),
 * the context interfaces plugins are given, the catalogue of enriched attribute keys and the error type.
 * What a pipeline uses to run plugins is in `@ht/enricher-sdk/host`; the built-in enrichers and views in
 * `@ht/enricher-sdk/builtins`.
 *
 * @example
 * ```ts
 * import { defineEnricher, durationNanos, SpanAttr, SpanType } from '@ht/enricher-sdk';
 *
 * export default defineEnricher({
 *   name: 'slow-entry',
 *   version: '1.0.0',
 *   dependsOn: ['span-type'],
 *   enrichSpan(span) {
 *     if (span.enriched.string(SpanAttr.TYPE) !== SpanType.ENTRY) return;
 *     span.enriched.set('ht.acme.slow', durationNanos(span) > 1_000_000_000n);
 *   },
 * });
 * ```
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

// Services the host gives plugins (the context interfaces)
export type { TimeSource } from './context/TimeSource.js';
export { noopLogger } from './context/Logger.js';
export type { LogFn, Logger } from './context/Logger.js';
export { noopMetrics } from './context/Metrics.js';
export type { Counter, Histogram, Labels, Metrics } from './context/Metrics.js';
export type { EntityStore } from './entities/EntityStore.js';
export { entityId } from './entities/entityId.js';
export { isProvisionalEntity, markProvisionalEntity } from './entities/provisionalEntity.js';

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

// The catalogue of enriched attribute keys the built-in enrichers write (plugins read them)
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
} from './catalogue/attributeKeys.js';
export { Normalized, NORMALIZED_PREFIX } from './catalogue/normalized.js';
export type { NormalizedKey } from './catalogue/normalized.js';

// The error type (from @ht/stream-core/errors, the same symbols), so plugins need only this package
export { HtError, HtErrorCode, isHtError, toHtError } from '@ht/stream-core/errors';
