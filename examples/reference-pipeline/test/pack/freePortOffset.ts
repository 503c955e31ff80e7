import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { portTable } from '../../src/ports.js';

const HOST = '127.0.0.1';

function tcpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind(port, HOST, () => socket.close(() => resolve(true)));
  });
}

/**
 * The first of `candidates` whose every port of the pipeline (`portTable`: receivers, ops, UI) is free on
 * 127.0.0.1, for TCP and UDP (the Jaeger agent ports are UDP). Engineers and suites run in parallel on one
 * machine: each keeps to its own candidates, and this skips one that something else holds right now.
 *
 * @example
 * ```ts
 * const offset = await freePortOffset([1313, 1323, 1333]);
 * ```
 */
export async function freePortOffset(candidates: readonly number[]): Promise<number> {
  for (const offset of candidates) {
    let free = true;
    for (const { port } of portTable(offset)) {
      if (!(await tcpFree(port)) || !(await udpFree(port))) {
        free = false;
        break;
      }
    }
    if (free) return offset;
  }
  throw new Error(`no port offset of ${candidates.join(', ')} has all of the pipeline's ports free`);
}
