import { describe, expect, it } from 'vitest';
import { rawTraceView } from '../../../src/builtins/views/rawTraceView.js';
import { createTrace } from '../../../src/model/Trace.js';
import { runView } from '../../../src/testing/runView.js';
import { checkoutTrace, rawCheckoutTrace } from './checkoutTrace.js';
import { spanNo } from './enrichmentHelpers.js';

describe('raw_trace_view', () => {
  it('has one row per trace fragment with root, services, counts and time range', () => {
    const trace = checkoutTrace();
    const root = spanNo(trace, 1);
    const [row] = runView(rawTraceView, trace);
    expect(row).toEqual({
      tenant_id: 'acme',
      trace_id: trace.traceId,
      session: 0,
      fragment: 0,
      root_service: 'frontend',
      root_operation: 'GET /checkout',
      transaction_name: 'GET /checkout',
      start_time: Number(root.startTimeUnixNano / 1000n),
      end_time: Number(root.endTimeUnixNano / 1000n),
      duration_micros: 120_000,
      services: ['cart', 'frontend', 'payment'],
      service_count: 3,
      span_count: 8,
      api_visit_count: 3,
      error_count: 2,
      exception_count: 1,
      has_error: true,
      orphan_span_count: 0,
      space_ids: ['checkout-team'],
      enrichment_error_count: 0,
    });
  });

  it('computes the same from the spans when no enricher ran', () => {
    const [enriched] = runView(rawTraceView, checkoutTrace());
    const [raw] = runView(rawTraceView, rawCheckoutTrace());
    const derived = ['root_service', 'root_operation', 'start_time', 'end_time', 'duration_micros', 'services'];
    const pick = (row: typeof raw) => Object.fromEntries(derived.map((k) => [k, row?.[k as keyof typeof row]]));
    expect(pick(raw)).toEqual(pick(enriched));
    expect(raw).toMatchObject({ transaction_name: '', span_count: 8, api_visit_count: 3, error_count: 2 });
  });

  it('uses the skew-adjusted time range of the trace-stats enricher', () => {
    const trace = checkoutTrace();
    trace.enriched.setInt('ht.trace.start_unix_nano', 1_704_067_199_999_000_000n);
    expect(runView(rawTraceView, trace)[0]).toMatchObject({
      start_time: 1_704_067_199_999_000,
      duration_micros: 121_000,
    });
  });

  it('counts enricher failures and, in a late fragment, spans whose parent it lacks', () => {
    const trace = checkoutTrace();
    const late = createTrace({ spans: [spanNo(trace, 4), spanNo(trace, 5)], fragment: 1 });
    late.enrichmentErrors.push({ enricher: 'geo', spanId: '', code: 'TIMEOUT', message: 'took 1200 ms' });
    expect(runView(rawTraceView, late)[0]).toMatchObject({
      fragment: 1,
      root_service: 'cart',
      root_operation: 'SELECT carts',
      span_count: 2,
      orphan_span_count: 2,
      enrichment_error_count: 1,
    });
  });

  it('keys rows by tenant, trace, grouper session and fragment and sorts by root service, operation and time', () => {
    expect(rawTraceView.key).toEqual(['tenant_id', 'trace_id', 'session', 'fragment']);
    expect(rawTraceView.sortBy).toEqual([
      'tenant_id',
      'root_service',
      'root_operation',
      'start_time',
      'trace_id',
      'session',
      'fragment',
    ]);
  });

  it("gives a later session's fragment 0 a row of its own (the session, in ms, above 2^31)", () => {
    const trace = checkoutTrace();
    const first = createTrace({ spans: [spanNo(trace, 1), spanNo(trace, 2)], fragment: 0, session: 1_704_067_200_000 });
    const later = createTrace({ spans: [spanNo(trace, 4), spanNo(trace, 5)], fragment: 0, session: 1_704_067_500_000 });
    // runView fails on a key seen twice across the traces it is given.
    const rows = runView(rawTraceView, [first, later]);
    expect(rows.map((r) => [r.session, r.fragment, r.span_count])).toEqual([
      [1_704_067_200_000, 0, 2],
      [1_704_067_500_000, 0, 2],
    ]);
  });
});
