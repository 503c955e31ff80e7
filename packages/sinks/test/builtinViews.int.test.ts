import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { runEnricher } from '@ht/enricher-sdk/testing';
import type { ViewDefinition } from '@ht/enricher-sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { count, createClickHouseStore, createDuckDbStore } from '../src/index.js';
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
          const [row] = await store.query({ view: view.name, select: [count('n')] });
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
});
