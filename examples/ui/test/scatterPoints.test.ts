import { describe, expect, it } from 'vitest';
import { nearestPoint, scatterPoints } from '../src/trace/scatterPoints.js';

const row = (traceId: string, startTime: string, durationMicros: number, errorCount: number) => ({
  traceId,
  rootService: 'svc',
  rootOperation: 'op',
  startTime,
  durationMicros,
  spanCount: 3,
  errorCount,
});

describe('the trace search scatter plot', () => {
  it('orders the results by start time, marks errors, keeps durations above zero for the log axis', () => {
    expect(
      scatterPoints([row('b', '2024-05-01T11:00:01Z', 0, 2), row('a', '2024-05-01T11:00:00.5Z', 1_500, 0)]),
    ).toEqual([
      { traceId: 'a', x: 1_714_561_200.5, durationMicros: 1_500, isError: false },
      { traceId: 'b', x: 1_714_561_201, durationMicros: 1, isError: true },
    ]);
  });

  it('puts the span count across on demand, ties in start order', () => {
    const rows = [
      { ...row('b', '2024-05-01T11:00:01Z', 10, 0), spanCount: 40 },
      { ...row('c', '2024-05-01T11:00:03Z', 20, 1), spanCount: 3 },
      { ...row('a', '2024-05-01T11:00:02Z', 30, 0), spanCount: 0 },
      { ...row('d', '2024-05-01T11:00:00Z', 40, 0), spanCount: 3 },
    ];
    expect(scatterPoints(rows, 'spans')).toEqual([
      { traceId: 'a', x: 1, durationMicros: 30, isError: false },
      { traceId: 'd', x: 3, durationMicros: 40, isError: false },
      { traceId: 'c', x: 3, durationMicros: 20, isError: true },
      { traceId: 'b', x: 40, durationMicros: 10, isError: false },
    ]);
  });

  it('finds the point nearest to a click, within a radius', () => {
    const points = [
      { x: 10, y: 10 },
      { x: 50, y: 50 },
      { x: 54, y: 50 },
    ];
    expect(nearestPoint(points, 48, 47, 8)).toBe(1);
    expect(nearestPoint(points, 53, 50, 8)).toBe(2);
    expect(nearestPoint(points, 100, 100, 8)).toBeUndefined();
  });
});
