import { createServer } from 'node:net';
import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import type { Metadata, ServiceDefinition, ServiceError, UntypedServiceImplementation } from '@grpc/grpc-js';
import { HtError } from '@ht/stream-core';
import type { Ingestor } from '../../ingest/Ingestor.js';
import { ReceiverCounter } from '../../ingest/ReceiverMetrics.js';
import { resolveTenant } from '../../ingest/Tenancy.js';
import type { TenancyOptions, TenantResolution } from '../../ingest/Tenancy.js';
import { ConcurrencyGate, overCapacityMessage } from '../ConcurrencyGate.js';
import { listen } from '../listen.js';
import type { ReceiverAddress } from '../listen.js';
import { grpcError } from './grpcStatus.js';

/**
 * What a gRPC service implementation gets: the shared ingestor and a tenant resolver over call metadata.
 *
 * @example
 * ```ts
 * const tenant = service.tenantOf(call.metadata, 'otlpGrpc');
 * ```
 */
export interface GrpcServiceContext {
  readonly ingestor: Ingestor;
  /** Resolves the tenant from metadata; counts a refused key for `receiver`. */
  tenantOf(metadata: Metadata, receiver: string): TenantResolution;
  /**
   * Takes a place among the endpoint's `maxConcurrentRequests` calls: the function that gives it back,
   * or the UNAVAILABLE error to end the call with (counted `requests_over_capacity` for `receiver`).
   */
  enter(receiver: string): { readonly leave: () => void } | { readonly refused: Partial<ServiceError> };
  /** Logs an internal error under a fresh id and returns the INTERNAL error naming only the id. */
  internalError(receiver: string, error: unknown): Partial<ServiceError>;
}

/**
 * One gRPC service a receiver serves: its method definitions (raw bytes in and out: decoding happens in
 * the handler, so a bad payload is answered INVALID_ARGUMENT rather than failing in the transport) and
 * the implementation built from a {@link GrpcServiceContext}.
 *
 * @example
 * ```ts
 * const binding: GrpcServiceBinding = { definition, implement: (ctx) => ({ Export: handler(ctx) }) };
 * ```
 */
export interface GrpcServiceBinding {
  readonly definition: ServiceDefinition;
  implement(ctx: GrpcServiceContext): UntypedServiceImplementation;
}

/**
 * What {@link startGrpcReceiver} needs.
 *
 * @example
 * ```ts
 * const options: GrpcReceiverOptions = { host: '127.0.0.1', port: 0, services: [otlpGrpcService()], ingestor, tenancy: {} };
 * ```
 */
export interface GrpcReceiverOptions {
  readonly host: string;
  readonly port: number;
  readonly services: readonly GrpcServiceBinding[];
  readonly ingestor: Ingestor;
  readonly tenancy: TenancyOptions;
}

/**
 * A running gRPC receiver.
 *
 * @example
 * ```ts
 * const grpc = await startGrpcReceiver({ host: '127.0.0.1', port: 0, services: [otlpGrpcService()], ingestor, tenancy: {} });
 * await grpc.close();
 * ```
 */
export interface RunningGrpcReceiver {
  readonly address: ReceiverAddress;
  close(): Promise<void>;
}

/**
 * Serves gRPC services on one port (plaintext HTTP/2, as collectors do on loopback), with the receive
 * limit set to the body-size limit (larger messages get RESOURCE_EXHAUSTED from the transport). Slow and
 * gone clients are bounded by the ingestor's limits: connections with no call are closed after
 * `idleTimeoutMs`; every connection gets GOAWAY after `maxConnectionAgeMs` and is closed
 * `requestTimeoutMs` later (so a call that trickles its message cannot hold on); keepalive pings every
 * 60 s (20 s to answer) close connections of clients that are gone; at most `maxConcurrentRequests`
 * calls at once (UNAVAILABLE beyond) and `maxConnections` connections (further ones are closed on
 * accept, as by the HTTP receivers).
 *
 * @example
 * ```ts
 * await startGrpcReceiver({ host: '127.0.0.1', port: 4317, services: [otlpGrpcService()], ingestor, tenancy: {} });
 * ```
 */
