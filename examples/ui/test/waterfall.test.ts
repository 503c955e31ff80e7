import { describe, expect, it } from 'vitest';
import { findInTrace, layoutWaterfall, visibleRows } from '../src/trace/waterfall.js';
import { span } from './support.js';

describe('waterfall layout', () => {
  const spans = [
    span('c2', 'b', 300, 50),
    span('a', null, 0, 1_000, { onCriticalPath: true }),
    span('b', 'a', 100, 600, { serviceName: 'cart', statusCode: 'ERROR' }),
    span('c1', 'b', 150, 100),
    span('d', 'a', 800, 150),
    span('orphan', 'missing', 900, 200),
  ];

  it('orders spans depth-first, children by start, with depth and offset from the trace start', () => {
    const model = layoutWaterfall(spans);
    expect(model.rows.map((r) => [r.span.spanId, r.depth, r.offsetMicros])).toEqual([
      ['a', 0, 0],
      ['b', 1, 100],
      ['c1', 2, 150],
      ['c2', 2, 300],
      ['d', 1, 800],
      ['orphan', 0, 900],
    ]);
    expect(model.durationMicros).toBe(1_100);
    expect(model.services).toEqual(['cart', 'svc']);
    expect(model.rows.find((r) => r.span.spanId === 'a')?.onCriticalPath).toBe(true);
    expect(model.rows.find((r) => r.span.spanId === 'b')?.isError).toBe(true);
    expect(model.rows.find((r) => r.span.spanId === 'b')?.childCount).toBe(2);
  });

  it('shows every span once even when parents form a cycle', () => {
    const model = layoutWaterfall([span('x', 'y', 0, 10), span('y', 'x', 5, 10)]);
    expect(model.rows.map((r) => r.span.spanId).sort()).toEqual(['x', 'y']);
  });

  it('lays out a 100,000-span chain without overflowing the stack', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => span(`s${i}`, i === 0 ? null : `s${i - 1}`, i, 10));
    const model = layoutWaterfall(chain);
    expect(model.rows).toHaveLength(100_000);
    expect(model.rows[99_999]?.depth).toBe(99_999);
  });

  it('hides the descendants of collapsed spans', () => {
    const model = layoutWaterfall(spans);
    expect(visibleRows(model.rows, new Set(['b'])).map((r) => r.span.spanId)).toEqual(['a', 'b', 'd', 'orphan']);
    expect(visibleRows(model.rows, new Set(['a'])).map((r) => r.span.spanId)).toEqual(['a', 'orphan']);
  });

  it('finds spans by name, service or id, case-insensitive, and those whose attributes matched (given)', () => {
    const model = layoutWaterfall(spans);
    expect(findInTrace(model.rows, 'CART')).toEqual([1]);
    // c1's attribute http.route=/cart/:id matched on the server (findInTrace of the query API).
    expect(findInTrace(model.rows, 'CART', new Set(['c1', 'b']))).toEqual([1, 2]);
    expect(findInTrace(model.rows, 'op-d')).toEqual([4]);
    expect(findInTrace(model.rows, ' c2 ')).toEqual([3]);
    expect(findInTrace(model.rows, '  ', new Set(['c1']))).toEqual([]);
  });
});
