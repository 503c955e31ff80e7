import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@ht/enricher-sdk';
import { QueryLimitError } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { resolveTenant } from '@ht/sources';
import type { TenancyOptions, TenantResolution } from '@ht/sources';
import { HtError } from '@ht/stream-core';
import { DEFAULT_JAEGER_API_LIMITS } from './JaegerApiLimits.js';
import type { JaegerApiLimits } from './JaegerApiLimits.js';
import type { JaegerError, JaegerResponse } from './JaegerJson.js';
import { parseDependencyRequest, parseTraceId, parseTraceSearch } from './jaegerParams.js';
import { JaegerReads } from './jaegerReads.js';
import { JaegerRequestError } from './JaegerRequestError.js';

/**
 * Serves one HTTP request if it is one of the Jaeger API's and resolves `true` once answered; resolves
 * `false`, without touching the response, for any other path (so a server tries its other routes).
 *
 * @example
 * ```ts
 * const jaeger: JaegerHandler = createJaegerHandler({ store });
 * const server = http.createServer((req, res) => {
 *   void jaeger(req, res).then((answered) => answered || res.writeHead(404).end());
 * });
 * ```
 */
export type JaegerHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * What {@link createJaegerHandler} serves from.
 *
 * @example
 * ```ts
 * const options: JaegerHandlerOptions = { store, tenancy: { apiKeys: { 'k-123': 'acme' } } };
 * ```
 */
export interface JaegerHandlerOptions {
  /** The view store the pipeline writes (`span_event_view`, `log_event_view`, `service_call_view`). */
  readonly store: ViewStore;
  /** How a request names its tenant (docs/contracts.md, Tenancy); the same options as the receivers'. */
  readonly tenancy?: TenancyOptions;
  /** Over {@link DEFAULT_JAEGER_API_LIMITS}. */
  readonly limits?: Partial<JaegerApiLimits>;
  /** Where the API's paths start (default `/api`, as Jaeger). */
  readonly basePath?: string;
  /** Store failures are logged here (the client gets a message without the store's details). */
  readonly logger?: Logger;
  /** The clock, in unix µs (tests). */
  readonly nowMicros?: () => number;
}

type Route = (reads: JaegerReads, params: URLSearchParams, match: RegExpExecArray) => Promise<JaegerResponse<unknown>>;

const ok = <T>(data: T, total = 0): JaegerResponse<T> => ({ data, total, limit: 0, offset: 0, errors: null });

function routes(limits: JaegerApiLimits, now: () => number): readonly (readonly [RegExp, Route])[] {
  return [
    [
      /^\/services$/,
      async (reads) => {
        const services = await reads.services();
        return ok(services, services.length);
      },
    ],
    [
      /^\/services\/([^/]+)\/operations$/,
      async (reads, _params, match) => {
        const names = await reads.operationNames(decodeURIComponent(match[1]!));
        return ok(names, names.length);
      },
    ],
    [
      /^\/operations$/,
      async (reads, params) => {
        const service = params.get('service') ?? '';
        if (service === '') throw new JaegerRequestError(400, "parameter 'service' is required");
        const operations = await reads.operations(service, params.get('spanKind') ?? undefined);
        return ok(operations, operations.length);
      },
    ],
    [
      /^\/traces$/,
      async (reads, params) => {
        const search = parseTraceSearch(params, limits, now());
        if (search.traceIds.length === 0) return ok(await reads.search(search));
        const { found, missing } = await reads.traces(search.traceIds);
        const errors: JaegerError[] = missing.map((traceID) => ({ msg: 'trace not found', traceID }));
        return { ...ok(found), errors: errors.length === 0 ? null : errors };
      },
    ],
    [
      /^\/traces\/([^/]+)$/,
      async (reads, _params, match) => {
        const trace = await reads.trace(parseTraceId(decodeURIComponent(match[1]!)));
        if (trace === undefined) throw new JaegerRequestError(404, 'trace not found');
        return ok([trace]);
      },
    ],
    [
      /^\/dependencies$/,
      async (reads, params) => ok(await reads.dependencies(parseDependencyRequest(params, limits, now()))),
    ],
  ];
}

