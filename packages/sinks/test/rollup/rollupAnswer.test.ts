import { describe, expect, it } from 'vitest';
import {
  apiRedRollup,
  approxQuantile,
  attributeEq,
  avg,
  bucket,
  column,
  count,
  eq,
  ge,
  gt,
  isIn,
  le,
  lt,
  max,
  min,
  not,
  or,
  planRollupAnswer,
  queryPreferringRollups,
  quantile,
  serviceRedRollup,
  startsWith,
  sum,
  uniq,
} from '../../src/index.js';
import type { Query, QueryRow } from '../../src/index.js';
import { HtError } from '@ht/stream-core';
import { fixtureServiceRedRollup } from '../../src/testing/index.js';
import { rollupQuery } from '../../src/rollup/rollupOnQuery.js';
import type { RollupRange } from '../../src/index.js';

const HOUR = 3_600_000_000;
const FROM = 1_767_225_600_000_000;
const TO = FROM + 24 * HOUR;
const rollups = [serviceRedRollup, apiRedRollup];

/** The bench's explore: per hour, service and API, calls and p99 of the duration. */
const explore: Query = {
  view: 'raw_service_view',
  tenantId: 'default',
  select: [
    bucket('start_time', 'minute', '__interval', 60),
    column('service_name'),
    column('api_name', 'api'),
    count('calls'),
    quantile('duration_micros', 0.99, 'p99_duration_micros'),
  ],
  where: [ge('start_time', FROM), lt('start_time', TO)],
  groupBy: ['__interval', 'service_name', 'api_name'],
  orderBy: [{ by: '__interval' }],
  limit: 900,
  offset: 0,
};

