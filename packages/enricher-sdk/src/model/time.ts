import type { Span } from './Span.js';

/**
 * The span's duration in nanoseconds (`0n` when the end precedes the start).
 *
 * @example
 * ```ts
 * durationNanos(span); // 5_000_000n for a 5 ms span
 * ```
 */
export function durationNanos(span: Span): bigint {
  const d = span.endTimeUnixNano - span.startTimeUnixNano;
  return d > 0n ? d : 0n;
}

/**
 * The span's duration in microseconds, as views store it (exact below 2^53 µs, ~285 years).
 *
 * @example
 * ```ts
 * durationMicros(span); // 5000 for a 5 ms span
 * ```
 */
export function durationMicros(span: Span): number {
  return nanosToMicros(durationNanos(span));
}

/**
 * Nanoseconds to whole microseconds (truncated), as a `number`: unix microseconds stay below 2^53 until
 * the year 2255, so the result is exact.
 *
 * @example
 * ```ts
 * nanosToMicros(1_700_000_000_123_456_789n); // 1700000000123456
 * ```
 */
export function nanosToMicros(nanos: bigint): number {
  return Number(nanos / 1000n);
}

/**
 * Nanoseconds to milliseconds as a `number` (fractional part kept to sub-microsecond precision).
 *
 * @example
 * ```ts
 * nanosToMillis(1_500_000n); // 1.5
 * ```
 */
export function nanosToMillis(nanos: bigint): number {
  return Number(nanos / 1000n) / 1000;
}

/**
 * Milliseconds (e.g. `Date.now()` or a {@link TimeSource}) to nanoseconds; fractions below 1 ns are dropped.
 *
 * @example
 * ```ts
 * millisToNanos(Date.now());
 * ```
 */
export function millisToNanos(millis: number): bigint {
  const whole = Math.trunc(millis);
  return BigInt(whole) * 1_000_000n + BigInt(Math.round((millis - whole) * 1e6));
}

/**
 * Microseconds to nanoseconds.
 *
 * @example
 * ```ts
 * microsToNanos(1_700_000_000_000_000); // 1_700_000_000_000_000_000n
 * ```
 */
export function microsToNanos(micros: number): bigint {
  return BigInt(Math.trunc(micros)) * 1000n;
}
