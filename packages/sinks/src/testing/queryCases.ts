import {
  avg,
  bucket,
  column,
  count,
  eq,
  ge,
  gt,
  has,
  isIn,
  le,
  lt,
  max,
  min,
  ne,
  quantile,
  sum,
  uniq,
  attributeEq,
} from '../query/build.js';
import type { Filter } from '../query/Query.js';
import type { ViewRow } from '../store/ViewStore.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { withStore } from './ConformanceTarget.js';
import { fixtureTraces, viewRows } from './fixtureTraces.js';
import { fixtureRawTraceView, fixtureSpanEventView } from './fixtureViews.js';
import { assertClose, assertEqual, compareStrings, expectedRow, groupRows, referenceQuantile } from './reference.js';

const traces = fixtureTraces({ traces: 60, seed: 11 });
const spans: ViewRow[] = viewRows(fixtureSpanEventView, traces);
const rawTraces: ViewRow[] = viewRows(fixtureRawTraceView, traces);
const num = (r: ViewRow, c: string): number => Number(r[c]);
const byKey = (a: ViewRow, b: ViewRow): number =>
  compareStrings(String(a['trace_id']), String(b['trace_id'])) ||
  compareStrings(String(a['span_id']), String(b['span_id']));

/**
 * Cases for reading: every column type round-trips, aggregates, filters, buckets, order and limit.
 *
 * @example
 * ```ts
 * for (const c of queryCases(target)) it(c.name, c.run);
 * ```
 */
