import { GraphQLError } from 'graphql';

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Reads an RFC 3339 time (`2024-05-01T12:00:00.123456Z`, any offset, up to nanoseconds) as unix
 * microseconds; throws a `GraphQLError` (`BAD_USER_INPUT`) naming the argument for anything else.
 *
 * @example
 * ```ts
 * parseTimeMicros('1970-01-01T00:00:01.5Z', 'startTime'); // 1_500_000
 * ```
 */
export function parseTimeMicros(text: string, argument: string): number {
  const m = RFC3339.exec(text);
  const millis = m ? Date.parse(`${m[1]}T${m[2]}${m[4]!.toUpperCase()}`) : Number.NaN;
  if (!m || Number.isNaN(millis)) {
    throw new GraphQLError(`${argument} '${text.slice(0, 40)}' is not an RFC 3339 time, e.g. 2024-05-01T12:00:00Z`, {
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  }
  const fraction = (m[3] ?? '').padEnd(6, '0').slice(0, 6);
  return millis * 1000 + Number(fraction);
}

/**
 * Writes unix microseconds as RFC 3339 in UTC with six fraction digits (docs/contracts.md: "RFC 3339 with
 * microseconds").
 *
 * @example
 * ```ts
 * formatTimeMicros(1_500_000); // '1970-01-01T00:00:01.500000Z'
 * ```
 */
export function formatTimeMicros(micros: number | bigint): string {
  const total = BigInt(micros);
  const seconds = total / 1_000_000n - (total < 0n && total % 1_000_000n !== 0n ? 1n : 0n);
  const fraction = total - seconds * 1_000_000n;
  const whole = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  return `${whole}.${fraction.toString().padStart(6, '0')}Z`;
}
