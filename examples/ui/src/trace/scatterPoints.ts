import type { TraceSummaryRow } from '../api/queries.js';
import { toMicros } from '../format.js';

/** One trace of the search scatter plot: when it started (seconds), how long it took, whether it failed. */
export interface ScatterPoint {
  readonly traceId: string;
  /** Start time in seconds since the epoch (uPlot's time axis). */
  readonly x: number;
  readonly durationMicros: number;
  readonly isError: boolean;
}

/**
 * The search results as scatter points in time order (uPlot wants ascending x), durations at least
 * 1 µs so the logarithmic axis can place them.
 *
 * @example
 * ```ts
 * scatterPoints([{ traceId: 'a', startTime: '2024-05-01T11:00:00Z', durationMicros: 0, errorCount: 1, … }]);
 * // [{ traceId: 'a', x: 1714561200, durationMicros: 1, isError: true }]
 * ```
 */
export function scatterPoints(rows: readonly TraceSummaryRow[]): ScatterPoint[] {
  return rows
    .map((row) => ({
      traceId: row.traceId,
      x: toMicros(row.startTime) / 1_000_000,
      durationMicros: Math.max(row.durationMicros, 1),
      isError: row.errorCount > 0,
    }))
    .sort((a, b) => a.x - b.x || a.traceId.localeCompare(b.traceId));
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
