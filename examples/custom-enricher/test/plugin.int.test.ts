import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EnricherChain, loadPlugins, MemoryEntityStore } from '@ht/enricher-sdk/host';
import { ManualClock, MemoryLogger, MemoryMetrics, traceBuilder } from '@ht/enricher-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The plugin as the pipeline sees it: its built module loaded from a plugins config, the enricher run
 * by the enricher chain (in a worker thread too, which imports the module itself).
 */
const EXAMPLE = join(import.meta.dirname, '..');
const WORKSPACE = join(EXAMPLE, '..', '..');

beforeAll(() => {
  execFileSync(join(WORKSPACE, 'node_modules', '.bin', 'tsc'), ['-b', EXAMPLE], { stdio: 'pipe' });
}, 120_000);

const pluginsConfig = (isolation: 'inProcess' | 'worker') => ({
  enrichers: [{ module: './dist/index.js', config: { header: 'x-plan', tiers: ['gold', 'silver'] }, isolation }],
  views: [{ module: './dist/index.js' }],
});

describe('the built plugin module', () => {
  it('loads from a plugins config: one enricher, its config validated, and the view', async () => {
    const plugins = await loadPlugins(pluginsConfig('inProcess'), { baseDir: EXAMPLE });
    expect(plugins.enrichers.map((e) => [e.definition.name, e.config])).toEqual([
      ['customer-tier', { header: 'x-plan', tiers: ['gold', 'silver'], defaultTier: 'free', unknownTier: 'other' }],
    ]);
    expect(plugins.views.map((v) => v.name)).toEqual(['customer_call_view']);
  });

  it('reports a bad config at load, naming the enricher', async () => {
    const config = { enrichers: [{ module: './dist/index.js', config: { tiers: 'gold' } }] };
    await expect(loadPlugins(config, { baseDir: EXAMPLE })).rejects.toThrow(/config of enricher 'customer-tier'/);
  });

  it.each(['inProcess', 'worker'] as const)(
    'enriches traces run %s, then feeds the view',
    async (isolation) => {
      const plugins = await loadPlugins(pluginsConfig(isolation), { baseDir: EXAMPLE });
      const services = {
        logger: new MemoryLogger(),
        metrics: new MemoryMetrics(),
        clock: new ManualClock(),
        entities: new MemoryEntityStore(),
      };
      const chain = new EnricherChain(plugins.enrichers, services);
      await chain.start();
      try {
        const trace = traceBuilder({ tenantId: 'acme' })
          .span('shop', 'GET /', { kind: 'SERVER', attributes: { 'http.request.header.x-plan': ['Gold'] } })
          .call('catalog', 'GET /items')
          .build();
        const enriched = await chain.enrich(trace);
        expect(enriched.enrichmentErrors).toEqual([]);
        const view = plugins.views[0]!;
        expect([...view.fromTrace(enriched)].map((r) => r['customer_tier'])).toEqual(['gold', 'gold']);
      } finally {
        await chain.close();
      }
    },
    30_000,
  );
});
