import { createResource, createScope } from '../model/Resource.js';
import type { InstrumentationScope, Resource } from '../model/Resource.js';
import { createSpan, ENRICHED_PREFIX } from '../model/Span.js';
import type { SourceFormat, Span, SpanKind, StatusCode } from '../model/Span.js';
import { createSpanEvent, createSpanLink } from '../model/SpanEvent.js';
import type { SpanEvent, SpanLink } from '../model/SpanEvent.js';
import { attributesFromJson, attributesToJson } from './attributesJson.js';
import type { AttributesJson } from './attributesJson.js';
import { parseJsonForm, spanJsonSchema } from './jsonSchemas.js';

/**
 * The JSON debug form of a {@link Resource}.
 *
 * @example
 * ```ts
 * const resource: ResourceJson = { attributes: { 'service.name': 'cart' }, droppedAttributesCount: 0, schemaUrl: '' };
 * ```
 */
export interface ResourceJson {
  readonly attributes: AttributesJson;
  readonly droppedAttributesCount: number;
  readonly schemaUrl: string;
}

/**
 * The JSON debug form of an {@link InstrumentationScope}.
 *
 * @example
 * ```ts
 * const scope: ScopeJson = { name: 'http', version: '1.0', attributes: {}, droppedAttributesCount: 0, schemaUrl: '' };
 * ```
 */
export interface ScopeJson extends ResourceJson {
  readonly name: string;
  readonly version: string;
}

/**
 * The JSON debug form of a {@link SpanEvent}; the time is a decimal string of nanoseconds.
 *
 * @example
 * ```ts
 * const event: SpanEventJson = { name: 'exception', timeUnixNano: '1704067200000000000', attributes: {}, droppedAttributesCount: 0 };
 * ```
 */
export interface SpanEventJson {
  readonly name: string;
  readonly timeUnixNano: string;
  readonly attributes: AttributesJson;
  readonly droppedAttributesCount: number;
}

/**
 * The JSON debug form of a {@link SpanLink}.
 *
 * @example
 * ```ts
 * const link: SpanLinkJson | undefined = spanToJson(span).links[0];
 * ```
 */
export interface SpanLinkJson {
  readonly traceId: string;
  readonly spanId: string;
  readonly traceState: string;
  readonly flags: number;
  readonly attributes: AttributesJson;
  readonly droppedAttributesCount: number;
}

/**
 * The JSON debug form of a {@link Span}: the same fields, times as decimal strings of nanoseconds,
 * attributes as {@link AttributesJson}. `JSON.stringify` can write it; {@link spanFromJson} reads it back.
 *
 * @example
 * ```ts
 * const json: SpanJson = spanToJson(span);
 * const again = spanFromJson(JSON.parse(JSON.stringify(json)));
 * ```
 */
export interface SpanJson {
  readonly tenantId: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly traceState: string;
  readonly flags: number;
  readonly name: string;
  readonly kind: SpanKind;
  readonly startTimeUnixNano: string;
  readonly endTimeUnixNano: string;
  readonly statusCode: StatusCode;
  readonly statusMessage: string;
  readonly attributes: AttributesJson;
  readonly resource: ResourceJson;
  readonly scope: ScopeJson;
  readonly events: readonly SpanEventJson[];
  readonly links: readonly SpanLinkJson[];
  readonly droppedAttributesCount: number;
  readonly droppedEventsCount: number;
  readonly droppedLinksCount: number;
  readonly receivedAtUnixNano: string;
  readonly sourceFormat: SourceFormat;
  readonly enriched: AttributesJson;
}

/**
 * A span to its JSON debug form (lossless).
 *
 * @example
 * ```ts
 * console.log(JSON.stringify(spanToJson(span), null, 2));
 * ```
 */
export function spanToJson(span: Span): SpanJson {
  return {
    tenantId: span.tenantId,
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    traceState: span.traceState,
    flags: span.flags,
    name: span.name,
    kind: span.kind,
    startTimeUnixNano: span.startTimeUnixNano.toString(),
    endTimeUnixNano: span.endTimeUnixNano.toString(),
    statusCode: span.statusCode,
    statusMessage: span.statusMessage,
    attributes: attributesToJson(span.attr),
    resource: resourceToJson(span.resource),
    scope: { ...resourceToJson(span.scope), name: span.scope.name, version: span.scope.version },
    events: span.events.map((e) => ({
      name: e.name,
      timeUnixNano: e.timeUnixNano.toString(),
      attributes: attributesToJson(e.attr),
      droppedAttributesCount: e.droppedAttributesCount,
    })),
    links: span.links.map((l) => ({
      traceId: l.traceId,
      spanId: l.spanId,
      traceState: l.traceState,
      flags: l.flags,
      attributes: attributesToJson(l.attr),
      droppedAttributesCount: l.droppedAttributesCount,
    })),
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
    receivedAtUnixNano: span.receivedAtUnixNano.toString(),
    sourceFormat: span.sourceFormat,
    enriched: attributesToJson(span.enriched),
  };
}

function resourceToJson(r: Resource | InstrumentationScope): ResourceJson {
  return {
    attributes: attributesToJson(r.attr),
    droppedAttributesCount: r.droppedAttributesCount,
    schemaUrl: r.schemaUrl,
  };
}

/**
 * A span from its JSON debug form. Optional fields may be left out (handy for hand-written fixtures);
 * throws `INPUT_INVALID` listing every problem with its path.
 *
 * @example
 * ```ts
 * const span = spanFromJson(JSON.parse(text));
 * ```
 */
export function spanFromJson(json: unknown): Span {
  return spanFromParsed(parseJsonForm(spanJsonSchema, json, 'span'));
}

/** @internal Converts an already validated span JSON object. */
export function spanFromParsed(j: ReturnType<typeof spanJsonSchema.parse>): Span {
  const events: SpanEvent[] = j.events.map((e) =>
    createSpanEvent({
      name: e.name,
      timeUnixNano: BigInt(e.timeUnixNano),
      attributes: attributesFromJson(e.attributes),
      droppedAttributesCount: e.droppedAttributesCount,
    }),
  );
  const links: SpanLink[] = j.links.map((l) => createSpanLink({ ...l, attributes: attributesFromJson(l.attributes) }));
  return createSpan({
    ...j,
    startTimeUnixNano: BigInt(j.startTimeUnixNano),
    endTimeUnixNano: BigInt(j.endTimeUnixNano),
    receivedAtUnixNano: BigInt(j.receivedAtUnixNano),
    attributes: attributesFromJson(j.attributes),
    resource: createResource({ ...j.resource, attributes: attributesFromJson(j.resource.attributes) }),
    scope: createScope({ ...j.scope, attributes: attributesFromJson(j.scope.attributes) }),
    events,
    links,
    enriched: attributesFromJson(j.enriched, ENRICHED_PREFIX),
  });
}
