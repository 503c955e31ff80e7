import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileConsumer, createConsumerProject, runConsumer } from './pack/consumerProject.js';
import { pack, publishProblems, unpack, WORKSPACE } from '@ht/pack-testing';

/*
 * `npm install @ht/enricher-sdk` outside this repository: pack the SDK and what it depends on with
 * `pnpm pack`, install the tarballs with plain npm into a fresh project under the OS temp folder,
 * compile a small enricher and view against the published types, and run them through the testing kit.
 */
const PACKAGES = ['packages/stream-core', 'packages/enricher-sdk'] as const;

let root = '';
const tarballs = new Map<string, string>();

beforeAll(() => {
  // Pack what the sources say: bring dist/ of both packages up to date first (a no-op when it is).
  execFileSync(join(WORKSPACE, 'node_modules', '.bin', 'tsc'), ['-b', join(WORKSPACE, 'packages/enricher-sdk')], {
    stdio: 'pipe',
  });
  root = mkdtempSync(join(tmpdir(), 'ht-sdk-install-'));
  mkdirSync(join(root, 'tarballs'));
  for (const dir of PACKAGES) tarballs.set(dir, pack(dir, join(root, 'tarballs')));
}, 120_000);

afterAll(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

describe('the published packages', () => {
  it.each(PACKAGES)('%s packs with dist, types, README and LICENSE, and nothing workspace-only', (dir) => {
    const unpacked = unpack(tarballs.get(dir)!, join(root, 'unpacked', dir));
    expect(publishProblems(unpacked)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    if (dir === 'packages/enricher-sdk') {
      // pnpm pack turns `workspace:^` into a caret range of the version in the workspace.
      const core = JSON.parse(readFileSync(join(WORKSPACE, 'packages/stream-core/package.json'), 'utf8')) as {
        version: string;
      };
      expect(manifest.dependencies?.['@ht/stream-core']).toBe(`^${core.version}`);
    }
  });
});

describe('npm install of the tarballs into a fresh project', () => {
  let app = '';

  beforeAll(() => {
    app = join(root, 'app');
    mkdirSync(app);
    createConsumerProject(app, [...tarballs.values()]);
  }, 180_000);

  it('lives outside the workspace and resolves @ht/stream-core to the packed tarball', () => {
    expect(relative(WORKSPACE, app).startsWith('..')).toBe(true);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string }>;
    };
    expect(lock.packages['node_modules/@ht/stream-core']?.resolved).toMatch(/^file:.*ht-stream-core-.*\.tgz$/);
    expect(lock.packages['node_modules/@ht/enricher-sdk']?.resolved).toMatch(/^file:.*ht-enricher-sdk-.*\.tgz$/);
    // No second copy of the engine nested under the SDK (it would come from the registry).
    expect(existsSync(join(app, 'node_modules/@ht/enricher-sdk/node_modules/@ht/stream-core'))).toBe(false);
  });

  it('compiles an enricher and a view with tsc (strict, NodeNext, library types checked)', () => {
    compileConsumer(app);
    expect(existsSync(join(app, 'dist', 'customerTier.js'))).toBe(true);
    expect(existsSync(join(app, 'dist', 'typeChecks.js'))).toBe(true);
  }, 120_000);

  it('runs them through @ht/enricher-sdk/testing, and the ./host, ./builtins and errors subpaths resolve', () => {
    const output = runConsumer(app) as {
      errors: unknown[];
      rows: { trace_id: string; service_name: string; customer_tier: string; start_time: number }[];
      entryPoints: Record<string, unknown>;
    };
    expect(output.errors).toEqual([]);
    expect(output.rows.map((r) => [r.trace_id.slice(0, 4), r.service_name, r.customer_tier])).toEqual([
      ['4bf9', 'frontend', 'gold'],
      ['4bf9', 'cart', 'trial'],
      ['0af7', 'frontend', 'trial'],
    ]);
    // 2024-01-01T00:00:00Z in microseconds: the traceBuilder's default start.
    expect(output.rows[0]?.start_time).toBe(Date.UTC(2024, 0, 1) * 1000);
    // ./host and ./builtins resolve; the SDK's HtError is the engine's (@ht/stream-core/errors).
    expect(output.entryPoints).toEqual({
      oneHtError: true,
      builtinEnrichers: 18,
      builtinViews: 8,
      host: ['function', 'function'],
    });
  }, 60_000);
});
