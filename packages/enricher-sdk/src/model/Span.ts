import { Attributes } from './attributes.js';
import type { AttributeEntries, ReadonlyAttributes } from './attributes.js';
import { EMPTY_RESOURCE, EMPTY_SCOPE, frozenAttributes } from './Resource.js';
import type { InstrumentationScope, Resource } from './Resource.js';
import type { SpanEvent, SpanLink } from './SpanEvent.js';

/**
 * Span kinds (OTel). An unspecified kind is `INTERNAL`.
 *
 * @example
 * ```ts
 * if (span.kind === SpanKind.SERVER) console.log('an entry span');
 * ```
 */
export const SpanKind = {
  SERVER: 'SERVER',
  CLIENT: 'CLIENT',
  PRODUCER: 'PRODUCER',
  CONSUMER: 'CONSUMER',
  INTERNAL: 'INTERNAL',
} as const;
/** One of the {@link SpanKind} values. */
export type SpanKind = (typeof SpanKind)[keyof typeof SpanKind];

/**
 * Span status codes (OTel).
 *
 * @example
 * ```ts
 * const failed = span.statusCode === StatusCode.ERROR;
 * ```
 */
export const StatusCode = { UNSET: 'UNSET', OK: 'OK', ERROR: 'ERROR' } as const;
/** One of the {@link StatusCode} values. */
export type StatusCode = (typeof StatusCode)[keyof typeof StatusCode];

/**
 * The wire format a span arrived in (`internal`: built in code, e.g. test fixtures).
 *
 * @example
 * ```ts
 * createSpan({ ...init, sourceFormat: SourceFormat.ZIPKIN });
 * ```
 */
export const SourceFormat = {
  OTLP: 'otlp',
  ZIPKIN: 'zipkin',
  JAEGER: 'jaeger',
  OPENCENSUS: 'opencensus',
  INTERNAL: 'internal',
} as const;
/** One of the {@link SourceFormat} values. */
export type SourceFormat = (typeof SourceFormat)[keyof typeof SourceFormat];

/**
 * The prefix of every enriched attribute key.
 *
 * @example
 * ```ts
 * span.enriched.set(`${ENRICHED_PREFIX}api.name`, 'GET /cart');
 * ```
 */
export const ENRICHED_PREFIX = 'ht.';

/**
 * The canonical span every input format maps onto (OTel's model plus tenant, receive time and source
 * format). Every span has the same properties in the same order (build it with {@link createSpan}):
 * absent values are `''`, `0`, `0n` or empty, never `undefined`, so V8 keeps one shape for all spans.
 *
 * Client data (`attr`, `resource`, `scope`, `events`, `links`) is read-only; enrichers write only to
 * `enriched`, whose keys start with `ht.`.
 *
 * @example
 * ```ts
 * const route = span.attr.string('http.route');
 * span.enriched.set('ht.api.name', `${span.attr.string('http.request.method')} ${route}`);
 * ```
 */
export interface Span {
  readonly tenantId: string;
  /** 32 lowercase hex characters. */
  readonly traceId: string;
  /** 16 lowercase hex characters. */
  readonly spanId: string;
  /** `''` for a root span. */
  readonly parentSpanId: string;
  /** W3C tracestate, `''` when absent. */
  readonly traceState: string;
  /** W3C trace flags and OTLP span flags. */
  readonly flags: number;
  readonly name: string;
  readonly kind: SpanKind;
  /** Unix time in nanoseconds. */
  readonly startTimeUnixNano: bigint;
  /** Unix time in nanoseconds. */
  readonly endTimeUnixNano: bigint;
  readonly statusCode: StatusCode;
  readonly statusMessage: string;
  /** Client attributes: read-only. */
  readonly attr: ReadonlyAttributes;
  readonly resource: Resource;
  readonly scope: InstrumentationScope;
  readonly events: readonly SpanEvent[];
  readonly links: readonly SpanLink[];
  readonly droppedAttributesCount: number;
  readonly droppedEventsCount: number;
  readonly droppedLinksCount: number;
  /** When a receiver accepted the span, unix nanoseconds (`0n` when unknown). */
  readonly receivedAtUnixNano: bigint;
  readonly sourceFormat: SourceFormat;
  /** Enriched attributes (`ht.` keys), written by enrichers. */
  readonly enriched: Attributes;
}

