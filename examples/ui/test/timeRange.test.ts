import { describe, expect, it } from 'vitest';
import { customWindow, fillBuckets, parseRange, timeWindow } from '../src/state/timeRange.js';

describe('time range', () => {
  it('reads the range from the URL, defaulting to 1h', () => {
    expect(parseRange('15m')).toBe('15m');
    expect(parseRange('24h')).toBe('24h');
    expect(parseRange(null)).toBe('1h');
    expect(parseRange('7y')).toBe('1h');
  });

  it('resolves a window ending just after now, with a chart interval per range', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    const w = timeWindow('15m', now);
    expect(w.startTime).toBe('2024-05-01T11:45:00.000Z');
    expect(Date.parse(w.endTime)).toBeGreaterThan(now);
    expect(w.interval).toEqual({ size: 30, unit: 'SECOND' });
    expect(timeWindow('24h', now).startTime).toBe('2024-04-30T12:00:00.000Z');
    expect(timeWindow('24h', now).interval).toEqual({ size: 30, unit: 'MINUTE' });
  });
});

describe('fillBuckets', () => {
  it('puts every bucket of the window in the series, 0 where none came back', () => {
    const w = {
      startTime: '2024-05-01T11:00:00.000Z',
      endTime: '2024-05-01T11:05:00.000Z',
      interval: { size: 1, unit: 'MINUTE' as const },
    };
    expect(
      fillBuckets(w, [
        ['2024-05-01T11:02:00.000Z', 4],
        ['2024-05-01T11:02:00Z', 1],
      ]),
    ).toEqual({
      times: [
        '2024-05-01T11:00:00.000Z',
        '2024-05-01T11:01:00.000Z',
        '2024-05-01T11:02:00.000Z',
        '2024-05-01T11:03:00.000Z',
        '2024-05-01T11:04:00.000Z',
      ],
      values: [0, 0, 5, 0, 0],
    });
  });
});

describe('customWindow', () => {
  it('reads explicit ends and picks a bucket width for the length', () => {
    expect(customWindow('2024-05-01T10:00:00Z', '2024-05-01T12:00:00Z')).toEqual({
      key: 'custom',
      startTime: '2024-05-01T10:00:00.000Z',
      endTime: '2024-05-01T12:00:00.000Z',
      interval: { size: 1, unit: 'MINUTE' },
    });
    expect(customWindow('2024-05-01T00:00:00Z', '2024-05-08T00:00:00Z')?.interval).toEqual({ size: 2, unit: 'HOUR' });
  });

  it('refuses missing, reversed or over-long ranges', () => {
    expect(customWindow(null, '2024-05-01T12:00:00Z')).toBeUndefined();
    expect(customWindow('nonsense', '2024-05-01T12:00:00Z')).toBeUndefined();
    expect(customWindow('2024-05-01T12:00:00Z', '2024-05-01T10:00:00Z')).toBeUndefined();
    expect(customWindow('2024-01-01T00:00:00Z', '2024-03-01T00:00:00Z')).toBeUndefined();
  });
});
