import type { sendUnaryData, ServerUnaryCall, ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { IngestOutcome } from '../../ingest/Ingestor.js';
import type { SpanDecoder } from '../../ingest/SpanDecoder.js';
import type { GrpcServiceBinding, GrpcServiceContext } from './GrpcReceiver.js';
import { rawBytes, tenantError } from './GrpcReceiver.js';
import { outcomeError } from './grpcStatus.js';

/**
 * What {@link unaryIngestService} needs: the method path, decoder and how to encode the success answer.
 *
 * @example
 * ```ts
 * const method: UnaryIngestMethod = { path: '/jaeger.api_v2.CollectorService/PostSpans', name: 'PostSpans',
 *   receiver: 'jaegerGrpc', decoder: jaegerProtoDecoder, respond: () => new Uint8Array(0) };
 * ```
 */
export interface UnaryIngestMethod {
  /** Full method path: `/package.Service/Method`. */
  readonly path: string;
  /** The method name in the service definition (`Export`, `PostSpans`). */
  readonly name: string;
  readonly receiver: string;
  readonly decoder: SpanDecoder;
  /** The response message bytes for an accepted request. */
  respond(outcome: Extract<IngestOutcome, { kind: 'accepted' }>): Uint8Array;
}

/**
 * A gRPC service with one unary method that ingests its request: tenant from metadata, decode, sink,
 * answer (OTLP `TraceService/Export`, Jaeger `CollectorService/PostSpans`).
 *
 * @example
 * ```ts
 * const service = unaryIngestService({ path: '/jaeger.api_v2.CollectorService/PostSpans', name: 'PostSpans', … });
 * ```
 */
export function unaryIngestService(method: UnaryIngestMethod): GrpcServiceBinding {
  const definition: ServiceDefinition = {
    [method.name]: { path: method.path, requestStream: false, responseStream: false, ...rawBytes },
  };
  return {
    definition,
    implement(ctx: GrpcServiceContext): UntypedServiceImplementation {
      return {
        [method.name]: (call: ServerUnaryCall<Buffer, Uint8Array>, callback: sendUnaryData<Uint8Array>) => {
          const tenant = ctx.tenantOf(call.metadata, method.receiver);
          if (!tenant.ok) return callback(tenantError(tenant));
          const place = ctx.enter(method.receiver);
          if ('refused' in place) return callback(place.refused);
          void (async () => {
            try {
              const outcome = await ctx.ingestor.ingest(method.receiver, method.decoder, call.request, tenant.tenantId);
              const error = outcomeError(outcome);
              if (error || outcome.kind !== 'accepted') callback(error ?? null);
              else callback(null, method.respond(outcome));
            } catch (error) {
              // Only a bug gets here: INTERNAL with an error id, the details in the log.
              callback(ctx.internalError(method.receiver, error));
            } finally {
              place.leave();
            }
          })();
        },
      };
    },
  };
}
