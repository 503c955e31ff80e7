import type { ViewDefinition } from '@ht/enricher-sdk';
import { GraphQLError } from 'graphql';

/**
 * The views the query API may read, by name: the views the pipeline writes (built-in and plugin views).
 * `explore` reads any of them; the other fields read the built-in ones. Today the server is handed the view
 * definitions (`views` of `createGraphQLHandler`); a store that lists its own views can back it instead.
 *
 * @example
 * ```ts
 * const catalog = new ViewCatalog(views);
 * catalog.view('span_event_view').timeColumn; // 'start_time'
 * ```
 */
export class ViewCatalog {
  readonly #views: ReadonlyMap<string, ViewDefinition>;

  constructor(views: readonly ViewDefinition[]) {
    this.#views = new Map(views.map((v) => [v.name, v]));
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
