import {
  createResource,
  createScope,
  createSpan,
  createSpanEvent,
  createSpanLink,
  SourceFormat,
  SpanKind,
  StatusCode,
} from '@ht/enricher-sdk';
import type { SpanEvent, SpanLink } from '@ht/enricher-sdk';
import { opentelemetry } from '#generated/proto/otlp.js';
import { SpanBatchBuilder } from '../../ingest/SpanBatchBuilder.js';
import { guardDecode } from '../../ingest/SpanDecoder.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { countProtoFields } from '../../wire/countProtoFields.js';
import { bytesHex, unsignedBigint } from '../../wire/protobufValues.js';
import { otlpAttributes } from './otlpAttributes.js';

type Request = opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest;
type OtlpSpan = opentelemetry.proto.trace.v1.ISpan;

/** OTLP `SpanKind` numbers to canonical kinds; 0 (unspecified) is INTERNAL, as the spec allows. */
const KINDS: readonly SpanKind[] = [
  SpanKind.INTERNAL,
  SpanKind.INTERNAL,
  SpanKind.SERVER,
  SpanKind.CLIENT,
  SpanKind.PRODUCER,
  SpanKind.CONSUMER,
];
const STATUSES: readonly StatusCode[] = [StatusCode.UNSET, StatusCode.OK, StatusCode.ERROR];

/**
 * Maps a decoded OTLP `ExportTraceServiceRequest` (from protobuf or JSON) straight onto canonical spans:
 * one shared `Resource` per ResourceSpans and one `InstrumentationScope` per ScopeSpans, ids as lowercase
 * hex, times as exact bigint nanoseconds. Spans that break the model's rules come back as rejected.
 *
 * @example
 * ```ts
 * const { spans, rejected } = mapOtlpRequest(ExportTraceServiceRequest.decode(body), ctx);
 * ```
 */
export function mapOtlpRequest(request: Request, ctx: DecodeContext): DecodedSpans {
  const out = new SpanBatchBuilder(ctx, SourceFormat.OTLP);
  for (const rs of request.resourceSpans ?? []) {
    const resource = createResource({
      attributes: otlpAttributes(rs.resource?.attributes),
      droppedAttributesCount: rs.resource?.droppedAttributesCount ?? 0,
      schemaUrl: rs.schemaUrl ?? '',
    });
    for (const ss of rs.scopeSpans ?? []) {
      const scope = createScope({
        name: ss.scope?.name ?? '',
        version: ss.scope?.version ?? '',
        attributes: otlpAttributes(ss.scope?.attributes),
        droppedAttributesCount: ss.scope?.droppedAttributesCount ?? 0,
        schemaUrl: ss.schemaUrl ?? '',
      });
      for (const span of ss.spans ?? []) {
        out.addSpan(
          createSpan({
            tenantId: ctx.tenantId,
            traceId: bytesHex(span.traceId),
            spanId: bytesHex(span.spanId),
            parentSpanId: bytesHex(span.parentSpanId),
            traceState: span.traceState ?? '',
            flags: span.flags ?? 0,
            name: span.name ?? '',
            kind: KINDS[span.kind ?? 0] ?? SpanKind.INTERNAL,
            startTimeUnixNano: unsignedBigint(span.startTimeUnixNano),
            endTimeUnixNano: unsignedBigint(span.endTimeUnixNano),
            statusCode: STATUSES[span.status?.code ?? 0] ?? StatusCode.UNSET,
            statusMessage: span.status?.message ?? '',
            attributes: otlpAttributes(span.attributes),
            resource,
            scope,
            events: events(span),
            links: links(span),
            droppedAttributesCount: span.droppedAttributesCount ?? 0,
            droppedEventsCount: span.droppedEventsCount ?? 0,
            droppedLinksCount: span.droppedLinksCount ?? 0,
            receivedAtUnixNano: ctx.receivedAtUnixNano,
            sourceFormat: SourceFormat.OTLP,
          }),
        );
      }
    }
  }
  return out.result();
}

function events(span: OtlpSpan): SpanEvent[] | undefined {
  if (!span.events || span.events.length === 0) return undefined;
  return span.events.map((e) =>
    createSpanEvent({
      name: e.name ?? '',
      timeUnixNano: unsignedBigint(e.timeUnixNano),
      attributes: otlpAttributes(e.attributes),
      droppedAttributesCount: e.droppedAttributesCount ?? 0,
    }),
  );
}

function links(span: OtlpSpan): SpanLink[] | undefined {
  if (!span.links || span.links.length === 0) return undefined;
  return span.links.map((l) =>
    createSpanLink({
      traceId: bytesHex(l.traceId),
      spanId: bytesHex(l.spanId),
      traceState: l.traceState ?? '',
      flags: l.flags ?? 0,
      attributes: otlpAttributes(l.attributes),
      droppedAttributesCount: l.droppedAttributesCount ?? 0,
    }),
  );
}

const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;

/**
 * Decodes an OTLP/protobuf `ExportTraceServiceRequest` (the body of OTLP/HTTP `application/x-protobuf`,
 * the OTLP gRPC request, and the OTel Collector's `otlp_proto` Kafka encoding) into canonical spans.
 *
 * @example
 * ```ts
 * const { spans } = otlpProtoDecoder.decode(body, { tenantId: 'default', receivedAtUnixNano: 0n });
 * ```
 */
export const otlpProtoDecoder: SpanDecoder = {
  encoding: 'otlp_proto',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    // resource_spans(1) → scope_spans(2) → spans(2), counted on the wire before anything is decoded.
    refuseOverLimit(ctx.maxSpans, () => countProtoFields(payload, [1, 2, 2]));
    const request = guardDecode('otlp_proto', 'not an OTLP ExportTraceServiceRequest', () =>
      ExportTraceServiceRequest.decode(payload),
    );
    return guardDecode('otlp_proto', 'unreadable span data', () => mapOtlpRequest(request, ctx));
  },
};
