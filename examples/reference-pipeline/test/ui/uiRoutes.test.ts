import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueryRouteContext } from '@ht/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiRoutes } from '../../src/ui/index.js';

// The routes alone on a plain server (the query server matches them the same way: method and path).
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ht-ui-routes-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'ht-ui-routes-secret.txt'), 'the-secret-content');
  // A trailing separator, as `uiAppDir()` gives it.
  const routes = uiRoutes({ distDir: `${dir}/`, runtimeConfig: () => ({ receivers: { otlpHttp: 'http://x' } }) });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes.find((r) =>
      typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname),
    );
    if (!route) {
      res.writeHead(418).end();
      return;
    }
    void route.handle(req, res, { url } as unknown as QueryRouteContext);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'ht-ui-routes-secret.txt'), { force: true });
});

describe('uiRoutes', () => {
  it('are public routes', () => {
    expect(uiRoutes({ distDir: dir, runtimeConfig: () => ({ receivers: {} }) }).every((r) => r.public)).toBe(true);
  });

  it('serves index.html at / and for the UI own paths, never cached', async () => {
    for (const path of ['/', '/services/cart', '/traces/abc?span=1']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>ui</title>');
    }
  });

  it('serves hashed assets with their type, cached for a year', async () => {
    const response = await fetch(`${base}/assets/index-abc.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file and never leaves the folder', async () => {
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    const escaped = await fetch(`${base}/..%2Fht-ui-routes-secret.txt`);
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('the-secret-content');
  });

  it('leaves /graphql and /api/ to the other routes', async () => {
    expect((await fetch(`${base}/graphql`)).status).toBe(418);
    expect((await fetch(`${base}/api/services`)).status).toBe(418);
  });

  it('serves the receivers at /ui-config.json', async () => {
    expect(await (await fetch(`${base}/ui-config.json`)).json()).toEqual({ receivers: { otlpHttp: 'http://x' } });
  });
});
