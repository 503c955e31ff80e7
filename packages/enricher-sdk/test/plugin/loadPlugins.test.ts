import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHtError } from '@ht/stream-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEnricher, defineView } from '../../src/index.js';
import { loadPlugins, resolvePluginModule } from '../../src/host/index.js';
import type { BuiltinPlugins } from '../../src/host/index.js';

const PLUGINS = fileURLToPath(new URL('../fixtures/plugins/', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));

const builtins: BuiltinPlugins = {
  enrichers: [
    defineEnricher({ name: 'service', version: '1', enrichTrace: () => undefined }),
    defineEnricher({ name: 'api', version: '1', dependsOn: ['service'], enrichTrace: () => undefined }),
    defineEnricher({
      name: 'ua',
      version: '1',
      config: z.object({ maxLength: z.number().int().positive().default(512) }),
      enrichSpan: () => undefined,
    }),
  ],
  views: ['a_view', 'b_view'].map((name) =>
    defineView({
      name,
      version: '1',
      columns: { tenant_id: { type: 'string' }, id: { type: 'string' } },
      key: ['tenant_id', 'id'],
      fromTrace: () => [],
    }),
  ),
};

async function loadError(config: unknown, baseDir = PLUGINS): Promise<string> {
  try {
    await loadPlugins(config, { builtins, baseDir });
  } catch (err) {
    expect(isHtError(err, 'CONFIG_INVALID')).toBe(true);
    return (err as Error).message;
  }
  throw new Error('expected a CONFIG_INVALID error');
}

describe('loadPlugins: built-ins', () => {
  it('enables every built-in by default, ordered by dependencies, with default config', async () => {
    const loaded = await loadPlugins(undefined, { builtins });
    expect(loaded.enrichers.map((e) => e.definition.name)).toEqual(['service', 'api', 'ua']);
    expect(loaded.enrichers.find((e) => e.definition.name === 'ua')?.config).toEqual({ maxLength: 512 });
    expect(loaded.enrichers.every((e) => e.isolation === 'inProcess' && e.timeoutMs === 1000)).toBe(true);
    expect(loaded.views.map((v) => v.name)).toEqual(['a_view', 'b_view']);
  });

  it('disables, configures and reorders built-ins', async () => {
    const loaded = await loadPlugins(
      {
        order: ['ua'],
        defaults: { timeoutMs: 50 },
        enrichers: [{ name: 'ua', config: { maxLength: 64 }, timeoutMs: 10 }],
        views: [{ name: 'a_view', enabled: false }],
      },
      { builtins },
    );
    expect(loaded.enrichers.map((e) => [e.definition.name, e.timeoutMs])).toEqual([
      ['ua', 10],
      ['service', 50],
      ['api', 50],
    ]);
    expect(loaded.enrichers[0]?.config).toEqual({ maxLength: 64 });
    expect(loaded.views.map((v) => v.name)).toEqual(['b_view']);
  });

  it('runs only the listed built-ins with builtins: none', async () => {
    const loaded = await loadPlugins(
      { builtins: 'none', enrichers: [{ name: 'ua' }], views: [{ name: 'b_view' }] },
      { builtins },
    );
    expect(loaded.enrichers.map((e) => e.definition.name)).toEqual(['ua']);
    expect(loaded.views.map((v) => v.name)).toEqual(['b_view']);
  });

  it('fails when disabling a built-in that another needs, naming both', async () => {
    const message = await loadError({ enrichers: [{ name: 'service', enabled: false }] });
    expect(message).toContain("'api' depends on 'service'");
  });
});

describe('loadPlugins: plugin modules', () => {
  it('loads a plugin by path, validates its config and records its source for workers', async () => {
    const loaded = await loadPlugins(
      { enrichers: [{ module: './tier.mjs', config: { premium: ['acme'] }, isolation: 'worker' }] },
      { builtins, baseDir: PLUGINS },
    );
    const tier = loaded.enrichers.find((e) => e.definition.name === 'tenant-tier');
    expect(tier?.config).toEqual({ premium: ['acme'], label: 'tier' });
    expect(tier?.isolation).toBe('worker');
    expect(tier?.source?.moduleUrl).toMatch(/fixtures\/plugins\/tier\.mjs$/);
    expect(loaded.enrichers.map((e) => e.definition.name)).toEqual(['service', 'api', 'ua', 'tenant-tier']);
  });

  it('loads every plugin of a multi-plugin module, ordered by their dependencies', async () => {
    const loaded = await loadPlugins(
      {
        builtins: 'none',
        order: ['size-label'],
        enrichers: [{ module: './multi.mjs' }],
        views: [{ module: './multi.mjs' }],
      },
      { builtins, baseDir: PLUGINS },
    );
    expect(loaded.enrichers.map((e) => e.definition.name)).toEqual(['span-count', 'size-label']);
    expect(loaded.views.map((v) => v.name)).toEqual(['span_name_view']);
    const picked = await loadPlugins(
      { builtins: 'none', enrichers: [{ module: './multi.mjs', name: 'span-count' }] },
      { builtins, baseDir: PLUGINS },
    );
    expect(picked.enrichers.map((e) => e.definition.name)).toEqual(['span-count']);
  });

  it('reports every problem of a config at once', async () => {
    const message = await loadError({
      order: ['nope'],
      enrichers: [
        { module: './tier.mjs', config: { premium: 'acme' } },
        { module: './not-a-plugin.mjs' },
        { module: './broken.mjs' },
        { module: './no-default.mjs' },
        { module: './missing.mjs' },
        { module: 'ht-no-such-package' },
        { module: './multi.mjs', config: { x: 1 } },
        { name: 'geo' },
        { name: 'ua', config: { maxLength: -1 } },
      ],
    });
    for (const part of [
      "config of enricher 'tenant-tier' is invalid",
      'premium',
      "plugin module './not-a-plugin.mjs' is not an enricher or view",
      "plugin module './broken.mjs' failed to load: this plugin fails while loading",
      "plugin module './no-default.mjs' has no default export",
      "cannot find plugin module './missing.mjs'",
      "cannot find plugin module 'ht-no-such-package'",
      'npm install ht-no-such-package',
      "exports several enrichers (span-count, size-label): add 'name'",
      "unknown built-in enricher 'geo' (built-ins: service, api, ua)",
      "config of enricher 'ua' is invalid",
      "order names 'nope', which no built-in or loaded enricher has",
    ]) {
      expect(message).toContain(part);
    }
  });

  it('refuses worker isolation for enrichers not loaded from a module, and malformed config', async () => {
    expect(await loadError({ defaults: { isolation: 'worker' } })).toContain(
      "enricher 'service' cannot run in a worker",
    );
    const message = await loadError({ enrichers: [{ enabled: true }], extra: 1 });
    expect(message).toContain('invalid plugins config');
    expect(message).toContain('an entry needs a name');
    expect(message).toContain('extra');
  });
});

