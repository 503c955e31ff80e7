import { describe, expect, it } from 'vitest';
import { serviceCallView } from '../../../src/builtins/views/serviceCallView.js';
import { createCallEdge } from '../../../src/model/Entity.js';
import { runView } from '../../../src/testing/runView.js';
import { checkoutTrace } from './checkoutTrace.js';
import { apiId, backendId, serviceId, spanNo } from './enrichmentHelpers.js';

describe('service_call_view', () => {
  it('has one row per call edge: caller service and API to callee service/API or backend', () => {
    const rows = runView(serviceCallView, checkoutTrace());
    expect(rows.map((r) => [r.caller_service, r.caller_api, r.callee_type, r.callee_name, r.callee_api])).toEqual([
      ['frontend', 'GET /checkout', 'SERVICE', 'cart', 'GET /cart/{id}'],
      ['cart', 'GET /cart/{id}', 'BACKEND', 'postgresql:shop@pg:5432', ''],
      ['cart', 'GET /cart/{id}', 'BACKEND', 'redis@cache:6379', ''],
      ['frontend', 'GET /checkout', 'SERVICE', 'payment', 'POST /charge'],
      ['frontend', 'GET /checkout', 'BACKEND', 'kafka:orders', ''],
    ]);
  });

  it("carries the call's ids, duration on both sides, status and errors", () => {
    const trace = checkoutTrace();
    const [, db, , payment] = runView(serviceCallView, trace);
    const client = spanNo(trace, 6);
    const server = spanNo(trace, 7);
    expect(payment).toMatchObject({
      edge_id: `${client.spanId}:${server.spanId}`,
      caller_span_id: client.spanId,
      callee_span_id: server.spanId,
      caller_service_id: serviceId('frontend'),
      caller_api_id: apiId('frontend', 'GET /checkout'),
      callee_id: serviceId('payment'),
      callee_api_id: apiId('payment', 'POST /charge'),
      start_time: Number(client.startTimeUnixNano / 1000n),
      duration_micros: 60_000,
      callee_duration_micros: 55_000,
      protocol: 'HTTP',
      api_status_code: '503',
      error_count: 1,
      backend_type: '',
    });
    expect(db).toMatchObject({
      edge_id: `${spanNo(trace, 4).spanId}:${backendId('postgresql:shop@pg:5432')}`,
      callee_span_id: '',
      callee_id: backendId('postgresql:shop@pg:5432'),
      backend_type: 'DB',
      duration_micros: 10_000,
      callee_duration_micros: 0,
      error_count: 0,
    });
  });

  it('names a backend from the trace entities when the exit span does not', () => {
    const trace = checkoutTrace();
    const edge = createCallEdge({ callerSpanId: spanNo(trace, 2).spanId, calleeType: 'BACKEND', calleeId: 'b-1' });
    trace.callEdges.splice(0, trace.callEdges.length, edge);
    trace.entities.push({ id: 'b-1', tenantId: 'acme', type: 'BACKEND', name: 'cart.internal:8080', attributes: {} });
    expect(runView(serviceCallView, trace).map((r) => r.callee_name)).toEqual(['cart.internal:8080']);
  });

  it('skips an edge naming a span that is not in the trace, and an edge listed twice', () => {
    const trace = checkoutTrace();
    const first = trace.callEdges[0]!;
    trace.callEdges.push(first, createCallEdge({ callerSpanId: 'ffffffffffffffff', calleeType: 'BACKEND' }));
    expect(runView(serviceCallView, trace)).toHaveLength(5);
  });

  it('keys rows by tenant, trace and edge id and sorts by caller, callee and time', () => {
    expect(serviceCallView.key).toEqual(['tenant_id', 'trace_id', 'edge_id']);
    expect(serviceCallView.sortBy).toEqual([
      'tenant_id',
      'caller_service',
      'callee_name',
      'start_time',
      'trace_id',
      'edge_id',
    ]);
  });
});
