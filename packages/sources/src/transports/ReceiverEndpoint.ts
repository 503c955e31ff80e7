import type { Ingestor } from '../ingest/Ingestor.js';
import type { TenancyOptions } from '../ingest/Tenancy.js';
import type { ReceiverAddress } from './listen.js';

/**
 * The transports a receiver endpoint is served over.
 *
 * @example
 * ```ts
 * const transport: Transport = 'udp';
 * ```
 */
export type Transport = 'http' | 'grpc' | 'udp';

/**
 * What starting one endpoint gets: where to listen, the shared ingestor and the tenancy options.
 *
 * @example
 * ```ts
 * const ctx: EndpointContext = { host: '127.0.0.1', port: 0, ingestor, tenancy: {} };
 * ```
 */
export interface EndpointContext {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly ingestor: Ingestor;
  readonly tenancy: TenancyOptions;
}

/**
 * A started receiver endpoint.
 *
 * @example
 * ```ts
 * const started: StartedReceiver = await endpoint.start({ host: '127.0.0.1', port: 0, ingestor, tenancy: {} });
 * await started.close();
 * ```
 */
export interface StartedReceiver {
  readonly address: ReceiverAddress;
  close(): Promise<void>;
}

/**
 * One listening endpoint of a trace format. Its `name` is the endpoint's only name: the key of the ports
 * table, of `startReceivers`' `ports` and `addresses`, the `receiver` label of the metrics and of
 * `SpanBatchMeta`, and the `ht` port table's name. Built with `httpEndpoint`, `grpcEndpoint` or
 * `udpEndpoint`.
 *
 * @example
 * ```ts
 * const endpoint: ReceiverEndpoint<'zipkin'> = httpEndpoint({
 *   name: 'zipkin', purpose: 'Zipkin', defaultPort: 9411, routes: zipkinRoutes,
 * });
 * ```
 */
export interface ReceiverEndpoint<N extends string = string> {
  /** camelCase: `otlpGrpc`, `jaegerAgentCompact`, … */
  readonly name: N;
  /** What it serves, for people: `OTLP gRPC`, `Jaeger agent UDP (compact)`. */
  readonly purpose: string;
  readonly defaultPort: number;
  readonly transport: Transport;
  /** HTTP paths, gRPC method paths, or for UDP the method each datagram carries. */
  readonly paths: readonly string[];
  start(ctx: EndpointContext): Promise<StartedReceiver>;
}