describe('loadPlugins: views', () => {
  it('gives every view its isolation and time limit: its entry, else the defaults', async () => {
    const loaded = await loadPlugins(
      {
        defaults: { timeoutMs: 50 },
        views: [
          { name: 'a_view', timeoutMs: 10 },
          { module: './multi.mjs', isolation: 'worker' },
        ],
      },
      { builtins, baseDir: PLUGINS },
    );
    expect(loaded.loadedViews.map((v) => [v.definition.name, v.isolation, v.timeoutMs])).toEqual([
      ['a_view', 'inProcess', 10],
      ['b_view', 'inProcess', 50],
      ['span_name_view', 'worker', 50],
    ]);
    expect(loaded.loadedViews[2]?.source).toEqual({
      moduleUrl: expect.stringMatching(/fixtures\/plugins\/multi\.mjs$/) as unknown,
      name: 'span_name_view',
    });
    expect(loaded.loadedViews[0]?.source).toBeUndefined();
    // The definitions, in the same order, for stores to make tables from.
    expect(loaded.views).toEqual(loaded.loadedViews.map((v) => v.definition));
  });

  it('runs built-in views in a worker from the built-ins module, and each view at 1000 ms in process by default', async () => {
    const withModule = { ...builtins, moduleUrl: 'file:///built-ins.js' };
    const loaded = await loadPlugins({ views: [{ name: 'b_view', isolation: 'worker' }] }, { builtins: withModule });
    expect(loaded.loadedViews.map((v) => [v.definition.name, v.isolation, v.timeoutMs, v.source?.moduleUrl])).toEqual([
      ['a_view', 'inProcess', 1000, 'file:///built-ins.js'],
      ['b_view', 'worker', 1000, 'file:///built-ins.js'],
    ]);
  });

  it('rejects a malformed view entry, naming each field', async () => {
    const message = await loadError({ views: [{ name: 'a_view', isolation: 'thread', timeoutMs: 0, config: {} }] });
    expect(message).toContain('invalid plugins config');
    for (const part of ['views[0].isolation', 'views[0].timeoutMs', '"config"', 'inProcess', 'worker']) {
      expect(message).toContain(part);
    }
    expect(await loadError({ views: [{ timeoutMs: 100 }] })).toContain('an entry needs a name');
  });

  it('refuses worker isolation for views not loaded from a module', async () => {
    const message = await loadError({ views: [{ name: 'a_view', isolation: 'worker' }] });
    expect(message).toContain("view 'a_view' cannot run in a worker: it was not loaded from a module");
    expect(message).not.toContain("'b_view'");
  });
});

describe('loadPlugins: npm package names', () => {
  let project: string;

  beforeAll(() => {
    // A user project with an installed plugin package that only has an `import` export condition.
    project = mkdtempSync(join(tmpdir(), 'ht-plugin-project-'));
    const modules = join(project, 'node_modules');
    mkdirSync(join(modules, '@ht'), { recursive: true });
    symlinkSync(PACKAGE, join(modules, '@ht', 'enricher-sdk'), 'dir');
    symlinkSync(realpathSync(join(PACKAGE, 'node_modules', 'zod')), join(modules, 'zod'), 'dir');
    const pkg = join(modules, '@acme', 'ht-geo');
    mkdirSync(join(pkg, 'lib'), { recursive: true });
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({
        name: '@acme/ht-geo',
        type: 'module',
        exports: { '.': { types: './lib/index.d.ts', import: './lib/index.js' } },
      }),
    );
    writeFileSync(
      join(pkg, 'lib', 'index.js'),
      `import { defineEnricher } from '@ht/enricher-sdk';
       export default defineEnricher({ name: 'geo', version: '0.1.0', enrichSpan(span) { span.enriched.set('ht.geo', 'x'); } });`,
    );
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('resolves an ESM-only package from the project folder and loads it', async () => {
    expect(resolvePluginModule('@acme/ht-geo', join(project, 'config'))).toMatch(/@acme\/ht-geo\/lib\/index\.js$/);
    const loaded = await loadPlugins(
      { builtins: 'none', enrichers: [{ module: '@acme/ht-geo' }] },
      { baseDir: project },
    );
    expect(loaded.enrichers.map((e) => e.definition.name)).toEqual(['geo']);
    expect(loaded.enrichers[0]?.source?.moduleUrl).toMatch(/^file:.*ht-geo\/lib\/index\.js$/);
  });
});
