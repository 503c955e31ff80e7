import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinEnrichers, builtinViews } from '../../src/builtins/index.js';
import type { Trace } from '../../src/index.js';
import { EnricherChain, loadPlugins, MemoryEntityStore, prepareView, ViewMaterializer } from '../../src/host/index.js';
import type { TraceRows } from '../../src/host/index.js';
import { MemoryLogger } from '../../src/testing/MemoryLogger.js';
import { MemoryMetrics } from '../../src/testing/MemoryMetrics.js';
import { CASES } from '../builtins/enrichers/fixtures/index.js';
import { checkoutTrace, linkedCheckoutTrace } from '../builtins/views/checkoutTrace.js';
import { spanRows, traceOf } from './helpers.js';

const PLUGINS = fileURLToPath(new URL('../fixtures/plugins/', import.meta.url));
/** Workers run JavaScript: the built module listing every built-in (what BUILTIN_PLUGINS_MODULE_URL names). */
const BUILTINS_MODULE = new URL('../../dist/builtins/module.js', import.meta.url).href;

describe('views in a worker', () => {
  const metrics = new MemoryMetrics();
  const logger = new MemoryLogger();
  let materializer: ViewMaterializer;

  beforeAll(async () => {
    const loaded = await loadPlugins(
      { builtins: 'none', views: [{ module: './view-probe.mjs', isolation: 'worker', timeoutMs: 400 }] },
      { baseDir: PLUGINS },
    );
    materializer = new ViewMaterializer(
      [prepareView(spanRows('main_thread_view'), { timeoutMs: 10_000 }), ...loaded.loadedViews],
      { metrics, logger },
    );
    await materializer.start();
  });

  afterAll(() => materializer.close());

  /** The last warning logged (the traces of these tests share one trace id). */
  const lastWarning = () => logger.entries.filter((e) => e.level === 'warn').at(-1);

  it('runs the view in another thread; bigints, datetimes and arrays come back as they were made', async () => {
    const trace = traceOf('ok', 'child');
    const rows = await materializer.materialize(trace);
    expect([...rows.keys()]).toEqual(['main_thread_view', 'probe_view', 'steady_view']);
    const probe = rows.get('probe_view') ?? [];
    expect(probe).toHaveLength(2);
    expect(probe[0]).toEqual({
      tenant_id: trace.tenantId,
      trace_id: trace.traceId,
      span_id: '0000000000000001',
      start_time: 1_700_000_000_000_000,
      duration: 1_000_000n,
      thread: expect.any(Number) as unknown,
      tags: ['ok'],
      marks: [1n, -(2n ** 63n)],
    });
    expect(probe[0]?.['thread']).toBeGreaterThan(0);
    expect(rows.get('steady_view')?.map((r) => r['name'])).toEqual(['ok', 'child']);
    expect(metrics.value('ht_view_errors_total')).toBe(0);
    expect(metrics.observations('ht_view_duration_seconds', { view: 'probe_view' })).toHaveLength(1);
  });

  it('a view throwing in its worker gives no rows, counted and logged with the view and trace id', async () => {
    const trace = traceOf('throw', 'child');
    const rows = await materializer.materialize(trace);
    expect([...rows.keys()]).toEqual(['main_thread_view', 'steady_view']);
    expect(metrics.value('ht_view_errors_total', { view: 'probe_view', code: 'USER_FUNCTION_FAILED' })).toBe(1);
    expect(lastWarning()).toMatchObject({
      fields: { view: 'probe_view', traceId: trace.traceId, code: 'USER_FUNCTION_FAILED' },
      msg: "view 'probe_view' failed: probe view threw (no rows from it for this trace; the other views keep theirs)",
    });
  });

  it('survives `while (true) {}`: no rows from it past its time limit, the others keep theirs, and a new worker takes the next trace', async () => {
    const trace = traceOf('spin', 'child');
    const begin = performance.now();
    const rows = await materializer.materialize(trace);
    const elapsed = performance.now() - begin;
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(5000);
    expect([...rows.keys()]).toEqual(['main_thread_view', 'steady_view']);
    expect(metrics.value('ht_view_errors_total', { view: 'probe_view', code: 'TIMEOUT' })).toBe(1);
    expect(lastWarning()).toMatchObject({
      fields: { view: 'probe_view', traceId: trace.traceId, code: 'TIMEOUT' },
      msg: expect.stringContaining(
        "view 'probe_view' failed: view 'probe_view' did not finish within 400 ms; its worker was stopped and restarted",
      ) as unknown,
    });

    const next = await materializer.materialize(traceOf('ok'));
    expect([...next.keys()]).toEqual(['main_thread_view', 'probe_view', 'steady_view']);
    expect(metrics.value('ht_view_worker_restarts_total', { view: 'probe_view' })).toBe(1);
  });

  it('counts rows that cannot cross to the host as a failure of the view, and keeps its worker', async () => {
    const trace = traceOf('unsendable');
    const rows = await materializer.materialize(trace);
    expect([...rows.keys()]).toEqual(['main_thread_view', 'steady_view']);
    expect(metrics.value('ht_view_errors_total', { view: 'probe_view', code: 'USER_FUNCTION_FAILED' })).toBe(2);
    const restarts = metrics.value('ht_view_worker_restarts_total', { view: 'probe_view' });
    expect((await materializer.materialize(traceOf('ok'))).has('probe_view')).toBe(true);
    expect(metrics.value('ht_view_worker_restarts_total', { view: 'probe_view' })).toBe(restarts);
  });

  it('fails start with the worker-side problem when a worker cannot load its view', async () => {
    const bad = new ViewMaterializer([
      prepareView(spanRows('missing_view'), {
        isolation: 'worker',
        source: { moduleUrl: pathToFileURL(`${PLUGINS}view-probe.mjs`).href, name: 'missing_view' },
      }),
    ]);
    await expect(bad.start()).rejects.toThrow(
      /view 'missing_view' failed to start in its worker: .*exports no view named 'missing_view'/,
    );
  });
});

