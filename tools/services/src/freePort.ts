import { createServer } from 'node:net';

/**
 * A free TCP port on `host`, taken and released at once: for a child process the tests start with a
 * config of their own (a private ClickHouse, Jaeger v2), so it never binds a port of ours.
 *
 * @example
 * ```ts
 * const port = await freePort();
 * ```
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}
