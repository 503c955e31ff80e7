import { hex, sendPlanned } from './bigTrace.js';
import type { PlannedSpan } from './bigTrace.js';

/** The known trace pair's ids, and what the comparison, find and statistics must say of it. */
export interface KnownPair {
  readonly a: string;
  readonly b: string;
  /** A's root span (B's root links to it). */
  readonly rootA: string;
  /** B's first cache read (B's last one links to it). */
  readonly firstCacheB: string;
  /** B's last cache read. */
  readonly lastCacheB: string;
}

/** The service of the pair's roots (the search finds the two by it). */
export const PAIR_SERVICE = 'pair-shop';

/** The attribute of the pair's cache reads: 'true' on A's one, 'false' on B's three (the search box's test). */
export const CACHE_HIT = 'pair.cache.hit';

const ms = 1_000;
const SERVER = 2;
const CLIENT = 3;

/**
 * Sends the comparison's known pair through an OTLP HTTP receiver, in one request: A and B are one
 * `GET /order` of `pair-shop`; B's price call is five times slower (10 → 60 ms), its stock call is gone,
 * a coupon call is new, and A's one cache read (20 ms, `pair.cache.hit=true`) became three of 5 ms (N+1,
 * `pair.cache.hit=false`), the last in error. B's root links to A's root, B's last cache read to its first.
 * Compared A → B: 1 same, 2 slower (the root, the price call), 1 faster, 3 added, 1 missing (the unit
 * test of `diffTraces` has the same pair).
 *
 * @example
 * ```ts
 * const { a, b } = await sendKnownPair('http://127.0.0.1:6518/v1/traces');
 * ```
 */
export async function sendKnownPair(otlpHttpUrl: string): Promise<KnownPair> {
  const a = hex(16);
  const b = hex(16);
  const rootA = hex(8);
  const rootB = hex(8);
  const spansA: PlannedSpan[] = [
    { service: PAIR_SERVICE, spanId: rootA, name: 'GET /order', kind: SERVER, start: 0, end: 100 * ms },
    {
      service: PAIR_SERVICE,
      spanId: hex(8),
      parentSpanId: rootA,
      name: 'SELECT orders',
      kind: CLIENT,
      start: 5 * ms,
      end: 15 * ms,
    },
    {
      service: 'pair-pricing',
      spanId: hex(8),
      parentSpanId: rootA,
      name: 'GET /price',
      kind: SERVER,
      start: 20 * ms,
      end: 30 * ms,
    },
    {
      service: 'pair-stock',
      spanId: hex(8),
      parentSpanId: rootA,
      name: 'GET /stock',
      kind: SERVER,
      start: 35 * ms,
      end: 55 * ms,
    },
    {
      service: PAIR_SERVICE,
      spanId: hex(8),
      parentSpanId: rootA,
      name: 'cache get',
      kind: CLIENT,
      start: 60 * ms,
      end: 80 * ms,
      attributes: [{ key: CACHE_HIT, value: { stringValue: 'true' } }],
    },
  ];
  const cacheB = [hex(8), hex(8), hex(8)];
  const spansB: PlannedSpan[] = [
    {
      service: PAIR_SERVICE,
      spanId: rootB,
      name: 'GET /order',
      kind: SERVER,
      start: 0,
      end: 150 * ms,
      links: [{ traceId: a, spanId: rootA, attributes: [{ key: 'link.reason', value: { stringValue: 'retry-of' } }] }],
    },
    {
      service: PAIR_SERVICE,
      spanId: hex(8),
      parentSpanId: rootB,
      name: 'SELECT orders',
      kind: CLIENT,
      start: 5 * ms,
      end: 15 * ms,
    },
    {
      service: 'pair-pricing',
      spanId: hex(8),
      parentSpanId: rootB,
      name: 'GET /price',
      kind: SERVER,
      start: 20 * ms,
      end: 80 * ms,
    },
    {
      service: 'pair-coupon',
      spanId: hex(8),
      parentSpanId: rootB,
      name: 'GET /coupon',
      kind: SERVER,
      start: 85 * ms,
      end: 95 * ms,
    },
    ...[100, 110, 120].map((at, i) => ({
      service: PAIR_SERVICE,
      spanId: cacheB[i] as string,
      parentSpanId: rootB,
      name: 'cache get',
      kind: CLIENT,
      start: at * ms,
      end: (at + 5) * ms,
      error: i === 2,
      attributes: [{ key: CACHE_HIT, value: { stringValue: 'false' } }],
      // The last read links to the first (a span of the same trace).
      ...(i === 2 ? { links: [{ traceId: b, spanId: cacheB[0] as string }] } : {}),
    })),
  ];
  await sendPlanned(otlpHttpUrl, [
    { traceId: a, spans: spansA },
    { traceId: b, spans: spansB },
  ]);
  return { a, b, rootA, firstCacheB: cacheB[0] as string, lastCacheB: cacheB[2] as string };
}
