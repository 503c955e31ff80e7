import { grpcEndpoint } from '../../transports/grpc/grpcEndpoint.js';
import { defineFormat } from '../TraceFormat.js';
import { openCensusGrpcService } from './openCensusGrpcService.js';

/**
 * OpenCensus: the agent's trace service, a bidirectional gRPC stream (its decoder carries the stream's
 * node between messages, so it has no stateless decoder and no Kafka encoding).
 *
 * @example
 * ```ts
 * opencensusFormat.endpoints[0].defaultPort; // 55678
 * ```
 */
export const opencensusFormat = defineFormat({
  name: 'opencensus',
  endpoints: [
    grpcEndpoint({
      name: 'openCensus',
      purpose: 'OpenCensus',
      defaultPort: 55678,
      services: (receiver) => [openCensusGrpcService(receiver)],
    }),
  ],
  decoders: [],
  kafkaEncodings: [],
});
