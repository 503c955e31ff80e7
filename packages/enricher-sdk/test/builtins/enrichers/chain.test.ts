import { describe, expect, it } from 'vitest';
import * as sdk from '../../../src/index.js';
import {
  BUILTIN_ENRICHERS_MODULE_URL,
  builtinEnrichers,
  EnricherChain,
  entityId,
  loadPlugins,
  Normalized,
  RESOURCE_ATTR_PREFIX,
  ServiceAttr,
  spanToJson,
} from '../../../src/index.js';
import type { Trace } from '../../../src/index.js';
import { MemoryEntityStore } from '../../../src/index.js';
import { CASES } from './fixtures/index.js';

const DIST_MODULE = new URL('../../../dist/builtins/enrichers/module.js', import.meta.url).href;

/** Every key the catalogue names: the values of the `…Attr` groups and of `Normalized`. */
function catalogueKeys(): Set<string> {
  const groups = ['SpanAttr', 'ServiceAttr', 'ApiAttr', 'ErrorAttr', 'BackendAttr', 'HttpAttr', 'GrpcAttr'];
  groups.push('UserAgentAttr', 'SpaceAttr', 'TraceAttr');
  const keys = new Set<string>(Object.values(Normalized));
  for (const g of groups) for (const v of Object.values(sdk[g as keyof typeof sdk] as object)) keys.add(String(v));
  return keys;
}

function clientData(trace: Trace): unknown {
  return trace.spans.map((s) => ({ ...spanToJson(s), enriched: undefined }));
}

async function runAll(traces: Trace[], isolation?: { name: string; isolation: 'worker' }): Promise<void> {
  const builtins = { enrichers: builtinEnrichers, views: [], moduleUrl: DIST_MODULE };
  const plugins = await loadPlugins({ enrichers: isolation ? [isolation] : [] }, { builtins });
  const chain = new EnricherChain(plugins.enrichers, { entities: new MemoryEntityStore() });
  await chain.start();
  try {
    for (const trace of traces) await chain.enrich(trace);
  } finally {
    await chain.close();
  }
}

describe('the built-in chain', () => {
  it('loads in the default order, every dependency declared among the built-ins', async () => {
    const plugins = await loadPlugins({}, { builtins: { enrichers: builtinEnrichers, views: [] } });
    expect(plugins.enrichers.map((e) => e.definition.name)).toEqual(builtinEnrichers.map((e) => e.name));
    const names = new Set(builtinEnrichers.map((e) => e.name));
    for (const e of builtinEnrichers) for (const d of e.dependsOn) expect(names.has(d), `${e.name} -> ${d}`).toBe(true);
    expect(BUILTIN_ENRICHERS_MODULE_URL).toMatch(/builtins\/enrichers\/module\.js$/);
  });

  for (const [name, build] of Object.entries(CASES)) {
    it(`${name}: records no error, leaves client data alone, writes only catalogued keys`, async () => {
      const traces = build();
      const before = traces.map(clientData);
      await runAll(traces);
      const known = catalogueKeys();
      for (const [t, trace] of traces.entries()) {
        expect(trace.enrichmentErrors).toEqual([]);
        expect(clientData(trace)).toEqual(before[t]);
        const keys = [...trace.enriched.keys(), ...trace.spans.flatMap((s) => [...s.enriched.keys()])];
        const unknown = keys.filter(
          (k) => !known.has(k) && !k.startsWith(RESOURCE_ATTR_PREFIX) && !k.startsWith(sdk.HttpAttr.QUERY_PARAM_PREFIX),
        );
        expect(unknown).toEqual([]);
        expect(trace.spans.every((s) => s.enriched.has(sdk.SpanAttr.TYPE))).toBe(true);
      }
    });
  }

  it('gives each service the entity store id of its identity', async () => {
    const traces = CASES['http-checkout']!();
    await runAll(traces);
    const frontend = traces[0]!.spans[0]!;
    expect(frontend.enriched.string(ServiceAttr.ID)).toBe(entityId('default', 'SERVICE', 'shop/frontend@prod'));
    expect(traces[0]!.entities.map((e) => e.id)).toContain(frontend.enriched.string(ServiceAttr.ID));
  });

  it('runs a built-in in a worker with the same result as in process', async () => {
    const inProcess = CASES['browser-user-agents']!();
    const inWorker = CASES['browser-user-agents']!();
    await runAll(inProcess);
    await runAll(inWorker, { name: 'user-agent', isolation: 'worker' });
    expect(inWorker.flatMap((t) => t.enrichmentErrors)).toEqual([]);
    const enriched = (ts: Trace[]) => ts.map((t) => t.spans.map((s) => s.enriched.toObject()));
    expect(enriched(inWorker)).toEqual(enriched(inProcess));
    expect(inWorker[0]!.spans[0]!.enriched.string(sdk.UserAgentAttr.DEVICE)).toBe('mobile');
  });
});
