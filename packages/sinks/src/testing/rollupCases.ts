import { MINUTE_MICROS } from '../rollup/defineRollup.js';
import type { RollupDefinition } from '../rollup/defineRollup.js';
import type { QueryRow } from '../query/QueryResult.js';
import type { ViewRow, ViewStore } from '../store/ViewStore.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { withStore } from './ConformanceTarget.js';
import { FIXTURE_START_MICROS, fixtureTraces, lateFragment, viewRows } from './fixtureTraces.js';
import { fixtureServiceCallView, fixtureSpanEventView } from './fixtureViews.js';
import { fixtureBackendRedRollup as backendRed, fixtureServiceRedRollup as serviceRed } from './fixtureRollups.js';
import {
  assertClose,
  assertEqual,
  assertRejects,
  compareStrings,
  dedupByKey,
  groupRows,
  referenceQuantile,
} from './reference.js';

const SPREAD = 20 * MINUTE_MICROS;
const traces = fixtureTraces({ traces: 80, seed: 41, spreadMicros: SPREAD });
const late = traces.filter((_, i) => i % 4 === 0).map((t) => lateFragment(t, 1));

/** The reference RED numbers of a rollup over deduplicated rows. */
function reference(
  rollup: RollupDefinition,
  rows: readonly ViewRow[],
  from: number,
  to: number,
  byMinute: boolean,
): Record<string, unknown>[] {
  const time = rollup.view.timeColumn;
  const keep = (r: ViewRow): boolean =>
    Number(r[time]) >= from && Number(r[time]) < to && (rollup.where.length === 0 || r['is_entry'] === true);
  const minute = (r: ViewRow): number => Math.floor(Number(r[time]) / MINUTE_MICROS) * MINUTE_MICROS;
  const groups = groupRows(dedupByKey(rows, rollup.view.key).filter(keep), (r) =>
    JSON.stringify([...rollup.entity.map((c) => r[c]), ...(byMinute ? [minute(r)] : [])]),
  );
  return [...groups.values()]
    .map((rs) => {
      const d = rs.map((r) => Number(r[rollup.durationColumn]));
      const isError = (r: ViewRow): boolean => r['status_code'] === 'ERROR' || r['is_error'] === true;
      return {
        ...Object.fromEntries(rollup.entity.map((c) => [c, rs[0]![c]])),
        ...(byMinute ? { minute: minute(rs[0]!) } : {}),
        calls: rs.length,
        errors: rs.filter(isError).length,
        duration_sum: d.reduce((a, b) => a + b, 0),
        duration_min: Math.min(...d),
        duration_max: Math.max(...d),
        p50: referenceQuantile(d, 0.5),
        p95: referenceQuantile(d, 0.95),
        p99: referenceQuantile(d, 0.99),
      };
    })
    .sort(
      (a, b) =>
        compareStrings(
          JSON.stringify(rollup.entity.map((c) => a[c as keyof typeof a])),
          JSON.stringify(rollup.entity.map((c) => b[c as keyof typeof b])),
        ) || Number(a.minute ?? 0) - Number(b.minute ?? 0),
    );
}

function assertRed(actual: readonly QueryRow[], expected: readonly Record<string, unknown>[], what: string): void {
  const exact = (r: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !['p50', 'p95', 'p99'].includes(k)));
  assertEqual(actual.map(exact), expected.map(exact), what);
  expected.forEach((e, i) => {
    for (const p of ['p50', 'p95', 'p99'] as const)
      assertClose(actual[i]?.[p], e[p] as number, `${what} row ${i} ${p}`, 1e-6);
  });
}

/**
 * Asserts that a store's rollup reads over `[fromMicros, toMicros)` for `tenantId` (totals per entity, then
 * per entity and minute) match the reference computed from `rows` (deduplicated by the view key here).
 *
 * @example
 * ```ts
 * await assertRollupMatchesReference(store, serviceRed, spanRows, { tenantId: 'default', fromMicros, toMicros }, 'after restart');
 * ```
 */
export async function assertRollupMatchesReference(
  store: ViewStore,
  rollup: RollupDefinition,
  rows: readonly ViewRow[],
  range: { readonly tenantId: string; readonly fromMicros: number; readonly toMicros: number },
  what: string,
): Promise<void> {
  for (const byMinute of [false, true]) {
    const tenantRows = rows.filter((r) => r['tenant_id'] === range.tenantId);
    assertRed(
      await store.queryRollup(rollup.name, { ...range, byMinute }),
      reference(rollup, tenantRows, range.fromMicros, range.toMicros, byMinute),
      `${what}: ${rollup.name} (byMinute ${byMinute})`,
    );
  }
}