export async function startGrpcReceiver(options: GrpcReceiverOptions): Promise<RunningGrpcReceiver> {
  const limits = options.ingestor.limits;
  const server = new Server({
    'grpc.max_receive_message_length': limits.maxBodyBytes,
    'grpc.max_connection_idle_ms': limits.idleTimeoutMs,
    'grpc.max_connection_age_ms': limits.maxConnectionAgeMs,
    'grpc.max_connection_age_grace_ms': limits.requestTimeoutMs,
    'grpc.keepalive_time_ms': 60_000,
    'grpc.keepalive_timeout_ms': 20_000,
  });
  const gate = new ConcurrencyGate(limits.maxConcurrentRequests);
  const ctx: GrpcServiceContext = {
    ingestor: options.ingestor,
    enter(receiver) {
      if (!gate.tryEnter()) {
        options.ingestor.count(receiver, ReceiverCounter.REQUESTS_OVER_CAPACITY);
        return { refused: grpcError(status.UNAVAILABLE, overCapacityMessage(limits.maxConcurrentRequests)) };
      }
      let left = false;
      return {
        leave: () => {
          if (!left) gate.leave();
          left = true;
        },
      };
    },
    internalError(receiver, error) {
      return grpcError(status.INTERNAL, options.ingestor.internalError(receiver, error));
    },
    tenantOf(metadata, receiver) {
      const tenant = resolveTenant(options.tenancy, (name) => {
        const value = metadata.get(name)[0];
        return typeof value === 'string' ? value : value?.toString('utf8');
      });
      if (!tenant.ok && tenant.status === 'unauthenticated') {
        options.ingestor.count(receiver, ReceiverCounter.REQUESTS_UNAUTHENTICATED);
      }
      return tenant;
    },
  };
  for (const service of options.services) server.addService(service.definition, service.implement(ctx));
  // grpc-js has no connection cap: ht accepts the TCP connections itself (a net server, `maxConnections`
  // like the HTTP receivers: further connections are closed on accept) and hands each to the gRPC server.
  const injector = server.createConnectionInjector(ServerCredentials.createInsecure());
  const sockets = createServer((socket) => injector.injectConnection(socket));
  sockets.maxConnections = limits.maxConnections;
  let address: ReceiverAddress;
  try {
    address = await listen(sockets, options.host, options.port);
  } catch (error) {
    injector.destroy();
    server.forceShutdown();
    throw error instanceof HtError
      ? new HtError('CONFIG_INVALID', `${error.message} (gRPC)`, { cause: error.cause, context: error.context })
      : error;
  }
  return {
    address,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.close();
        const timer = setTimeout(() => {
          injector.destroy();
          server.forceShutdown();
        }, 2000);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}

/**
 * The gRPC error for a refused tenant: UNAUTHENTICATED for a missing or wrong key, INVALID_ARGUMENT for a
 * malformed tenant id.
 *
 * @example
 * ```ts
 * if (!tenant.ok) return callback(tenantError(tenant));
 * ```
 */
export function tenantError(tenant: Extract<TenantResolution, { ok: false }>): ReturnType<typeof grpcError> {
  return grpcError(
    tenant.status === 'unauthenticated' ? status.UNAUTHENTICATED : status.INVALID_ARGUMENT,
    tenant.message,
  );
}

/**
 * Raw bytes in and out: the method handlers decode and encode themselves.
 *
 * @example
 * ```ts
 * const method = { path: '/pkg.Service/Method', requestStream: false, responseStream: false, ...rawBytes };
 * ```
 */
export const rawBytes = {
  requestSerialize: (value: Buffer): Buffer => value,
  requestDeserialize: (value: Buffer): Buffer => value,
  responseSerialize: (value: Uint8Array): Buffer => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  responseDeserialize: (value: Buffer): Buffer => value,
};
