import { HtError } from '@ht/stream-core';

/**
 * Per-request limits every receiver enforces.
 *
 * @example
 * ```ts
 * const limits: ReceiverLimits = { maxBodyBytes: 4 * 1024 * 1024, maxSpansPerRequest: 10_000 };
 * ```
 */
export interface ReceiverLimits {
  /** Largest request body, after decompression (HTTP 413 / gRPC RESOURCE_EXHAUSTED beyond). Default 20 MiB. */
  readonly maxBodyBytes: number;
  /** Most spans one request may carry (HTTP 413 / gRPC INVALID_ARGUMENT beyond). Default 100 000. */
  readonly maxSpansPerRequest: number;
}

/**
 * The defaults: the OTel Collector's 20 MiB body limit and 100 000 spans a request.
 *
 * @example
 * ```ts
 * DEFAULT_LIMITS.maxBodyBytes; // 20971520
 * ```
 */
export const DEFAULT_LIMITS: ReceiverLimits = Object.freeze({
  maxBodyBytes: 20 * 1024 * 1024,
  maxSpansPerRequest: 100_000,
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
  return resolved;
}
