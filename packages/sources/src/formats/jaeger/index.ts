import { grpcEndpoint } from '../../transports/grpc/grpcEndpoint.js';
import { httpEndpoint } from '../../transports/http/httpEndpoint.js';
import { udpEndpoint } from '../../transports/udp/udpEndpoint.js';
import { defineFormat } from '../TraceFormat.js';
import { jaegerGrpcService, jaegerThriftHttpRoute } from './jaegerEndpoints.js';
import { jaegerJsonSpanDecoder } from './jaegerJsonSpanDecoder.js';
import { jaegerProtoDecoder } from './jaegerProtoDecoder.js';
import { jaegerSpanProtoDecoder } from './jaegerProtoSpan.js';
import { jaegerAgentDecoder, jaegerThriftBatchDecoder } from './jaegerThriftDecoder.js';

const agentCompact = jaegerAgentDecoder('compact');
const agentBinary = jaegerAgentDecoder('binary');

/**
 * Jaeger: the collector's Thrift over HTTP and gRPC `PostSpans`, the agent's UDP ports (Thrift compact and
 * binary), and the Collector's `jaeger_proto` / `jaeger_json` Kafka encodings (one span per record).
 *
 * @example
 * ```ts
 * jaegerFormat.endpoints.map((e) => e.name); // ['jaegerThriftHttp', 'jaegerAgentCompact', 'jaegerAgentBinary', 'jaegerGrpc']
 * ```
 */
export const jaegerFormat = defineFormat({
  name: 'jaeger',
  endpoints: [
    httpEndpoint({
      name: 'jaegerThriftHttp',
      purpose: 'Jaeger Thrift HTTP',
      defaultPort: 14268,
      routes: (receiver) => [jaegerThriftHttpRoute(receiver)],
    }),
    udpEndpoint({
      name: 'jaegerAgentCompact',
      purpose: 'Jaeger agent UDP (compact)',
      defaultPort: 6831,
      method: 'Agent.emitBatch',
      decoder: agentCompact,
    }),
    udpEndpoint({
      name: 'jaegerAgentBinary',
      purpose: 'Jaeger agent UDP (binary)',
      defaultPort: 6832,
      method: 'Agent.emitBatch',
      decoder: agentBinary,
    }),
    grpcEndpoint({
      name: 'jaegerGrpc',
      purpose: 'Jaeger gRPC',
      defaultPort: 14250,
      services: (receiver) => [jaegerGrpcService(receiver)],
    }),
  ],
  decoders: [jaegerThriftBatchDecoder, agentCompact, agentBinary, jaegerProtoDecoder],
  kafkaEncodings: [
    {
      encoding: 'jaeger_proto',
      holds: 'one Jaeger api_v2 Span with its process (protobuf)',
      decoder: jaegerSpanProtoDecoder,
    },
    {
      encoding: 'jaeger_json',
      holds: 'one Jaeger api_v2 Span with its process (protobuf JSON mapping)',
      decoder: jaegerJsonSpanDecoder,
    },
  ],
});
