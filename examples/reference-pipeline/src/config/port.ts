import { z } from 'zod';

/**
 * A listening port of the config: a whole number from 0 to 65535, where 0 picks a free port. The
 * `portOffset` is added to it when the pipeline binds (docs/contracts.md, Ports).
 *
 * @example
 * ```ts
 * const uiPort = portNumber().default(2020);
 * uiPort.parse(3020); // 3020
 * ```
 */
export function portNumber(): z.ZodType<number, number> {
  return z.custom<number>((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 65535, {
    message: 'must be a port from 0 to 65535; write a whole number (0 picks a free port)',
  });
}

/**
 * A whole number of at least `min`: counts and sizes (capacity, rows, bytes, threads).
 *
 * @example
 * ```ts
 * countOf(1).parse(10_000); // 10000
 * ```
 */
export function countOf(min: number): z.ZodType<number, number> {
  return z.custom<number>((v) => Number.isSafeInteger(v) && (v as number) >= min, {
    message: `must be a whole number of at least ${min}; write it without quotes or units, e.g. ${Math.max(min, 1) * 1000}`,
  });
}

/**
 * An interface to bind: a non-empty host name or address (`127.0.0.1`, `0.0.0.0`, `::`, `localhost`).
 *
 * @example
 * ```ts
 * bindHost().parse('0.0.0.0'); // '0.0.0.0'
 * ```
 */
export function bindHost(): z.ZodType<string, string> {
  return z
    .string()
    .trim()
    .min(1, { message: 'must name an interface; write 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)' });
}
