/** The ranges the time-range picker offers (the `range` URL parameter). */
export const RANGES = ['15m', '1h', '24h'] as const;

/** One of {@link RANGES}. */
export type RangeKey = (typeof RANGES)[number];

/** The range used when the URL names none. */
export const DEFAULT_RANGE: RangeKey = '1h';

const RANGE_MS: Record<RangeKey, number> = { '15m': 15 * 60_000, '1h': 60 * 60_000, '24h': 24 * 60 * 60_000 };

/** The GraphQL `IntervalArg` of a range's charts: about 30-60 points each. */
export interface ChartInterval {
  readonly size: number;
  readonly unit: 'SECOND' | 'MINUTE' | 'HOUR';
}

const INTERVALS: Record<RangeKey, ChartInterval> = {
  '15m': { size: 30, unit: 'SECOND' },
  '1h': { size: 1, unit: 'MINUTE' },
  '24h': { size: 30, unit: 'MINUTE' },
};

/** A resolved time range: RFC 3339 ends (end exclusive), as GraphQL's `between` takes them. */
export interface TimeWindow {
  /** The picked range, or `custom` for explicit ends (the `from` and `to` URL parameters). */
  readonly key: RangeKey | 'custom';
  readonly startTime: string;
  readonly endTime: string;
  readonly interval: ChartInterval;
}

/**
 * The range a URL parameter names, or the default for a missing or unknown one.
 *
 * @example
 * ```ts
 * parseRange('24h'); // '24h'
 * parseRange('7y'); // '1h'
 * ```
 */
export function parseRange(value: string | null): RangeKey {
  return (RANGES as readonly string[]).includes(value ?? '') ? (value as RangeKey) : DEFAULT_RANGE;
}

/**
 * The window of a range ending at `now` (a little after it, so spans just stored are inside).
 *
 * @example
 * ```ts
 * const { startTime, endTime } = timeWindow('15m', Date.now());
 * ```
 */
export function timeWindow(key: RangeKey, now: number): TimeWindow {
  const end = now + 60_000;
  return {
    key,
    startTime: new Date(now - RANGE_MS[key]).toISOString(),
    endTime: new Date(end).toISOString(),
    interval: INTERVALS[key],
  };
}

const UNIT_MS: Record<ChartInterval['unit'], number> = { SECOND: 1_000, MINUTE: 60_000, HOUR: 3_600_000 };

/**
 * A series over every bucket of the window, `missing` (0 for counts, null for latencies: a gap) where the
 * query API returned none (it returns only buckets with rows): charts and sparklines show quiet minutes as
 * quiet, not as a line drawn across them.
 *
 * @example
 * ```ts
 * const { times, values } = fillBuckets(w, row.calls.series.map((p) => [p.startTime, p.count]));
 * ```
 */
export function fillBuckets<M extends number | null = number>(
  w: Pick<TimeWindow, 'startTime' | 'endTime' | 'interval'>,
  points: readonly (readonly [string, number])[],
  missing: M = 0 as M,
): { times: string[]; values: (number | M)[] } {
  const step = w.interval.size * UNIT_MS[w.interval.unit];
  const byStart = new Map<number, number>();
  for (const [time, value] of points) {
    const at = Date.parse(time);
    byStart.set(at, (byStart.get(at) ?? 0) + value);
  }
  const first = Math.floor(Date.parse(w.startTime) / step) * step;
  const end = Math.min(Date.parse(w.endTime), Date.now());
  const times: string[] = [];
  const values: (number | M)[] = [];
  for (let at = first; at < end; at += step) {
    times.push(new Date(at).toISOString());
    values.push(byStart.get(at) ?? missing);
  }
  return { times, values };
}

/** The longest custom range: the query API's default `maxTimeRangeMs` (31 days). */
export const MAX_CUSTOM_RANGE_MS = 31 * 24 * 3_600_000;

/** A bucket width giving 30-120 points over a range of this length. */
function intervalFor(lengthMs: number): ChartInterval {
  if (lengthMs <= 30 * 60_000) return { size: 30, unit: 'SECOND' };
  if (lengthMs <= 2 * 3_600_000) return { size: 1, unit: 'MINUTE' };
  if (lengthMs <= 12 * 3_600_000) return { size: 10, unit: 'MINUTE' };
  if (lengthMs <= 2 * 24 * 3_600_000) return { size: 30, unit: 'MINUTE' };
  if (lengthMs <= 7 * 24 * 3_600_000) return { size: 2, unit: 'HOUR' };
  return { size: 6, unit: 'HOUR' };
}

/**
 * The window of a custom range (the `from` and `to` URL parameters, anything `Date.parse` reads), or
 * `undefined` when either end is missing or invalid, the end is not after the start, or the range is
 * longer than {@link MAX_CUSTOM_RANGE_MS}.
 *
 * @example
 * ```ts
 * customWindow('2024-05-01T10:00:00Z', '2024-05-01T12:00:00Z')?.interval; // { size: 1, unit: 'MINUTE' }
 * ```
 */
export function customWindow(from: string | null, to: string | null): TimeWindow | undefined {
  const start = Date.parse(from ?? '');
  const end = Date.parse(to ?? '');
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start || end - start > MAX_CUSTOM_RANGE_MS) return undefined;
  return {
    key: 'custom',
    startTime: new Date(start).toISOString(),
    endTime: new Date(end).toISOString(),
    interval: intervalFor(end - start),
  };
}
