import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PLUGINS_MODULE_URL, builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { loadPlugins } from '@ht/enricher-sdk/host';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';

const EXAMPLE = fileURLToPath(new URL('../../ht.example.yaml', import.meta.url));
const DOCS = fileURLToPath(new URL('../../../../docs/configuration.md', import.meta.url));

describe('ht.example.yaml (the commented example of docs/configuration.md)', () => {
  it('loads', async () => {
    const config = await loadConfig(EXAMPLE, { env: {} });
    expect(config.store).toEqual({ type: 'duckdb', path: `${dirname(EXAMPLE)}/ht-data/ht.duckdb`, memoryLimit: '1GB' });
    expect(config.receivers.endpoints.jaegerAgentBinary).toBe(false);
    expect(config.grouper.gapMs).toBe(30_000);
    expect(config.retention).toBe(7 * 86_400_000);
  });

  it('is the complete example of docs/configuration.md, word for word', () => {
    const docs = readFileSync(DOCS, 'utf8');
    const block = docs.slice(docs.indexOf('## A complete example')).match(/```yaml\n([\s\S]*?)```/)?.[1];
    expect(block).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  it('enables the custom-enricher plugin and its view through config alone', async () => {
    const config = await loadConfig(EXAMPLE, { env: {} });
    const plugins = await loadPlugins(config.plugins, {
      baseDir: dirname(EXAMPLE),
      builtins: { enrichers: builtinEnrichers, views: builtinViews, moduleUrl: BUILTIN_PLUGINS_MODULE_URL },
    });
    const enrichers = plugins.enrichers.map((e) => e.definition.name);
    expect(enrichers).toContain('customer-tier');
    expect(enrichers).not.toContain('user-agent');
    expect(plugins.views.map((v) => v.name)).toContain('customer_call_view');
    expect(plugins.views.map((v) => v.name)).toContain('span_event_view');
    const tier = plugins.enrichers.find((e) => e.definition.name === 'customer-tier');
    expect(tier?.config).toMatchObject({ header: 'x-customer-tier', tiers: ['free', 'pro', 'enterprise'] });
  });
});
