import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { QueryRouteContext } from '@ht/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../src/ui/contentEncoding.js';
import { uiRoutes } from '../../src/ui/index.js';

// The routes alone on a plain server (the query server matches them the same way: method and path).
let dir: string;
let server: Server;
let base: string;
const BIG = `export const words = ${JSON.stringify('lorem ipsum '.repeat(500))};`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ht-ui-routes-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  // Precompressed copies, as the UI's build writes them beside its text files.
  writeFileSync(join(dir, 'assets', 'big-abc.js'), BIG);
  writeFileSync(join(dir, 'assets', 'big-abc.js.br'), brotliCompressSync(BIG));
  writeFileSync(join(dir, 'assets', 'big-abc.js.gz'), gzipSync(BIG));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync('<!doctype html><title>ui</title>'));
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
    for (const path of [
      '/',
      '/services/cart',
      '/traces/abc?span=1',
      '/backends/api.mailer.example:443',
      '/endpoints/cart/GET%20%2Fcart%2F%7Bid%7D',
    ]) {
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

  it('sends the precompressed copy the request accepts, Brotli first, and says it varies by encoding', async () => {
    const asked = async (acceptEncoding: string) => {
      const response = await fetch(`${base}/assets/big-abc.js`, { headers: { 'accept-encoding': acceptEncoding } });
      return {
        encoding: response.headers.get('content-encoding'),
        vary: response.headers.get('vary'),
        length: Number(response.headers.get('content-length')),
        text: await response.text(),
      };
    };
    const br = await asked('gzip, deflate, br');
    expect(br).toMatchObject({ encoding: 'br', vary: 'accept-encoding', text: BIG });
    expect(br.length).toBeLessThan(BIG.length / 10);
    expect(await asked('gzip')).toMatchObject({ encoding: 'gzip', text: BIG });
    expect(await asked('identity')).toMatchObject({ encoding: null, length: BIG.length, text: BIG });
    // A file without copies goes as it is; index.html for the UI's paths has its gzip copy.
    const small = await fetch(`${base}/assets/index-abc.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    const page = await fetch(`${base}/services/cart`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>ui</title>');
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(acceptedEncodings('gzip, deflate, br').map((e) => e.encoding)).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.5').map((e) => e.encoding)).toEqual(['gzip']);
    expect(acceptedEncodings('*').map((e) => e.encoding)).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('answers 404 for a missing file and never leaves the folder', async () => {
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/favicon.ico`)).status).toBe(404);
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
