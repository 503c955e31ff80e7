import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEnricher } from '../../src/index.js';
import { EnricherChain, MAX_ERRORS_PER_ENRICHER_PER_TRACE, prepareEnricher } from '../../src/host/index.js';
import type { EnrichContext } from '../../src/index.js';
import { MemoryLogger } from '../../src/testing/MemoryLogger.js';
import { MemoryMetrics } from '../../src/testing/MemoryMetrics.js';
import { marker, traceOf } from './helpers.js';

async function started(...loaded: Parameters<typeof prepareEnricher>[0][]) {
  const metrics = new MemoryMetrics();
  const logger = new MemoryLogger();
  const chain = new EnricherChain(
    loaded.map((d) => prepareEnricher(d, { timeoutMs: 40 })),
    { metrics, logger },
  );
  await chain.start();
  return { chain, metrics, logger };
}

describe('in-process isolation', () => {
  it('records a throwing trace enricher on the trace, counts it, and runs the rest', async () => {
    const thrower = defineEnricher({
      name: 'thrower',
      version: '1',
      enrichTrace() {
        throw new TypeError('cannot read route');
      },
    });
    const { chain, metrics, logger } = await started(marker('before'), thrower, marker('after'));
    const trace = traceOf('a', 'b');
    expect(await chain.enrich(trace)).toBe(trace);
    expect(trace.enrichmentErrors).toEqual([
      { enricher: 'thrower', spanId: '', code: 'USER_FUNCTION_FAILED', message: 'cannot read route' },
    ]);
    expect(trace.spans.every((s) => s.enriched.bool('ht.before') && s.enriched.bool('ht.after'))).toBe(true);
    expect(metrics.value('ht_enricher_errors_total', { enricher: 'thrower', code: 'USER_FUNCTION_FAILED' })).toBe(1);
    expect(logger.entries.find((e) => e.level === 'warn')?.msg).toContain("enricher 'thrower' failed");
    expect(metrics.observations('ht_enricher_duration_seconds', { enricher: 'after' })).toHaveLength(1);
    expect(metrics.observations('ht_enricher_duration_seconds', { enricher: 'thrower' })).toHaveLength(1);
  });

  it('records a span enricher failure per span and enriches the other spans', async () => {
    const picky = defineEnricher({
      name: 'picky',
      version: '1',
      enrichSpan(span) {
        if (span.name === 'bad') throw new Error(`no ${span.name}`);
        span.enriched.set('ht.picky', 'ok');
      },
    });
    const { chain } = await started(picky);
    const trace = await chain.enrich(traceOf('good', 'bad', 'good'));
    expect(trace.enrichmentErrors).toEqual([
      { enricher: 'picky', spanId: '0000000000000002', code: 'USER_FUNCTION_FAILED', message: 'no bad' },
    ]);
    expect(trace.spans.map((s) => s.enriched.string('ht.picky'))).toEqual(['ok', undefined, 'ok']);
  });

  it('caps recorded errors per enricher per trace but counts them all', async () => {
    const always = defineEnricher({
      name: 'always',
      version: '1',
      enrichSpan() {
        throw new Error('nope');
      },
    });
    const { chain, metrics } = await started(always);
    const trace = await chain.enrich(traceOf(...Array.from({ length: 25 }, (_, i) => `s${i}`)));
    expect(trace.enrichmentErrors).toHaveLength(MAX_ERRORS_PER_ENRICHER_PER_TRACE);
    expect(metrics.value('ht_enricher_errors_total')).toBe(25);
  });

  it('times out async work, aborts its signal, and moves on without waiting', async () => {
    let seen: EnrichContext<unknown> | undefined;
    const hang = defineEnricher({
      name: 'hang',
      version: '1',
      enrichTrace(_trace, ctx) {
        seen = ctx;
        return new Promise<void>(() => undefined);
      },
    });
    const { chain } = await started(hang, marker('after'));
    const begin = performance.now();
    const trace = await chain.enrich(traceOf('a'));
    expect(performance.now() - begin).toBeLessThan(1000);
    expect(trace.enrichmentErrors[0]).toMatchObject({ enricher: 'hang', code: 'TIMEOUT' });
    expect(trace.enrichmentErrors[0]?.message).toContain('40 ms');
    expect(seen?.signal.aborted).toBe(true);
    expect(trace.spans[0]?.enriched.bool('ht.after')).toBe(true);
  });

  it('stops a span enricher between spans once over budget, and reports a synchronous overrun', async () => {
    const slowSpans = defineEnricher({
      name: 'slow-spans',
      version: '1',
      async enrichSpan(span) {
        await new Promise((r) => setTimeout(r, 15));
        span.enriched.set('ht.slow', true);
      },
    });
    const busy = defineEnricher({
      name: 'busy',
      version: '1',
      enrichTrace(trace) {
        const until = performance.now() + 60;
        while (performance.now() < until) {
          // a synchronous loop that cannot be interrupted on this thread
        }
        trace.enriched.set('ht.busy', 'done');
      },
    });
    const { chain } = await started(slowSpans, busy);
    const trace = await chain.enrich(traceOf(...Array.from({ length: 10 }, (_, i) => `s${i}`)));
    const enrichedCount = trace.spans.filter((s) => s.enriched.has('ht.slow')).length;
    expect(enrichedCount).toBeGreaterThan(0);
    expect(enrichedCount).toBeLessThan(10);
    expect(trace.enrichmentErrors.map((e) => [e.enricher, e.code])).toEqual([
      ['slow-spans', 'TIMEOUT'],
      ['busy', 'TIMEOUT'],
    ]);
    expect(trace.enrichmentErrors[1]?.message).toContain('isolation: worker');
    expect(trace.enriched.string('ht.busy')).toBe('done');
  });

  it('stops a synchronous span enricher at the first budget check past its budget (every 8 spans)', async () => {
    const busySpans = defineEnricher({
      name: 'busy-spans',
      version: '1',
      enrichSpan(span) {
        const until = performance.now() + 10;
        while (performance.now() < until) {
          // 10 ms of synchronous work per span: 8 spans are past the 40 ms budget
        }
        span.enriched.set('ht.busy', true);
      },
    });
    const { chain } = await started(busySpans, marker('after'));
    const trace = await chain.enrich(traceOf(...Array.from({ length: 40 }, (_, i) => `s${i}`)));
    expect(trace.spans.filter((s) => s.enriched.has('ht.busy'))).toHaveLength(8);
    expect(trace.enrichmentErrors).toEqual([
      expect.objectContaining({ enricher: 'busy-spans', spanId: '0000000000000009', code: 'TIMEOUT' }),
    ]);
    expect(trace.enrichmentErrors[0]?.message).toContain('8 of 40 spans; stopped');
    expect(trace.spans.every((s) => s.enriched.bool('ht.after'))).toBe(true);
  });

  it('gives each enricher its config, a bound logger and labelled metrics', async () => {
    const withConfig = defineEnricher({
      name: 'configured',
      version: '1',
      config: z.object({ label: z.string() }),
      enrichTrace(trace, ctx) {
        trace.enriched.set(`ht.${ctx.config.label}`, ctx.enricher);
        ctx.logger.info('hello');
        ctx.metrics.counter('configured_total').inc(2);
      },
    });
    const metrics = new MemoryMetrics();
    const logger = new MemoryLogger();
    const chain = new EnricherChain([prepareEnricher(withConfig, { config: { label: 'x' } })], { metrics, logger });
    await chain.start();
    const trace = await chain.enrich(traceOf('a'));
    expect(trace.enriched.string('ht.x')).toBe('configured');
    expect(logger.entries).toContainEqual({ level: 'info', fields: { enricher: 'configured' }, msg: 'hello' });
    expect(metrics.value('configured_total', { enricher: 'configured' })).toBe(2);
    expect(() => prepareEnricher(withConfig, { config: { label: 3 } })).toThrow(
      /config of enricher 'configured' is invalid/,
    );
  });

  it('fails start when an init fails, closing those already started; refuses enrich before start', async () => {
    const closed: string[] = [];
    const ok = defineEnricher({
      name: 'ok',
      version: '1',
      close: () => void closed.push('ok'),
      enrichTrace: () => undefined,
    });
    const bad = defineEnricher({
      name: 'bad',
      version: '1',
      init: () => Promise.reject(new Error('no database')),
      enrichTrace: () => undefined,
    });
    const chain = new EnricherChain([prepareEnricher(ok), prepareEnricher(bad)]);
    await expect(chain.enrich(traceOf('a'))).rejects.toSatisfy((e) => isHtError(e, 'LIFECYCLE'));
    await expect(chain.start()).rejects.toThrow("enricher 'bad' failed to start: no database");
    expect(closed).toEqual(['ok']);
  });
});
