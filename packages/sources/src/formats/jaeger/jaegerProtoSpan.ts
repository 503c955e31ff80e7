import { jaeger } from '#generated/proto/jaeger.js';
import { guardDecode } from '../../ingest/SpanDecoder.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { bytesHex, signedBigint, timestampNanos } from '../../wire/protobufValues.js';
import { mapJaegerBatch } from './jaegerMapping.js';
import type { JaegerProcess, JaegerSpan, JaegerTag } from './JaegerSpan.js';

const { Span } = jaeger.api_v2;
const NO_BYTES = new Uint8Array(0);

/**
 * Decodes the OTel Collector kafka exporter's `jaeger_proto` records: one protobuf `jaeger.api_v2.Span`
 * per record, carrying its own process (the exporter copies the batch's process into each span).
 *
 * @example
 * ```ts
 * const { spans } = jaegerSpanProtoDecoder.decode(record.value, ctx);
 * ```
 */
export const jaegerSpanProtoDecoder: SpanDecoder = {
  encoding: 'jaeger_proto',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    const span = guardDecode('jaeger_proto', 'not a jaeger.api_v2.Span', () => Span.decode(payload));
    return guardDecode('jaeger_proto', 'unreadable span data', () =>
      mapJaegerBatch(undefined, [jaegerSpanFromProto(span)], ctx),
    );
  },
};

/**
 * A protobuf `jaeger.api_v2.Span` (as protobufjs decodes it) in the one Jaeger model of both wire forms.
 * 64-bit trace ids are widened to 32 hex characters.
 *
 * @example
 * ```ts
 * const span = jaegerSpanFromProto(jaeger.api_v2.Span.decode(bytes));
 * ```
 */
export function jaegerSpanFromProto(s: jaeger.api_v2.ISpan): JaegerSpan {
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
    tags: (s.tags ?? []).map(jaegerTagFromProto),
    logs: (s.logs ?? []).map((l) => ({
      timeNanos: timestampNanos(l.timestamp),
      fields: (l.fields ?? []).map(jaegerTagFromProto),
    })),
    process: jaegerProcessFromProto(s.process),
  };
}

/**
 * A protobuf `Process` (service name and tags), or `undefined` when absent.
 *
 * @example
 * ```ts
 * jaegerProcessFromProto({ serviceName: 'cart', tags: [] }); // { serviceName: 'cart', tags: [] }
 * ```
 */
export function jaegerProcessFromProto(p: jaeger.api_v2.IProcess | null | undefined): JaegerProcess | undefined {
  return p ? { serviceName: p.serviceName ?? '', tags: (p.tags ?? []).map(jaegerTagFromProto) } : undefined;
}

/**
 * A protobuf `KeyValue` as a typed tag (its `v_type` picks the value field).
 *
 * @example
 * ```ts
 * jaegerTagFromProto({ key: 'retries', vType: 2, vInt64: 3 }); // ['retries', 3n]
 * ```
 */
export function jaegerTagFromProto(t: jaeger.api_v2.IKeyValue): JaegerTag {
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