describe('planRollupAnswer', () => {
  it('answers the explore group-by from api_red_1m: hourly buckets, both entity columns, calls and p99', () => {
    const plan = planRollupAnswer(explore, rollups);
    expect(plan?.rollup.name).toBe('api_red_1m');
    expect(plan?.range).toEqual({
      tenantId: 'default',
      fromMicros: FROM,
      toMicros: TO,
      groupBy: ['service_name', 'api_name'],
      bucketMicros: HOUR,
      orderBy: [{ by: 'bucket', direction: 'asc' }],
      limit: 900,
      offset: 0,
    });
    const read: QueryRow[] = [
      {
        service_name: 'cart',
        api_name: 'GET /cart',
        bucket: FROM,
        calls: 3,
        errors: 1,
        duration_sum: 30,
        duration_min: 5,
        duration_max: 15,
        p50: 10,
        p95: 14,
        p99: 14.8,
      },
    ];
    expect(plan?.rows(read)).toEqual([
      { __interval: FROM, service_name: 'cart', api: 'GET /cart', calls: 3, p99_duration_micros: 14.8 },
    ]);
  });

  it('picks the first rollup that answers: per service from service_red_1m, per API from api_red_1m', () => {
    const perService: Query = {
      ...explore,
      select: [column('service_name'), count('calls')],
      groupBy: ['service_name'],
      orderBy: [],
    };
    expect(planRollupAnswer(perService, rollups)?.rollup.name).toBe('service_red_1m');
    const perApi: Query = { ...perService, select: [column('api_name'), count('calls')], groupBy: ['api_name'] };
    expect(planRollupAnswer(perApi, rollups)?.range.groupBy).toEqual(['api_name']);
    const noGroups: Query = { ...perService, select: [count('calls')], groupBy: [] };
    expect(planRollupAnswer(noGroups, rollups)?.range.groupBy).toEqual([]);
  });

  it('maps errors, sum, min, max, avg and the three quantile levels; time bounds gt/le become [from, to)', () => {
    const q: Query = {
      view: 'raw_service_view',
      tenantId: 't1',
      select: [
        column('service_name'),
        count('errors', [eq('is_error', true)]),
        sum('duration_micros', 's'),
        min('duration_micros', 'lo'),
        max('duration_micros', 'hi'),
        avg('duration_micros', 'mean'),
        quantile('duration_micros', 0.5, 'median'),
        approxQuantile('duration_micros', 0.95, 'p95'),
      ],
      where: [gt('start_time', FROM), le('start_time', TO), eq('tenant_id', 't1'), isIn('service_name', ['a', 'b'])],
      groupBy: ['service_name'],
      orderBy: [{ by: 's', direction: 'desc' }],
    };
    const plan = planRollupAnswer(q, rollups)!;
    expect(plan.range).toMatchObject({
      fromMicros: FROM + 1,
      toMicros: TO + 1,
      entityFilters: [isIn('service_name', ['a', 'b'])],
    });
    expect(plan.range.orderBy).toEqual([{ by: 'duration_sum', direction: 'desc' }]);
    const row = {
      service_name: 'a',
      calls: 4,
      errors: 1,
      duration_sum: 10,
      duration_min: 1,
      duration_max: 4,
      p50: 2.5,
      p95: 3.85,
      p99: 3.97,
    };
    expect(plan.rows([row])).toEqual([
      { service_name: 'a', errors: 1, s: 10, lo: 1, hi: 4, mean: 2.5, median: 2.5, p95: 3.85 },
    ]);
  });

  it('answers entity filters of any shape on entity columns, and a rollup `where` stated exactly', () => {
    const q: Query = {
      ...explore,
      where: [...explore.where!, or(eq('service_name', 'cart'), not(startsWith('api_name', 'GET ')))],
    };
    expect(planRollupAnswer(q, rollups)?.range.entityFilters).toEqual([q.where![2]]);
    const entry: Query = {
      view: 'fixture_span_event_view',
      tenantId: 'default',
      select: [column('service_name'), count('calls')],
      where: [ge('start_time', FROM), lt('start_time', TO), eq('is_entry', true)],
      groupBy: ['service_name'],
    };
    expect(planRollupAnswer(entry, [fixtureServiceRedRollup])?.rollup.name).toBe('fixture_service_red_1m');
    const withoutWhere: Query = { ...entry, where: entry.where!.slice(0, 2) };
    expect(planRollupAnswer(withoutWhere, [fixtureServiceRedRollup])).toBeUndefined();
    const contradicting: Query = { ...entry, where: [...entry.where!.slice(0, 2), eq('is_entry', false)] };
    expect(planRollupAnswer(contradicting, [fixtureServiceRedRollup])).toBeUndefined();
  });

  const misses: [string, Partial<Query>][] = [
    ['another view', { view: 'span_event_view' }],
    ['raw rows (dedup false)', { dedup: false }],
    ['a HAVING', { having: [gt('calls', 1)] }],
    ['a filter on a column that is not an entity', { where: [...explore.where!, gt('duration_micros', 1000)] }],
    [
      'an attribute filter',
      { where: [...explore.where!, attributeEq('attribute_keys', 'attribute_values', 'k', 'v')] },
    ],
    [
      'a filter mixing an entity and another column',
      { where: [...explore.where!, or(eq('service_name', 'a'), eq('is_error', true))] },
    ],
    ['another tenant in a filter', { where: [...explore.where!, eq('tenant_id', 'other')] }],
    ['no upper time bound', { where: [ge('start_time', FROM)] }],
    [
      'a 30-second bucket',
      { select: [bucket('start_time', 'second', '__interval', 30), count('calls')], groupBy: ['__interval'] },
    ],
    [
      'a group by a column that is not an entity',
      { select: [column('is_error'), count('calls')], groupBy: ['is_error'] },
    ],
    ['a p90', { select: [column('service_name'), quantile('duration_micros', 0.9, 'p90')], groupBy: ['service_name'] }],
    ['a distinct count', { select: [column('service_name'), uniq('trace_id', 'traces')], groupBy: ['service_name'] }],
    [
      'a conditional sum',
      {
        select: [column('service_name'), sum('duration_micros', 's', [eq('is_error', true)])],
        groupBy: ['service_name'],
      },
    ],
    [
      'a count of other errors',
      { select: [column('service_name'), count('e', [gt('error_count', 0)])], groupBy: ['service_name'] },
    ],
    [
      'a sort by an average',
      {
        select: [column('service_name'), avg('duration_micros', 'm')],
        groupBy: ['service_name'],
        orderBy: [{ by: 'm' }],
      },
    ],
  ];
  for (const [what, change] of misses) {
    it(`leaves to the base view: ${what}`, () => {
      expect(planRollupAnswer({ ...explore, ...change }, rollups)).toBeUndefined();
    });
  }

  it('queryPreferringRollups reads the rollup when one answers, the view otherwise or when the store does not know the rollup', async () => {
    const calls: string[] = [];
    const store = {
      query: async (q: Query): Promise<QueryRow[]> => {
        calls.push(`query ${q.view}`);
        return [];
      },
      queryRollup: async (name: string): Promise<QueryRow[]> => {
        calls.push(`rollup ${name}`);
        if (name === 'service_red_1m') throw new HtError('LIFECYCLE', 'unknown rollup');
        return [];
      },
    };
    expect((await queryPreferringRollups(store, explore, rollups)).rollup).toBe('api_red_1m');
    const perService: Query = {
      ...explore,
      select: [column('service_name'), count('calls')],
      groupBy: ['service_name'],
      orderBy: [],
    };
    expect((await queryPreferringRollups(store, perService, rollups)).rollup).toBeUndefined();
    expect((await queryPreferringRollups(store, { ...explore, dedup: false }, rollups)).rollup).toBeUndefined();
    expect(calls).toEqual([
      'rollup api_red_1m',
      'rollup service_red_1m',
      'query raw_service_view',
      'query raw_service_view',
    ]);
  });
});

