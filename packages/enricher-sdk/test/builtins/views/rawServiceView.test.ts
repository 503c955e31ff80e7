import { describe, expect, it } from 'vitest';
import { ApiAttr, SpanAttr } from '../../../src/catalogue/attributeKeys.js';
import { rawServiceView } from '../../../src/builtins/views/rawServiceView.js';
import { runView } from '../../../src/testing/runView.js';
import { traceBuilder } from '../../../src/testing/TraceBuilder.js';
import { checkoutTrace, rawCheckoutTrace } from './checkoutTrace.js';
import { apiId, serviceId, spanNo } from './enrichmentHelpers.js';

describe('raw_service_view', () => {
  it('has one row per API visit (entry span) with rate, errors and duration', () => {
    const rows = runView(rawServiceView, checkoutTrace());
    expect(rows.map((r) => [r.service_name, r.api_name, r.duration_micros, r.is_error, r.error_count])).toEqual([
      ['frontend', 'GET /checkout', 120_000, false, 1], // served 200, though a call it made failed
      ['cart', 'GET /cart/{id}', 35_000, false, 0],
      ['payment', 'POST /charge', 55_000, true, 1],
    ]);
  });

  it('carries ids, protocol fields, the transaction and what the visit called', () => {
    const trace = checkoutTrace();
    expect(runView(rawServiceView, trace)[0]).toEqual({
      tenant_id: 'acme',
      trace_id: trace.traceId,
      span_id: spanNo(trace, 1).spanId,
      service_name: 'frontend',
      service_id: serviceId('frontend'),
      api_name: 'GET /checkout',
      api_id: apiId('frontend', 'GET /checkout'),
      environment: 'prod',
      protocol: 'HTTP',
      transaction_name: 'GET /checkout',
      http_method: 'GET',
      http_status_code: 200,
      url_pattern: '/checkout',
      start_time: Number(spanNo(trace, 1).startTimeUnixNano / 1000n),
      duration_micros: 120_000,
      status_code: 'UNSET',
      api_status: 'SUCCESS',
      api_status_code: '200',
      is_error: false,
      error_count: 1,
      exception_count: 0,
      exit_call_count: 3,
      callee_names: ['cart', 'kafka:orders', 'payment'],
      callee_call_counts: [1n, 1n, 1n],
      user_agent_name: 'Chrome',
      client_ip: '203.0.113.7',
      space_ids: ['checkout-team'],
    });
  });

  it('takes only the first entry span of a visit when the boundary enricher ran', () => {
    const trace = traceBuilder()
      .span('api', 'GET /orders', { kind: 'SERVER' })
      .child('api', 'GET /orders (servlet)', { kind: 'SERVER' })
      .build();
    const [outer, nested] = trace.spans;
    for (const span of [outer!, nested!]) {
      span.enriched.set(SpanAttr.TYPE, 'ENTRY').set(ApiAttr.ENTRY_SPAN_ID, outer!.spanId);
    }
    outer!.enriched.set(ApiAttr.BOUNDARY, 'ENTRY');
    expect(runView(rawServiceView, trace).map((r) => r.api_name)).toEqual(['GET /orders']);
  });

  it('without enrichment, counts SERVER and CONSUMER spans as visits, named by span, errors by status', () => {
    const rows = runView(rawServiceView, rawCheckoutTrace());
    expect(rows.map((r) => [r.service_name, r.api_name, r.is_error, r.exception_count])).toEqual([
      ['frontend', 'GET /checkout', false, 0],
      ['cart', 'GET /cart/{id}', false, 0],
      ['payment', 'POST /charge', true, 1],
    ]);
  });

  it('keys rows by tenant, trace and entry span and sorts by service, API and time', () => {
    expect(rawServiceView.key).toEqual(['tenant_id', 'trace_id', 'span_id']);
    expect(rawServiceView.sortBy).toEqual([
      'tenant_id',
      'service_name',
      'api_name',
      'start_time',
      'trace_id',
      'span_id',
    ]);
  });
});
