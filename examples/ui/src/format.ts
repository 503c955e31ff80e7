/**
 * A duration in microseconds as a person reads it: `850 µs`, `12.3 ms`, `1.25 s`, `2m 05s`.
 *
 * @example
 * ```ts
 * formatDuration(12_345); // '12.3 ms'
 * ```
 */
export function formatDuration(micros: number): string {
  if (!Number.isFinite(micros)) return '–';
  const abs = Math.abs(micros);
  if (abs < 1_000) return `${Math.round(micros)} µs`;
  if (abs < 1_000_000) return `${trim(micros / 1_000)} ms`;
  if (abs < 60_000_000) return `${trim(micros / 1_000_000)} s`;
  const seconds = Math.round(micros / 1_000_000);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

/** Three significant digits at most, no trailing zeros: 12.3, 1.25, 850. */
function trim(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}

/**
 * A count: `950`, `12.3k`, `4.5M`.
 *
 * @example
 * ```ts
 * formatCount(12_345); // '12.3k'
 * ```
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) < 1_000) return String(Math.round(value * 100) / 100);
  if (Math.abs(value) < 1_000_000) return `${trim(value / 1_000)}k`;
  return `${trim(value / 1_000_000)}M`;
}

/**
 * A share as a percentage, `0 %` for none: errors over calls.
 *
 * @example
 * ```ts
 * formatPercent(3, 200); // '1.5 %'
 * ```
 */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0 %';
  return `${trim((part / whole) * 100)} %`;
}

/**
 * A time as local `HH:MM:SS.mmm`, for span and trace start times.
 *
 * @example
 * ```ts
 * formatClock('2024-05-01T11:00:00.123456Z');
 * ```
 */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

const UTC_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/;
const secondsCache = new Map<string, number>();

/**
 * Microseconds since the epoch of an RFC 3339 time with up to microsecond digits (Date keeps only ms).
 * UTC times (the query API's answers) are read without `Date.parse` for every span: a 100,000-span trace
 * shares a few hundred distinct seconds.
 *
 * @example
 * ```ts
 * toMicros('1970-01-01T00:00:00.000001Z'); // 1
 * ```
 */
export function toMicros(iso: string): number {
  const utc = UTC_TIME.exec(iso);
  if (utc) {
    const second = utc[1] as string;
    let ms = secondsCache.get(second);
    if (ms === undefined) {
      ms = Date.parse(`${second}Z`);
      if (secondsCache.size > 10_000) secondsCache.clear();
      secondsCache.set(second, ms);
    }
    const fraction = (utc[2] ?? '').slice(0, 6).padEnd(6, '0');
    return ms * 1_000 + Number(fraction);
  }
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return Number.NaN;
  const fraction = /\.(\d+)/.exec(iso)?.[1] ?? '';
  return ms * 1_000 + (fraction.length > 3 ? Number(fraction.slice(3, 6).padEnd(3, '0')) : 0);
}
