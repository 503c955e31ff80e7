import { createTrace, defineView } from '@ht/enricher-sdk';
import type { Trace, ViewDefinition } from '@ht/enricher-sdk';
import { column, count, eq, isIn, sum, uniq } from '../query/build.js';
import { attributeValue } from '../query/buildAggregation.js';
import type { Query } from '../query/Query.js';
import type { ViewStore, ViewRow } from '../store/ViewStore.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { withStore } from './ConformanceTarget.js';
import { fixtureTraces, lateFragment, viewRows } from './fixtureTraces.js';
import { fixtureRawTraceView, fixtureServiceCallView, fixtureSpanEventView } from './fixtureViews.js';
import { assertEqual, assertRejects, dedupByKey, expectedRow } from './reference.js';

const traces = fixtureTraces({ traces: 40, seed: 23 });

/**
 * `trace` resumed after a pause longer than the grouper keeps a trace: a later session (the event time
 * in ms of its first span), numbered from fragment 0 again, with spans of its own.
 */
function laterSession(trace: Trace): Trace {
  const { spans } = lateFragment(trace, 2);
  return createTrace({ spans, fragment: 0, session: Number(spans[0]!.endTimeUnixNano / 1_000_000n) });
}

/** A late fragment of each of the first ten traces, then the first trace's later session. */
const late = [...traces.slice(0, 10).map((t) => lateFragment(t, 1)), laterSession(traces[0]!)];
const resumed = late[late.length - 1]!;
const views: readonly ViewDefinition[] = [fixtureSpanEventView, fixtureRawTraceView, fixtureServiceCallView];

/** The numbers a dashboard reads from each view; replays must leave every one unchanged. */
const DASHBOARD: readonly Query[] = [
  {
    view: 'fixture_span_event_view',
    tenantId: 'default',
    select: [
      count('spans'),
      sum('duration_micros', 'd'),
      uniq('trace_id', 't'),
      count('errors', [eq('status_code', 'ERROR')]),
    ],
  },
  {
    view: 'fixture_span_event_view',
    tenantId: 'default',
    select: [column('service_name'), count('n'), sum('error_count', 'e')],
    groupBy: ['service_name'],
    orderBy: [{ by: 'service_name' }],
  },
  {
    view: 'fixture_raw_trace_view',
    tenantId: 'default',
    select: [column('trace_id'), sum('span_count', 'spans'), count('fragments')],
    groupBy: ['trace_id'],
    orderBy: [{ by: 'trace_id' }],
  },
  {
    view: 'fixture_service_call_view',
    tenantId: 'default',
    select: [
      column('caller_service'),
      column('callee_service'),
      count('calls'),
      count('errors', [eq('is_error', true)]),
    ],
    groupBy: ['caller_service', 'callee_service'],
    orderBy: [{ by: 'caller_service' }, { by: 'callee_service' }],
  },
];

async function writeTraces(store: ViewStore, batch: readonly (typeof traces)[number][]): Promise<void> {
  for (const view of views) await store.write(view.name, viewRows(view, batch));
}

async function readDashboard(store: ViewStore): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const q of DASHBOARD) out.push(await store.query(q));
  return out;
}

/**
 * Cases for keys: replays, late fragments and later sessions never double count nor replace one
 * another, trace-by-id, bad rows, migrations, expiry.
 *
 * @example
 * ```ts
 * for (const c of keyCases(target)) it(c.name, c.run);
 * ```
 */
