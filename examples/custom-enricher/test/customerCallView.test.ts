import { builtinEnrichers } from '@ht/enricher-sdk/builtins';
import { runEnricher, runView, traceBuilder } from '@ht/enricher-sdk/testing';
import { describe, expect, it } from 'vitest';
import { customerCallView, customerTier } from '../src/index.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

/** A checkout where the cart service fails; the edge request says the customer is on `pro`. */
function checkout(fragment = 0) {
  return traceBuilder({ tenantId: 'acme', traceId: TRACE_ID, fragment })
    .span('frontend', 'GET /checkout', {
      kind: 'SERVER',
      durationMs: 80,
      attributes: { 'http.request.header.x-customer-tier': ['pro'] },
    })
    .call('cart', 'GET /cart/{id}', { server: { statusCode: 'ERROR', durationMs: 30 } })
    .child('cart', 'SELECT carts', { kind: 'CLIENT', attributes: { 'db.system': 'postgresql' } })
    .build();
}

describe('customer_call_view', () => {
  it('has one typed row per served call, with the tier of its trace', async () => {
    const { trace } = await runEnricher(customerTier, checkout());
    const rows = runView(customerCallView, trace);
    expect(rows.map((r) => [r.service_name, r.operation, r.customer_tier, r.is_error])).toEqual([
      ['frontend', 'GET /checkout', 'pro', false],
      ['cart', 'GET /cart/{id}', 'pro', true],
    ]);
    const frontend = trace.spans[0]!;
    expect(rows[0]).toMatchObject({
      tenant_id: 'acme',
      trace_id: TRACE_ID,
      span_id: frontend.spanId,
      start_time: Number(frontend.startTimeUnixNano / 1000n),
      duration_micros: 80_000,
    });
    expect(rows[1]?.duration_micros).toBe(30_000);
  });

  it('names operations by the API the built-in enrichers found, when they ran first', async () => {
    const trace = traceBuilder({ tenantId: 'acme' })
      .span('shop', 'GET', {
        kind: 'SERVER',
        attributes: { 'http.request.method': 'GET', 'http.route': '/items/{sku}', 'url.path': '/items/42' },
      })
      .build();
    const { trace: enriched, errors } = await runEnricher(customerTier, trace, undefined, { with: builtinEnrichers });
    expect(errors).toEqual([]);
    expect(runView(customerCallView, enriched).map((r) => [r.operation, r.customer_tier])).toEqual([
      ['GET /items/{sku}', 'free'],
    ]);
  });

  it('writes an empty tier for traces the enricher has not seen', () => {
    expect(runView(customerCallView, checkout()).map((r) => r.customer_tier)).toEqual(['', '']);
  });

  it('keys rows by tenant, trace and span: a replay gives the same keys, so stores replace them', async () => {
    const { trace } = await runEnricher(customerTier, checkout());
    expect(customerCallView.key).toEqual(['tenant_id', 'trace_id', 'span_id']);
    const first = runView(customerCallView, trace);
    const replayed = await runEnricher(customerTier, checkout());
    expect(runView(customerCallView, replayed.trace)).toEqual(first);
  });

  it('is partitioned by start time and sorted for per-tier queries', () => {
    expect(customerCallView.timeColumn).toBe('start_time');
    expect(customerCallView.sortBy).toEqual(['tenant_id', 'customer_tier', 'service_name', 'operation', 'start_time']);
  });
});
