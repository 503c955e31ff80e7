import {
  Attributes,
  createResource,
  createScope,
  normalizeSpanId,
  normalizeTraceId,
  SourceFormat,
  SpanKind,
} from '@ht/enricher-sdk';
import type { InstrumentationScope, Resource } from '@ht/enricher-sdk';
import { SpanBatchBuilder } from '../../ingest/SpanBatchBuilder.js';
import type { MappedSpan } from '../../ingest/SpanBatchBuilder.js';
import { guardDecode } from '../../ingest/SpanDecoder.js';
import type { DecodeContext, DecodedSpans } from '../../ingest/SpanDecoder.js';
import { scopeFromTags, statusFromTags } from '../common/statusFromTags.js';
import { annotationToEvent } from './zipkinAnnotation.js';
import { linksFromTags } from './zipkinLinks.js';
import type { ZipkinEndpoint, ZipkinKind, ZipkinSpan } from './ZipkinSpan.js';

const KINDS: Readonly<Record<ZipkinKind, SpanKind>> = {
  '': SpanKind.INTERNAL,
  CLIENT: SpanKind.CLIENT,
  SERVER: SpanKind.SERVER,
  PRODUCER: SpanKind.PRODUCER,
  CONSUMER: SpanKind.CONSUMER,
};

/**
 * Shares one `Resource` per local service name within a payload, as OTLP batches share theirs.
 *
 * @example
 * ```ts
 * const resources = new ZipkinResources();
 * resources.of('frontend') === resources.of('frontend'); // true
 * ```
 */
export class ZipkinResources {
  private readonly byService = new Map<string, Resource>();
  private readonly scopes = new Map<string, InstrumentationScope>();

  of(serviceName: string): Resource {
    let resource = this.byService.get(serviceName);
    if (!resource) {
      resource = createResource({ attributes: serviceName === '' ? {} : { 'service.name': serviceName } });
      this.byService.set(serviceName, resource);
    }
    return resource;
  }

  scope(name: string, version: string): InstrumentationScope {
    const key = `${name}\u0000${version}`;
    let scope = this.scopes.get(key);
    if (!scope) this.scopes.set(key, (scope = createScope({ name, version })));
    return scope;
  }
}

/**
 * Maps a Zipkin span onto the canonical span as the OTel Collector's zipkin translator does: ids widened
 * to 128/64-bit hex (an all-zero parent is no parent), times from microseconds, the local endpoint's service name as `service.name`, the
 * remote endpoint as `peer.service` / `net.peer.ip` / `net.peer.port`, the local address as
 * `net.host.ip` / `net.host.port`, annotations as events (the Collector's `name|{attributes}|dropped` and OTel's
 * JSON event form parsed), `otlp.link.N` tags as links (see `linksFromTags`), other tags as string attributes,
 * status from the `error` / `otel.status_code` / HTTP status tags (see `statusFromTags`).
 *
 * @example
 * ```ts
 * builder.add(mapZipkinSpan(span, resources));
 * ```
 */
export function mapZipkinSpan(span: ZipkinSpan, resources: ZipkinResources): MappedSpan {
  const kind = KINDS[span.kind];
  const attrs = new Attributes();
  for (const [key, value] of span.tags) if (key !== '') attrs.set(key, value);
  endpointAttributes(attrs, span.localEndpoint, 'net.host');
  if (span.remoteEndpoint) {
    if (span.remoteEndpoint.serviceName !== '') attrs.set('peer.service', span.remoteEndpoint.serviceName);
    endpointAttributes(attrs, span.remoteEndpoint, 'net.peer');
  }
  if (span.shared) attrs.set('zipkin.shared', true);
  if (span.debug) attrs.set('zipkin.debug', true);
  const status = statusFromTags(attrs, kind);
  const links = linksFromTags(attrs);
  const scope = scopeFromTags(attrs);
  const start = span.timestampNanos;
  return {
    traceId: normalizeTraceId(span.traceId) ?? span.traceId,
    spanId: normalizeSpanId(span.id) ?? span.id,
    parentSpanId: /^0*$/.test(span.parentId) ? '' : (normalizeSpanId(span.parentId) ?? span.parentId),
    name: span.name,
    kind,
    startTimeUnixNano: start,
    endTimeUnixNano: start + span.durationNanos,
    statusCode: status.code,
    statusMessage: status.message,
    attributes: attrs,
    resource: resources.of(span.localEndpoint?.serviceName ?? ''),
    scope: resources.scope(scope.name, scope.version),
    events: span.annotations.map((a) => annotationToEvent(a.value, a.timestampNanos)),
    links,
  };
}

function endpointAttributes(attrs: Attributes, endpoint: ZipkinEndpoint | undefined, prefix: string): void {
  if (!endpoint) return;
  const ip = endpoint.ipv4 || endpoint.ipv6;
  if (ip !== '') attrs.set(`${prefix}.ip`, ip);
  if (endpoint.port > 0) attrs.set(`${prefix}.port`, BigInt(endpoint.port));
}

/**
 * The common tail of every Zipkin decoder: read the payload into {@link ZipkinSpan}s (any library or
 * shape error becomes an `INPUT_INVALID` naming the encoding), then map each onto a canonical span.
 *
 * @example
 * ```ts
 * return decodeZipkin('zipkin_proto', 'not a zipkin.proto3.ListOfSpans', ctx, () => fromProto(payload));
 * ```
 */
export function decodeZipkin(
  encoding: string,
  problem: string,
  ctx: DecodeContext,
  read: () => readonly ZipkinSpan[],
): DecodedSpans {
  const spans = guardDecode(encoding, problem, read);
  const out = new SpanBatchBuilder(ctx, SourceFormat.ZIPKIN);
  const resources = new ZipkinResources();
  for (const span of spans) {
    try {
      out.add(mapZipkinSpan(span, resources));
    } catch (error) {
      out.reject(error instanceof Error ? error.message : String(error));
    }
  }
  return out.result();
}
