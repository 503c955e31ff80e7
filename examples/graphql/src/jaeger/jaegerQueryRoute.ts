import type { QueryRoute } from '../server/QueryRoute.js';
import { createScopedJaegerHandler } from './createJaegerHandler.js';
import type { JaegerHandlerOptions } from './createJaegerHandler.js';

/**
 * The Jaeger-compatible query API as a route of the query server (`createQueryServer`'s `routes`): `GET
 * /api/*` (or `basePath`), each request reading the store and the tenant the server resolved; a path
 * below it that is none of the API's gets Jaeger's 404. `ht demo` and `ht run` mount it by default.
 *
 * @example
 * ```ts
 * import { createQueryServer } from '@ht/graphql';
 *
 * const server = await createQueryServer({ store, views, port: 2020, routes: [jaegerQueryRoute()] });
 * ```
 */
export function jaegerQueryRoute(options: Omit<JaegerHandlerOptions, 'store' | 'tenancy'> = {}): QueryRoute {
  const jaeger = createScopedJaegerHandler(options);
  const basePath = (options.basePath ?? '/api').replace(/\/$/, '');
  const escaped = basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    method: 'GET',
    path: new RegExp(`^${escaped}/`),
    handle: async (req, res, { store, tenantId }) => {
      if (await jaeger(req, res, { store, tenant: tenantId })) return;
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          data: null,
          total: 0,
          limit: 0,
          offset: 0,
          errors: [{ code: 404, msg: '404 page not found' }],
        }),
      );
    },
  };
}
