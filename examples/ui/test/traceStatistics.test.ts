import { describe, expect, it } from 'vitest';
import { traceStatistics } from '../src/trace/traceStatistics.js';
import { layoutWaterfall } from '../src/trace/waterfall.js';
import { span } from './support.js';

describe('trace statistics', () => {
  // root 0-1000 with overlapping children a (100-400) and b (300-600): self 1000 - 500 = 500.
  // b calls the database three times (N+1): 320-370, 400-450, 480-530.
  const spans = [
    span('root', null, 0, 1_000, { serviceName: 'api', name: 'GET /orders' }),
    span('a', 'root', 100, 300, { serviceName: 'api', name: 'auth' }),
    span('b', 'root', 300, 300, { serviceName: 'orders', name: 'load' }),
    span('q1', 'b', 320, 50, { serviceName: 'orders', name: 'SELECT item' }),
    span('q2', 'b', 400, 50, { serviceName: 'orders', name: 'SELECT item' }),
    span('q3', 'b', 480, 50, { serviceName: 'orders', name: 'SELECT item' }),
  ];

  it('counts spans, total and self time per service and operation, the longest self time first', () => {
    const rows = traceStatistics(layoutWaterfall(spans));
    expect(rows.map((r) => [r.service, r.operation, r.count, r.totalMicros, r.selfMicros])).toEqual([
      ['api', 'GET /orders', 1, 1_000, 500],
      ['api', 'auth', 1, 300, 300],
      ['orders', 'load', 1, 300, 150],
      ['orders', 'SELECT item', 3, 150, 150],
    ]);
  });

  it('flags identical calls repeated under one parent as N+1', () => {
    const rows = traceStatistics(layoutWaterfall(spans));
    const select = rows.find((r) => r.operation === 'SELECT item');
    expect(select).toMatchObject({ maxRepeatsUnderOneParent: 3, repeated: true });
    expect(rows.filter((r) => r.repeated)).toHaveLength(1);
    // Two calls, or three under different parents, are not N+1.
    const spread = traceStatistics(
      layoutWaterfall([
        span('r', null, 0, 100),
        span('p1', 'r', 0, 50),
        span('p2', 'r', 50, 50),
        span('x1', 'p1', 0, 10, { name: 'q' }),
        span('x2', 'p1', 10, 10, { name: 'q' }),
        span('x3', 'p2', 50, 10, { name: 'q' }),
      ]),
    );
    expect(spread.find((r) => r.operation === 'q')).toMatchObject({
      count: 3,
      maxRepeatsUnderOneParent: 2,
      repeated: false,
    });
  });
});
