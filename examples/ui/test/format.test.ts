import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatPercent, toMicros } from '../src/format.js';

describe('format', () => {
  it('formats durations from microseconds by their size', () => {
    expect(formatDuration(850)).toBe('850 µs');
    expect(formatDuration(12_345)).toBe('12.3 ms');
    expect(formatDuration(1_250_000)).toBe('1.25 s');
    expect(formatDuration(125_000_000)).toBe('2m 05s');
    expect(formatDuration(Number.NaN)).toBe('–');
  });

  it('formats counts and shares', () => {
    expect(formatCount(950)).toBe('950');
    expect(formatCount(12_345)).toBe('12.3k');
    expect(formatCount(4_500_000)).toBe('4.5M');
    expect(formatPercent(3, 200)).toBe('1.5 %');
    expect(formatPercent(0, 0)).toBe('0 %');
  });

  it('keeps the microseconds of an RFC 3339 time', () => {
    expect(toMicros('1970-01-01T00:00:00.000001Z')).toBe(1);
    expect(toMicros('2024-05-01T11:00:00.123456Z') - toMicros('2024-05-01T11:00:00.123Z')).toBe(456);
    expect(toMicros('not a time')).toBeNaN();
  });
});
