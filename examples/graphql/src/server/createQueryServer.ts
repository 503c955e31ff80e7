import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveTenant } from '@ht/sources';
import { HtError } from '@ht/stream-core';
import type { TenancyOptions, TenantResolution } from '@ht/sources';
import { createGraphQLHandler } from './createGraphQLHandler.js';
import type { GraphQLHandler, GraphQLHandlerOptions } from './createGraphQLHandler.js';
import type { QueryRoute } from './QueryRoute.js';

/**
 * Where and what the query server serves.
 *
 * @example
 * ```ts
 * const options: QueryServerOptions = { store, views, port: 2020, tenancy: { apiKeys: { k1: 'acme' } } };
 * ```
 */
export interface QueryServerOptions extends GraphQLHandlerOptions {
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 2020 (docs/contracts.md, Ports); 0 picks a free port. */
  readonly port?: number;
  /** How a request's tenant is decided, as the receivers do (docs/contracts.md, Tenancy). */
  readonly tenancy?: TenancyOptions;
  /** More routes on the same port (e.g. the Jaeger-compatible query API), each scoped to the request's tenant. */
  readonly routes?: readonly QueryRoute[];
}

/**
 * A running query server.
 *
 * @example
 * ```ts
 * const server: RunningQueryServer = await createQueryServer({ store, views, port: 0 });
 * console.log(`${server.url}/graphql`);
 * await server.close();
 * ```
 */
export interface RunningQueryServer {
  /** `http://host:port` */
  readonly url: string;
  readonly port: number;
  readonly graphql: GraphQLHandler;
  /** The Node server, to add listeners or upgrade handlers. */
  readonly server: Server;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, outcome: Exclude<TenantResolution, { ok: true }>): void {
  const status = outcome.status === 'unauthenticated' ? 401 : 400;
  const code = outcome.status === 'unauthenticated' ? 'UNAUTHENTICATED' : 'BAD_REQUEST';
  sendJson(
    res,
    status,
    { errors: [{ message: outcome.message, extensions: { code } }] },
    status === 401 ? { 'www-authenticate': 'Bearer' } : {},
  );
}

/** A browser asking for GraphiQL: a GET of the page (text/html) without a query; it carries no data. */
function isGraphiQlPage(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

const HOME = `<!doctype html><html><head><meta charset="utf-8"><title>@ht</title></head><body>
<h1>@ht</h1><p>The query API: <a href="/graphql">GraphQL (GraphiQL in a browser)</a>. See docs/graphql.md.</p>
</body></html>`;

/**
 * Serves the query API on one port: `POST /graphql` (GraphiQL on a browser's `GET /graphql`), the extra
 * `routes` (a `public` one is served without deciding a tenant), and `GET /` (unless a route serves it). Every request is scoped to one tenant, decided as the receivers decide it
 * (`resolveTenant` of `@ht/sources`: the `x-tenant-id` header, else the default tenant; with API keys
 * configured, the key's tenant, and a missing or unknown key is refused with 401). A taken port rejects
 * with a `CONFIG_INVALID` `HtError` naming it.
 *
 * @example
 * ```ts
 * const server = await createQueryServer({ store, views, port: 2020, tenancy: { defaultTenant: 'default' }, routes: [] });
 * ```
 */
export async function createQueryServer(options: QueryServerOptions): Promise<RunningQueryServer> {
  const graphql = createGraphQLHandler(options);
  const tenancy = options.tenancy ?? {};
  const routes = options.routes ?? [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const serve = async (): Promise<void> => {
      if (url.pathname === graphql.path) {
        if (isGraphiQlPage(req, url)) return graphql.handle(req, res, tenancy.defaultTenant ?? 'default');
        const tenant = resolveTenant(tenancy, (name) => {
          const value = req.headers[name];
          return Array.isArray(value) ? value[0] : value;
        });
        if (!tenant.ok) return refuse(res, tenant);
        return graphql.handle(req, res, tenant.tenantId);
      }
      const route = routes.find(
        (r) =>
          r.method === req.method && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname)),
      );
      if (route?.public) {
        return route.handle(req, res, {
          tenantId: tenancy.defaultTenant ?? 'default',
          store: options.store,
          catalog: graphql.catalog,
          limits: graphql.limits,
          url,
        });
      }
      if (route) {
        const tenant = resolveTenant(tenancy, (name) => {
          const value = req.headers[name];
          return Array.isArray(value) ? value[0] : value;
        });
        if (!tenant.ok) return refuse(res, tenant);
        await graphql.catalog.refresh();
        return route.handle(req, res, {
          tenantId: tenant.tenantId,
          store: options.store,
          catalog: graphql.catalog,
          limits: graphql.limits,
          url,
        });
      }
      if (url.pathname === '/' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(HOME);
        return;
      }
      sendJson(res, 404, { errors: [{ message: `no route ${req.method ?? ''} ${url.pathname}` }] });
    };
    serve().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: (error as Error).message }] });
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  const wanted = options.port ?? 2020;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'the port is taken (stop what holds it, or move the UI + GraphQL port, e.g. with --port-offset)'
          : error.message;
      reject(
        new HtError('CONFIG_INVALID', `cannot start the query server (UI + GraphQL) on ${host}:${wanted}: ${why}`, {
          cause: error,
          context: { host, port: wanted },
        }),
      );
    };
    server.once('error', onError);
    server.listen(wanted, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    port,
    graphql,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
