import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from '@ht/enricher-sdk';
import { noopLogger } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core/errors';
import { renderMetricsText } from './MetricsText.js';
import type { MetricsText } from './MetricsText.js';
import { runReadinessChecks } from './ReadinessCheck.js';
import type { ReadinessCheck } from './ReadinessCheck.js';

/** The content type of `/metrics`: Prometheus text exposition, format 0.0.4. */
export const PROMETHEUS_TEXT_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/**
 * What {@link startOpsServer} serves.
 *
 * @example
 * ```ts
 * const options: OpsServerOptions = { port: 8099, metrics: [new PrometheusMetrics(), job.metrics] };
 * ```
 */
export interface OpsServerOptions {
  /** Interface to bind (default 127.0.0.1). */
  readonly host?: string;
  /** The port (docs/contracts.md: 8099 plus the port offset); 0 picks a free one. */
  readonly port: number;
  /** What `/metrics` shows, in order (each source owns its metric names). */
  readonly metrics?: readonly MetricsText[];
  /** What `/readyz` waits for: it answers 200 only when every check passes. */
  readonly readiness?: readonly ReadinessCheck[];
  /** How long one readiness check may take before it counts as failed (default 2000 ms). */
  readonly readinessTimeoutMs?: number;
  /** Where failures to render `/metrics` are logged (default: nowhere). */
  readonly logger?: Logger;
}

/**
 * A running ops server.
 *
 * @example
 * ```ts
 * const ops: RunningOpsServer = await startOpsServer({ port: 0 });
 * console.log(`metrics at ${ops.url}/metrics`);
 * await ops.close();
 * ```
 */
export interface RunningOpsServer {
  /** `http://host:port`, with the bound port. */
  readonly url: string;
  readonly port: number;
  /** Stops the server; resolves once it is closed. */
  close(): Promise<void>;
}

/**
 * Starts the ops server of docs/contracts.md (port 8099): `GET /healthz` answers 200 `ok` while the
 * process serves; `GET /readyz` 200 `{"ready":true,…}` when every readiness check passes, else 503 with
 * the same JSON naming each check, its outcome and why it failed; `GET /metrics` the Prometheus text of
 * every metrics source (`text/plain; version=0.0.4`); only when the process runs under `node --expose-gc`,
 * `GET /debug/heap` collects garbage and answers the heap used after it and the RSS (JSON, bytes: a
 * soak test's leak check). Other paths answer 404, other methods 405. A port
 * in use is an `HtError` (`CONFIG_INVALID`) naming it.
 *
 * @example
 * ```ts
 * const metrics = new PrometheusMetrics();
 * const ops = await startOpsServer({ port: 8099, metrics: [metrics, job.metrics], readiness: [new ReadinessFlag('pipeline started')] });
 * await ops.close();
 * ```
 */
export async function startOpsServer(options: OpsServerOptions): Promise<RunningOpsServer> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? noopLogger;
  const server = createServer((request, response) => {
    handle(request, response, options, logger).catch((error: unknown) => {
      logger.error({ err: error, path: request.url }, 'ops server: request failed');
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else response.destroy();
    });
  });
  const port = await listen(server, host, options.port);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: OpsServerOptions,
  logger: Logger,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://ops').pathname;
  const route = ROUTES[path];
  if (route === undefined) return send(response, 404, 'text/plain; charset=utf-8', `not found: ${path}\n`);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', `${path} answers GET only\n`);
  }
  await route(response, options, logger);
}

type Route = (response: ServerResponse, options: OpsServerOptions, logger: Logger) => Promise<void>;

const ROUTES: Readonly<Record<string, Route | undefined>> = {
  '/healthz': (response) => {
    send(response, 200, 'text/plain; charset=utf-8', 'ok\n');
    return Promise.resolve();
  },
  '/readyz': async (response, options) => {
    const checks = await runReadinessChecks(options.readiness ?? [], options.readinessTimeoutMs ?? 2000);
    const ready = checks.every((c) => c.ready);
    const failing = checks.filter((c) => !c.ready).map((c) => c.name);
    send(response, ready ? 200 : 503, 'application/json', `${JSON.stringify({ ready, failing, checks })}\n`);
  },
  // Only under `node --expose-gc` (tests, soak runs): the heap after a full collection, so its slope
  // over a long run shows a leak rather than garbage not collected yet.
  '/debug/heap': (response) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (typeof gc !== 'function') {
      send(response, 404, 'text/plain; charset=utf-8', 'not found: /debug/heap (start ht with node --expose-gc)\n');
      return Promise.resolve();
    }
    gc();
    const m = process.memoryUsage();
    const body = { heapUsedBytes: m.heapUsed, heapTotalBytes: m.heapTotal, externalBytes: m.external, rssBytes: m.rss };
    send(response, 200, 'application/json', `${JSON.stringify(body)}\n`);
    return Promise.resolve();
  },
  '/metrics': async (response, options, logger) => {
    try {
      send(response, 200, PROMETHEUS_TEXT_CONTENT_TYPE, await renderMetricsText(options.metrics ?? []));
    } catch (error) {
      logger.error({ err: error }, 'ops server: a metrics source failed');
      send(response, 500, 'text/plain; charset=utf-8', `metrics failed: ${String(error)}\n`);
    }
  },
};

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'the port is taken (stop what holds it, or move the ops port, e.g. with --port-offset)'
          : error.message;
      reject(
        new HtError('CONFIG_INVALID', `cannot start the ops server on ${host}:${port}: ${why}`, {
          cause: error,
          context: { host, port },
        }),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}
