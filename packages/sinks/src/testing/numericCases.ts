import { column, count, eq, max, sum } from '../query/build.js';
import type { ViewRow } from '../store/ViewStore.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { withStore } from './ConformanceTarget.js';
import { fixtureTraces, viewRows } from './fixtureTraces.js';
import { fixtureRawTraceView, fixtureSpanEventView } from './fixtureViews.js';
import { assertEqual } from './reference.js';

/**
 * Cases for exact numbers: 64-bit integers beyond 2^53 (sent as bigint) round-trip exactly, alone and
 * mixed with plain rows in one batch.
 *
 * @example
 * ```ts
 * for (const c of numericCases(target)) it(c.name, c.run);
 * ```
 */
export function numericCases(target: ConformanceTarget): ConformanceCase[] {
  return [
    {
      name: '64-bit integers beyond 2^53 (bigint) round-trip exactly, in batches mixed with plain rows',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables([fixtureSpanEventView, fixtureRawTraceView]);
          const spans: ViewRow[] = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 4, seed: 3 }));
          const huge = 2n ** 64n - 1n;
          const mixed = spans.map((r, i) => (i === 1 ? { ...r, duration_micros: huge } : r));
          await store.write('fixture_span_event_view', mixed);
          const [top] = await store.query({
            view: 'fixture_span_event_view',
            tenantId: 'default',
            select: [max('duration_micros', 'longest'), count('n')],
          });
          assertEqual(top, { longest: huge, n: spans.length }, 'uint64 max');
          const traces: ViewRow[] = viewRows(fixtureRawTraceView, fixtureTraces({ traces: 2, seed: 4 }));
          const negative = -(2n ** 62n) - 7n;
          await store.write('fixture_raw_trace_view', [{ ...traces[0]!, duration_micros: negative }, traces[1]!]);
          const rows = await store.query({
            view: 'fixture_raw_trace_view',
            tenantId: 'default',
            select: [column('duration_micros')],
            where: [eq('trace_id', String(traces[0]!['trace_id']))],
          });
          assertEqual(rows, [{ duration_micros: negative }], 'int64 below -2^53');
          const [total] = await store.query({
            view: 'fixture_raw_trace_view',
            tenantId: 'default',
            select: [sum('span_count', 'spans')],
          });
          assertEqual(total, { spans: Number(traces[0]!['span_count']) + Number(traces[1]!['span_count']) }, 'sum');
        }),
    },
  ];
}
