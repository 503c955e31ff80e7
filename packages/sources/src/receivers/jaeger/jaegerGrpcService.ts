import type { GrpcServiceBinding } from '../grpc/GrpcReceiver.js';
import { unaryIngestService } from '../grpc/unaryIngest.js';
import { jaegerProtoDecoder } from './jaegerProtoDecoder.js';

const EMPTY = new Uint8Array(0);

/**
 * Jaeger gRPC: `jaeger.api_v2.CollectorService/PostSpans`, answering an empty `PostSpansResponse`.
 *
 * @example
 * ```ts
 * await startGrpcReceiver({ host: '127.0.0.1', port: 14250, services: [jaegerGrpcService()], ingestor, tenancy: {} });
 * ```
 */
export function jaegerGrpcService(receiver = 'jaeger-grpc'): GrpcServiceBinding {
  return unaryIngestService({
    path: '/jaeger.api_v2.CollectorService/PostSpans',
    name: 'PostSpans',
    receiver,
    decoder: jaegerProtoDecoder,
    respond: () => EMPTY,
  });
}
