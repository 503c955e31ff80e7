import { Metadata, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import Long from 'long';
import { google } from '#generated/proto/otlp.js';
import type { IngestOutcome } from '../../ingest/Ingestor.js';

const { Status, RetryInfo } = google.rpc;

/**
 * A gRPC error with `code` and `details` (the message clients show). For RESOURCE_EXHAUSTED with a
 * delay, a `google.rpc.RetryInfo` rides in `grpc-status-details-bin`: OTLP exporters retry
 * RESOURCE_EXHAUSTED only when it is there.
 *
 * @example
 * ```ts
 * callback(grpcError(status.INVALID_ARGUMENT, 'malformed otlp_proto payload: …'));
 * ```
 */
export function grpcError(code: status, message: string, retryAfterMs?: number): Partial<ServiceError> {
  const metadata = new Metadata();
  if (retryAfterMs !== undefined) {
    const retryInfo = RetryInfo.encode({
      retryDelay: { seconds: Long.fromNumber(Math.floor(retryAfterMs / 1000)), nanos: (retryAfterMs % 1000) * 1e6 },
    }).finish();
    const details = Status.encode({
      code,
      message,
      details: [{ type_url: 'type.googleapis.com/google.rpc.RetryInfo', value: retryInfo }],
    }).finish();
    metadata.set('grpc-status-details-bin', Buffer.from(details));
  }
  return { code, details: message, message, metadata };
}

/**
 * The gRPC error for an ingest outcome that is not a success; `undefined` for `accepted`.
 *
 * @example
 * ```ts
 * const error = outcomeError(outcome);
 * if (error) return callback(error);
 * ```
 */
export function outcomeError(outcome: IngestOutcome): Partial<ServiceError> | undefined {
  switch (outcome.kind) {
    case 'accepted':
      return undefined;
    case 'full':
      return grpcError(status.RESOURCE_EXHAUSTED, outcome.message, outcome.retryAfterMs);
    case 'malformed':
    case 'tooManySpans':
      return grpcError(status.INVALID_ARGUMENT, outcome.message);
    case 'failed':
      return grpcError(status.UNAVAILABLE, outcome.message);
  }
}
