import type { WaterfallModel } from './waterfall.js';

/** How many identical calls under one parent count as an N+1 pattern. */
export const REPEATED_CALLS_THRESHOLD = 3;

/** One service and operation of a trace: how often it ran and where the time went. */
export interface OperationStatistics {
  readonly service: string;
  readonly operation: string;
  readonly count: number;
  /** Sum of the spans' durations, microseconds. */
  readonly totalMicros: number;
  /** Sum of the time no child span covered, microseconds. */
  readonly selfMicros: number;
  /** The most identical calls (same service and operation) under one parent span. */
  readonly maxRepeatsUnderOneParent: number;
  /** `maxRepeatsUnderOneParent` reaches {@link REPEATED_CALLS_THRESHOLD}: a likely N+1. */
  readonly repeated: boolean;
}

/** The length of the union of intervals, each clipped to [from, to]. */
function coveredMicros(intervals: [number, number][], from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let end = Number.NEGATIVE_INFINITY;
  let start = 0;
  for (const [a, b] of clipped) {
    if (a > end) {
      if (end > Number.NEGATIVE_INFINITY) covered += end - start;
      start = a;
      end = b;
    } else end = Math.max(end, b);
  }
  if (end > Number.NEGATIVE_INFINITY) covered += end - start;
  return covered;
}

/**
 * Per service and operation: span count, total and self time (the span's time not covered by its
 * children), and repeated identical calls under one parent flagged as N+1; the longest self time first.
 *
 * @example
 * ```ts
 * const rows = traceStatistics(layoutWaterfall(trace.spans));
 * ```
 */
export function traceStatistics(model: WaterfallModel): OperationStatistics[] {
  const childIntervals = new Map<string, [number, number][]>();
  const repeats = new Map<string, number>();
  for (const row of model.rows) {
    const parent = row.span.parentSpanId;
    if (!parent) continue;
    const list = childIntervals.get(parent) ?? [];
    list.push([row.offsetMicros, row.offsetMicros + row.span.durationMicros]);
    childIntervals.set(parent, list);
    const key = `${parent}\u0000${row.span.serviceName}\u0000${row.span.name}`;
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  const maxRepeats = new Map<string, number>();
  for (const [key, n] of repeats) {
    const op = key.slice(key.indexOf('\u0000') + 1);
    maxRepeats.set(op, Math.max(maxRepeats.get(op) ?? 0, n));
  }
  const stats = new Map<string, { service: string; operation: string; count: number; total: number; self: number }>();
  for (const row of model.rows) {
    const s = row.span;
    const key = `${s.serviceName}\u0000${s.name}`;
    const entry = stats.get(key) ?? { service: s.serviceName, operation: s.name, count: 0, total: 0, self: 0 };
    const start = row.offsetMicros;
    const covered = coveredMicros(childIntervals.get(s.spanId) ?? [], start, start + s.durationMicros);
    entry.count += 1;
    entry.total += s.durationMicros;
    entry.self += Math.max(s.durationMicros - covered, 0);
    stats.set(key, entry);
  }
  return [...stats.entries()]
    .map(([key, e]) => {
      const most = maxRepeats.get(key) ?? 0;
      return {
        service: e.service,
        operation: e.operation,
        count: e.count,
        totalMicros: e.total,
        selfMicros: e.self,
        maxRepeatsUnderOneParent: most,
        repeated: most >= REPEATED_CALLS_THRESHOLD,
      };
    })
    .sort(
      (a, b) =>
        b.selfMicros - a.selfMicros || a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation),
    );
}