async function checkAll(store: ViewStore, rows: { spans: ViewRow[]; calls: ViewRow[] }, what: string): Promise<void> {
  const range = {
    tenantId: 'default',
    fromMicros: FIXTURE_START_MICROS,
    toMicros: FIXTURE_START_MICROS + SPREAD + MINUTE_MICROS,
  };
  await assertRollupMatchesReference(store, serviceRed, rows.spans, range, what);
  await assertRollupMatchesReference(store, backendRed, rows.calls, range, what);
  assertEqual(
    await store.queryRollup('fixture_service_red_1m', { ...range, tenantId: 'nobody' }),
    [],
    `${what}: other tenant`,
  );
}

/**
 * Cases for per-minute RED rollups: closed minutes rebuilt, open minutes from the base, replays and late
 * fragments; the rebuilt interval a store reports (`rebuiltRollupMinutes`).
 *
 * @example
 * ```ts
 * for (const c of rollupCases(target)) it(c.name, c.run);
 * ```
 */
export function rollupCases(target: ConformanceTarget): ConformanceCase[] {
  return [
    {
      name: 'per-minute RED rollups match a reference after replays and late fragments (closed minutes rebuilt, open ones from the base)',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables([fixtureSpanEventView, fixtureServiceCallView]);
          await store.ensureRollups([serviceRed, backendRed]);
          const write = async (batch: typeof traces): Promise<void> => {
            await store.write('fixture_span_event_view', viewRows(fixtureSpanEventView, batch));
            await store.write('fixture_service_call_view', viewRows(fixtureServiceCallView, batch));
          };
          await write(traces);
          const closedBefore = FIXTURE_START_MICROS + 12 * MINUTE_MICROS;
          await store.rebuildRollup('fixture_service_red_1m', FIXTURE_START_MICROS, closedBefore);
          await store.rebuildRollup('fixture_backend_red_1m', FIXTURE_START_MICROS, closedBefore);
          const all = {
            spans: viewRows(fixtureSpanEventView, traces),
            calls: viewRows(fixtureServiceCallView, traces),
          };
          await checkAll(store, all, 'first write');
          // Replays (whole and partial) and late fragments, then the usual rebuild of the recent closed minutes.
          await write(traces.slice(10, 50));
          await write([...late, ...traces]);
          await store.rebuildRollup('fixture_service_red_1m', FIXTURE_START_MICROS, closedBefore + 3 * MINUTE_MICROS);
          await store.rebuildRollup('fixture_backend_red_1m', FIXTURE_START_MICROS, closedBefore + 3 * MINUTE_MICROS);
          await store.rebuildRollup('fixture_service_red_1m', FIXTURE_START_MICROS, closedBefore + 3 * MINUTE_MICROS);
          const withLate = {
            spans: viewRows(fixtureSpanEventView, [...traces, ...late]),
            calls: viewRows(fixtureServiceCallView, [...traces, ...late]),
          };
          await checkAll(store, withLate, 'after replays and late fragments');
        }),
    },
    {
      name: 'the rebuilt minutes of a rollup are one interval that contiguous rebuilds extend (none where rollups are computed on query)',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables([fixtureSpanEventView]);
          await store.ensureRollups([serviceRed]);
          await store.write('fixture_span_event_view', viewRows(fixtureSpanEventView, traces));
          const minute = (n: number): number => FIXTURE_START_MICROS + n * MINUTE_MICROS;
          const rebuiltStore = store.capabilities.rollups === 'rebuilt';
          const interval = (from: number, to: number): { fromMicros: number; toMicros: number } | undefined =>
            rebuiltStore ? { fromMicros: minute(from), toMicros: minute(to) } : undefined;
          assertEqual(await store.rebuiltRollupMinutes('fixture_service_red_1m'), undefined, 'before any rebuild');
          await store.rebuildRollup('fixture_service_red_1m', minute(0), minute(5));
          assertEqual(await store.rebuiltRollupMinutes('fixture_service_red_1m'), interval(0, 5), 'after [0, 5)');
          await store.rebuildRollup('fixture_service_red_1m', minute(5), minute(12));
          assertEqual(await store.rebuiltRollupMinutes('fixture_service_red_1m'), interval(0, 12), 'after [5, 12)');
          await store.rebuildRollup('fixture_service_red_1m', minute(2), minute(4));
          assertEqual(
            await store.rebuiltRollupMinutes('fixture_service_red_1m'),
            interval(0, 12),
            'after [2, 4) inside',
          );
          await assertRollupMatchesReference(
            store,
            serviceRed,
            viewRows(fixtureSpanEventView, traces),
            { tenantId: 'default', fromMicros: minute(0), toMicros: minute(21) },
            'rebuilt [0, 12), the rest from the base',
          );
          await assertRejects(store.rebuiltRollupMinutes('nope'), 'LIFECYCLE', [/nope/], 'an unknown rollup');
        }),
    },
  ];
}
