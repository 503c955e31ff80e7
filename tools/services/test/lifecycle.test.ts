import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadServicesConfig, status, up } from '../src/index.js';
import type { ServiceDefinition } from '../src/Service.js';

const servers: Server[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function holdPort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

function fakeDaemon(port: number, started: string[]): ServiceDefinition {
  return {
    name: 'fake',
    description: 'a fake daemon',
    kind: 'daemon',
    startTimeoutMs: 1000,
    ports: () => [{ port, purpose: 'fake HTTP' }],
    install: async () => undefined,
    start: async () => {
      started.push('fake');
      return process.pid;
    },
    healthy: async () => true,
    version: async () => 'fake 1.0',
  };
}

describe('services lifecycle', () => {
  it('refuses to start on a taken port, naming the port and the process holding it', async () => {
    const port = await holdPort();
    const cache = mkdtempSync(join(tmpdir(), 'ht-cache-'));
    dirs.push(cache);
    const started: string[] = [];
    const config = loadServicesConfig({ HT_CACHE: cache });
    await expect(up(config, [fakeDaemon(port, started)])).rejects.toThrow(
      new RegExp(
        `cannot start fake: port ${port} \\(fake HTTP\\) is already taken by (node|MainThread) \\(pid ${process.pid}\\)`,
      ),
    );
    expect(started).toEqual([]);
  });

  it('reports a daemon that was never started as stopped', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'ht-cache-'));
    dirs.push(cache);
    const config = loadServicesConfig({ HT_CACHE: cache });
    const [row] = await status(config, [fakeDaemon(1, [])]);
    expect(row).toMatchObject({ name: 'fake', state: 'stopped', pid: undefined, version: 'fake 1.0', ports: [1] });
  });
});
