import type { HttpRoute } from '../../transports/http/HttpRoute.js';
import { retryAfter } from '../../transports/http/HttpRoute.js';
import { otlpExportResponse, otlpStatusBody } from './otlpAnswers.js';
import { otlpJsonDecoder } from './otlpJsonDecoder.js';
import { otlpProtoDecoder } from './otlpProtoDecoder.js';
import type { GrpcServiceBinding } from '../../transports/grpc/GrpcReceiver.js';
import { unaryIngestService } from '../../transports/grpc/unaryIngest.js';

const PROTOBUF = 'application/x-protobuf';
const JSON_TYPE = 'application/json';

/**
 * OTLP/HTTP traces: `POST /v1/traces` with `application/x-protobuf` or `application/json` (gzip too);
 * answers 200 with an `ExportTraceServiceResponse` (partial success when spans were rejected) and errors
 * with a `google.rpc.Status` body, both in the request's encoding.
 *
 * @example
 * ```ts
 * await startHttpReceiver({ host: '127.0.0.1', port: 4318, routes: [otlpHttpRoute()], ingestor, tenancy: {} });
 * ```
 */
export function otlpHttpRoute(receiver = 'otlpHttp'): HttpRoute {
  return {
    path: '/v1/traces',
    receiver,
    contentTypes: [PROTOBUF, JSON_TYPE],
    decoderFor: (type) => (type === PROTOBUF ? otlpProtoDecoder : type === JSON_TYPE ? otlpJsonDecoder : undefined),
    success(_accepted, rejected, contentType) {
      const response = otlpExportResponse(rejected);
      const json = contentType === JSON_TYPE;
      return {
        status: 200,
        headers: { 'content-type': json ? JSON_TYPE : PROTOBUF },
        body: json ? response.json : response.proto,
      };
    },
    problem(problem, contentType) {
      const json = contentType === JSON_TYPE;
      return {
        status: problem.status,
        headers: { 'content-type': json ? JSON_TYPE : PROTOBUF, ...retryAfter(problem) },
        body: otlpStatusBody(problem.status, problem.message, json),
      };
    },
  };
}

/**
 * OTLP gRPC: `opentelemetry.proto.collector.trace.v1.TraceService/Export`, answering an
 * `ExportTraceServiceResponse` with partial success when spans were rejected.
 *
 * @example
 * ```ts
 * await startGrpcReceiver({ host: '127.0.0.1', port: 4317, services: [otlpGrpcService()], ingestor, tenancy: {} });
 * ```
 */
export function otlpGrpcService(receiver = 'otlpGrpc'): GrpcServiceBinding {
  return unaryIngestService({
    path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
    name: 'Export',
    receiver,
    decoder: otlpProtoDecoder,
    respond: (outcome) => otlpExportResponse(outcome.rejected).proto,
  });
}
