import { describe, expect, it } from 'vitest';
import * as sdk from '../../../src/index.js';
import { entityId, Normalized, RESOURCE_ATTR_PREFIX, ServiceAttr, spanToJson } from '../../../src/index.js';
import { EnricherChain, loadPlugins } from '../../../src/host/index.js';
import { BUILTIN_PLUGINS_MODULE_URL, builtinEnrichers } from '../../../src/builtins/index.js';
import { createResource, createSpan, createTrace } from '../../../src/index.js';
import type { Resource, SpanKind, Trace } from '../../../src/index.js';
import { MemoryEntityStore } from '../../../src/host/index.js';
import { CASES } from './fixtures/index.js';

const DIST_MODULE = new URL('../../../dist/builtins/module.js', import.meta.url).href;

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
    expect(BUILTIN_PLUGINS_MODULE_URL).toMatch(/builtins\/module\.js$/);
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

  it('walks a trace with repeated span ids once per span (broken instrumentation), skew and visits included', async () => {
    const T = '0af7651916cd43dd8448eb211c80319c';
    const res = (name: string, host?: string) =>
      createResource({ attributes: host ? { 'service.name': name, 'host.name': host } : { 'service.name': name } });
    const [web, api, api2, db] = [res('web'), res('api', 'h1'), res('api', 'h2'), res('db')];
    const at = (ms: number) => 1_700_000_000_000_000_000n + BigInt(ms) * 1_000_000n;
    const span = (
      id: number,
      parent: number,
      name: string,
      kind: SpanKind,
      resource: Resource,
      from: number,
      to: number,
    ) =>
      createSpan({
        traceId: T,
        spanId: id.toString(16).padStart(16, '0'),
        parentSpanId: parent === 0 ? '' : parent.toString(16).padStart(16, '0'),
        name,
        kind,
        resource,
        startTimeUnixNano: at(from),
        endTimeUnixNano: at(to),
        attributes: kind === 'CLIENT' && name === 'SELECT' ? { 'db.system': 'postgresql' } : {},
      });
    const trace = createTrace({
      spans: [
        span(0xa, 0, 'GET /', 'SERVER', web, 0, 100),
        span(0xe, 0xa, 'GET api', 'CLIENT', web, 5, 95),
        span(0xb, 0xe, 'first b', 'SERVER', api, 200, 260), // id b twice: a child of b is listed under both
        span(0xb, 0xe, 'second b', 'SERVER', api, 10, 90),
        span(0xc, 0xb, 'SELECT', 'CLIENT', api2, 20, 30),
        span(0xd, 0xc, 'query', 'SERVER', db, 500, 505),
        span(0xf, 0xf, 'self', 'INTERNAL', db, 1, 2), // its own parent
        span(0x10, 0xb, 'inner', 'INTERNAL', api, 40, 50),
      ],
    });
    await runAll([trace]);
    expect(trace.enrichmentErrors).toEqual([]);
    const id = (n: number) => n.toString(16).padStart(16, '0');
    expect(
      trace.spans.map((s) => [
        s.name,
        s.enriched.string(sdk.SpanAttr.TYPE),
        s.enriched.string(sdk.ApiAttr.ENTRY_SPAN_ID),
        s.enriched.string(ServiceAttr.NAME),
        s.enriched.bigint(sdk.SpanAttr.CLOCK_SKEW),
      ]),
    ).toEqual([
      ['GET /', 'ENTRY', id(0xa), 'web', undefined],
      ['GET api', 'EXIT', id(0xa), 'web', undefined],
      ['first b', 'ENTRY', id(0xb), 'api', -180_000_000n],
      ['second b', 'ENTRY', id(0xb), 'api', undefined],
      ['SELECT', 'EXIT', id(0xb), 'api', undefined],
      ['query', 'ENTRY', id(0xd), 'db', -477_500_000n],
      ['self', 'INTERNAL', undefined, 'db', undefined],
      ['inner', 'INTERNAL', id(0xb), 'api', undefined],
    ]);
    expect(trace.enriched.int(sdk.TraceAttr.SKEW_ADJUSTED_SPAN_COUNT)).toBe(2);
    expect(trace.enriched.strings(sdk.TraceAttr.CRITICAL_PATH)).toEqual([0xa, 0xe, 0xb, 0xc, 0xd, 0x10].map(id));
  });

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