/** A refused request or a failed read as Jaeger's error envelope, without the store's details. */
function failure(error: unknown, logger: Logger | undefined): { status: number; msg: string } {
  if (error instanceof JaegerRequestError) return { status: error.status, msg: error.message };
  if (error instanceof QueryLimitError) {
    return { status: error.limit === 'maxRows' ? 413 : error.limit === 'signal' ? 499 : 504, msg: error.message };
  }
  if (error instanceof HtError && error.code === 'INPUT_INVALID') return { status: 400, msg: error.message };
  logger?.error({ error: error instanceof Error ? error.message : String(error) }, 'jaeger api: a store read failed');
  const code = error instanceof HtError ? ` (${error.code})` : '';
  return { status: 500, msg: `the store could not answer${code}; see the server's log` };
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, pretty: boolean): void {
  const text = JSON.stringify(body, null, pretty ? 4 : undefined);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/**
 * Jaeger's HTTP query API over a view store, tenant-scoped: `GET /api/services`,
 * `/api/services/{service}/operations`, `/api/operations?service=&spanKind=`, `/api/traces` (search, or
 * `traceID=` ids), `/api/traces/{id}` and `/api/dependencies?endTs=&lookback=`, with Jaeger's JSON
 * (docs/graphql.md, "Jaeger-compatible API"). The tenant comes from `x-tenant-id`, or from the API key
 * when keys are configured (a missing or unknown key gets 401); a malformed parameter gets 400 naming it,
 * a limit 400 (or 504 for the query time) naming the limit. Every read is a query of the model, never SQL.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 *
 * const jaeger = createJaegerHandler({ store, tenancy: { apiKeys: { 'k-123': 'acme' } } });
 * createServer((req, res) => {
 *   void jaeger(req, res).then((answered) => {
 *     if (!answered) res.writeHead(404).end();
 *   });
 * }).listen(16686);
 * ```
 */
export function createJaegerHandler(options: JaegerHandlerOptions): JaegerHandler {
  const scoped = createScopedJaegerHandler(options);
  return (req, res) =>
    scoped(req, res, {
      store: options.store,
      tenant: () =>
        resolveTenant(options.tenancy ?? {}, (name) => {
          const value = req.headers[name];
          return Array.isArray(value) ? value[0] : value;
        }),
    });
}

/**
 * The tenant and store of one request to a {@link ScopedJaegerHandler}: `tenant` is a tenant id a server
 * already resolved and checked (its own tenancy rule, e.g. the query server's routes), or a function
 * resolving it, asked only for a Jaeger API path.
 *
 * @example
 * ```ts
 * const scope: JaegerRequestScope = { store, tenant: 'acme' };
 * ```
 */
export interface JaegerRequestScope {
  readonly store: ViewStore;
  readonly tenant: string | (() => TenantResolution);
}

/**
 * {@link JaegerHandler} for a server that decides each request's tenant and store itself: serves the
 * request if it is one of the Jaeger API's (resolves `true`), else resolves `false` untouched.
 *
 * @example
 * ```ts
 * const jaeger: ScopedJaegerHandler = createScopedJaegerHandler({ limits: { maxTraces: 500 } });
 * declare const request: import('node:http').IncomingMessage;
 * declare const response: import('node:http').ServerResponse;
 * const answered = await jaeger(request, response, { store, tenant: 'acme' });
 * ```
 */
export type ScopedJaegerHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  scope: JaegerRequestScope,
) => Promise<boolean>;

/**
 * The Jaeger API for a server that resolves tenants itself (the query server's routes mount it so): the
 * same answers as {@link createJaegerHandler}, each request reading the store and tenant its caller gives.
 *
 * @example
 * ```ts
 * const jaeger = createScopedJaegerHandler({});
 * http.createServer((req, res) => {
 *   void jaeger(req, res, { store, tenant: 'acme' }).then((answered) => answered || res.writeHead(404).end());
 * });
 * ```
 */
export function createScopedJaegerHandler(
  options: Omit<JaegerHandlerOptions, 'store' | 'tenancy'>,
): ScopedJaegerHandler {
  const limits: JaegerApiLimits = { ...DEFAULT_JAEGER_API_LIMITS, ...options.limits };
  const basePath = (options.basePath ?? '/api').replace(/\/$/, '');
  const now = options.nowMicros ?? ((): number => Date.now() * 1e3);
  const table = routes(limits, now);

  return async (req, res, scope) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${basePath}/`)) return false;
    const path = url.pathname.slice(basePath.length);
    const found = table
      .map(([pattern, route]) => [pattern.exec(path), route] as const)
      .find(([match]) => match !== null);
    if (found === undefined) return false;
    const pretty = url.searchParams.get('prettyPrint') === 'true';
    const refuse = (status: number, msg: string): true => {
      send(req, res, status, { ...ok(null), errors: [{ code: status, msg }] }, pretty);
      return true;
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return refuse(405, `${req.method ?? ''} is not allowed; use GET`);
    }
    const tenant = typeof scope.tenant === 'string' ? { ok: true as const, tenantId: scope.tenant } : scope.tenant();
    if (!tenant.ok) return refuse(tenant.status === 'unauthenticated' ? 401 : 400, tenant.message);
    const aborted = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) aborted.abort(new Error('the client went away'));
    });
    const reads = new JaegerReads(scope.store, tenant.tenantId, {
      timeoutMs: limits.queryTimeoutMs,
      signal: aborted.signal,
    });
    try {
      const [match, route] = found;
      send(req, res, 200, await route(reads, url.searchParams, match!), pretty);
    } catch (error) {
      const { status, msg } = failure(error, options.logger);
      if (!res.headersSent && !res.destroyed) refuse(status, msg);
    }
    return true;
  };
}
