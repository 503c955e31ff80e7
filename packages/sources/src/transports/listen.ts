import type { Server } from 'node:http';
import type { Server as NetServer } from 'node:net';
import { HtError } from '@ht/stream-core';

/**
 * Where a receiver listens.
 *
 * @example
 * ```ts
 * const url = `http://${address.host}:${address.port}/v1/traces`;
 * ```
 */
export interface ReceiverAddress {
  readonly host: string;
  readonly port: number;
}

/**
 * Starts `server` listening and resolves with the bound address (the real port when `port` is 0); rejects
 * with an actionable message when the port is taken.
 *
 * @example
 * ```ts
 * const { port } = await listen(server, '127.0.0.1', 0);
 * ```
 */
export function listen(server: NetServer, host: string, port: number): Promise<ReceiverAddress> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(
        new HtError(
          'CONFIG_INVALID',
          error.code === 'EADDRINUSE'
            ? `cannot listen on ${host}:${port}: the port is taken (stop what holds it or configure another port)`
            : `cannot listen on ${host}:${port}: ${error.message}`,
          { cause: error, context: { host, port } },
        ),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve({ host, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

/**
 * Stops accepting connections, closes idle keep-alive ones, and resolves once the server is closed.
 *
 * @example
 * ```ts
 * await closeServer(server);
 * ```
 */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