export function queryCases(target: ConformanceTarget): ConformanceCase[] {
  const loaded = (fn: Parameters<typeof withStore>[1]): Promise<void> =>
    withStore(target, async (store) => {
      await store.ensureTables([fixtureSpanEventView, fixtureRawTraceView]);
      await store.write('fixture_span_event_view', spans);
      await store.write('fixture_raw_trace_view', rawTraces);
      await fn(store);
    });
  return [
    {
      name: 'round-trips every column type (strings needing escapes, bool, datetime µs, arrays)',
      run: () =>
        loaded(async (store) => {
          const rows = await store.query({
            view: 'fixture_span_event_view',
            tenantId: 'default',
            select: Object.keys(fixtureSpanEventView.columns).map((c) => column(c)),
            orderBy: [{ by: 'trace_id' }, { by: 'span_id' }],
          });
          assertEqual(rows, [...spans].sort(byKey).map(expectedRow), 'span rows read back');
          const traceRows = await store.query({
            view: 'fixture_raw_trace_view',
            tenantId: 'default',
            select: [column('trace_id'), column('services'), column('duration_micros')],
            orderBy: [{ by: 'trace_id' }],
          });
          assertEqual(
            traceRows,
            [...rawTraces].sort(byKey).map((r) => ({
              trace_id: r['trace_id'],
              services: r['services'],
              duration_micros: r['duration_micros'],
            })),
            'trace rows',
          );
        }),
    },
    {
      name: 'aggregates per group match a reference computation',
      run: () =>
        loaded(async (store) => {
          const rows = await store.query({
            view: 'fixture_span_event_view',
            tenantId: 'default',
            select: [
              column('service_name', 'service'),
              count('calls'),
              count('errors', [eq('status_code', 'ERROR')]),
              sum('duration_micros', 'total'),
              min('duration_micros', 'shortest'),
              max('start_time', 'last_start'),
              avg('duration_micros', 'mean'),
              quantile('duration_micros', 0.5, 'p50'),
              quantile('duration_micros', 0.99, 'p99'),
              uniq('trace_id', 'traces'),
              sum('size_ratio', 'ratio_sum', [eq('is_entry', true)]),
            ],
            groupBy: ['service_name'],
            orderBy: [{ by: 'service' }],
          });
          const groups = [...groupRows(spans, (r) => String(r['service_name']))].sort((a, b) =>
            compareStrings(a[0], b[0]),
          );
          assertEqual(
            rows.map((r) => r['service']),
            groups.map(([s]) => s),
            'groups',
          );
          groups.forEach(([service, rs], i) => {
            const row = rows[i]!;
            const d = rs.map((r) => num(r, 'duration_micros'));
            assertEqual(row['calls'], rs.length, `${service} calls`);
            assertEqual(row['errors'], rs.filter((r) => r['status_code'] === 'ERROR').length, `${service} errors`);
            assertEqual(
              row['total'],
              d.reduce((a, b) => a + b, 0),
              `${service} total`,
            );
            assertEqual(row['shortest'], Math.min(...d), `${service} min`);
            assertEqual(row['last_start'], Math.max(...rs.map((r) => num(r, 'start_time'))), `${service} max start`);
            assertClose(row['mean'], d.reduce((a, b) => a + b, 0) / d.length, `${service} avg`);
            assertClose(row['p50'], referenceQuantile(d, 0.5), `${service} p50`);
            assertClose(row['p99'], referenceQuantile(d, 0.99), `${service} p99`);
            assertEqual(row['traces'], new Set(rs.map((r) => r['trace_id'])).size, `${service} uniq traces`);
            assertClose(
              row['ratio_sum'],
              rs.filter((r) => r['is_entry'] === true).reduce((a, r) => a + num(r, 'size_ratio'), 0),
              `${service} sumIf`,
            );
          });
        }),
    },
    {
      name: 'filters (comparisons, in, has, attribute equality, time ranges) select the same rows as a reference',
      run: () =>
        loaded(async (store) => {
          const mid = [...spans].map((r) => num(r, 'start_time')).sort((a, b) => a - b)[Math.floor(spans.length / 2)]!;
          const agents = spans.map(
            (r) =>
              (r['attribute_values'] as string[])[(r['attribute_keys'] as string[]).indexOf('user_agent.original')],
          );
          const ua = agents.find((v) => v?.includes("'") && v.includes('\\')) ?? "O'Brien\\agent";
          const cases: [string, Filter[], (r: ViewRow) => boolean][] = [
            ['eq string', [eq('service_name', 'cart')], (r) => r['service_name'] === 'cart'],
            [
              'ne + eq',
              [ne('status_code', 'OK'), eq('span_kind', 'SERVER')],
              (r) => r['status_code'] !== 'OK' && r['span_kind'] === 'SERVER',
            ],
            [
              'eq with a quote',
              [eq('span_name', "GET /search?q=it's")],
              (r) => r['span_name'] === "GET /search?q=it's",
            ],
            [
              'lt/ge datetime',
              [ge('start_time', mid), lt('start_time', mid + 1_800_000_000)],
              (r) => num(r, 'start_time') >= mid && num(r, 'start_time') < mid + 1_800_000_000,
            ],
            [
              'gt/le uint64',
              [gt('duration_micros', 20_000), le('duration_micros', 60_000)],
              (r) => num(r, 'duration_micros') > 20_000 && num(r, 'duration_micros') <= 60_000,
            ],
            ['eq bool', [eq('is_entry', true)], (r) => r['is_entry'] === true],
            ['eq int32', [eq('http_status', 500)], (r) => r['http_status'] === 500],
            [
              'in',
              [isIn('service_name', ['cart', 'payment'])],
              (r) => r['service_name'] === 'cart' || r['service_name'] === 'payment',
            ],
            ['empty in', [isIn('service_name', [])], () => false],
            [
              'has on array',
              [has('attribute_keys', 'size.ratio')],
              (r) => (r['attribute_keys'] as string[]).includes('size.ratio'),
            ],
            [
              'attribute equality (value with quote and backslash)',
              [attributeEq('attribute_keys', 'attribute_values', 'user_agent.original', ua)],
              (r) =>
                (r['attribute_values'] as string[])[
                  (r['attribute_keys'] as string[]).indexOf('user_agent.original')
                ] === ua,
            ],
            ['attribute absent', [attributeEq('attribute_keys', 'attribute_values', 'no.such.key', '')], () => false],
          ];
          for (const [what, where, keep] of cases) {
            const [row] = await store.query({
              view: 'fixture_span_event_view',
              tenantId: 'default',
              select: [count('n')],
              where,
            });
            assertEqual(row?.['n'], spans.filter(keep).length, `filter ${what}`);
          }
          const [withService] = await store.query({
            view: 'fixture_raw_trace_view',
            tenantId: 'default',
            select: [count('n')],
            where: [has('services', 'inventory')],
          });
          assertEqual(
            withService?.['n'],
            rawTraces.filter((r) => (r['services'] as string[]).includes('inventory')).length,
            'has on LowCardinality array',
          );
        }),
    },
    {
      name: 'time buckets by minute and hour, ordered and limited',
      run: () =>
        loaded(async (store) => {
          for (const [unit, width] of [
            ['minute', 60_000_000],
            ['hour', 3_600_000_000],
          ] as const) {
            const rows = await store.query({
              view: 'fixture_span_event_view',
              tenantId: 'default',
              select: [bucket('start_time', unit, 't'), count('n')],
              groupBy: ['t'],
              orderBy: [{ by: 't' }],
            });
            const expected = [...groupRows(spans, (r) => String(Math.floor(num(r, 'start_time') / width) * width))]
              .map(([t, rs]) => ({ t: Number(t), n: rs.length }))
              .sort((a, b) => a.t - b.t);
            assertEqual(rows, expected, `${unit} buckets`);
          }
          const top = await store.query({
            view: 'fixture_span_event_view',
            tenantId: 'default',
            select: [column('service_name'), count('calls')],
            groupBy: ['service_name'],
            orderBy: [{ by: 'calls', direction: 'desc' }, { by: 'service_name' }],
            limit: 2,
          });
          const counts = [...groupRows(spans, (r) => String(r['service_name']))].map(([s, rs]) => ({
            service_name: s,
            calls: rs.length,
          }));
          counts.sort((a, b) => b.calls - a.calls || compareStrings(a.service_name, b.service_name));
          assertEqual(top, counts.slice(0, 2), 'top 2 services');
        }),
    },
  ];
}
