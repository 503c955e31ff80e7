import type { ViewStore } from '../store/ViewStore.js';

/**
 * A store under test: how to make a fresh, empty one and how to remove it afterwards.
 *
 * @example
 * ```ts
 * const target: ConformanceTarget = {
 *   name: 'duckdb',
 *   create: () => createDuckDbStore({ path: join(dir, `${randomUUID()}.duckdb`) }),
 * };
 * ```
 */
export interface ConformanceTarget {
  readonly name: string;
  /** A fresh store with no tables (its own database, schema or file). */
  create(): Promise<ViewStore>;
  /** Removes what `create` made; called after the store was closed. */
  destroy?(store: ViewStore): Promise<void>;
  /**
   * Opens another store on the database `store` used, once `store` is closed (a file reopened, a second
   * client of the same server database). Optional: the catalog case then checks that a fresh store lists
   * the views; without it, it checks the same store.
   */
  reopen?(store: ViewStore): Promise<ViewStore>;
}

/**
 * One check of the conformance suite: run it with any test runner (`it(c.name, c.run)`); it rejects with
 * an `AssertionError` saying what differed.
 *
 * @example
 * ```ts
 * for (const c of viewStoreConformance(target)) it(c.name, c.run, 120_000);
 * ```
 */
export interface ConformanceCase {
  readonly name: string;
  readonly run: () => Promise<void>;
}

/**
 * Runs `fn` on a fresh store of `target`, then closes and destroys it whatever happened.
 *
 * @example
 * ```ts
 * await withStore(target, async (store) => { await store.ensureTables([fixtureSpanEventView]); });
 * ```
 */
export async function withStore(target: ConformanceTarget, fn: (store: ViewStore) => Promise<void>): Promise<void> {
  const store = await target.create();
  try {
    await fn(store);
  } finally {
    await store.close();
    await target.destroy?.(store);
  }
}
