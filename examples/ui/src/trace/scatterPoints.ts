import type { TraceSummaryRow } from '../api/queries.js';
import { toMicros } from '../format.js';

/** What the scatter plot's horizontal axis shows: the traces' start times, or their span counts. */
export type ScatterAxis = 'start' | 'spans';

/** One trace of the search scatter plot: where it goes across, how long it took, whether it failed. */
export interface ScatterPoint {
  readonly traceId: string;
  /** Start time in seconds since the epoch (uPlot's time axis), or the span count (at least 1). */
  readonly x: number;
  readonly durationMicros: number;
  readonly isError: boolean;
}

/**
 * The search results as scatter points in ascending x (uPlot wants it): start time, or span count (then
 * by start); durations and span counts at least 1 so the logarithmic axes can place them.
 *
 * @example
 * ```ts
 * scatterPoints([{ traceId: 'a', startTime: '2024-05-01T11:00:00Z', durationMicros: 0, errorCount: 1, … }]);
 * // [{ traceId: 'a', x: 1714561200, durationMicros: 1, isError: true }]
 * scatterPoints(rows, 'spans'); // x: each trace's span count
 * ```
 */
export function scatterPoints(rows: readonly TraceSummaryRow[], axis: ScatterAxis = 'start'): ScatterPoint[] {
  return rows
    .map((row) => ({
      traceId: row.traceId,
      start: toMicros(row.startTime),
      x: axis === 'spans' ? Math.max(row.spanCount, 1) : toMicros(row.startTime) / 1_000_000,
      durationMicros: Math.max(row.durationMicros, 1),
      isError: row.errorCount > 0,
    }))
    .sort((a, b) => a.x - b.x || a.start - b.start || a.traceId.localeCompare(b.traceId))
    .map(({ start: _start, ...point }) => point);
}

/**
 * The index of the point nearest to (x, y) among points given in the same pixel space, if one lies
 * within `maxDistance` pixels; undefined otherwise (a click on empty chart opens nothing).
 *
 * @example
 * ```ts
 * nearestPoint([{ x: 10, y: 10 }, { x: 50, y: 50 }], 48, 47, 8); // 1
 * ```
 */
export function nearestPoint(
  points: readonly { readonly x: number; readonly y: number }[],
  x: number,
  y: number,
  maxDistance: number,
): number | undefined {
  let best: number | undefined;
  let bestDistance = maxDistance * maxDistance;
  points.forEach((p, i) => {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}
