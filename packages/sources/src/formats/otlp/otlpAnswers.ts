import Long from 'long';
import { google, opentelemetry } from '#generated/proto/otlp.js';
import type { RejectedSpan } from '../../ingest/SpanDecoder.js';
import { rejectionMessage } from '../../ingest/Ingestor.js';

const { ExportTraceServiceResponse } = opentelemetry.proto.collector.trace.v1;
const { Status } = google.rpc;

/**
 * The gRPC status code that goes with each HTTP status, for OTLP `Status` bodies and gRPC answers.
 *
 * @example
 * ```ts
 * GRPC_CODE_OF_HTTP[429]; // 8 (RESOURCE_EXHAUSTED)
 * ```
 */
export const GRPC_CODE_OF_HTTP: Readonly<Record<number, number>> = {
  400: 3, // INVALID_ARGUMENT
  401: 16, // UNAUTHENTICATED
  404: 5, // NOT_FOUND
  405: 12, // UNIMPLEMENTED
  413: 8, // RESOURCE_EXHAUSTED
  415: 3,
  429: 8,
  500: 13, // INTERNAL
  503: 14, // UNAVAILABLE
};

/**
 * The OTLP `ExportTraceServiceResponse`: empty on full success, with `partial_success` (rejected span
 * count and the reasons) when some spans were rejected, as the OTLP specification prescribes.
 *
 * @example
 * ```ts
 * const bytes = otlpExportResponse(outcome.rejected).proto;
 * ```
 */
export function otlpExportResponse(rejected: readonly RejectedSpan[]): { proto: Uint8Array; json: string } {
  if (rejected.length === 0) return { proto: new Uint8Array(0), json: '{}' };
  const errorMessage = rejectionMessage(rejected);
  const proto = ExportTraceServiceResponse.encode({
    partialSuccess: { rejectedSpans: Long.fromNumber(rejected.length), errorMessage },
  }).finish();
  const json = JSON.stringify({ partialSuccess: { rejectedSpans: String(rejected.length), errorMessage } });
  return { proto, json };
}

/**
 * An OTLP/HTTP error body: a `google.rpc.Status` in the request's encoding.
 *
 * @example
 * ```ts
 * otlpStatusBody(400, 'malformed otlp_proto payload', false); // protobuf bytes
 * ```
 */
export function otlpStatusBody(httpStatus: number, message: string, json: boolean): string | Uint8Array {
  const code = GRPC_CODE_OF_HTTP[httpStatus] ?? 2;
  if (json) return JSON.stringify({ code, message });
  return Status.encode({ code, message }).finish();
}
