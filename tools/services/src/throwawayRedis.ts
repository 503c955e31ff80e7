import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './freePort.js';
import { stopChild } from './processes.js';

/**
 * A private redis-server for one test: its own temporary folder and free loopback port, so a test can
 * stop and restart it (to see a pipeline go on without Redis and recover) without touching the shared
 * service. It keeps an append-only file (fsync on every write), so what it held survives a stop.
 */
export interface ThrowawayRedis {
  /** e.g. `redis://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** Starts the server (again, on the same data and port) and waits until it answers `PING`. */
  start(): Promise<void>;
  /** Stops it (SIGTERM, SIGKILL after 10 s) and waits for the exit. */
  stop(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

/** Whether a Redis server answers `PING` on `port` (a raw RESP exchange, no client library). */
function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
  });
}

/**
 * Prepares (does not start) a private Redis (Debian's redis-server, installed by `ht-services up redis`)
 * under a new temporary folder, on a free port.
 *
 * @example
 * ```ts
 * const redis = await throwawayRedis();
 * await redis.start();
 * await redis.stop();   // the entity store goes on without it
 * await redis.start();  // and registers again
 * await redis.destroy();
 * ```
 */
export async function throwawayRedis(): Promise<ThrowawayRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    await stopChild(running, 'SIGTERM', 10_000);
  };

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    async start() {
      if (child !== undefined) return;
      const log = openSync(join(dir, 'redis.log'), 'a');
      child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'yes',
          '--appendfsync',
          'always',
          '--dir',
          dir,
        ],
        { cwd: dir, stdio: ['ignore', log, log] },
      );
      closeSync(log);
      const started = child;
      for (let waited = 0; waited < 30_000; waited += 100) {
        if (started.exitCode !== null) throw new Error(`private redis-server exited (${started.exitCode}); see ${dir}`);
        if (await pong(port)) return;
        await sleep(100);
      }
      throw new Error(`private redis-server did not answer within 30 s; see ${dir}`);
    },
    stop,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
