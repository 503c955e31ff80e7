import { HtError } from '@ht/stream-core';

/**
 * Per-request limits every receiver enforces.
 *
 * @example
 * ```ts
 * const limits: ReceiverLimits = { ...DEFAULT_LIMITS, maxBodyBytes: 4 * 1024 * 1024, maxConcurrentRequests: 64 };
 * ```
 */
export interface ReceiverLimits {
  /** Largest request body, after decompression (HTTP 413 / gRPC RESOURCE_EXHAUSTED beyond). Default 20 MiB. */
  readonly maxBodyBytes: number;
  /** Most spans one request may carry (HTTP 413 / gRPC INVALID_ARGUMENT beyond, refused while decoding). Default 100 000. */
  readonly maxSpansPerRequest: number;
  /** Requests (HTTP) or calls (gRPC) one endpoint serves at once (HTTP 503 / gRPC UNAVAILABLE beyond). Default 256. */
  readonly maxConcurrentRequests: number;
  /** Connections one HTTP or gRPC endpoint keeps open (further ones are closed on accept). Default 1024. */
  readonly maxConnections: number;
  /** Messages of one OpenCensus stream queued before the stream is paused. Default 16. */
  readonly maxStreamBacklog: number;
  /** HTTP: time for a request's headers to arrive (408 beyond). Default 10 s. */
  readonly headersTimeoutMs: number;
  /** HTTP: time for a whole request to arrive (408 beyond); gRPC: the grace after `maxConnectionAgeMs`. Default 60 s. */
  readonly requestTimeoutMs: number;
  /** HTTP keep-alive and gRPC connections with no request open are closed after this. Default 65 s. */
  readonly idleTimeoutMs: number;
  /** gRPC: connections are sent GOAWAY after this (and closed `requestTimeoutMs` later). Default 10 min. */
  readonly maxConnectionAgeMs: number;
}

/**
 * The defaults: the OTel Collector's 20 MiB body limit and 100 000 spans a request; 256 requests at once
 * per endpoint; HTTP's 60 s request timeout, also the gRPC connections' grace after their 10 min age.
 *
 * @example
 * ```ts
 * DEFAULT_LIMITS.maxBodyBytes; // 20971520
 * ```
 */
export const DEFAULT_LIMITS: ReceiverLimits = Object.freeze({
  maxBodyBytes: 20 * 1024 * 1024,
  maxSpansPerRequest: 100_000,
  maxConcurrentRequests: 256,
  maxConnections: 1024,
  maxStreamBacklog: 16,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  idleTimeoutMs: 65_000,
  maxConnectionAgeMs: 600_000,
});

/**
 * The limits with defaults filled in, checked.
 *
 * @example
 * ```ts
 * resolveLimits({ maxBodyBytes: 1024 }).maxSpansPerRequest; // 100000
 * ```
 */
export function resolveLimits(limits: Partial<ReceiverLimits> = {}): ReceiverLimits {
  const resolved = { ...DEFAULT_LIMITS, ...limits };
  for (const [key, value] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new HtError('CONFIG_INVALID', `limits.${key} must be a positive integer, got ${value}`);
    }
  }
  if (resolved.headersTimeoutMs > resolved.requestTimeoutMs) {
    throw new HtError(
      'CONFIG_INVALID',
      `limits.headersTimeoutMs (${resolved.headersTimeoutMs}) must not be over limits.requestTimeoutMs (${resolved.requestTimeoutMs})`,
    );
  }
  return resolved;
}