export function keyCases(target: ConformanceTarget): ConformanceCase[] {
  return [
    {
      name: 'replaying batches (whole, overlapping, with late fragments) leaves every number unchanged',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables(views);
          // First, one batch holding new rows twice (a sink buffer can hold a trace and its replay).
          await writeTraces(store, [...traces.slice(0, 5), ...late.slice(0, 2), ...traces.slice(0, 5)]);
          await writeTraces(store, [...traces, ...late]);
          const once = await readDashboard(store);
          const spanCount = viewRows(fixtureSpanEventView, [...traces, ...late]).length;
          assertEqual((once[0] as ViewRow[])[0]?.['spans'], spanCount, 'spans after the first write');
          await writeTraces(store, traces.slice(5, 30));
          await writeTraces(store, [...late.slice(0, 5), ...traces]);
          await writeTraces(store, late);
          assertEqual(await readDashboard(store), once, 'dashboard after replays');
        }),
    },
    {
      name: 'trace-by-id after replays (whole batches, a late fragment with them) returns each row once',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables(views);
          await writeTraces(store, traces.slice(0, 5));
          await writeTraces(store, [...traces.slice(0, 5), late[0]!]);
          await writeTraces(store, [late[0]!, traces[0]!]);
          const rows = await store.traceRows('fixture_span_event_view', 'default', traces[0]!.traceId);
          const expected = viewRows(fixtureSpanEventView, [traces[0]!, late[0]!]).map(expectedRow);
          assertEqual(
            [...rows].map((r) => r['span_id']).sort(),
            expected.map((r) => r['span_id']).sort(),
            'each span once after replays',
          );
        }),
    },
    {
      name: 'late fragments and later sessions merge on read: per-trace totals and trace-by-id cover every fragment',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables(views);
          await writeTraces(store, traces);
          await writeTraces(store, late);
          const merged = await store.query({
            view: 'fixture_raw_trace_view',
            tenantId: 'default',
            select: [column('trace_id'), sum('span_count', 'spans'), count('fragments')],
            where: [eq('trace_id', traces[0]!.traceId)],
            groupBy: ['trace_id'],
          });
          assertEqual(
            merged,
            [
              {
                trace_id: traces[0]!.traceId,
                spans: traces[0]!.spans.length + late[0]!.spans.length + resumed.spans.length,
                fragments: 3, // fragment 0 and 1 of session 0, fragment 0 of the later session
              },
            ],
            'merged fragments',
          );
          const rows = await store.traceRows('fixture_span_event_view', 'default', traces[0]!.traceId);
          const expected = viewRows(fixtureSpanEventView, [traces[0]!, late[0]!, resumed]).map(expectedRow);
          assertEqual(
            [...rows].map((r) => r['span_id']).sort(),
            expected.map((r) => r['span_id']).sort(),
            'trace-by-id spans',
          );
          const times = rows.map((r) => Number(r['start_time']));
          assertEqual(
            times,
            [...times].sort((a, b) => a - b),
            'trace-by-id is ordered by time',
          );
          assertEqual(
            rows.find((r) => r['span_id'] === expected[0]!['span_id']),
            expected[0],
            'trace-by-id row content',
          );
          assertEqual(await store.traceRows('fixture_span_event_view', 'default', 'f'.repeat(32)), [], 'unknown trace');
          assertEqual(
            await store.traceRows('fixture_span_event_view', 'other-tenant', traces[0]!.traceId),
            [],
            'another tenant sees nothing',
          );
        }),
    },
    {
      name: 'trace-by-id with a select reads those outputs, the key and the time column, once per span',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables(views);
          await writeTraces(store, traces.slice(0, 5));
          await writeTraces(store, [traces[0]!, late[0]!]);
          const traceId = traces[0]!.traceId;
          const full = await store.traceRows('fixture_span_event_view', 'default', traceId);
          const key = full.flatMap((r) => r['attribute_keys'] as string[])[0] ?? 'none';
          const rows = await store.traceRows('fixture_span_event_view', 'default', traceId, {
            select: [
              column('parent_span_id'),
              column('duration_micros', 'd'),
              attributeValue('attribute_keys', 'attribute_values', key, 'a'),
            ],
          });
          assertEqual(
            rows,
            full.map((r) => {
              const keys = r['attribute_keys'] as string[];
              const at = keys.indexOf(key);
              return {
                parent_span_id: r['parent_span_id'],
                d: r['duration_micros'],
                a: at < 0 ? '' : (r['attribute_values'] as string[])[at],
                tenant_id: r['tenant_id'],
                trace_id: r['trace_id'],
                span_id: r['span_id'],
                start_time: r['start_time'],
              };
            }),
            'the outputs asked, the key and time columns, in the same order as the whole rows',
          );
          const two = full.slice(1, 3).map((r) => String(r['span_id']));
          const some = await store.traceRows('fixture_span_event_view', 'default', traceId, {
            select: [column('span_name')],
            where: [isIn('span_id', two)],
          });
          assertEqual(
            some.map((r) => [r['span_id'], r['span_name']]),
            full.slice(1, 3).map((r) => [r['span_id'], r['span_name']]),
            'with a where: those spans only, in time order',
          );
        }),
    },
    {
      name: 'a bad row is refused with its row index and column, and nothing of its batch is written',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables([fixtureSpanEventView]);
          const rows: ViewRow[] = viewRows(fixtureSpanEventView, traces.slice(0, 3));
          const bad = rows.map((r, i) => (i === 3 ? { ...r, duration_micros: '12ms' } : r));
          await assertRejects(
            store.write('fixture_span_event_view', bad),
            'INPUT_INVALID',
            [/row 3/, /duration_micros/, /uint64/],
            'wrong type',
          );
          const missing = rows.map((r, i) => (i === 5 ? { ...r, service_name: undefined } : r));
          await assertRejects(
            store.write('fixture_span_event_view', missing),
            'INPUT_INVALID',
            [/row 5/, /service_name/],
            'missing column',
          );
          const [row] = await store.query({
            view: 'fixture_span_event_view',
            tenantId: 'default',
            select: [count('n')],
          });
          assertEqual(row?.['n'], 0, 'rows written');
        }),
    },
    {
      name: 'migrations add columns and refuse incompatible changes with a clear error',
      run: () =>
        withStore(target, async (store) => {
          const base = {
            name: 'migrating_view',
            version: '1',
            key: ['tenant_id', 'id'] as ['tenant_id', 'id'],
            fromTrace: () => [],
          };
          const tenant = { tenant_id: { type: 'lowCardinalityString' } } as const;
          const v1 = defineView({ ...base, columns: { ...tenant, id: { type: 'string' }, n: { type: 'uint32' } } });
          await store.ensureTables([v1]);
          await store.write('migrating_view', [{ tenant_id: 'default', id: 'a', n: 1 }]);
          const v2 = defineView({
            ...base,
            version: '2',
            columns: { ...tenant, id: { type: 'string' }, n: { type: 'uint32' }, tags: { type: 'stringArray' } },
          });
          await store.ensureTables([v2]);
          await store.ensureTables([v2]);
          await store.write('migrating_view', [{ tenant_id: 'default', id: 'b', n: 2, tags: ['x'] }]);
          const rows = await store.query({
            view: 'migrating_view',
            tenantId: 'default',
            select: [column('id'), column('n'), column('tags')],
            orderBy: [{ by: 'id' }],
          });
          assertEqual(
            rows,
            [
              { id: 'a', n: 1, tags: [] },
              { id: 'b', n: 2, tags: ['x'] },
            ],
            'rows after adding a column',
          );
          const v3 = defineView({
            ...base,
            version: '3',
            columns: { ...tenant, id: { type: 'string' }, n: { type: 'string' }, tags: { type: 'stringArray' } },
          });
          await assertRejects(store.ensureTables([v3]), 'CONFIG_INVALID', [/migrating_view/, /'n'/], 'type change');
          const v4 = defineView({
            ...base,
            version: '4',
            columns: { ...tenant, id: { type: 'string' }, tags: { type: 'stringArray' } },
          });
          await assertRejects(store.ensureTables([v4]), 'CONFIG_INVALID', [/'n'/, /no longer/], 'removed column');
        }),
    },
    {
      name: 'expire removes rows before a day boundary and keeps the rest (lookup included)',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables([fixtureSpanEventView]);
          const rows = viewRows(fixtureSpanEventView, traces);
          await store.write('fixture_span_event_view', rows);
          const midnight = Date.UTC(2026, 0, 1) * 1000;
          await store.expire('fixture_span_event_view', midnight);
          const [row] = await store.query({
            view: 'fixture_span_event_view',
            tenantId: 'default',
            select: [count('n')],
          });
          const kept = dedupByKey(rows, fixtureSpanEventView.key).filter((r) => Number(r['start_time']) >= midnight);
          assertEqual(row?.['n'], kept.length, 'rows kept');
          const old = traces.find((t) => Number(t.spans[0]!.startTimeUnixNano / 1000n) < midnight - 3_600_000_000 / 2);
          if (old)
            assertEqual(await store.traceRows('fixture_span_event_view', 'default', old.traceId), [], 'expired trace');
        }),
    },
  ];
}
