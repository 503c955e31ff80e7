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
 * Whether every port of the pipeline at `offset` (`portTable`: receivers, ops, UI) can be bound on
 * 127.0.0.1 right now, over TCP and over UDP (the Jaeger agent ports are UDP).
 *
 * @example
 * ```ts
 * if (await portsFreeAt(1100)) console.log('ht demo --port-offset 1100 can start');
 * ```
 */
export async function portsFreeAt(offset: number): Promise<boolean> {
  for (const { port } of portTable(offset)) {
    if (!(await tcpFree(port)) || !(await udpFree(port))) return false;
  }
  return true;
}

/**
 * The first of `candidates` whose every port of the pipeline is free ({@link portsFreeAt}). Engineers and
 * suites run in parallel on one machine: each keeps to its own candidates, and this skips one that
 * something else holds right now.
 *
 * @example
 * ```ts
 * const offset = await freePortOffset([1313, 1323, 1333]);
 * ```
 */
export async function freePortOffset(candidates: readonly number[]): Promise<number> {
  for (const offset of candidates) if (await portsFreeAt(offset)) return offset;
  throw new Error(`no port offset of ${candidates.join(', ')} has all of the pipeline's ports free`);
}
