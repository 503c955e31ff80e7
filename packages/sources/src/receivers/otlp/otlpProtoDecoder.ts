import { opentelemetry } from '#generated/proto/otlp.js';
import { guardDecode } from '../../ingest/inputError.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { mapOtlpRequest } from './otlpMapping.js';

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
    const request = guardDecode('otlp_proto', 'not an OTLP ExportTraceServiceRequest', () =>
      ExportTraceServiceRequest.decode(payload),
    );
    return guardDecode('otlp_proto', 'unreadable span data', () => mapOtlpRequest(request, ctx));
  },
};
