import {
  Attributes,
  createResource,
  createScope,
  createSpanEvent,
  createSpanLink,
  SourceFormat,
  SpanKind,
} from '@ht/enricher-sdk';
import type { InstrumentationScope, Resource } from '@ht/enricher-sdk';
import { SpanBatchBuilder } from '../../ingest/SpanBatchBuilder.js';
import type { DecodeContext, DecodedSpans } from '../../ingest/SpanDecoder.js';
import { scopeFromTags, statusFromTags } from '../common/statusFromTags.js';
import type { JaegerProcess, JaegerSpan, JaegerTag } from './JaegerSpan.js';

const KINDS: Readonly<Record<string, SpanKind>> = {
  client: SpanKind.CLIENT,
  server: SpanKind.SERVER,
  producer: SpanKind.PRODUCER,
  consumer: SpanKind.CONSUMER,
  internal: SpanKind.INTERNAL,
};
const ZERO_ID = /^0*$/;

/**
 * Maps a Jaeger batch onto canonical spans as the OTel Collector's jaeger translator does: the process's
 * service name and tags become the resource (shared by the batch); `span.kind` gives the kind; status from
 * `error` / `otel.status_code` / HTTP status tags; the parent is `parentSpanId`, else the first CHILD_OF
 * reference in the same trace; other references become links with `opentracing.ref_type`; logs become
 * events named by their `event` field; `w3c.tracestate` is the trace state; `otel.scope.*` the scope.
 *
 * @example
 * ```ts
 * const decoded = mapJaegerBatch({ serviceName: 'cart', tags: [] }, spans, ctx);
 * ```
 */
export function mapJaegerBatch(
  process: JaegerProcess | undefined,
  spans: readonly JaegerSpan[],
  ctx: DecodeContext,
): DecodedSpans {
  const out = new SpanBatchBuilder(ctx, SourceFormat.JAEGER);
  const resources = new Map<JaegerProcess, Resource>();
  const scopes = new Map<string, InstrumentationScope>();
  for (const span of spans) {
    try {
      const proc = span.process ?? process;
      let resource = proc && resources.get(proc);
      if (proc && !resource) resources.set(proc, (resource = processResource(proc)));
      const attrs = new Attributes();
      for (const [key, value] of span.tags) if (key !== '') attrs.set(key, value);
      const kind = KINDS[String(attrs.get('span.kind') ?? '').toLowerCase()] ?? SpanKind.INTERNAL;
      attrs.delete('span.kind');
      const traceState = attrs.asString('w3c.tracestate') ?? '';
      attrs.delete('w3c.tracestate');
      const status = statusFromTags(attrs, kind);
      const scopeTags = scopeFromTags(attrs);
      const scopeKey = `${scopeTags.name}\u0000${scopeTags.version}`;
      let scope = scopes.get(scopeKey);
      if (!scope) scopes.set(scopeKey, (scope = createScope(scopeTags)));
      const parentRef = span.references.find((r) => r.refType === 'child_of' && r.traceId === span.traceId);
      const parentSpanId = ZERO_ID.test(span.parentSpanId) ? (parentRef?.spanId ?? '') : span.parentSpanId;
      const links = span.references
        .filter((r) => !(r.refType === 'child_of' && r.spanId === parentSpanId))
        .map((r) =>
          createSpanLink({ traceId: r.traceId, spanId: r.spanId, attributes: { 'opentracing.ref_type': r.refType } }),
        );
      out.add({
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId,
        traceState,
        flags: span.flags & 0xff,
        name: span.operationName,
        kind,
        startTimeUnixNano: span.startNanos,
        endTimeUnixNano: span.startNanos + span.durationNanos,
        statusCode: status.code,
        statusMessage: status.message,
        attributes: attrs,
        resource,
        scope,
        events: span.logs.map((log) => logToEvent(log.timeNanos, log.fields)),
        links,
      });
    } catch (error) {
      out.reject(error instanceof Error ? error.message : String(error));
    }
  }
  return out.result();
}

function processResource(process: JaegerProcess): Resource {
  const attrs = new Attributes();
  for (const [key, value] of process.tags) if (key !== '') attrs.set(key, value);
  if (process.serviceName !== '') attrs.set('service.name', process.serviceName);
  return createResource({ attributes: attrs });
}

function logToEvent(timeNanos: bigint, fields: readonly JaegerTag[]): ReturnType<typeof createSpanEvent> {
  const attrs = new Attributes();
  let name = '';
  for (const [key, value] of fields) {
    if (key === 'event' && typeof value === 'string' && name === '') name = value;
    else if (key !== '') attrs.set(key, value);
  }
  return createSpanEvent({ name, timeUnixNano: timeNanos, attributes: attrs });
}
