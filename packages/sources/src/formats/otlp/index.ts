import { grpcEndpoint } from '../../transports/grpc/grpcEndpoint.js';
import { httpEndpoint } from '../../transports/http/httpEndpoint.js';
import { defineFormat } from '../TraceFormat.js';
import { otlpGrpcService, otlpHttpRoute } from './otlpEndpoints.js';
import { otlpJsonDecoder } from './otlpJsonDecoder.js';
import { otlpProtoDecoder } from './otlpProtoDecoder.js';

/**
 * OpenTelemetry's OTLP: gRPC `TraceService/Export` and HTTP `POST /v1/traces` (protobuf or JSON), and
 * the Collector's `otlp_proto` / `otlp_json` Kafka encodings.
 *
 * @example
 * ```ts
 * otlpFormat.endpoints.map((e) => e.name); // ['otlpGrpc', 'otlpHttp']
 * ```
 */
export const otlpFormat = defineFormat({
  name: 'otlp',
  endpoints: [
    grpcEndpoint({
      name: 'otlpGrpc',
      purpose: 'OTLP gRPC',
      defaultPort: 4317,
      services: (receiver) => [otlpGrpcService(receiver)],
    }),
    httpEndpoint({
      name: 'otlpHttp',
      purpose: 'OTLP HTTP',
      defaultPort: 4318,
      routes: (receiver) => [otlpHttpRoute(receiver)],
    }),
  ],
  decoders: [otlpProtoDecoder, otlpJsonDecoder],
  kafkaEncodings: [
    { encoding: 'otlp_proto', holds: 'an OTLP ExportTraceServiceRequest (protobuf)', decoder: otlpProtoDecoder },
    { encoding: 'otlp_json', holds: 'an OTLP ExportTraceServiceRequest (OTLP/JSON)', decoder: otlpJsonDecoder },
  ],
});