describe('RollupRange checks (every store reads through them)', () => {
  const range: RollupRange = { tenantId: 'default', fromMicros: FROM, toMicros: TO };
  const refused: [string, Partial<RollupRange>, RegExp][] = [
    ['a 30-second bucket', { bucketMicros: 30_000_000 }, /whole number of minutes/],
    ['a bucket over a day', { bucketMicros: 25 * HOUR }, /from 1 minute to 1 day/],
    ['byMinute with a bucket', { byMinute: true, bucketMicros: HOUR }, /exclude each other/],
    [
      'a group by a column that is not an entity',
      { groupBy: ['is_error'] },
      /groupBy 'is_error' is not an entity column/,
    ],
    [
      'an entity filter on another column',
      { entityFilters: [eq('is_error', true)] },
      /only compare the entity columns/,
    ],
    ['a sort by an unknown output', { orderBy: [{ by: 'nope' }] }, /orderBy 'nope' is not an output/],
    ['an offset without a limit', { offset: 3 }, /offset must be/],
  ];
  for (const [what, change, message] of refused) {
    it(`refuses ${what} (INPUT_INVALID)`, () => {
      expect(() => rollupQuery(apiRedRollup, { ...range, ...change })).toThrow(message);
    });
  }

  it('a bucket read groups by the entity columns asked and the bucket, sorted by the keys left', () => {
    const q = rollupQuery(apiRedRollup, {
      ...range,
      bucketMicros: HOUR,
      groupBy: ['api_name'],
      orderBy: [{ by: 'calls', direction: 'desc' }],
      limit: 5,
    });
    expect(q.groupBy).toEqual(['api_name', 'bucket']);
    expect(q.select[1]).toEqual(bucket('start_time', 'minute', 'bucket', 60));
    expect(q.orderBy).toEqual([
      { by: 'calls', direction: 'desc' },
      { by: 'api_name', direction: 'asc' },
      { by: 'bucket', direction: 'asc' },
    ]);
    expect(q.limit).toBe(5);
  });
});
