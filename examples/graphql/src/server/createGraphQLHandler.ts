import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViewDefinition } from '@ht/enricher-sdk';
import { builtinRollupsFor } from '@ht/sinks';
import type { RollupDefinition, ViewStore } from '@ht/sinks';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createSchema, createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import { limitsPlugin } from '../limits/limitsPlugin.js';
import { DEFAULT_QUERY_LIMITS } from '../limits/QueryLimits.js';
import type { QueryLimits } from '../limits/QueryLimits.js';
import type { QueryContext } from '../query/QueryContext.js';
import { createQueryLoaders } from '../query/QueryLoaders.js';
import { ViewCatalog } from '../query/ViewCatalog.js';
import { queryResolvers } from '../resolvers/resolvers.js';
import { htTypeDefs } from '../schema/htTypeDefs.js';

/**
 * What the GraphQL handler reads and how far a request may go.
 *
 * @example
 * ```ts
 * const options: GraphQLHandlerOptions = { store, views, limits: { maxRows: 1_000 } };
 * ```
 */
export interface GraphQLHandlerOptions {
  /** The store the pipeline writes (in `ht`, the very same object: DuckDB is one process). */
  readonly store: ViewStore;
  /**
   * The views served as defined here (the pipeline's, plugins' included; default none). `explore` reads
   * any of them and any view of the store's catalog; the other fields read the built-in ones.
   */
  readonly views?: readonly ViewDefinition[];
  /**
   * Serve the views of the store's catalog too (`store.catalog()`, read again at most every
   * `STORE_CATALOG_MAX_AGE_MS`): views other processes created, with no plugin code here. Default true.
   */
  readonly catalogFromStore?: boolean;
  /** Limits over the defaults ({@link DEFAULT_QUERY_LIMITS}). */
  readonly limits?: Partial<QueryLimits>;
  /** The path served (default `/graphql`). */
  readonly path?: string;
  /**
   * The rollups `explore` answers from when one can answer a query exactly (docs/graphql.md, "explore"):
   * they must have been passed to `store.ensureRollups` on this store (a rollup the store does not know
   * leaves the query to the view). Default: the built-in rollups of `views` (`builtinRollupsFor`) where the
   * store rebuilds rollups (`capabilities.rollups === 'rebuilt'`: ClickHouse), none where it computes them
   * on query (DuckDB: the same group-by on the view, with more measures); `[]`: never.
   */
  readonly rollups?: readonly RollupDefinition[];
}

/**
 * A GraphQL endpoint over a store, for any Node HTTP server: `handle` serves one request for one tenant
 * (the caller decides the tenant, see `createQueryServer`), GraphiQL included on a browser's GET.
 *
 * @example
 * ```ts
 * const graphql = createGraphQLHandler({ store, views });
 * http.createServer((req, res) => void graphql.handle(req, res, 'default'));
 * ```
 */
export interface GraphQLHandler {
  readonly path: string;
  readonly limits: QueryLimits;
  readonly catalog: ViewCatalog;
  handle(request: IncomingMessage, response: ServerResponse, tenantId: string): Promise<void>;
}

interface ServerContext {
  readonly tenantId: string;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
}

/**
 * Builds the GraphQL handler: graphql-yoga over the schema-first SDL (`htTypeDefs`) and the resolvers, a
 * {@link QueryContext} per request (its tenant, batched look-ups, the request's abort signal, the views
 * served with the store's catalog read again when older than `STORE_CATALOG_MAX_AGE_MS`), the depth and
 * complexity limits checked before execution.
 *
 * @example
 * ```ts
 * const graphql = createGraphQLHandler({ store, views });
 * ```
 */
export function createGraphQLHandler(options: GraphQLHandlerOptions): GraphQLHandler {
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const catalog = new ViewCatalog(options.views ?? [], options.catalogFromStore === false ? undefined : options.store);
  const path = options.path ?? '/graphql';
  const rollups =
    options.rollups ?? (options.store.capabilities.rollups === 'rebuilt' ? builtinRollupsFor(options.views ?? []) : []);
  const yoga: YogaServerInstance<ServerContext, QueryContext> = createYoga<ServerContext, QueryContext>({
    schema: createSchema<ServerContext & QueryContext>({ typeDefs: htTypeDefs, resolvers: queryResolvers }),
    graphqlEndpoint: path,
    landingPage: false,
    graphiql: { title: '@ht GraphQL' },
    // GraphiQL's scripts inline in the page: it works without the internet (the default loads them from a CDN).
    renderGraphiQL,
    plugins: [limitsPlugin(limits)],
    context: async ({ tenantId, request }) => {
      await catalog.refresh();
      const context: QueryContext = {
        tenantId,
        store: options.store,
        catalog,
        limits,
        signal: request.signal,
        loaders: createQueryLoaders(() => context),
        rollups,
      };
      return context;
    },
  });
  return {
    path,
    limits,
    catalog,
    handle: async (req, res, tenantId) => {
      await yoga.handle(req, res, { tenantId, req, res });
    },
  };
}
