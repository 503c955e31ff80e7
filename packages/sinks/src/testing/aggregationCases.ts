import { AssertionError } from 'node:assert';
import {
  approxQuantile,
  approxUniq,
  bucket,
  column,
  count,
  eq,
  ge,
  gt,
  max,
  min,
  quantile,
  uniq,
} from '../query/build.js';
import { attributeValue, bucketMicros, difference, rate, ratio } from '../query/buildAggregation.js';
import { nextCursor } from '../query/nextCursor.js';
import type { OrderBy, Query, ScalarValue, TimeUnit } from '../query/Query.js';
import { QueryLimitError } from '../query/QueryLimitError.js';
import type { QueryRow } from '../query/QueryResult.js';
import type { ViewRow, ViewStore } from '../store/ViewStore.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { withStore } from './ConformanceTarget.js';
import { FIXTURE_START_MICROS, fixtureTraces, viewRows } from './fixtureTraces.js';
import { fixtureSpanEventView } from './fixtureViews.js';
import { assertClose, assertEqual, assertRejects, compareStrings, groupRows, referenceQuantile } from './reference.js';

const VIEW = 'fixture_span_event_view';
const spans: ViewRow[] = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 60, seed: 23 }));
const num = (r: ViewRow, c: string): number => Number(r[c]);
const attribute = (r: ViewRow, key: string): string =>
  (r['attribute_values'] as string[])[(r['attribute_keys'] as string[]).indexOf(key)] ?? '';

/** Rows of the fixture span view for the large-group case: one service, distinct traces, random durations. */
export function largeGroupRows(n: number, seed: number): ViewRow[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, (_, i) => ({
    tenant_id: 'default',
    trace_id: `t${i.toString(16).padStart(8, '0')}`,
    span_id: `s${i}`,
    parent_span_id: '',
    service_name: 'bulk',
    span_name: `op${i % 7}`,
    span_kind: 'SERVER',
    start_time: FIXTURE_START_MICROS + Math.floor(random() * 3_600_000_000),
    duration_micros: Math.floor(random() * 1_000_000),
    status_code: 'OK',
    error_count: 0,
    is_entry: true,
    http_status: 200,
    size_ratio: 0,
    attribute_keys: [],
    attribute_values: [],
  }));
}

/** Reads every page of `query` (cursor paging when `cursor`, offset paging otherwise). */
async function allPages(store: ViewStore, query: Query, cursor: boolean): Promise<QueryRow[]> {
  const rows: QueryRow[] = [];
  for (let page = 0; page < 1000; page++) {
    const after = cursor ? nextCursor(query, rows.slice(-query.limit!)) : undefined;
    if (cursor && page > 0 && after === undefined) return rows;
    const next = await store.query(
      cursor ? (after === undefined ? query : { ...query, after }) : { ...query, offset: page * query.limit! },
    );
    rows.push(...next);
    if (next.length < query.limit!) return rows;
  }
  throw new AssertionError({ message: 'paging did not end after 1000 pages' });
}

/** The rank of `value` among sorted `values`: the share of values at or below it. */
function rankOf(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}

/**
 * Cases for the aggregation side of the query model: group by an attribute value, HAVING, computed
 * columns, buckets of any width, offset and cursor paging, exact and approximate distinct counts and
 * quantiles, and the per-query limits (maxRows, signal, timeoutMs).
 *
 * @example
 * ```ts
 * for (const c of aggregationCases(target)) it(c.name, c.run);
 * ```
 */
