import type { HttpRoute } from '../../transports/http/HttpRoute.js';
import { textAccepted, textProblem } from '../../transports/http/HttpRoute.js';
import { jaegerThriftBatchDecoder } from './jaegerThriftDecoder.js';
import type { GrpcServiceBinding } from '../../transports/grpc/GrpcReceiver.js';
import { unaryIngestService } from '../../transports/grpc/unaryIngest.js';
import { jaegerProtoDecoder } from './jaegerProtoDecoder.js';

const THRIFT_TYPES = ['application/x-thrift', 'application/vnd.apache.thrift.binary'];

/**
 * The Jaeger collector's Thrift-over-HTTP endpoint: `POST /api/traces` with a binary-protocol `Batch`
 * (`application/x-thrift`). Answers 202 as the Jaeger collector does; rejected spans are named in the body.
 *
 * @example
 * ```ts
 * await startHttpReceiver({ host: '127.0.0.1', port: 14268, routes: [jaegerThriftHttpRoute()], ingestor, tenancy: {} });
 * ```
 */
export function jaegerThriftHttpRoute(receiver = 'jaegerThriftHttp'): HttpRoute {
  return {
    path: '/api/traces',
    receiver,
    contentTypes: THRIFT_TYPES,
    decoderFor: (type) => (THRIFT_TYPES.includes(type) ? jaegerThriftBatchDecoder : undefined),
    success: textAccepted,
    problem: textProblem,
  };
}

const EMPTY = new Uint8Array(0);

/**
 * Jaeger gRPC: `jaeger.api_v2.CollectorService/PostSpans`, answering an empty `PostSpansResponse`.
 *
 * @example
 * ```ts
 * await startGrpcReceiver({ host: '127.0.0.1', port: 14250, services: [jaegerGrpcService()], ingestor, tenancy: {} });
 * ```
 */
export function jaegerGrpcService(receiver = 'jaegerGrpc'): GrpcServiceBinding {
  return unaryIngestService({
    path: '/jaeger.api_v2.CollectorService/PostSpans',
    name: 'PostSpans',
    receiver,
    decoder: jaegerProtoDecoder,
    respond: () => EMPTY,
  });
}
