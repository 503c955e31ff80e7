import { connect } from 'node:net';

/**
 * Whether something accepts TCP connections on `port` of `host` now (a connection is opened and closed):
 * how a test or bench waits for a child process's server to listen.
 *
 * @example
 * ```ts
 * while (!(await portListening(port))) await new Promise((r) => setTimeout(r, 100));
 * ```
 */
export function portListening(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
