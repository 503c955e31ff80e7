import { GraphQLError } from 'graphql';
import { limitError } from '../limits/limitError.js';
import type { QueryLimits } from '../limits/QueryLimits.js';
import { parseTimeMicros } from './timeText.js';

/**
 * A field's time range in unix microseconds, `[fromMicros, toMicros)`.
 *
 * @example
 * ```ts
 * const range: MicrosRange = { fromMicros: 0, toMicros: 60_000_000 };
 * ```
 */
export interface MicrosRange {
  readonly fromMicros: number;
  readonly toMicros: number;
}

/**
 * Reads `startTime`..`endTime` (RFC 3339) as a {@link MicrosRange}: the end must be after the start and the
 * range at most `maxTimeRangeMs` long (an error naming the limit otherwise).
 *
 * @example
 * ```ts
 * timeRange({ startTime: '2024-05-01T00:00:00Z', endTime: '2024-05-01T01:00:00Z' }, DEFAULT_QUERY_LIMITS);
 * ```
 */
export function timeRange(
  between: { readonly startTime: string; readonly endTime: string },
  limits: Pick<QueryLimits, 'maxTimeRangeMs'>,
): MicrosRange {
  const fromMicros = parseTimeMicros(between.startTime, 'startTime');
  const toMicros = parseTimeMicros(between.endTime, 'endTime');
  if (toMicros <= fromMicros) {
    throw new GraphQLError(`endTime ${between.endTime} is not after startTime ${between.startTime}`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'endTime' },
    });
  }
  if (toMicros - fromMicros > limits.maxTimeRangeMs * 1000) {
    throw limitError(
      'maxTimeRangeMs',
      `the time range ${between.startTime}..${between.endTime} is longer than the max time range limit (maxTimeRangeMs ${limits.maxTimeRangeMs}, ${Math.round(limits.maxTimeRangeMs / 3600_000)} h)`,
    );
  }
  return { fromMicros, toMicros };
}

/**
 * Refuses a `limit` argument over the max rows limit, or below 1, naming the limit.
 *
 * @example
 * ```ts
 * checkLimit(50, DEFAULT_QUERY_LIMITS); // 50
 * ```
 */
export function checkLimit(limit: number, limits: Pick<QueryLimits, 'maxRows'>): number {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new GraphQLError(`limit ${limit} must be a whole number of at least 1`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'limit' },
    });
  }
  if (limit > limits.maxRows) {
    throw limitError('maxRows', `limit ${limit} is over the max rows limit (maxRows ${limits.maxRows})`);
  }
  return limit;
}

/**
 * Refuses a negative or fractional `offset`.
 *
 * @example
 * ```ts
 * checkOffset(100); // 100
 * ```
 */
export function checkOffset(offset: number): number {
  if (!Number.isInteger(offset) || offset < 0) {
    throw new GraphQLError(`offset ${offset} must be a whole number of at least 0`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'offset' },
    });
  }
  return offset;
}
