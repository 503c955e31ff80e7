import { zipkin } from '#generated/proto/zipkin.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { countProtoFields } from '../../wire/countProtoFields.js';
import { bytesHex, unsignedBigint } from '../../wire/protobufValues.js';
import { decodeZipkin } from './zipkinMapping.js';
import { ipFromBytes } from './ZipkinSpan.js';
import type { ZipkinEndpoint, ZipkinKind, ZipkinSpan } from './ZipkinSpan.js';

const { ListOfSpans } = zipkin.proto3;
const KINDS: readonly ZipkinKind[] = ['', 'CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER'];

/**
 * Decodes Zipkin v2 proto3 (`POST /api/v2/spans` `application/x-protobuf`, the `zipkin_proto` Kafka
 * encoding): a `zipkin.proto3.ListOfSpans`.
 *
 * @example
 * ```ts
 * zipkinProtoDecoder.decode(body, ctx).spans.length;
 * ```
 */
export const zipkinProtoDecoder: SpanDecoder = {
  encoding: 'zipkin_proto',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    refuseOverLimit(ctx.maxSpans, () => countProtoFields(payload, [1])); // ListOfSpans.spans(1)
    return decodeZipkin('zipkin_proto', 'not a zipkin.proto3.ListOfSpans', ctx, () =>
      ListOfSpans.decode(payload).spans.map((s): ZipkinSpan => ({
        traceId: bytesHex(s.traceId),
        id: bytesHex(s.id),
        parentId: bytesHex(s.parentId),
        kind: KINDS[s.kind ?? 0] ?? '',
        name: s.name ?? '',
        timestampNanos: unsignedBigint(s.timestamp) * 1000n,
        durationNanos: unsignedBigint(s.duration) * 1000n,
        localEndpoint: endpoint(s.localEndpoint),
        remoteEndpoint: endpoint(s.remoteEndpoint),
        annotations: (s.annotations ?? []).map((a) => ({
          timestampNanos: unsignedBigint(a.timestamp) * 1000n,
          value: a.value ?? '',
        })),
        tags: Object.entries(s.tags ?? {}),
        debug: s.debug ?? false,
        shared: s.shared ?? false,
      })),
    );
  },
};

function endpoint(e: zipkin.proto3.IEndpoint | null | undefined): ZipkinEndpoint | undefined {
  if (!e) return undefined;
  return { serviceName: e.serviceName ?? '', ipv4: ipFromBytes(e.ipv4), ipv6: ipFromBytes(e.ipv6), port: e.port ?? 0 };
}
