import type { GrpcServiceBinding } from '../grpc/GrpcReceiver.js';
import { unaryIngestService } from '../grpc/unaryIngest.js';
import { otlpExportResponse } from './otlpAnswers.js';
import { otlpProtoDecoder } from './otlpProtoDecoder.js';

/**
 * OTLP gRPC: `opentelemetry.proto.collector.trace.v1.TraceService/Export`, answering an
 * `ExportTraceServiceResponse` with partial success when spans were rejected.
 *
 * @example
 * ```ts
 * await startGrpcReceiver({ host: '127.0.0.1', port: 4317, services: [otlpGrpcService()], ingestor, tenancy: {} });
 * ```
 */
export function otlpGrpcService(receiver = 'otlp-grpc'): GrpcServiceBinding {
  return unaryIngestService({
    path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
    name: 'Export',
    receiver,
    decoder: otlpProtoDecoder,
    respond: (outcome) => otlpExportResponse(outcome.rejected).proto,
  });
}