/**
 * Fields accepted by {@link createSpan}: ids, name and times are required, the rest default to empty.
 *
 * @example
 * ```ts
 * const init: SpanInit = { traceId, spanId, name: 'GET /', startTimeUnixNano: start, endTimeUnixNano: end };
 * ```
 */
export interface SpanInit {
  readonly tenantId?: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly traceState?: string;
  readonly flags?: number;
  readonly name: string;
  readonly kind?: SpanKind;
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly statusCode?: StatusCode;
  readonly statusMessage?: string;
  readonly attributes?: ReadonlyAttributes | AttributeEntries;
  readonly resource?: Resource;
  readonly scope?: InstrumentationScope;
  readonly events?: readonly SpanEvent[];
  readonly links?: readonly SpanLink[];
  readonly droppedAttributesCount?: number;
  readonly droppedEventsCount?: number;
  readonly droppedLinksCount?: number;
  readonly receivedAtUnixNano?: bigint;
  readonly sourceFormat?: SourceFormat;
  /** Enriched attributes: an unfrozen `Attributes` with the `ht.` prefix is taken as is, anything else copied. */
  readonly enriched?: Attributes | AttributeEntries;
}

const NO_EVENTS: readonly SpanEvent[] = Object.freeze([]);
const NO_LINKS: readonly SpanLink[] = Object.freeze([]);

/**
 * The tenant of spans that carry none.
 *
 * @example
 * ```ts
 * const tenantId = request.headers['x-tenant-id'] ?? DEFAULT_TENANT;
 * ```
 */
export const DEFAULT_TENANT = 'default';

/**
 * Builds a {@link Span} with every property set in the canonical order; client attributes are frozen.
 * Ids are taken as given: normalize them first ({@link normalizeTraceId}) when the input may differ.
 *
 * @example
 * ```ts
 * const span = createSpan({
 *   traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', name: 'GET /cart',
 *   kind: 'SERVER', startTimeUnixNano: 1_700_000_000_000_000_000n, endTimeUnixNano: 1_700_000_000_005_000_000n,
 *   attributes: { 'http.request.method': 'GET' }, resource: createResource({ attributes: { 'service.name': 'cart' } }),
 * });
 * ```
 */
export function createSpan(init: SpanInit): Span {
  return {
    tenantId: init.tenantId ?? DEFAULT_TENANT,
    traceId: init.traceId,
    spanId: init.spanId,
    parentSpanId: init.parentSpanId ?? '',
    traceState: init.traceState ?? '',
    flags: init.flags ?? 0,
    name: init.name,
    kind: init.kind ?? SpanKind.INTERNAL,
    startTimeUnixNano: init.startTimeUnixNano,
    endTimeUnixNano: init.endTimeUnixNano,
    statusCode: init.statusCode ?? StatusCode.UNSET,
    statusMessage: init.statusMessage ?? '',
    attr: frozenAttributes(init.attributes),
    resource: init.resource ?? EMPTY_RESOURCE,
    scope: init.scope ?? EMPTY_SCOPE,
    events: init.events ?? NO_EVENTS,
    links: init.links ?? NO_LINKS,
    droppedAttributesCount: init.droppedAttributesCount ?? 0,
    droppedEventsCount: init.droppedEventsCount ?? 0,
    droppedLinksCount: init.droppedLinksCount ?? 0,
    receivedAtUnixNano: init.receivedAtUnixNano ?? 0n,
    sourceFormat: init.sourceFormat ?? SourceFormat.INTERNAL,
    enriched: enrichedAttributes(init.enriched),
  };
}

/**
 * The enriched attributes of a new span or trace: an unfrozen {@link Attributes} with the `ht.` prefix is
 * used as is (no copy), anything else is copied into a new one.
 *
 * @example
 * ```ts
 * const enriched = enrichedAttributes({ 'ht.service.name': 'cart' });
 * ```
 */
export function enrichedAttributes(init: Attributes | AttributeEntries | undefined): Attributes {
  if (init instanceof Attributes && init.keyPrefix === ENRICHED_PREFIX && !init.isFrozen) return init;
  return new Attributes(init, ENRICHED_PREFIX);
}
