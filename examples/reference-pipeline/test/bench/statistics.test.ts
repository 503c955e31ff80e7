import { describe, expect, it } from 'vitest';
import { robustSlope, slopeNetOf } from '../../bench/statistics.js';

describe('slopeNetOf', () => {
  it('takes out the part of y that follows z, leaving the trend over x', () => {
    // A heap of 80 MiB growing 0.5 MiB a minute, plus 2 MiB per 1,000 spans in flight that swing 2k-14k.
    const inFlight = [6_000, 2_000, 14_000, 5_000, 9_000, 3_000, 12_000, 7_000, 4_000, 10_000];
    const points = inFlight.map((z, i) => ({ x: i, y: 80 + 0.5 * i + 0.002 * z, z }));
    const fitted = slopeNetOf(points);
    expect(fitted.slope).toBeCloseTo(0.5, 9);
    expect(fitted.perZ).toBeCloseTo(0.002, 9);
    // The slope of y alone is thrown off by the in-flight swings.
    expect(Math.abs(robustSlope(points) - 0.5)).toBeGreaterThan(0.2);
  });

  it('finds no trend in a flat heap whose last samples were taken with a large backlog in flight', () => {
    const inFlight = [5_000, 6_000, 5_500, 6_500, 5_000, 6_000, 5_500, 6_000, 13_000, 15_000];
    const points = inFlight.map((z, i) => ({ x: i, y: 70 + 0.002 * z, z }));
    expect(slopeNetOf(points).slope).toBeCloseTo(0, 9);
    expect(robustSlope(points)).toBeGreaterThan(0);
  });

  it('is the Theil–Sen slope when z does not vary, or moves in step with x', () => {
    const flat = [1, 5, 2, 8, 3].map((y, x) => ({ x, y, z: 100 }));
    expect(slopeNetOf(flat)).toEqual({ slope: robustSlope(flat), perZ: 0 });
    const inStep = [1, 5, 2, 8, 3].map((y, x) => ({ x, y, z: 10 * x }));
    expect(slopeNetOf(inStep)).toEqual({ slope: robustSlope(inStep), perZ: 0 });
  });

  it('keeps a leak that z does not explain', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({ x: i, y: 60 + 3 * i + (i % 3), z: 1_000 * (i % 4) }));
    expect(slopeNetOf(points).slope).toBeGreaterThan(2.5);
  });
});
