import { jaeger } from '#generated/proto/jaeger.js';
import { guardDecode } from '../../ingest/SpanDecoder.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { countProtoFields } from '../../wire/countProtoFields.js';
import { mapJaegerBatch } from './jaegerMapping.js';
import { jaegerProcessFromProto, jaegerSpanFromProto } from './jaegerProtoSpan.js';

const { PostSpansRequest } = jaeger.api_v2;

/**
 * Decodes a Jaeger gRPC `PostSpansRequest` (`jaeger.api_v2.CollectorService/PostSpans`): a protobuf
 * `Batch` of spans with their process. Spans and process convert as in the `jaeger_proto` Kafka
 * decoder (`jaegerSpanFromProto`, `jaegerProcessFromProto`).
 *
 * @example
 * ```ts
 * jaegerProtoDecoder.decode(request, ctx);
 * ```
 */
export const jaegerProtoDecoder: SpanDecoder = {
  encoding: 'jaeger_proto_batch',
  decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
    refuseOverLimit(ctx.maxSpans, () => countProtoFields(payload, [1, 1])); // batch(1) → spans(1)
    const request = guardDecode('jaeger_proto_batch', 'not a jaeger.api_v2.PostSpansRequest', () =>
      PostSpansRequest.decode(payload),
    );
    return guardDecode('jaeger_proto_batch', 'unreadable span data', () =>
      mapJaegerBatch(
        jaegerProcessFromProto(request.batch?.process),
        (request.batch?.spans ?? []).map(jaegerSpanFromProto),
        ctx,
      ),
    );
  },
};
