import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../src/index.js';
import { EnricherChain, loadPlugins, MemoryEntityStore, prepareEnricher } from '../../src/host/index.js';
import { MemoryLogger } from '../../src/testing/MemoryLogger.js';
import { MemoryMetrics } from '../../src/testing/MemoryMetrics.js';
import { marker, traceOf } from './helpers.js';

const PLUGINS = fileURLToPath(new URL('../fixtures/plugins/', import.meta.url));

describe('worker isolation', () => {
  const metrics = new MemoryMetrics();
  const logger = new MemoryLogger();
  const entities = new MemoryEntityStore();
  let chain: EnricherChain;

  beforeAll(async () => {
    const loaded = await loadPlugins(
      {
        enrichers: [
          { module: './worker-probe.mjs', isolation: 'worker', timeoutMs: 400, config: { service: 'probe-svc' } },
        ],
      },
      { baseDir: PLUGINS },
    );
    chain = new EnricherChain(
      [prepareEnricher(marker('before')), ...loaded.enrichers, prepareEnricher(marker('after'))],
      {
        metrics,
        logger,
        entities,
      },
    );
    await chain.start();
  });

  afterAll(() => chain.close());

  it('runs the enricher in another thread and brings its enrichment back', async () => {
    const trace = await chain.enrich(traceOf('ok', 'child'));
    expect(trace.enrichmentErrors).toEqual([]);
    expect(trace.enriched.int('ht.probe.thread')).toBeGreaterThan(0);
    expect(
      trace.spans.every(
        (s) => s.enriched.bool('ht.probe.seen') && s.enriched.bool('ht.before') && s.enriched.bool('ht.after'),
      ),
    ).toBe(true);
    // The entity store, logger and metrics are the host's, reached from the worker.
    const id = entityId(trace.tenantId, 'SERVICE', 'probe-svc');
    expect(trace.enriched.string('ht.probe.service_id')).toBe(id);
    expect(trace.entities).toEqual([
      { id, tenantId: 'default', type: 'SERVICE', name: 'probe-svc', attributes: { probe: 'yes' } },
    ]);
    expect((await entities.list('default', 'SERVICE')).map((e) => e.name)).toEqual(['probe-svc']);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'probed',
        fields: expect.objectContaining({ enricher: 'worker-probe' }) as unknown,
      }),
    );
    expect(metrics.value('probe_traces_total', { enricher: 'worker-probe' })).toBe(1);
  });

  it('survives `while (true) {}`: the trace flows on with the timeout recorded, and a new worker takes the next trace', async () => {
    const begin = performance.now();
    const spun = await chain.enrich(traceOf('spin', 'child'));
    const elapsed = performance.now() - begin;
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(5000);
    expect(spun.enrichmentErrors).toEqual([
      {
        enricher: 'worker-probe',
        spanId: '',
        code: 'TIMEOUT',
        message: "enricher 'worker-probe' did not finish within 400 ms; its worker was stopped and restarted",
      },
    ]);
    expect(spun.spans.every((s) => s.enriched.bool('ht.after') && !s.enriched.has('ht.probe.seen'))).toBe(true);
    expect(metrics.value('ht_enricher_errors_total', { enricher: 'worker-probe', code: 'TIMEOUT' })).toBe(1);

    const next = await chain.enrich(traceOf('ok'));
    expect(next.enrichmentErrors).toEqual([]);
    expect(next.spans[0]?.enriched.bool('ht.probe.seen')).toBe(true);
    expect(metrics.value('ht_enricher_worker_restarts_total', { enricher: 'worker-probe' })).toBe(1);
  });

  it('records a throw inside the worker and a crash of the worker', async () => {
    const thrown = await chain.enrich(traceOf('throw'));
    expect(thrown.enrichmentErrors).toEqual([
      { enricher: 'worker-probe', spanId: '', code: 'USER_FUNCTION_FAILED', message: 'probe threw' },
    ]);
    const crashed = await chain.enrich(traceOf('crash'));
    expect(crashed.enrichmentErrors[0]?.code).toBe('USER_FUNCTION_FAILED');
    expect(crashed.enrichmentErrors[0]?.message).toContain('probe crashed its worker');
    expect(crashed.spans[0]?.enriched.bool('ht.after')).toBe(true);
    expect((await chain.enrich(traceOf('ok'))).enrichmentErrors).toEqual([]);
  });

  it('fails start with the worker-side problem when a worker cannot load its enricher', async () => {
    const bad = new EnricherChain([
      prepareEnricher(marker('x'), {
        isolation: 'worker',
        source: { moduleUrl: pathToFileURL(`${PLUGINS}tier.mjs`).href, name: 'missing-name' },
      }),
    ]);
    await expect(bad.start()).rejects.toThrow(
      /failed to start in its worker: .*exports no enricher named 'missing-name'/,
    );
  });

  it('retries a worker that fails to start with backoff, recording the failure on each trace meanwhile', async () => {
    const marker = join(tmpdir(), `ht-probe-${process.pid}-${Date.now()}`);
    const loaded = await loadPlugins(
      {
        builtins: 'none',
        enrichers: [
          {
            module: './worker-probe.mjs',
            isolation: 'worker',
            timeoutMs: 300,
            config: { service: 's', failInitIfExists: marker },
          },
        ],
      },
      { baseDir: PLUGINS },
    );
    const flaky = new EnricherChain(loaded.enrichers, { metrics: new MemoryMetrics() });
    await flaky.start();
    try {
      writeFileSync(marker, 'x');
      expect((await flaky.enrich(traceOf('spin'))).enrichmentErrors[0]?.code).toBe('TIMEOUT');
      const failedStart = await flaky.enrich(traceOf('ok'));
      expect(failedStart.enrichmentErrors[0]?.message).toMatch(/failed to start in its worker: probe init refused/);
      const begin = performance.now();
      const waiting = await flaky.enrich(traceOf('ok'));
      expect(performance.now() - begin).toBeLessThan(100);
      expect(waiting.enrichmentErrors[0]?.message).toMatch(
        /is unavailable: its worker failed to start; next attempt in \d+ ms/,
      );
    } finally {
      rmSync(marker, { force: true });
      await flaky.close();
    }
  });
});
