import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import { filesIn, installNpmProject, npmEnv, pack, publishProblems, runIn, unpack, WORKSPACE } from '@ht/pack-testing';
import { count, createDuckDbStore, eq } from '@ht/sinks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portsWithOffset } from '../src/ports.js';
import { descendantsMatching } from './pack/childProcesses.js';
import { freePortOffset } from './support/freePorts.js';

/*
 * `npm install @ht/reference-pipeline` outside this repository: pack it and the @ht packages it depends on
 * with `pnpm pack` (@ht/ui's `prepack` builds the UI into its dist/app, a no-op when it is current), install
 * the tarballs with plain npm into an empty folder under the OS temp folder (third-party packages from
 * npm's cache, `--prefer-offline`), and run `npx ht` there: it serves the UI.
 */
const PACKAGES = [
  'packages/stream-core',
  'packages/enricher-sdk',
  'packages/sources',
  'packages/sinks',
  'examples/graphql',
  'examples/ui',
  'examples/reference-pipeline',
] as const;
const PIPELINE = 'examples/reference-pipeline';

let root = '';
const tarballs = new Map<string, string>();

beforeAll(() => {
  // Pack what the sources say: bring every dist/ up to date first (a no-op when it is).
  execFileSync(join(WORKSPACE, 'node_modules', '.bin', 'tsc'), ['-b', join(WORKSPACE, PIPELINE)], { stdio: 'pipe' });
  root = mkdtempSync(join(tmpdir(), 'ht-pipeline-install-'));
  mkdirSync(join(root, 'tarballs'));
  for (const dir of PACKAGES) tarballs.set(dir, pack(dir, join(root, 'tarballs')));
}, 300_000);