describe('the built-in views in a worker', () => {
  async function enriched(): Promise<Trace[]> {
    const traces = [...Object.values(CASES).flatMap((build) => build()), checkoutTrace(), linkedCheckoutTrace()];
    const plugins = await loadPlugins({}, { builtins: { enrichers: builtinEnrichers, views: [] } });
    const chain = new EnricherChain(plugins.enrichers, { entities: new MemoryEntityStore() });
    await chain.start();
    for (const trace of traces) await chain.enrich(trace);
    await chain.close();
    return traces;
  }

  async function materializeAll(isolation: 'inProcess' | 'worker', traces: readonly Trace[]): Promise<TraceRows[]> {
    const plugins = await loadPlugins(
      { defaults: { isolation, timeoutMs: 10_000 } },
      { builtins: { enrichers: [], views: builtinViews, moduleUrl: BUILTINS_MODULE } },
    );
    expect(plugins.loadedViews.map((v) => v.isolation)).toEqual(builtinViews.map(() => isolation));
    const metrics = new MemoryMetrics();
    const materializer = new ViewMaterializer(plugins.loadedViews, { metrics });
    await materializer.start();
    try {
      const out: TraceRows[] = [];
      for (const trace of traces) out.push(await materializer.materialize(trace));
      expect(metrics.value('ht_view_errors_total')).toBe(0);
      return out;
    } finally {
      await materializer.close();
    }
  }

  it('gives the rows it gives in process, for every built-in view on the fixture traces', async () => {
    const traces = await enriched();
    const inProcess = await materializeAll('inProcess', traces);
    const inWorker = await materializeAll('worker', traces);
    expect(inWorker).toStrictEqual(inProcess);
    // Every built-in view gave rows on some trace: the comparison covers them all.
    const viewsWithRows = new Set(inProcess.flatMap((rows) => [...rows.keys()]));
    expect([...viewsWithRows].sort()).toEqual(builtinViews.map((v) => v.name).sort());
  }, 60_000);
});
