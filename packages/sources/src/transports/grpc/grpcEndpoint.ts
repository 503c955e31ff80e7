import type { EndpointContext, ReceiverEndpoint } from '../ReceiverEndpoint.js';
import type { GrpcServiceBinding } from './GrpcReceiver.js';
import { startGrpcReceiver } from './GrpcReceiver.js';

/**
 * What {@link grpcEndpoint} needs: the endpoint's name, purpose and default port, and its services built
 * for that name (the name labels what they ingest).
 *
 * @example
 * ```ts
 * const spec: GrpcEndpointSpec<'jaegerGrpc'> = { name: 'jaegerGrpc', purpose: 'Jaeger gRPC', defaultPort: 14250,
 *   services: (receiver) => [jaegerGrpcService(receiver)] };
 * ```
 */
export interface GrpcEndpointSpec<N extends string> {
  readonly name: N;
  readonly purpose: string;
  readonly defaultPort: number;
  services(receiver: NoInfer<N>): readonly GrpcServiceBinding[];
}

/**
 * An endpoint served over gRPC: services on one port. Its paths are its methods' paths.
 *
 * @example
 * ```ts
 * const otlp = grpcEndpoint({ name: 'otlpGrpc', purpose: 'OTLP gRPC', defaultPort: 4317,
 *   services: (receiver) => [otlpGrpcService(receiver)] });
 * otlp.paths; // ['/opentelemetry.proto.collector.trace.v1.TraceService/Export']
 * ```
 */
export function grpcEndpoint<const N extends string>(spec: GrpcEndpointSpec<N>): ReceiverEndpoint<N> {
  const services = spec.services(spec.name);
  return Object.freeze({
    name: spec.name,
    purpose: spec.purpose,
    defaultPort: spec.defaultPort,
    transport: 'grpc',
    paths: Object.freeze(services.flatMap((s) => Object.values(s.definition).map((method) => method.path))),
    start: (ctx: EndpointContext) => startGrpcReceiver({ ...ctx, services }),
  });
}
