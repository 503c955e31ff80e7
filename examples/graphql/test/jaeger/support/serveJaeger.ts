import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createJaegerHandler } from '../../../src/index.js';
import type { JaegerHandlerOptions, JaegerResponse } from '../../../src/index.js';

/** The Jaeger API on a free loopback port, answering 404 for other paths. */
export interface ServedJaeger {
  readonly url: string;
  /** GETs a path with headers; the status and the parsed body. */
  get<T = unknown>(
    path: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: JaegerResponse<T> }>;
  close(): Promise<void>;
}

/** Serves {@link createJaegerHandler} with `options` on a free port of 127.0.0.1. */
export async function serveJaeger(options: JaegerHandlerOptions): Promise<ServedJaeger> {
  const handler = createJaegerHandler(options);
  const server = createServer((req, res) => {
    void handler(req, res).then((answered) => {
      if (!answered) res.writeHead(404, { 'content-type': 'text/plain' }).end('not a Jaeger API path');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async get<T>(path: string, headers: Record<string, string> = {}) {
      const response = await fetch(`${url}${path}`, { headers });
      const text = await response.text();
      return {
        status: response.status,
        body: (text.startsWith('{') ? JSON.parse(text) : { text }) as JaegerResponse<T>,
      };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
