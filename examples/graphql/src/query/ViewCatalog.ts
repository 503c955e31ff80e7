import type { ViewDefinition } from '@ht/enricher-sdk';
import { catalogView } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { GraphQLError } from 'graphql';

/**
 * How long the views read from a store's catalog are used before a request reads it again (ms). A view
 * asked by name that is not known yet makes the next look-up read it at once ({@link ViewCatalog.refresh}
 * with `maxAgeMs` 0).
 *
 * @example
 * ```ts
 * await catalog.refresh(STORE_CATALOG_MAX_AGE_MS);
 * ```
 */
export const STORE_CATALOG_MAX_AGE_MS = 5_000;

/**
 * The views the query API may read, by name: the views handed to it (the ones the pipeline writes, with
 * their plugins' definitions), and, given a store, every view of the store's catalog (`store.catalog()`:
 * views other processes created, user views included, with no plugin code here; `catalogView` turns an
 * entry into a queryable definition). A view handed to it wins over the catalog's entry of that name.
 * `explore` reads any of them; the other fields read the built-in ones.
 *
 * @example
 * ```ts
 * import { builtinViews } from '@ht/enricher-sdk/builtins';
 *
 * const catalog = new ViewCatalog(builtinViews, store);
 * await catalog.refresh(); // the store's catalog, at most every STORE_CATALOG_MAX_AGE_MS
 * catalog.view('customer_call_view').timeColumn; // 'start_time', from the catalog
 * ```
 */
export class ViewCatalog {
  readonly #served: ReadonlyMap<string, ViewDefinition>;
  readonly #store: Pick<ViewStore, 'catalog' | 'ensureTables'> | undefined;
  /** The catalog's views this catalog made queryable (ensureTables), by name. */
  readonly #attached = new Map<string, ViewDefinition>();
  #views: ReadonlyMap<string, ViewDefinition>;
  #readAt = Number.NEGATIVE_INFINITY;
  #reading: Promise<void> | undefined;

  /** `views`: the views served as given; `store`: a store whose catalog adds its other views. */
  constructor(views: readonly ViewDefinition[], store?: Pick<ViewStore, 'catalog' | 'ensureTables'>) {
    this.#served = new Map(views.map((v) => [v.name, v]));
    this.#views = this.#served;
    this.#store = store;
  }

  /**
   * Reads the store's catalog when what was read is older than `maxAgeMs` (one read at a time; callers
   * meanwhile wait for it). A failed read keeps what was read before (the store's error reaches the query
   * that reads it); without a store, nothing to do.
   */
  async refresh(maxAgeMs = STORE_CATALOG_MAX_AGE_MS): Promise<void> {
    const store = this.#store;
    if (store === undefined) return;
    if (this.#reading) return this.#reading;
    if (performance.now() - this.#readAt < maxAgeMs) return;
    this.#reading = (async () => {
      try {
        const fromCatalog = (await store.catalog())
          .filter((entry) => !this.#served.has(entry.name))
          .map((entry) => catalogView(entry));
        await this.#attach(store, fromCatalog);
        const views = new Map(fromCatalog.filter((v) => this.#attached.has(v.name)).map((v) => [v.name, v]));
        for (const [name, view] of this.#served) views.set(name, view);
        this.#views = views;
        this.#readAt = performance.now();
      } catch {
        // Keep the views read before; the next request reads the catalog again.
      } finally {
        this.#reading = undefined;
      }
    })();
    return this.#reading;
  }

  /**
   * Makes the catalog's views queryable through this store object (`ensureTables` of their catalog
   * definitions: their tables exist, so it only learns their layout). A view whose table cannot be
   * ensured (dropped since, described otherwise) is left out.
   */
  async #attach(store: Pick<ViewStore, 'ensureTables'>, views: readonly ViewDefinition[]): Promise<void> {
    const fresh = views.filter((v) => this.#attached.get(v.name)?.version !== v.version);
    if (fresh.length === 0) return;
    try {
      await store.ensureTables(fresh);
      for (const v of fresh) this.#attached.set(v.name, v);
    } catch {
      for (const v of fresh) {
        try {
          await store.ensureTables([v]);
          this.#attached.set(v.name, v);
        } catch {
          // Not queryable here: left out of the views served.
        }
      }
    }
  }

  /** Every view's name, sorted. */
  names(): string[] {
    return [...this.#views.keys()].sort();
  }

  /** Whether a view of that name is served. */
  has(name: string): boolean {
    return this.#views.has(name);
  }

  /** The view of that name; a `GraphQLError` naming the served views when there is none. */
  view(name: string): ViewDefinition {
    const view = this.#views.get(name);
    if (!view) {
      throw new GraphQLError(`no view '${name.slice(0, 80)}' is served; the views are: ${this.names().join(', ')}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return view;
  }
}
