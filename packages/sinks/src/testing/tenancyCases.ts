import { AssertionError } from 'node:assert';
import { column, count, eq } from '../query/build.js';
import { not, or } from '../query/filterBuilders.js';
import type { Query } from '../query/Query.js';
import { MINUTE_MICROS } from '../rollup/defineRollup.js';
import type { ViewRow, ViewStore } from '../store/ViewStore.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { withStore } from './ConformanceTarget.js';
import { fixtureServiceRedRollup } from './fixtureRollups.js';
import { FIXTURE_START_MICROS, fixtureTraces, viewRows } from './fixtureTraces.js';
import { fixtureRawTraceView, fixtureSpanEventView } from './fixtureViews.js';
import { assertEqual, assertRejects, compareStrings } from './reference.js';
import { assertRollupMatchesReference } from './rollupCases.js';

const SPREAD = 10 * MINUTE_MICROS;
// The same seed in both tenants: the same trace ids, span ids and service names; the second has more traces.
const acme = fixtureTraces({ traces: 12, seed: 31, spreadMicros: SPREAD, tenantId: 'acme' });
const globex = fixtureTraces({ traces: 20, seed: 31, spreadMicros: SPREAD, tenantId: 'globex' });
const spans: ViewRow[] = viewRows(fixtureSpanEventView, [...acme, ...globex]);
const traces: ViewRow[] = viewRows(fixtureRawTraceView, [...acme, ...globex]);
const SPAN_VIEW = 'fixture_span_event_view';
const TENANTS = ['acme', 'globex'] as const;

const of = (rows: readonly ViewRow[], tenant: string): ViewRow[] => rows.filter((r) => r['tenant_id'] === tenant);
const ids = (rows: readonly Readonly<Record<string, unknown>>[]): string[] =>
  rows.map((r) => `${String(r['trace_id'])}/${String(r['span_id'])}`).sort(compareStrings);

/** Every query path without a tenant: each must reject with INPUT_INVALID before reaching the engine. */
function untenanted(store: ViewStore): [string, () => Promise<unknown>][] {
  const rows = { view: SPAN_VIEW, select: [column('span_id')] };
  const range = { fromMicros: FIXTURE_START_MICROS, toMicros: FIXTURE_START_MICROS + SPREAD };
  const traceId = acme[0]!.traceId;
  return [
    ['rows without tenantId', () => store.query(rows as unknown as Query)],
    ['rows with an empty tenantId', () => store.query({ ...rows, tenantId: '' })],
    ['rows with a tenantId that is no tenant id', () => store.query({ ...rows, tenantId: "acme' OR 1=1 --" })],
    [
      'aggregates without tenantId',
      () =>
        store.query({
          view: SPAN_VIEW,
          select: [column('service_name'), count('n')],
          groupBy: ['service_name'],
        } as never),
    ],
    ['trace by id with an empty tenant', () => store.traceRows(SPAN_VIEW, '', traceId)],
    ['trace by id without a tenant', () => store.traceRows(SPAN_VIEW, undefined as unknown as string, traceId)],
    ['rollup read without a tenant', () => store.queryRollup(fixtureServiceRedRollup.name, range as never)],
    [
      'rollup read with an empty tenant',
      () => store.queryRollup(fixtureServiceRedRollup.name, { ...range, tenantId: '' }),
    ],
  ];
}

/**
 * Cases for tenancy inside the query model: two tenants hold the same trace ids, span ids and service
 * names; rows, aggregates, filters that name the other tenant, trace by id and rollup reads (rebuilt and
 * open minutes) each see their own tenant only; every path refuses a read without a tenant.
 *
 * @example
 * ```ts
 * for (const c of tenancyCases(target)) it(c.name, c.run);
 * ```
 */
export function tenancyCases(target: ConformanceTarget): ConformanceCase[] {
  return [
    {
      name: 'tenancy: the same trace ids and services in two tenants, no read sees the other tenant',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables([fixtureSpanEventView, fixtureRawTraceView]);
          await store.write(SPAN_VIEW, spans);
          await store.write('fixture_raw_trace_view', traces);
          await store.ensureRollups([fixtureServiceRedRollup]);
          // Half the range rebuilt (ClickHouse reads those minutes from the rollup table), the rest open.
          const half = FIXTURE_START_MICROS + 5 * MINUTE_MICROS;
          await store.rebuildRollup(fixtureServiceRedRollup.name, FIXTURE_START_MICROS, half);
          for (const tenant of TENANTS) {
            const mine = of(spans, tenant);
            const rows = await store.query({
              view: SPAN_VIEW,
              tenantId: tenant,
              select: [column('tenant_id'), column('trace_id'), column('span_id')],
            });
            assertEqual(ids(rows), ids(mine), `${tenant}: rows`);
            assertEqual(new Set(rows.map((r) => r['tenant_id'])), new Set([tenant]), `${tenant}: tenant column`);
            const perService = await store.query({
              view: SPAN_VIEW,
              tenantId: tenant,
              select: [column('service_name'), count('n')],
              groupBy: ['service_name'],
              orderBy: [{ by: 'service_name' }],
            });
            const expected = new Map<string, number>();
            for (const r of mine)
              expected.set(String(r['service_name']), (expected.get(String(r['service_name'])) ?? 0) + 1);
            assertEqual(
              perService,
              [...expected].sort(([a], [b]) => compareStrings(a, b)).map(([service_name, n]) => ({ service_name, n })),
              `${tenant}: aggregates`,
            );
            const other = tenant === 'acme' ? 'globex' : 'acme';
            const [escape] = await store.query({
              view: SPAN_VIEW,
              tenantId: tenant,
              select: [count('n'), count('other', [eq('tenant_id', other)])],
              where: [or(eq('tenant_id', other), not(eq('tenant_id', tenant)), eq('tenant_id', tenant))],
            });
            assertEqual(escape, { n: mine.length, other: 0 }, `${tenant}: filters naming the other tenant`);
            const [traceCount] = await store.query({
              view: 'fixture_raw_trace_view',
              tenantId: tenant,
              select: [count('n')],
            });
            assertEqual(traceCount, { n: of(traces, tenant).length }, `${tenant}: raw traces`);
            const shared = acme[0]!.traceId;
            assertEqual(
              ids(await store.traceRows(SPAN_VIEW, tenant, shared)),
              ids(mine.filter((r) => r['trace_id'] === shared)),
              `${tenant}: trace by id of a trace id both tenants hold`,
            );
            await assertRollupMatchesReference(
              store,
              fixtureServiceRedRollup,
              spans,
              {
                tenantId: tenant,
                fromMicros: FIXTURE_START_MICROS,
                toMicros: FIXTURE_START_MICROS + SPREAD + MINUTE_MICROS,
              },
              `${tenant}: rollup`,
            );
          }
          for (const [what, read] of untenanted(store)) {
            await assertRejects(read(), 'INPUT_INVALID', [/tenant/], what);
          }
          if (globex.length <= acme.length) throw new AssertionError({ message: 'the tenants must differ in size' });
        }),
    },
  ];
}
