import type { SpanDecoder } from '../../ingest/SpanDecoder.js';
import type { EndpointContext, ReceiverEndpoint } from '../ReceiverEndpoint.js';
import { startUdpReceiver } from './UdpReceiver.js';

/**
 * What {@link udpEndpoint} needs: the endpoint's name, purpose and default port, the method each
 * datagram carries (for the ports table) and the decoder of one datagram.
 *
 * @example
 * ```ts
 * const spec: UdpEndpointSpec<'jaegerAgentCompact'> = { name: 'jaegerAgentCompact', purpose: 'Jaeger agent UDP (compact)',
 *   defaultPort: 6831, method: 'Agent.emitBatch', decoder: jaegerAgentDecoder('compact') };
 * ```
 */
export interface UdpEndpointSpec<N extends string> {
  readonly name: N;
  readonly purpose: string;
  readonly defaultPort: number;
  readonly method: string;
  readonly decoder: SpanDecoder;
}

/**
 * An endpoint served over UDP: one payload per datagram, no answer.
 *
 * @example
 * ```ts
 * const compact = udpEndpoint({ name: 'jaegerAgentCompact', purpose: 'Jaeger agent UDP (compact)', defaultPort: 6831,
 *   method: 'Agent.emitBatch', decoder: jaegerAgentDecoder('compact') });
 * ```
 */
export function udpEndpoint<const N extends string>(spec: UdpEndpointSpec<N>): ReceiverEndpoint<N> {
  return Object.freeze({
    name: spec.name,
    purpose: spec.purpose,
    defaultPort: spec.defaultPort,
    transport: 'udp',
    paths: Object.freeze([spec.method]),
    start: (ctx: EndpointContext) => startUdpReceiver({ ...ctx, receiver: spec.name, decoder: spec.decoder }),
  });
}
