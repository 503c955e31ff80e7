import type { ServerDuplexStream, ServiceDefinition } from '@grpc/grpc-js';
import type { GrpcServiceBinding } from '../../transports/grpc/GrpcReceiver.js';
import { rawBytes, tenantError } from '../../transports/grpc/GrpcReceiver.js';
import { outcomeError } from '../../transports/grpc/grpcStatus.js';
import { opencensusStreamDecoder } from './opencensusDecoder.js';

const EMPTY = new Uint8Array(0);

/**
 * The OpenCensus agent trace service: `opencensus.proto.agent.trace.v1.TraceService/Export`, a
 * bidirectional stream. Each request message is ingested in order and answered with an (empty)
 * `ExportTraceServiceResponse`; the call ends when the client half-closes and every message is in. A
 * malformed message, a full pipeline or a refused key ends the stream with INVALID_ARGUMENT,
 * RESOURCE_EXHAUSTED or UNAUTHENTICATED.
 *
 * @example
 * ```ts
 * await startGrpcReceiver({ host: '127.0.0.1', port: 55678, services: [openCensusGrpcService()], ingestor, tenancy: {} });
 * ```
 */
export function openCensusGrpcService(receiver = 'openCensus'): GrpcServiceBinding {
  const definition: ServiceDefinition = {
    Export: {
      path: '/opencensus.proto.agent.trace.v1.TraceService/Export',
      requestStream: true,
      responseStream: true,
      ...rawBytes,
    },
  };
  return {
    definition,
    implement: (ctx) => ({
      Export: (call: ServerDuplexStream<Buffer, Uint8Array>) => {
        const tenant = ctx.tenantOf(call.metadata, receiver);
        if (!tenant.ok) {
          call.emit('error', tenantError(tenant));
          return;
        }
        const decoder = opencensusStreamDecoder();
        let chain = Promise.resolve(true);
        call.on('data', (message: Buffer) => {
          // Messages are ingested one after another: the decoder carries the stream's node between them.
          chain = chain.then(async (open) => {
            if (!open) return false;
            const outcome = await ctx.ingestor.ingest(receiver, decoder, message, tenant.tenantId);
            const error = outcomeError(outcome);
            if (error) {
              call.emit('error', error);
              return false;
            }
            call.write(EMPTY);
            return true;
          });
        });
        call.on('end', () => {
          void chain.then((open) => {
            if (open) call.end();
          });
        });
        call.on('error', () => {
          // A client that goes away mid-stream: nothing to answer.
        });
        call.on('cancelled', () => {
          chain = chain.then(() => false);
        });
      },
    }),
  };
}
