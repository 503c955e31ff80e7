import type { Ingestor } from '../ingest/Ingestor.js';
import type { TenancyOptions } from '../ingest/Tenancy.js';
import { startGrpcReceiver } from './grpc/GrpcReceiver.js';
import { startHttpReceiver } from './http/HttpReceiver.js';
import type { ReceiverAddress } from './listen.js';
import { jaegerGrpcService, jaegerHttpRoute } from './jaeger/jaegerEndpoints.js';
import { otlpGrpcService, otlpHttpRoute } from './otlp/otlpEndpoints.js';
import { jaegerAgentDecoder } from './jaeger/jaegerThriftDecoder.js';
import { opencensusGrpcService } from './opencensus/opencensusGrpcService.js';
import type { ReceiverName } from './ReceiverPorts.js';
import { startUdpReceiver } from './udp/UdpReceiver.js';
import { zipkinRoutes } from './zipkin/zipkinRoutes.js';

/**
 * What every receiver starter gets.
 *
 * @example
 * ```ts
 * await RECEIVER_STARTERS.zipkin({ host: '127.0.0.1', port: 0, ingestor, tenancy: {} } satisfies StarterContext);
 * ```
 */
export interface StarterContext {
  readonly host: string;
  readonly port: number;
  readonly ingestor: Ingestor;
  readonly tenancy: TenancyOptions;
}

/**
 * A started receiver.
 *
 * @example
 * ```ts
 * const started: StartedReceiver = await RECEIVER_STARTERS.otlpGrpc(ctx);
 * await started.close();
 * ```
 */
export interface StartedReceiver {
  readonly address: ReceiverAddress;
  close(): Promise<void>;
}

/**
 * How each receiver endpoint starts: which server (HTTP, gRPC, UDP) with which routes or services.
 *
 * @example
 * ```ts
 * const otlp = await RECEIVER_STARTERS.otlpHttp({ host: '127.0.0.1', port: 0, ingestor, tenancy: {} });
 * ```
 */
export const RECEIVER_STARTERS: Readonly<Record<ReceiverName, (ctx: StarterContext) => Promise<StartedReceiver>>> = {
  otlpGrpc: (ctx) => startGrpcReceiver({ ...ctx, services: [otlpGrpcService()] }),
  otlpHttp: (ctx) => startHttpReceiver({ ...ctx, routes: [otlpHttpRoute()] }),
  zipkin: (ctx) => startHttpReceiver({ ...ctx, routes: zipkinRoutes() }),
  jaegerHttp: (ctx) => startHttpReceiver({ ...ctx, routes: [jaegerHttpRoute()] }),
  jaegerCompact: (ctx) =>
    startUdpReceiver({ ...ctx, receiver: 'jaeger-udp-compact', decoder: jaegerAgentDecoder('compact') }),
  jaegerBinary: (ctx) =>
    startUdpReceiver({ ...ctx, receiver: 'jaeger-udp-binary', decoder: jaegerAgentDecoder('binary') }),
  jaegerGrpc: (ctx) => startGrpcReceiver({ ...ctx, services: [jaegerGrpcService()] }),
  opencensus: (ctx) => startGrpcReceiver({ ...ctx, services: [opencensusGrpcService()] }),
};
