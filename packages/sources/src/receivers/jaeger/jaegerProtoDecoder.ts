import { jaeger } from '#generated/proto/jaeger.js';
import { guardDecode } from '../../ingest/SpanDecoder.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { bytesHex, signedBigint, timestampNanos } from '../../wire/protobufValues.js';
import { mapJaegerBatch } from './jaegerMapping.js';
import type { JaegerProcess, JaegerSpan, JaegerTag } from './JaegerSpan.js';

const { PostSpansRequest } = jaeger.api_v2;
const NO_BYTES = new Uint8Array(0);

/**
 * Decodes a Jaeger gRPC `PostSpansRequest` (`jaeger.api_v2.CollectorService/PostSpans`): a protobuf
 * `Batch` of spans with their process.
 *
 * @example
 * ```ts
 * jaegerProtoDecoder.decode(request, ctx);
 * ```
 */
export const jaegerProtoDecoder: SpanDecoder = {
  encoding: 'jaeger_proto_batch',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    const request = guardDecode('jaeger_proto_batch', 'not a jaeger.api_v2.PostSpansRequest', () =>
      PostSpansRequest.decode(payload),
    );
    return guardDecode('jaeger_proto_batch', 'unreadable span data', () =>
      mapJaegerBatch(process(request.batch?.process), (request.batch?.spans ?? []).map(span), ctx),
    );
  },
};

function process(p: jaeger.api_v2.IProcess | null | undefined): JaegerProcess | undefined {
  return p ? { serviceName: p.serviceName ?? '', tags: (p.tags ?? []).map(tag) } : undefined;
}

function span(s: jaeger.api_v2.ISpan): JaegerSpan {
  return {
    traceId: bytesHex(s.traceId).padStart(32, '0'),
    spanId: bytesHex(s.spanId),
    parentSpanId: '',
    operationName: s.operationName ?? '',
    references: (s.references ?? []).map((r) => ({
      traceId: bytesHex(r.traceId).padStart(32, '0'),
      spanId: bytesHex(r.spanId),
      refType: (r.refType as number | null | undefined) === 1 ? 'follows_from' : 'child_of',
    })),
    flags: s.flags ?? 0,
    startNanos: timestampNanos(s.startTime),
    durationNanos: timestampNanos(s.duration),
    tags: (s.tags ?? []).map(tag),
    logs: (s.logs ?? []).map((l) => ({ timeNanos: timestampNanos(l.timestamp), fields: (l.fields ?? []).map(tag) })),
    process: process(s.process),
  };
}

function tag(t: jaeger.api_v2.IKeyValue): JaegerTag {
  const key = t.key ?? '';
  switch (Number(t.vType ?? 0)) {
    case 1:
      return [key, t.vBool ?? false];
    case 2:
      return [key, signedBigint(t.vInt64)];
    case 3:
      return [key, t.vFloat64 ?? 0];
    case 4:
      return [key, t.vBinary ?? NO_BYTES];
    default:
      return [key, t.vStr ?? ''];
  }
}
