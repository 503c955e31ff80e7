import { z } from 'zod';

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?$/;

/** How a bad duration is fixed; the end of every duration error. */
export const DURATION_FIX = 'write a duration like 500ms, 3s, 5m, 24h, 7d or a number of milliseconds';

/**
 * Parses a duration as the config writes it: a number of milliseconds, or a number with a unit (`ms`,
 * `s`, `m`, `h`, `d`, `w`), e.g. `500ms`, `3s`, `1.5h`, `7d`. Returns whole milliseconds, or `undefined`
 * for anything else (negative numbers, other units, `off`).
 *
 * @example
 * ```ts
 * parseDuration('3s'); // 3000
 * parseDuration(250); // 250
 * parseDuration('soon'); // undefined
 * ```
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = DURATION.exec(value.trim());
  if (match === null) return undefined;
  const unit = (match[2] ?? 'ms') as keyof typeof UNIT_MS;
  return Math.round(Number(match[1]) * UNIT_MS[unit]);
}

function isDurationLike(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

/**
 * A duration key of the config: a number of ms or a string with a unit, parsed to milliseconds and at
 * least `minMs` (default 1).
 *
 * @example
 * ```ts
 * const gapMs = durationMs().default(3_000);
 * gapMs.parse('3s'); // 3000
 * ```
 */
export function durationMs(minMs = 1): z.ZodType<number, string | number> {
  return z
    .custom<string | number>(isDurationLike, { message: `must be a duration; ${DURATION_FIX}` })
    .transform((value, ctx) => {
      const ms = parseDuration(value);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `must be a duration; ${DURATION_FIX}` });
        return z.NEVER;
      }
      if (ms < minMs) {
        ctx.addIssue({ code: 'custom', message: `must be at least ${minMs} ms; ${DURATION_FIX}` });
        return z.NEVER;
      }
      return ms;
    });
}

/**
 * A duration that can be switched off: `off` (or `false`) gives `false`, anything else as
 * {@link durationMs}. What `retention` takes.
 *
 * @example
 * ```ts
 * durationOrOff().parse('7d'); // 604800000
 * durationOrOff().parse('off'); // false
 * ```
 */
export function durationOrOff(minMs = 1): z.ZodType<number | false, string | number | boolean> {
  const input = (v: unknown): v is string | number | boolean => isDurationLike(v) || typeof v === 'boolean';
  const message = `must be a duration or off; ${DURATION_FIX}, or off`;
  return z.custom<string | number | boolean>(input, { message }).transform((value, ctx) => {
    if (value === 'off' || value === false) return false;
    const ms = parseDuration(value);
    if (ms === undefined || ms < minMs) {
      ctx.addIssue({
        code: 'custom',
        message: ms === undefined ? message : `must be at least ${minMs} ms, or off; ${DURATION_FIX}, or off`,
      });
      return z.NEVER;
    }
    return ms;
  });
}
