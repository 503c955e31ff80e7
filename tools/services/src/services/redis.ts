import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import { ensureDebPackages, isDebInstalled } from '../install.js';
import { startDaemon } from '../processes.js';
import { logFileOf, pidFileOf, type ServiceDefinition } from '../Service.js';

/** Debian's redis-server, loopback only, no persistence. */
export const redis: ServiceDefinition = {
  name: 'redis',
  description: "Redis (Debian's redis-server)",
  kind: 'daemon',
  startTimeoutMs: 20_000,
  ports: (config) => [{ port: config.redis.port, purpose: 'redis' }],
  async install() {
    ensureDebPackages(['redis-server']);
  },
  async start(ctx) {
    mkdirSync(ctx.runDir, { recursive: true });
    return startDaemon({
      command: 'redis-server',
      args: [
        '--port',
        String(ctx.config.redis.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        ctx.runDir,
      ],
      cwd: ctx.runDir,
      logFile: logFileOf(ctx.runDir),
      pidFile: pidFileOf(ctx.runDir),
    });
  },
  async healthy(ctx) {
    const client = new Redis({
      port: ctx.config.redis.port,
      host: '127.0.0.1',
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined); // the probe's rejection reports it
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } finally {
      client.disconnect();
    }
  },
  async version() {
    if (!isDebInstalled('redis-server')) return 'not installed';
    const out = execFileSync('redis-server', ['--version'], { encoding: 'utf8' });
    return `Redis ${/v=([\d.]+)/.exec(out)?.[1] ?? out.trim()}`;
  },
};
