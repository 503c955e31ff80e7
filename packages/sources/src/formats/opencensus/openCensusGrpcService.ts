import { status } from '@grpc/grpc-js';
import type { ServerDuplexStream, ServiceDefinition, ServiceError } from '@grpc/grpc-js';
import type { GrpcServiceBinding } from '../../transports/grpc/GrpcReceiver.js';
import { rawBytes, tenantError } from '../../transports/grpc/GrpcReceiver.js';
import { grpcError, outcomeError } from '../../transports/grpc/grpcStatus.js';
import { opencensusStreamDecoder } from './opencensusDecoder.js';

const EMPTY = new Uint8Array(0);

/**
 * The OpenCensus agent trace service: `opencensus.proto.agent.trace.v1.TraceService/Export`, a
 * bidirectional stream. Each request message is ingested in order and answered with an (empty)
 * `ExportTraceServiceResponse`; the call ends when the client half-closes and every message is in. A
 * malformed message, a full pipeline or a refused key ends the stream with INVALID_ARGUMENT,
 * RESOURCE_EXHAUSTED or UNAUTHENTICATED.
 *
 * Backpressure: once `maxStreamBacklog` messages wait (the sink is full, admission waits for room), the
 * stream is paused (HTTP/2 flow control then holds the client back) and resumed when half of them are
 * in; a stream that still pushes past twice the bound ends with RESOURCE_EXHAUSTED. A stream counts as
 * one of the endpoint's `maxConcurrentRequests` calls while it is open.
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
        const place = ctx.enter(receiver);
        if ('refused' in place) {
          call.emit('error', place.refused);
          return;
        }
        const bound = ctx.ingestor.limits.maxStreamBacklog;
        const decoder = opencensusStreamDecoder();
        const backlog: Buffer[] = [];
        let open = true;
        let draining = false;
        let ended = false;
        const finish = (error?: Partial<ServiceError>): void => {
          if (!open) return;
          open = false;
          backlog.length = 0;
          place.leave();
          if (error) call.emit('error', error);
          else call.end();
        };
        // Messages are ingested one after another: the decoder carries the stream's node between them.
        const drain = async (): Promise<void> => {
          draining = true;
          try {
            while (open && backlog.length > 0) {
              const message = backlog[0]!;
              const outcome = await ctx.ingestor.ingest(receiver, decoder, message, tenant.tenantId);
              backlog.shift();
              const error = outcomeError(outcome);
              if (error) return finish(error);
              if (!open) return;
              call.write(EMPTY);
              if (call.isPaused() && backlog.length <= bound / 2) call.resume();
            }
            if (ended) finish();
          } catch (error) {
            // Only a bug gets here: INTERNAL with an error id, the details in the log.
            finish(ctx.internalError(receiver, error));
          } finally {
            draining = false;
          }
        };
        call.on('data', (message: Buffer) => {
          if (!open) return;
          if (backlog.length >= 2 * bound) {
            return finish(
              grpcError(
                status.RESOURCE_EXHAUSTED,
                `the stream has ${backlog.length} messages waiting: slow down`,
                1000,
              ),
            );
          }
          backlog.push(message);
          if (backlog.length >= bound) call.pause();
          if (!draining) void drain();
        });
        call.on('end', () => {
          ended = true;
          if (!draining && backlog.length === 0) finish();
        });
        call.on('error', () => {
          // A client that goes away mid-stream: nothing to answer.
        });
        call.on('cancelled', () => {
          open = false;
          backlog.length = 0;
          place.leave();
        });
      },
    }),
  };
}
