import { defineView } from '@ht/enricher-sdk';
import type { ViewDefinition } from '@ht/enricher-sdk';
import { count } from '../query/build.js';
import { catalogEntry, catalogView } from '../store/ViewCatalog.js';
import type { ViewStore } from '../store/ViewStore.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { withStore } from './ConformanceTarget.js';
import { fixtureTraces, viewRows } from './fixtureTraces.js';
import { fixtureRawTraceView, fixtureServiceCallView, fixtureSpanEventView } from './fixtureViews.js';
import { assertEqual, assertRejects, dedupByKey } from './reference.js';

const views: readonly ViewDefinition[] = [fixtureSpanEventView, fixtureRawTraceView, fixtureServiceCallView];
const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const entriesOf = (defs: readonly ViewDefinition[]) => defs.map(catalogEntry).sort(byName);

const tenant = { type: 'lowCardinalityString', description: 'scoped by tenant' } as const;
const base = { name: 'catalog_probe_view', key: ['tenant_id', 'id'] as ['tenant_id', 'id'], fromTrace: () => [] };
const v1 = defineView({
  ...base,
  version: '1',
  description: "a view's \"description\" with \\ and 'quotes'",
  columns: { tenant_id: tenant, id: { type: 'string' }, at: { type: 'datetime' } },
  timeColumn: 'at',
});
const v2 = defineView({
  ...base,
  version: '2',
  columns: { tenant_id: tenant, id: { type: 'string' }, at: { type: 'datetime' }, tags: { type: 'stringArray' } },
  timeColumn: 'at',
});
const v3 = defineView({
  ...base,
  version: '3',
  columns: { tenant_id: tenant, id: { type: 'uint64' }, at: { type: 'datetime' }, tags: { type: 'stringArray' } },
  timeColumn: 'at',
});

/** Closes `store`, opens another on its database (when the target can), runs `fn` on it, cleans up. */
async function reopened(
  target: ConformanceTarget,
  first: ViewStore,
  fn: (store: ViewStore) => Promise<void>,
): Promise<void> {
  if (target.reopen === undefined) return fn(first);
  await first.close();
  const second = await target.reopen(first);
  try {
    await fn(second);
  } finally {
    await second.close();
  }
}

/**
 * The view catalog: what `ensureTables` writes (name, version, columns with types, key, time column,
 * sort order), migrations rewriting it, and a fresh store on the same database listing and querying the
 * views without their definitions.
 *
 * @example
 * ```ts
 * for (const c of catalogCases(target)) it(c.name, c.run, 60_000);
 * ```
 */
export function catalogCases(target: ConformanceTarget): ConformanceCase[] {
  return [
    {
      name: 'the catalog lists each ensured view (columns with types, key, time column, sort order) and follows migrations',
      run: () =>
        withStore(target, async (store) => {
          assertEqual(await store.catalog(), [], 'catalog of an empty store');
          await store.ensureTables(views);
          await store.ensureTables(views);
          assertEqual(await store.catalog(), entriesOf(views), 'catalog after ensureTables');
          await store.ensureTables([v1]);
          assertEqual(await store.catalog(), entriesOf([...views, v1]), 'catalog with a new view');
          await store.ensureTables([v2]);
          assertEqual(await store.catalog(), entriesOf([...views, v2]), 'catalog after a migration');
          await assertRejects(store.ensureTables([v3]), 'CONFIG_INVALID', [/'id'/], 'type change');
          assertEqual(await store.catalog(), entriesOf([...views, v2]), 'catalog after a refused change');
        }),
    },
    {
      name: 'a fresh store on the same database lists the views and queries one from its catalog entry alone',
      run: async () => {
        const first = await target.create();
        const rows = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 5, seed: 31 }));
        try {
          await first.ensureTables([fixtureSpanEventView, v2]);
          await first.write(fixtureSpanEventView.name, rows);
          await reopened(target, first, async (store) => {
            const catalog = await store.catalog();
            assertEqual(catalog, entriesOf([fixtureSpanEventView, v2]), 'catalog read by a fresh store');
            await store.ensureTables(catalog.map(catalogView));
            assertEqual(await store.catalog(), catalog, 'catalog after ensuring the catalog views');
            const [row] = await store.query({
              view: fixtureSpanEventView.name,
              tenantId: 'default',
              select: [count('n')],
            });
            assertEqual(row?.['n'], dedupByKey(rows, fixtureSpanEventView.key).length, 'rows read via the catalog');
          });
        } finally {
          await first.close();
          await target.destroy?.(first);
        }
      },
    },
  ];
}
