import { describe, expect, it } from 'vitest';
import {
  avg,
  bucket,
  builtinRollups,
  column,
  count,
  eq,
  ge,
  gt,
  isIn,
  lt,
  max,
  MINUTE_MICROS,
  min,
  not,
  or,
  planRollupAnswer,
  queryPreferringRollups,
  quantile,
  startsWith,
  sum,
} from '../src/index.js';
import type { Query, QueryRow, ViewStore } from '../src/index.js';
import { rollupFixture } from './support/rollupFixture.js';

const { minute, stores, fill } = await rollupFixture('ht_rollexp', 160, 9);

const QUANTILES = /^p\d+$/;
/** Counts exactly; sums, minimums, maximums and averages to 9 digits (ClickHouse keeps them as Float64). */
function exact(rows: readonly QueryRow[]): Record<string, unknown>[] {
  return rows.map((r) =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => !QUANTILES.test(k))
        .map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(9)) : v]),
    ),
  );
}

/** What explore asks (and more): each with a total order, so the rows compare one by one. */
function queries(from: number, to: number): [string, Query][] {
  const within = [ge('start_time', from), lt('start_time', to)];
  const api = (q: Omit<Query, 'view' | 'tenantId'>): Query => ({ view: 'raw_service_view', tenantId: 'default', ...q });
  return [
    [
      'explore: per 5-minute bucket, service and API, calls and p99',
      api({
        select: [
          bucket('start_time', 'minute', '__interval', 5),
          column('service_name'),
          column('api_name'),
          count('calls'),
          quantile('duration_micros', 0.99, 'p99_duration_micros'),
        ],
        where: within,
        groupBy: ['__interval', 'service_name', 'api_name'],
        orderBy: [{ by: '__interval' }, { by: 'service_name' }, { by: 'api_name' }],
        limit: 900,
      }),
    ],
    [
      'per service of two (an entity filter): errors, sum, min, max, avg, p50, p95',
      api({
        select: [
          column('service_name', 'service'),
          count('calls'),
          count('errors', [eq('is_error', true)]),
          sum('duration_micros', 'total'),
          min('duration_micros', 'fastest'),
          max('duration_micros', 'slowest'),
          avg('duration_micros', 'mean'),
          quantile('duration_micros', 0.5, 'p50'),
          quantile('duration_micros', 0.95, 'p95'),
        ],
        where: [...within, isIn('service_name', ['frontend', 'checkout', 'cart'])],
        groupBy: ['service_name'],
        orderBy: [{ by: 'service' }],
      }),
    ],
    [
      'no entity: per 3-minute bucket, calls and errors',
      api({
        select: [bucket('start_time', 'minute', 't', 3), count('calls'), count('errors', [eq('is_error', true)])],
        where: within,
        groupBy: ['t'],
        orderBy: [{ by: 't', direction: 'desc' }],
      }),
    ],
    [
      'per API only (a subset of the entity), or/not filters, sorted by calls, a page',
      api({
        select: [column('api_name'), count('calls'), max('duration_micros', 'slowest')],
        where: [...within, or(not(startsWith('api_name', 'GET ')), eq('service_name', 'frontend'))],
        groupBy: ['api_name'],
        orderBy: [{ by: 'calls', direction: 'desc' }, { by: 'api_name' }],
        limit: 3,
        offset: 1,
      }),
    ],
    [
      'backends per type: calls, average and p99 (backend_red_1m)',
      {
        view: 'backend_entity_view',
        tenantId: 'default',
        select: [
          column('backend_type'),
          count('calls'),
          count('errors', [gt('error_count', 0)]),
          avg('duration_micros', 'mean'),
          quantile('duration_micros', 0.99, 'p99'),
        ],
        where: within,
        groupBy: ['backend_type'],
        orderBy: [{ by: 'backend_type' }],
      },
    ],
  ];
}

async function expectRollupAnswerEqualsBase(store: ViewStore, name: string, query: Query): Promise<void> {
  const plan = planRollupAnswer(query, builtinRollups);
  expect(plan, `${name}: a rollup answers`).toBeDefined();
  const answered = await queryPreferringRollups(store, query, builtinRollups);
  const base = await store.query(query);
  expect(answered.rollup, name).toBe(plan!.rollup.name);
  expect(base.length, `${name}: rows`).toBeGreaterThan(0);
  expect(
    answered.rows.map((r) => Object.keys(r)),
    `${name}: the same outputs`,
  ).toEqual(base.map((r) => Object.keys(r)));
  expect(exact(answered.rows), name).toEqual(exact(base));
  // Groups of fewer than 8192 values: the rollup's quantiles are exact, interpolated like the base view's.
  base.forEach((row, i) => {
    for (const [k, v] of Object.entries(row))
      if (QUANTILES.test(k)) expect(Number(answered.rows[i]![k]), `${name} row ${i} ${k}`).toBeCloseTo(Number(v), 6);
  });
}

describe('queries answered from the built-in rollups equal the base view, on every store', () => {
  for (const [name, create, destroy] of stores) {
    it(`${name}: rebuilt minutes, open minutes, replays and late fragments; ranges on and off whole minutes`, async () => {
      const store = await create();
      try {
        // Minutes [0, 12) rebuilt, then replays and late fragments and minutes [0, 14) rebuilt.
        await fill(store);
        for (const [from, to] of [
          [minute(-1), minute(21)],
          [minute(3) + 17_000_000, minute(16) + 42_500_123],
          [minute(9), minute(13)],
        ] as const) {
          for (const [what, query] of queries(from, to))
            await expectRollupAnswerEqualsBase(store, `${what} [${from}, ${to})`, query);
        }
        // The read takes store.query's limits: more rows than maxRows reject, naming the limit.
        const all = {
          tenantId: 'default',
          fromMicros: minute(-1),
          toMicros: minute(21),
          bucketMicros: 5 * MINUTE_MICROS,
        };
        expect((await store.queryRollup('api_red_1m', all, { maxRows: 1000 })).length).toBeGreaterThan(1);
        await expect(store.queryRollup('api_red_1m', all, { maxRows: 1 })).rejects.toMatchObject({ limit: 'maxRows' });
      } finally {
        await store.close();
        await destroy(store);
      }
    }, 120_000);
  }
});
