import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEnricher, defineView, durationMicros, nanosToMicros } from '../../src/index.js';
import { enrichmentOf, ManualClock, runEnricher, runView, traceBuilder } from '../../src/testing/index.js';

const serviceIds = defineEnricher({
  name: 'service-ids',
  version: '1',
  async enrichSpan(span, trace, ctx) {
    const service = await ctx.entities.getOrCreate(
      trace.tenantId,
      'SERVICE',
      span.resource.attr.string('service.name') ?? '',
    );
    span.enriched.set('ht.service.id', service.id);
  },
});

const tier = defineEnricher({
  name: 'tier',
  version: '1',
  dependsOn: ['service-ids'],
  config: z.object({ premium: z.array(z.string()).default([]) }),
  enrichTrace(trace, ctx) {
    const tier = ctx.config.premium.includes(trace.tenantId) ? 'premium' : 'standard';
    trace.enriched.set('ht.tier', tier);
    trace.enriched.setInt('ht.now', ctx.clock.now());
    trace.enriched.set(
      'ht.has_service_ids',
      trace.spans.every((s) => s.enriched.has('ht.service.id')),
    );
    ctx.logger.info({ tier }, 'tiered');
    ctx.metrics.counter('tiered_total').inc();
  },
});

describe('runEnricher', () => {
  it('runs an enricher with its config, host services and requested dependencies', async () => {
    const traces = [
      traceBuilder({ tenantId: 'acme' }).span('web', 'GET /').build(),
      traceBuilder({ tenantId: 'b' }).span('web', 'GET /').build(),
    ];
    const run = await runEnricher(
      tier,
      traces,
      { premium: ['acme'] },
      { with: [serviceIds], clock: new ManualClock(42) },
    );
    expect(run.errors).toEqual([]);
    expect(run.traces.map((t) => t.enriched.string('ht.tier'))).toEqual(['premium', 'standard']);
    expect(run.trace.enriched.int('ht.now')).toBe(42);
    expect(run.trace.enriched.bool('ht.has_service_ids')).toBe(true);
    expect(run.logs).toContainEqual({ level: 'info', fields: { enricher: 'tier', tier: 'premium' }, msg: 'tiered' });
    expect(run.metrics.value('tiered_total', { enricher: 'tier' })).toBe(2);
    expect((await run.entities.list('acme', 'SERVICE')).map((e) => e.name)).toEqual(['web']);
  });

  it('reports failures as the stage records them, and refuses invalid config', async () => {
    const flaky = defineEnricher({
      name: 'flaky',
      version: '1',
      enrichSpan(span) {
        if (span.name === 'bad') throw new Error('cannot');
      },
    });
    const run = await runEnricher(flaky, traceBuilder().span('a', 'ok').child('a', 'bad').build());
    expect(run.errors).toEqual([
      { enricher: 'flaky', spanId: '0000000000000002', code: 'USER_FUNCTION_FAILED', message: 'cannot' },
    ]);
    await expect(
      runEnricher(tier, traceBuilder().span('a', 'x').build(), { premium: 'acme' } as never),
    ).rejects.toSatisfy((e) => isHtError(e, 'CONFIG_INVALID'));
  });

  it('summarizes the enrichment as JSON for snapshots and golden files', async () => {
    const run = await runEnricher(serviceIds, traceBuilder().span('web', 'GET /').build());
    const summary = enrichmentOf(run.trace);
    expect(summary.spans).toEqual([
      {
        spanId: '0000000000000001',
        service: 'web',
        name: 'GET /',
        enriched: { 'ht.service.id': run.trace.spans[0]!.enriched.string('ht.service.id') },
      },
    ]);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

const spanView = defineView({
  name: 'span_view',
  version: '1',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    span_id: { type: 'string' },
    start_time: { type: 'datetime' },
    duration_micros: { type: 'uint64' },
    is_error: { type: 'bool' },
  },
  key: ['tenant_id', 'span_id'],
  timeColumn: 'start_time',
  *fromTrace(trace) {
    for (const s of trace.spans) {
      yield {
        tenant_id: s.tenantId,
        span_id: s.spanId,
        start_time: nanosToMicros(s.startTimeUnixNano),
        duration_micros: durationMicros(s),
        is_error: s.statusCode === 'ERROR',
      };
    }
  },
});

describe('runView', () => {
  const trace = traceBuilder().span('a', 'root').child('a', 'child', { statusCode: 'ERROR', durationMs: 3 }).build();

  it('returns checked rows', () => {
    const rows = runView(spanView, trace);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      tenant_id: 'default',
      span_id: '0000000000000002',
      start_time: 1_704_067_200_001_000,
      duration_micros: 3000,
      is_error: true,
    });
  });

  it('catches rows that stores would reject or double count', () => {
    const failure = (view: Parameters<typeof runView>[0]) => {
      try {
        runView(view, trace);
      } catch (e) {
        expect(isHtError(e, 'USER_FUNCTION_FAILED')).toBe(true);
        return (e as Error).message;
      }
      throw new Error('expected the view to be refused');
    };
    const base = {
      name: 'bad_view',
      version: '1',
      columns: { tenant_id: { type: 'string' }, id: { type: 'string' }, n: { type: 'uint8' } },
      key: ['tenant_id', 'id'],
    } as const;
    expect(
      failure(
        defineView({
          ...base,
          fromTrace: () => [
            { tenant_id: 't', id: 'same', n: 1 },
            { tenant_id: 't', id: 'same', n: 2 },
          ],
        }),
      ),
    ).toContain('same key');
    expect(failure(defineView({ ...base, fromTrace: () => [{ tenant_id: 't', id: 'x', n: 300 }] }))).toContain(
      "column 'n' (uint8) has an invalid value: 300",
    );
    expect(failure(defineView({ ...base, fromTrace: () => [{ tenant_id: 't', id: 'x' } as never] }))).toContain(
      "no value for column 'n'",
    );
    expect(
      failure(defineView({ ...base, fromTrace: () => [{ tenant_id: 't', id: 'x', n: 1, extra: 1 } as never] })),
    ).toContain("'extra', which is not a column");
    let calls = 0;
    expect(
      failure(defineView({ ...base, fromTrace: () => [{ tenant_id: 't', id: `run-${calls++}`, n: 1 }] })),
    ).toContain('different rows when run twice');
  });
});
