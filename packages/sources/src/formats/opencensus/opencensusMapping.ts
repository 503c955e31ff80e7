import { Attributes, createResource, createSpanEvent, createSpanLink, SpanKind, StatusCode } from '@ht/enricher-sdk';
import type { Resource, SpanEvent } from '@ht/enricher-sdk';
import type { opencensus } from '#generated/proto/opencensus.js';
import type { MappedSpan } from '../../ingest/SpanBatchBuilder.js';
import { bytesHex, signedBigint, timestampNanos, unsignedBigint } from '../../wire/protobufValues.js';

type OcSpan = opencensus.proto.trace.v1.ISpan;
type OcAttributes = opencensus.proto.trace.v1.Span.IAttributes;
type OcNode = opencensus.proto.agent.common.v1.INode;
type OcResource = opencensus.proto.resource.v1.IResource;

const LANGUAGES = ['', 'cpp', 'dotnet', 'erlang', 'go', 'java', 'nodejs', 'php', 'python', 'ruby', 'webjs'];
const KIND_ATTRIBUTE: Readonly<Record<string, SpanKind>> = {
  client: SpanKind.CLIENT,
  server: SpanKind.SERVER,
  producer: SpanKind.PRODUCER,
  consumer: SpanKind.CONSUMER,
  internal: SpanKind.INTERNAL,
};

/**
 * The resource of an OpenCensus stream message as the OTel Collector's opencensus translator builds it:
 * `service.name` from the node's service info, `host.name`, `process.pid`, `telemetry.sdk.language`,
 * `telemetry.sdk.version` (core library), `opencensus.exporterversion`, the node attributes, and the
 * resource's labels (with its type as `opencensus.resourcetype`).
 *
 * @example
 * ```ts
 * const resource = opencensusResource(request.node, request.resource);
 * ```
 */
export function opencensusResource(node: OcNode | null | undefined, resource: OcResource | null | undefined): Resource {
  const attrs = new Attributes();
  const put = (key: string, value: string | bigint | undefined | null): void => {
    if (value !== undefined && value !== null && value !== '') attrs.set(key, value);
  };
  put('service.name', node?.serviceInfo?.name);
  put('host.name', node?.identifier?.hostName);
  if (node?.identifier?.pid) put('process.pid', BigInt(node.identifier.pid));
  put('telemetry.sdk.language', LANGUAGES[node?.libraryInfo?.language ?? 0]);
  put('telemetry.sdk.version', node?.libraryInfo?.coreLibraryVersion);
  put('opencensus.exporterversion', node?.libraryInfo?.exporterVersion);
  for (const [key, value] of Object.entries(node?.attributes ?? {})) put(key, value);
  put('opencensus.resourcetype', resource?.type);
  for (const [key, value] of Object.entries(resource?.labels ?? {})) put(key, value);
  return createResource({ attributes: attrs });
}

/**
 * Maps an OpenCensus span onto the canonical span as the OTel Collector does: kind from the span (or its
 * `span.kind` attribute when unspecified), status code 0 as UNSET and any other code as ERROR (message
 * kept), annotations as events named by their description, message events as `message` events,
 * `same_process_as_parent_span: false` as an attribute, tracestate entries joined as W3C text.
 *
 * @example
 * ```ts
 * builder.add(mapOpencensusSpan(span, resource));
 * ```
 */
export function mapOpencensusSpan(span: OcSpan, resource: Resource): MappedSpan {
  const attrs = attributes(span.attributes);
  const kindAttribute = attrs.asString('span.kind')?.toLowerCase();
  const ocKind = Number(span.kind ?? 0);
  const kind =
    ocKind === 1
      ? SpanKind.SERVER
      : ocKind === 2
        ? SpanKind.CLIENT
        : (KIND_ATTRIBUTE[kindAttribute ?? ''] ?? SpanKind.INTERNAL);
  if (kindAttribute !== undefined) attrs.delete('span.kind');
  if (span.sameProcessAsParentSpan && span.sameProcessAsParentSpan.value === false) {
    attrs.set('opencensus.same_process_as_parent_span', false);
  }
  const status = span.status;
  return {
    traceId: bytesHex(span.traceId),
    spanId: bytesHex(span.spanId),
    parentSpanId: bytesHex(span.parentSpanId),
    traceState: (span.tracestate?.entries ?? []).map((e) => `${e.key ?? ''}=${e.value ?? ''}`).join(','),
    name: span.name?.value ?? '',
    kind,
    startTimeUnixNano: timestampNanos(span.startTime),
    endTimeUnixNano: timestampNanos(span.endTime),
    statusCode: !status ? StatusCode.UNSET : (status.code ?? 0) === 0 ? StatusCode.UNSET : StatusCode.ERROR,
    statusMessage: status?.message ?? '',
    attributes: attrs,
    droppedAttributesCount: span.attributes?.droppedAttributesCount ?? 0,
    resource: span.resource ? opencensusResource(undefined, span.resource) : resource,
    events: events(span),
    droppedEventsCount:
      (span.timeEvents?.droppedAnnotationsCount ?? 0) + (span.timeEvents?.droppedMessageEventsCount ?? 0),
    links: (span.links?.link ?? []).map((l) =>
      createSpanLink({
        traceId: bytesHex(l.traceId),
        spanId: bytesHex(l.spanId),
        attributes: attributes(l.attributes),
      }),
    ),
    droppedLinksCount: span.links?.droppedLinksCount ?? 0,
  };
}

function events(span: OcSpan): SpanEvent[] {
  return (span.timeEvents?.timeEvent ?? []).map((e) => {
    const time = timestampNanos(e.time);
    if (e.messageEvent) {
      const m = e.messageEvent;
      return createSpanEvent({
        name: 'message',
        timeUnixNano: time,
        attributes: {
          'message.type': ['TYPE_UNSPECIFIED', 'SENT', 'RECEIVED'][m.type ?? 0] ?? 'TYPE_UNSPECIFIED',
          'message.id': BigInt.asIntN(64, unsignedBigint(m.id)),
          'message.uncompressed_size': BigInt.asIntN(64, unsignedBigint(m.uncompressedSize)),
          'message.compressed_size': BigInt.asIntN(64, unsignedBigint(m.compressedSize)),
        },
      });
    }
    return createSpanEvent({
      name: e.annotation?.description?.value ?? '',
      timeUnixNano: time,
      attributes: attributes(e.annotation?.attributes),
    });
  });
}

function attributes(a: OcAttributes | null | undefined): Attributes {
  const attrs = new Attributes();
  for (const [key, v] of Object.entries(a?.attributeMap ?? {})) {
    if (v.stringValue != null) attrs.set(key, v.stringValue.value ?? '');
    else if (v.intValue != null) attrs.set(key, signedBigint(v.intValue));
    else if (v.boolValue != null) attrs.set(key, v.boolValue);
    else if (v.doubleValue != null) attrs.set(key, v.doubleValue);
  }
  return attrs;
}
