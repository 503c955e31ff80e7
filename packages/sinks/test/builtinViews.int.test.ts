import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { builtinEnrichers, builtinViews, spanEventView } from '@ht/enricher-sdk/builtins';
import { runEnricher } from '@ht/enricher-sdk/testing';
import { defineView } from '@ht/enricher-sdk';
import type { Columns, ViewDefinition } from '@ht/enricher-sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { column, count, createClickHouseStore, createDuckDbStore, eq } from '../src/index.js';
import type { ViewStore } from '../src/index.js';
import { tableLayout } from '../src/store/tableLayout.js';
import { chdbExecutor, dedupByKey, fixtureTraces, lateFragment, viewRows } from '../src/testing/index.js';
import { chdbPython, clickhouseUrl, uniqueName } from './support/endpoints.js';

const dir = mkdtempSync(join(tmpdir(), 'ht-sinks-builtin-'));
const admin = createClient({ url: clickhouseUrl });
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await admin.close();
});

const traces = fixtureTraces({ traces: 50, seed: 77 });
const batches = [traces, traces.slice(0, 10).map((t) => lateFragment(t, 1))];
// Enriched by the whole built-in chain (in place), as the enricher stage would.
const [last, ...others] = [...builtinEnrichers].reverse();
await runEnricher(last!, batches.flat(), undefined, { with: others });
const views: readonly ViewDefinition[] = builtinViews;

const stores: [string, () => Promise<ViewStore>, (s: ViewStore) => Promise<void>][] = [
  [
    'ClickHouse 18.16',
    () => createClickHouseStore({ url: clickhouseUrl, database: uniqueName('ht_builtin') }),
    async (s) => {
      await admin.command({ query: `DROP DATABASE IF EXISTS ${(s as unknown as { database: string }).database}` });
    },
  ],
  [
    'ClickHouse 26 (chDB)',
    () => createClickHouseStore({ executor: chdbExecutor({ python: chdbPython }), database: 'ht' }),
    async () => undefined,
  ],
  ['DuckDB', () => createDuckDbStore({ path: join(dir, `${uniqueName('v')}.duckdb`) }), async () => undefined],
];

describe('the built-in views of @ht/enricher-sdk on every store', () => {
  for (const [name, create, destroy] of stores) {
    it(`${name}: tables derived from all ${views.length} views take their rows, once each after a replay`, async () => {
      const store = await create();
      try {
        await store.ensureTables(views);
        await store.ensureTables(views);
        for (const batch of [...batches, ...batches]) {
          for (const view of views) await store.write(view.name, viewRows(view, batch));
        }
        for (const view of views) {
          const rows = viewRows(view, batches.flat());
          expect(rows.length, `${view.name} has fixture rows`).toBeGreaterThan(0);
          const [row] = await store.query({ view: view.name, tenantId: 'default', select: [count('n')] });
          expect(row, view.name).toEqual({ n: dedupByKey(rows, view.key).length });
          expect(tableLayout(view).sortKey.slice(0, view.sortBy.length)).toEqual(view.sortBy);
        }
        const spanView = views.find((v) => v.name === 'span_event_view')!;
        const spans = await store.traceRows('span_event_view', 'default', traces[0]!.traceId);
        expect(spans.map((r) => r['span_id']).sort()).toEqual(
          viewRows(spanView, [traces[0]!, batches[1]![0]!])
            .map((r) => r['span_id'])
            .sort(),
        );
      } finally {
        await store.close();
        await destroy(store);
      }
    }, 120_000);
  }

  /** `span_event_view` as version 0.1.0 was: without the columns 0.2.0 and 0.3.0 added. */
  const ADDED = [
    'enriched_attribute_keys',
    'enriched_attribute_values',
    'scope_name',
    'scope_version',
    'resource_id',
    'enriched_in_columns',
  ];
  const columns01: Columns = Object.fromEntries(
    Object.entries(spanEventView.columns).filter(([c]) => !ADDED.includes(c)),
  );
  const spanEventView01 = defineView({
    name: spanEventView.name,
    version: '0.1.0',
    columns: columns01,
    key: spanEventView.key as [string, ...string[]],
    timeColumn: spanEventView.timeColumn as never,
    sortBy: spanEventView.sortBy,
    *fromTrace(trace) {
      for (const row of spanEventView.fromTrace(trace)) {
        yield Object.fromEntries(Object.entries(row).filter(([c]) => !ADDED.includes(c)));
      }
    },
  });

  for (const [name, create, destroy] of stores) {
    it(`${name}: span_event_view migrates from 0.1.0 (added columns, old rows read '', [] and 0)`, async () => {
      const store = await create();
      try {
        await store.ensureTables([spanEventView01]);
        await store.write('span_event_view', viewRows(spanEventView01, batches[0]!));
        await store.ensureTables([spanEventView]);
        await store.write('span_event_view', viewRows(spanEventView, batches[1]!));
        const [entry] = await store.catalog();
        expect(entry).toMatchObject({ name: 'span_event_view', version: spanEventView.version });
        const counts = await store.query({
          view: 'span_event_view',
          tenantId: 'default',
          select: [column('scope_name'), count('n')],
          groupBy: ['scope_name'],
          orderBy: [{ by: 'scope_name' }],
        });
        const old = dedupByKey(viewRows(spanEventView01, batches[0]!), spanEventView.key).length;
        const added = dedupByKey(viewRows(spanEventView, batches[1]!), spanEventView.key).length;
        expect(counts).toEqual([
          { scope_name: '', n: old },
          { scope_name: 'ht-fixture', n: added },
        ]);
        const [oldRow] = await store.query({
          view: 'span_event_view',
          tenantId: 'default',
          select: [
            column('enriched_attribute_keys'),
            column('resource_id'),
            column('scope_version'),
            column('enriched_in_columns'),
          ],
          where: [eq('scope_name', '')],
          limit: 1,
        });
        expect(oldRow).toEqual({
          enriched_attribute_keys: [],
          resource_id: '',
          scope_version: '',
          enriched_in_columns: 0,
        });
      } finally {
        await store.close();
        await destroy(store);
      }
    }, 60_000);
  }
});