afterAll(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

describe('the published packages', () => {
  it.each(PACKAGES)(
    '%s packs with dist, README and LICENSE, depends on all it imports, nothing workspace-only',
    (dir) => {
      expect(publishProblems(unpack(tarballs.get(dir)!, join(root, 'unpacked', dir)))).toEqual([]);
    },
  );

  it('@ht/reference-pipeline is public, with an executable `ht` bin and caret ranges of the @ht packages', () => {
    const unpacked = join(root, 'unpacked', PIPELINE, 'package');
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as {
      private?: boolean;
      bin?: Record<string, string>;
      engines?: Record<string, string>;
      license?: string;
      dependencies?: Record<string, string>;
    };
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ ht: './dist/cli.js' });
    expect(manifest.engines?.['node']).toMatch(/^>=\d/);
    expect(manifest.license).toBe('Apache-2.0');
    expect(readFileSync(join(unpacked, 'dist', 'cli.js'), 'utf8').split('\n')[0]).toBe(
      '#!/usr/bin/env -S node --max-semi-space-size=32',
    );
    // The mode as the tarball records it (npm keeps it; a bin without x would not start from a shell).
    const listing = execFileSync('tar', ['-tvzf', tarballs.get(PIPELINE)!], { encoding: 'utf8' });
    expect(listing).toMatch(/^-rwxr-xr-x .* package\/dist\/cli\.js$/m);
    for (const dir of PACKAGES.filter((d) => d !== PIPELINE)) {
      const { name, version } = JSON.parse(readFileSync(join(WORKSPACE, dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
      };
      expect(manifest.dependencies?.[name], name).toBe(`^${version}`);
    }
  });
});

describe('the UI in the published packages', () => {
  it('@ht/ui is public and carries its build (index.html, hashed assets) with no runtime dependency', () => {
    const unpacked = unpack(tarballs.get('examples/ui')!, join(root, 'unpacked', 'examples/ui'));
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as {
      private?: boolean;
      dependencies?: Record<string, string>;
    };
    expect(manifest.private).toBeUndefined();
    // React, the router, uPlot, React Flow … are bundled into dist/app by Vite.
    expect(manifest.dependencies ?? {}).toEqual({});
    const files = filesIn(unpacked);
    expect(files).toContain('dist/app/index.html');
    expect(files.filter((f) => /^dist\/app\/assets\/.+\.js$/.test(f)).length).toBeGreaterThan(0);
    // The precompressed copies `ht` sends to browsers that take them.
    expect(files.filter((f) => /^dist\/app\/assets\/.+\.js\.br$/.test(f)).length).toBeGreaterThan(0);
  });
});

describe('npm install of the tarballs into an empty folder, then npx ht', () => {
  let app = '';
  let ht: ChildProcess | undefined;

  beforeAll(() => {
    app = join(root, 'app');
    mkdirSync(app);
    // Only the tarballs: what @ht/reference-pipeline needs from the registry comes with it.
    installNpmProject(app, { name: 'ht-pipeline-user', tarballs: [...tarballs.values()] });
  }, 180_000);

  afterAll(() => {
    // A failed test may leave `npx ht demo` running: stop its process group (it was spawned detached).
    if (ht?.pid !== undefined && ht.exitCode === null && ht.signalCode === null) process.kill(-ht.pid, 'SIGKILL');
  });

  it('lives outside the workspace and takes every @ht package from its tarball', () => {
    expect(relative(WORKSPACE, app).startsWith('..')).toBe(true);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string }>;
    };
    for (const name of ['stream-core', 'enricher-sdk', 'sources', 'sinks', 'graphql', 'ui', 'reference-pipeline']) {
      expect(lock.packages[`node_modules/@ht/${name}`]?.resolved, name).toMatch(
        new RegExp(`^file:.*ht-${name}-.*\\.tgz$`),
      );
    }
    // One copy of each: nothing nested would come from the registry.
    const nested = Object.keys(lock.packages).filter((p) => /node_modules\/.+\/node_modules\/@ht\//.test(p));
    expect(nested).toEqual([]);
  });

  it('npx ht --help and npx ht demo --help answer', () => {
    expect(runIn(app, 'npx', ['ht', '--help'])).toContain('Usage: ht <command> [options]');
    expect(runIn(app, 'npx', ['ht', 'demo', '--help'])).toContain('--no-traffic');
  }, 30_000);

  it('npx ht demo --no-traffic serves, stores what it receives, and stops on SIGTERM with exit 0', async () => {
    const offset = await freePortOffset([1313, 1323, 1333, 1343, 1353, 1363, 1373, 1383, 1393]);
    const ports = portsWithOffset(offset);
    const dataDir = join(root, 'demo-data');
    const args = ['ht', 'demo', '--no-traffic', '--port-offset', String(offset), '--data-dir', dataDir];
    // Its own process group, so the afterAll can stop npm and ht together if the test fails.
    const child = spawn('npx', args, { cwd: app, env: npmEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    ht = child;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );

    const deadline = Date.now() + 60_000;
    while (!output.includes('the @ht pipeline is running')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`ht demo did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(output).toContain(`http://127.0.0.1:${ports.zipkin}/api/v2/spans`);
    const ready = await fetch(`http://127.0.0.1:${ports.ops}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });

    // The UI, from the installed @ht/ui: its index.html at / and the JavaScript it loads.
    expect(output).toContain(`http://127.0.0.1:${ports.ui}/`);
    const installedUi = join(app, 'node_modules', '@ht', 'ui', 'dist', 'app');
    const index = await fetch(`http://127.0.0.1:${ports.ui}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await index.text();
    expect(html).toBe(readFileSync(join(installedUi, 'index.html'), 'utf8'));
    const script = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, html).toBeDefined();
    const asset = await fetch(`http://127.0.0.1:${ports.ui}${script!}`, { headers: { 'accept-encoding': 'identity' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toBe(readFileSync(join(installedUi, script!), 'utf8'));

    // One span through the installed pipeline's Zipkin receiver.
    const now = Date.now() * 1000;
    const span = {
      traceId: '5af7183fb1d4cf5f5af7183fb1d4cf5f',
      id: '6b221d5bc9e6496c',
      name: 'get /installed',
      kind: 'SERVER',
      timestamp: now - 2000,
      duration: 1500,
      localEndpoint: { serviceName: 'pack-install-check' },
    };
    const sent = await fetch(`http://127.0.0.1:${ports.zipkin}/api/v2/spans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([span]),
    });
    expect(sent.status).toBeLessThan(300);

    // SIGTERM to ht itself, as a process manager would send it; npm passes ht's exit status on.
    const [htPid, ...others] = descendantsMatching(child.pid!, /reference-pipeline\/dist\/cli\.js|\.bin\/ht\b/);
    expect(others).toEqual([]);
    process.kill(htPid!, 'SIGTERM');
    expect(await exited, output).toEqual({ code: 0, signal: null });
    expect(output).toContain('draining what was accepted into the store');

    const file = join(dataDir, 'ht.duckdb');
    expect(existsSync(file)).toBe(true);
    const store = await createDuckDbStore({ path: file, threads: 1 });
    try {
      await store.ensureTables(builtinViews);
      const rows = await store.query({
        view: 'span_event_view',
        tenantId: 'default',
        select: [count('n')],
        where: [eq('service_name', 'pack-install-check')],
      });
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await store.close();
    }
  }, 90_000);
});
