import { describe, expect, it } from 'vitest';
import { diffTraces } from '../src/trace/traceDiff.js';
import { span } from './support.js';

// The browser test's known pair, in milliseconds: B's price call is slower, its stock call gone, a coupon
// call new, and its one cache read of A became three shorter ones.
const ms = 1_000;
const shop = { serviceName: 'shop' };
const A = [
  span('a0', null, 0, 100 * ms, { ...shop, name: 'GET /order' }),
  span('a1', 'a0', 5 * ms, 10 * ms, { ...shop, name: 'SELECT orders' }),
  span('a2', 'a0', 20 * ms, 10 * ms, { serviceName: 'pricing', name: 'GET /price' }),
  span('a3', 'a0', 35 * ms, 20 * ms, { serviceName: 'stock', name: 'GET /stock' }),
  span('a4', 'a0', 60 * ms, 20 * ms, { ...shop, name: 'cache get' }),
];
const B = [
  span('b0', null, 0, 150 * ms, { ...shop, name: 'GET /order' }),
  span('b1', 'b0', 5 * ms, 10 * ms, { ...shop, name: 'SELECT orders' }),
  span('b2', 'b0', 20 * ms, 60 * ms, { serviceName: 'pricing', name: 'GET /price' }),
  span('b3', 'b0', 85 * ms, 10 * ms, { serviceName: 'coupon', name: 'GET /coupon' }),
  span('b4', 'b0', 100 * ms, 5 * ms, { ...shop, name: 'cache get' }),
  span('b5', 'b0', 110 * ms, 5 * ms, { ...shop, name: 'cache get' }),
  span('b6', 'b0', 120 * ms, 5 * ms, { ...shop, name: 'cache get', statusCode: 'ERROR' }),
];

describe('trace comparison', () => {
  it('lines the spans up by path and tells added, missing, slower, faster and same apart', () => {
    const diff = diffTraces(A, B);
    expect(diff.rows.map((r) => [r.depth, r.service, r.name, r.a?.spanId, r.b?.spanId, r.status])).toEqual([
      [0, 'shop', 'GET /order', 'a0', 'b0', 'slower'],
      [1, 'shop', 'SELECT orders', 'a1', 'b1', 'same'],
      [1, 'pricing', 'GET /price', 'a2', 'b2', 'slower'],
      [1, 'stock', 'GET /stock', 'a3', undefined, 'missing'],
      [1, 'shop', 'cache get', 'a4', 'b4', 'faster'],
      [1, 'coupon', 'GET /coupon', undefined, 'b3', 'added'],
      [1, 'shop', 'cache get', undefined, 'b5', 'added'],
      [1, 'shop', 'cache get', undefined, 'b6', 'added'],
    ]);
    expect(diff.counts).toEqual({ same: 1, slower: 2, faster: 1, added: 3, missing: 1 });
    expect(diff.rows[2]?.deltaMicros).toBe(50 * ms);
    expect(diff.rows[7]?.b?.isError).toBe(true);
    expect([diff.durationA, diff.durationB]).toEqual([100 * ms, 150 * ms]);
  });

  it('counts a change under the threshold as the same, and compares a trace with itself as all the same', () => {
    const near = diffTraces([span('x', null, 0, 10 * ms)], [span('x', null, 0, 10.5 * ms)]);
    expect(near.rows[0]?.status).toBe('same');
    const small = diffTraces([span('x', null, 0, 500)], [span('x', null, 0, 900)]);
    expect(small.rows[0]?.status).toBe('same'); // under the 1 ms floor
    expect(diffTraces(A, A).counts).toEqual({ same: 5, slower: 0, faster: 0, added: 0, missing: 0 });
  });

  it('keeps a subtree of B under its own parent, and the children of a missing span', () => {
    const diff = diffTraces(
      [span('r', null, 0, 100), span('m', 'r', 0, 50, { name: 'gone' }), span('mc', 'm', 0, 10, { name: 'leaf' })],
      [span('r', null, 0, 100), span('n', 'r', 0, 50, { name: 'new' }), span('nc', 'n', 0, 10, { name: 'leaf' })],
    );
    expect(diff.rows.map((r) => [r.depth, r.name, r.status])).toEqual([
      [0, 'op-r', 'same'],
      [1, 'gone', 'missing'],
      [2, 'leaf', 'missing'],
      [1, 'new', 'added'],
      [2, 'leaf', 'added'],
    ]);
  });
});
