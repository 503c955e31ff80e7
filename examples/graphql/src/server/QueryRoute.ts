import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViewStore } from '@ht/sinks';
import type { QueryLimits } from '../limits/QueryLimits.js';
import type { ViewCatalog } from '../query/ViewCatalog.js';

/**
 * What a route of the query server gets besides the request: the request's tenant (already resolved and
 * checked: a route never sees a request with a missing or wrong API key), the store, the served views, the
 * limits and the parsed URL.
 *
 * @example
 * ```ts
 * const handle: QueryRoute['handle'] = (_req, res, { tenantId, url }: QueryRouteContext) => {
 *   res.end(`${tenantId} asked ${url.pathname}`);
 * };
 * ```
 */
export interface QueryRouteContext {
  readonly tenantId: string;
  readonly store: ViewStore;
  readonly catalog: ViewCatalog;
  readonly limits: QueryLimits;
  readonly url: URL;
}

/**
 * An HTTP route served beside `/graphql` on the query server's port (the Jaeger-compatible query API is
 * one set of them): a method, a path (exact, or a pattern) and a handler writing the response.
 *
 * @example
 * ```ts
 * const services: QueryRoute = {
 *   method: 'GET',
 *   path: '/api/services',
 *   handle: async (_req, res, { tenantId }) => {
 *     res.setHeader('content-type', 'application/json');
 *     res.end(JSON.stringify({ data: [tenantId] }));
 *   },
 * };
 * ```
 */
export interface QueryRoute {
  readonly method: 'GET' | 'POST';
  readonly path: string | RegExp;
  /**
   * Served without deciding a tenant (no API key asked): for what carries no data, like the UI's static
   * files, which a browser fetches before it can send a key. The handler gets the default tenant.
   */
  readonly public?: boolean;
  handle(request: IncomingMessage, response: ServerResponse, context: QueryRouteContext): void | Promise<void>;
}