export function aggregationCases(target: ConformanceTarget): ConformanceCase[] {
  const loaded = (fn: (store: ViewStore) => Promise<void>): Promise<void> =>
    withStore(target, async (store) => {
      await store.ensureTables([fixtureSpanEventView]);
      await store.write(VIEW, spans);
      await fn(store);
    });
  return [
    {
      name: 'groups by an attribute value (absent: empty string), with HAVING and computed columns',
      run: () =>
        loaded(async (store) => {
          const rows = await store.query({
            view: VIEW,
            tenantId: 'default',
            select: [
              attributeValue('attribute_keys', 'attribute_values', 'user_agent.original', 'agent'),
              attributeValue('attribute_keys', 'attribute_values', 'db.system', 'db'),
              count('calls'),
              count('errors', [eq('status_code', 'ERROR')]),
              ratio('errors', 'calls', 'error_ratio'),
              rate('calls', 'minute', 2 * 3_600_000_000, 'calls_per_minute'),
              min('start_time', 'first'),
              max('start_time', 'last'),
              difference('last', 'first', 'spread'),
            ],
            groupBy: ['agent', 'db'],
            having: [ge('calls', 3)],
            orderBy: [{ by: 'agent' }, { by: 'db' }],
          });
          const groups = [
            ...groupRows(spans, (r) =>
              JSON.stringify([attribute(r, 'user_agent.original'), attribute(r, 'db.system')]),
            ),
          ]
            .map(([k, rs]) => {
              const [agent, db] = JSON.parse(k) as [string, string];
              const errors = rs.filter((r) => r['status_code'] === 'ERROR').length;
              const starts = rs.map((r) => num(r, 'start_time'));
              return { agent, db, calls: rs.length, errors, first: Math.min(...starts), last: Math.max(...starts) };
            })
            .filter((g) => g.calls >= 3)
            .sort((a, b) => compareStrings(a.agent, b.agent) || compareStrings(a.db, b.db));
          assertEqual(
            rows.map((r) => [r['agent'], r['db'], r['calls'], r['errors'], r['first'], r['last'], r['spread']]),
            groups.map((g) => [g.agent, g.db, g.calls, g.errors, g.first, g.last, g.last - g.first]),
            'groups by attribute value',
          );
          if (!groups.some((g) => g.db === '') || !groups.some((g) => g.db === 'postgresql')) {
            throw new AssertionError({ message: 'the fixture should hold spans with and without db.system' });
          }
          rows.forEach((r, i) => {
            assertClose(r['error_ratio'], groups[i]!.errors / groups[i]!.calls, `error ratio of group ${i}`);
            assertClose(r['calls_per_minute'], groups[i]!.calls / 120, `calls per minute of group ${i}`);
          });
          // A zero denominator gives 0; HAVING on a computed column and on a group key.
          const zero = await store.query({
            view: VIEW,
            tenantId: 'default',
            select: [
              column('service_name'),
              count('calls'),
              count('nothing', [eq('status_code', 'NO SUCH STATUS')]),
              ratio('calls', 'nothing', 'r'),
            ],
            groupBy: ['service_name'],
            having: [eq('r', 0), gt('service_name', 'cart')],
            orderBy: [{ by: 'service_name' }],
          });
          const services = [...new Set(spans.map((r) => String(r['service_name'])))].filter(
            (s) => compareStrings(s, 'cart') > 0,
          );
          assertEqual(
            zero.map((r) => [r['service_name'], r['r']]),
            services.sort(compareStrings).map((s) => [s, 0]),
            'ratio over a zero denominator, HAVING on a group key',
          );
        }),
    },
    {
      name: 'time buckets of any width from 10 s to 1 day; other widths refused',
      run: () =>
        loaded(async (store) => {
          const widths: [TimeUnit, number][] = [
            ['second', 10],
            ['second', 45],
            ['minute', 5],
            ['hour', 2],
            ['day', 1],
          ];
          for (const [unit, n] of widths) {
            const width = bucketMicros(unit, n);
            const rows = await store.query({
              view: VIEW,
              tenantId: 'default',
              select: [bucket('start_time', unit, 't', n), count('n'), rate('n', 'second', width, 'per_second')],
              groupBy: ['t'],
              orderBy: [{ by: 't' }],
            });
            const expected = [...groupRows(spans, (r) => String(Math.floor(num(r, 'start_time') / width) * width))]
              .map(([t, rs]) => ({ t: Number(t), n: rs.length, per_second: rs.length / (width / 1e6) }))
              .sort((a, b) => a.t - b.t);
            assertEqual(
              rows.map((r) => [r['t'], r['n']]),
              expected.map((e) => [e.t, e.n]),
              `${n} ${unit} buckets`,
            );
            rows.forEach((r, i) => assertClose(r['per_second'], expected[i]!.per_second, `${n} ${unit} rate`));
          }
          for (const [unit, n] of [
            ['second', 5],
            ['hour', 25],
            ['minute', 0],
          ] as const) {
            await assertRejects(
              store.query({
                view: VIEW,
                tenantId: 'default',
                select: [bucket('start_time', unit, 't', n), count('n')],
                groupBy: ['t'],
              }),
              'INPUT_INVALID',
              [/bucket 't'/],
              `${n} ${unit} bucket`,
            );
          }
        }),
    },
    {
      name: 'offset and cursor paging read every row once, in order (groups and plain rows)',
      run: () =>
        loaded(async (store) => {
          const orderBy: OrderBy[] = [
            { by: 'calls', direction: 'desc' },
            { by: 'service_name' },
            { by: 'span_name', direction: 'desc' },
          ];
          const grouped: Query = {
            view: VIEW,
            tenantId: 'default',
            select: [column('service_name'), column('span_name'), count('calls')],
            groupBy: ['service_name', 'span_name'],
            orderBy,
            limit: 3,
          };
          const whole = await store.query({ ...grouped, limit: 1000 });
          if (whole.length < 7) throw new AssertionError({ message: `only ${whole.length} groups to page through` });
          assertEqual(await allPages(store, grouped, true), whole, 'cursor pages of groups');
          assertEqual(await allPages(store, grouped, false), whole, 'offset pages of groups');
          const plain: Query = {
            view: VIEW,
            tenantId: 'default',
            select: [column('tenant_id'), column('trace_id'), column('span_id', 'span'), column('duration_micros')],
            orderBy: [{ by: 'tenant_id' }, { by: 'trace_id', direction: 'desc' }, { by: 'span' }],
            limit: 17,
          };
          const rows = await store.query({ ...plain, limit: 100_000 });
          assertEqual(rows.length, spans.length, 'every span');
          assertEqual(await allPages(store, plain, true), rows, 'cursor pages of rows');
          assertEqual(await allPages(store, plain, false), rows, 'offset pages of rows');
          await assertRejects(
            store.query({ ...grouped, orderBy: [{ by: 'calls', direction: 'desc' }], after: [5] }),
            'INPUT_INVALID',
            [/identifies a row/, /service_name/],
            'a cursor over an order that does not identify a group',
          );
          await assertRejects(
            store.query({ ...grouped, after: ['x', 'y', 'z'] }),
            'INPUT_INVALID',
            [/calls/],
            'a cursor value of the wrong kind',
          );
        }),
    },
    {
      name: 'exact distinct counts and quantiles over a group of 70 000 rows; approximate ones within their stated error',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables([fixtureSpanEventView]);
          const rows = largeGroupRows(70_000, 5);
          await store.write(VIEW, rows);
          const [row] = await store.query({
            view: VIEW,
            tenantId: 'default',
            select: [
              uniq('trace_id', 'traces'),
              uniq('span_name', 'names'),
              quantile('duration_micros', 0.5, 'p50'),
              quantile('duration_micros', 0.99, 'p99'),
              quantile('duration_micros', 0.999, 'p999', [eq('span_name', 'op3')]),
              approxUniq('trace_id', 'approx_traces'),
              approxQuantile('duration_micros', 0.5, 'approx_p50'),
              approxQuantile('duration_micros', 0.99, 'approx_p99'),
            ],
          });
          const d = rows.map((r) => num(r, 'duration_micros'));
          const sorted = [...d].sort((a, b) => a - b);
          assertEqual([row?.['traces'], row?.['names']], [70_000, 7], 'exact distinct counts');
          assertClose(row?.['p50'], referenceQuantile(d, 0.5), 'exact p50');
          assertClose(row?.['p99'], referenceQuantile(d, 0.99), 'exact p99');
          const op3 = rows.filter((r) => r['span_name'] === 'op3').map((r) => num(r, 'duration_micros'));
          assertClose(row?.['p999'], referenceQuantile(op3, 0.999), 'exact conditional p99.9');
          const approx = Number(row?.['approx_traces']);
          if (Math.abs(approx - 70_000) > 0.05 * 70_000) {
            throw new AssertionError({ message: `approxUniq ${approx} is more than 5% off 70000` });
          }
          for (const p of [0.5, 0.99]) {
            const value = Number(row?.[p === 0.5 ? 'approx_p50' : 'approx_p99']);
            const rank = rankOf(sorted, value);
            if (Math.abs(rank - p) > 0.01) {
              throw new AssertionError({
                message: `approxQuantile(${p}) = ${value} has rank ${rank}, more than 0.01 off`,
              });
            }
          }
          // A query over the whole group stopped by its deadline; the store answers the next one.
          const heavy: Query = {
            view: VIEW,
            tenantId: 'default',
            select: [column('trace_id'), quantile('duration_micros', 0.5, 'p50'), uniq('span_id', 'spans')],
            groupBy: ['trace_id'],
            orderBy: [{ by: 'p50' }, { by: 'trace_id' }],
          };
          const started = Date.now();
          await assertRejects(
            store.query(heavy, { timeoutMs: 1 }),
            'TIMEOUT',
            [/exceeded timeoutMs \(1 ms\)/],
            'timeoutMs',
          );
          if (Date.now() - started > 5_000)
            throw new AssertionError({ message: 'the timeout took over 5 s to reject' });
          const [after] = await store.query(
            { view: VIEW, tenantId: 'default', select: [count('n')] },
            { timeoutMs: 60_000 },
          );
          assertEqual(after, { n: 70_000 }, 'the store answers after a timeout');
        }),
    },
    {
      name: 'per-query limits: maxRows, a cancelled signal and a timeout name their limit',
      run: () =>
        loaded(async (store) => {
          const q: Query = {
            view: VIEW,
            tenantId: 'default',
            select: [column('service_name'), count('n')],
            groupBy: ['service_name'],
            orderBy: [{ by: 'service_name' }],
          };
          const all = await store.query(q);
          assertEqual(await store.query(q, { maxRows: all.length, timeoutMs: 30_000 }), all, 'rows within maxRows');
          const limited = (error: unknown, limit: string): void => {
            if (!(error instanceof QueryLimitError) || error.limit !== limit) {
              throw new AssertionError({ message: `expected a QueryLimitError of ${limit}, got ${String(error)}` });
            }
          };
          try {
            await store.query(q, { maxRows: all.length - 1 });
            throw new AssertionError({ message: 'maxRows did not reject' });
          } catch (error) {
            limited(error, 'maxRows');
          }
          await assertRejects(
            store.query(q, { maxRows: 1 }),
            'RESOURCE_EXHAUSTED',
            [/more than maxRows \(1\)/],
            'maxRows',
          );
          const controller = new AbortController();
          controller.abort(new Error('the user left'));
          await assertRejects(
            store.query(q, { signal: controller.signal }),
            'TIMEOUT',
            [/cancelled/, /the user left/],
            'signal',
          );
          try {
            await store.query(q, { signal: controller.signal });
          } catch (error) {
            limited(error, 'signal');
          }
          await assertRejects(store.query(q, { timeoutMs: 0 }), 'INPUT_INVALID', [/timeoutMs/], 'timeoutMs 0');
          const cursorValues: ScalarValue[] = [String(all[0]!['service_name'])];
          assertEqual(await store.query({ ...q, after: cursorValues }), all.slice(1), 'after the first group');
        }),
    },
  ];
}
