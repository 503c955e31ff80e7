import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Ingestor, IngestOutcome } from '../../ingest/Ingestor.js';
import { ReceiverCounter } from '../../ingest/ReceiverMetrics.js';
import { resolveTenant } from '../../ingest/Tenancy.js';
import type { TenancyOptions } from '../../ingest/Tenancy.js';
import { ConcurrencyGate, overCapacityMessage } from '../ConcurrencyGate.js';
import { listen, closeServer } from '../listen.js';
import type { ReceiverAddress } from '../listen.js';
import type { HttpAnswer, HttpProblem, HttpRoute } from './HttpRoute.js';
import { textProblem } from './HttpRoute.js';
import { BodyError, readBody } from './readBody.js';

/**
 * What {@link startHttpReceiver} needs.
 *
 * @example
 * ```ts
 * const options: HttpReceiverOptions = { host: '127.0.0.1', port: 0, routes: zipkinRoutes(), ingestor, tenancy: {} };
 * ```
 */
export interface HttpReceiverOptions {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly routes: readonly HttpRoute[];
  readonly ingestor: Ingestor;
  readonly tenancy: TenancyOptions;
}

/**
 * A running HTTP receiver.
 *
 * @example
 * ```ts
 * const http = await startHttpReceiver({ host: '127.0.0.1', port: 0, routes, ingestor, tenancy: {} });
 * console.log(http.address.port);
 * await http.close();
 * ```
 */
export interface RunningHttpReceiver {
  readonly address: ReceiverAddress;
  close(): Promise<void>;
}

/**
 * Serves POST routes on one port: resolves the tenant, reads the body within the size limit (gzip and
 * deflate), decodes it with the route's decoder for the content type, hands the spans to the sink and
 * answers as the route's protocol does. Never lets a request crash the process. Bounded against slow and
 * many clients by the ingestor's limits: `maxConcurrentRequests` (503 beyond), `maxConnections`,
 * `headersTimeoutMs` and `requestTimeoutMs` (408 beyond), `idleTimeoutMs` for keep-alive connections. A
 * request that meets a bug is answered 500 with an error id; the details go to the ingestor's logger.
 *
 * @example
 * ```ts
 * await startHttpReceiver({ host: '127.0.0.1', port: 4318, routes: [otlpHttpRoute()], ingestor, tenancy: {} });
 * ```
 */
export async function startHttpReceiver(options: HttpReceiverOptions): Promise<RunningHttpReceiver> {
  const routes = new Map(options.routes.map((r) => [r.path, r]));
  const limits = options.ingestor.limits;
  const gate = new ConcurrencyGate(limits.maxConcurrentRequests);
  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.idleTimeoutMs,
      // How often Node checks the two timeouts above (30 s by default: too coarse for short ones).
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      if (!gate.tryEnter()) return refuseOverCapacity(req, res, routes, options);
      res.once('close', () => gate.leave());
      handle(req, res, routes, options).catch((error: unknown) => {
        // Only a bug gets here (handle answers every expected failure): answer 500 with an error id (the
        // details are logged, never sent), keep serving.
        const receiver = routes.get(pathOf(req))?.receiver ?? 'http';
        const message = options.ingestor.internalError(receiver, error);
        if (!res.headersSent) send(res, textProblem({ status: 500, message }));
        else res.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  const address = await listen(server, options.host, options.port);
  return { address, close: () => closeServer(server) };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  routes: ReadonlyMap<string, HttpRoute>,
  options: HttpReceiverOptions,
): Promise<void> {
  const path = pathOf(req);
  const route = routes.get(path);
  if (!route) {
    req.resume();
    return send(
      res,
      textProblem({ status: 404, message: `no receiver at ${path}: POST to ${[...routes.keys()].join(', ')}` }),
    );
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const refuse = (problem: HttpProblem): void => {
    req.resume();
    send(res, route.problem(problem, contentType));
  };
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return refuse({ status: 405, message: `${req.method ?? '?'} is not allowed on ${path}: use POST` });
  }
  const tenant = resolveTenant(options.tenancy, (name) => headerValue(req, name));
  if (!tenant.ok) {
    const unauthenticated = tenant.status === 'unauthenticated';
    if (unauthenticated) options.ingestor.count(route.receiver, ReceiverCounter.REQUESTS_UNAUTHENTICATED);
    if (unauthenticated) res.setHeader('www-authenticate', 'Bearer');
    return refuse({ status: unauthenticated ? 401 : 400, message: tenant.message });
  }
  const decoder = route.decoderFor(contentType);
  if (!decoder) {
    return refuse({
      status: 415,
      message: `content-type '${contentType}' is not supported on ${path}: send ${route.contentTypes.join(' or ')}`,
    });
  }
  let body: Buffer;
  try {
    body = await readBody(req, options.ingestor.limits.maxBodyBytes);
  } catch (error) {
    const problem = error instanceof BodyError ? error : new BodyError(400, String(error));
    if (problem.status === 413) {
      options.ingestor.count(route.receiver, ReceiverCounter.REQUESTS_TOO_LARGE);
      res.setHeader('connection', 'close');
    } else options.ingestor.count(route.receiver, ReceiverCounter.REQUESTS_MALFORMED);
    return send(res, route.problem({ status: problem.status, message: problem.message }, contentType));
  }
  const outcome = await options.ingestor.ingest(route.receiver, decoder, body, tenant.tenantId);
  send(res, answer(route, outcome, contentType));
}

function answer(route: HttpRoute, outcome: IngestOutcome, contentType: string): HttpAnswer {
  switch (outcome.kind) {
    case 'accepted':
      return route.success(outcome.accepted, outcome.rejected, contentType);
    case 'full':
      return route.problem({ status: 429, message: outcome.message, retryAfterMs: outcome.retryAfterMs }, contentType);
    case 'malformed':
      return route.problem({ status: 400, message: outcome.message }, contentType);
    case 'tooManySpans':
      return route.problem({ status: 413, message: outcome.message }, contentType);
    case 'failed':
      return route.problem({ status: 503, message: outcome.message, retryAfterMs: 1000 }, contentType);
  }
}

/** Answers 503 without reading the body, and closes the connection, when the endpoint is at its limit. */
function refuseOverCapacity(
  req: IncomingMessage,
  res: ServerResponse,
  routes: ReadonlyMap<string, HttpRoute>,
  options: HttpReceiverOptions,
): void {
  const route = routes.get(pathOf(req));
  const limit = options.ingestor.limits.maxConcurrentRequests;
  options.ingestor.count(route?.receiver ?? 'http', ReceiverCounter.REQUESTS_OVER_CAPACITY);
  const problem: HttpProblem = { status: 503, message: overCapacityMessage(limit), retryAfterMs: 1000 };
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  res.setHeader('connection', 'close');
  send(res, route ? route.problem(problem, contentType) : textProblem(problem));
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, answer: HttpAnswer): void {
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) });
  res.end(answer.body);
}
