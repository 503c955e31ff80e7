import { describe, expect, it } from 'vitest';
import { backendEntityView } from '../../../src/builtins/views/backendEntityView.js';
import { runView } from '../../../src/testing/runView.js';
import { checkoutTrace } from './checkoutTrace.js';
import { apiId, backendId, serviceId, spanNo } from './enrichmentHelpers.js';

describe('backend_entity_view', () => {
  it('has one row per exit call to a backend, with the backend and what was done there', () => {
    const rows = runView(backendEntityView, checkoutTrace());
    expect(
      rows.map((r) => [r.caller_service, r.backend_type, r.backend_name, r.backend_operation, r.backend_destination]),
    ).toEqual([
      ['cart', 'DB', 'postgresql:shop@pg:5432', 'SELECT', 'carts'],
      ['cart', 'CACHE', 'redis@cache:6379', 'GET', ''],
      ['frontend', 'MESSAGING', 'kafka:orders', 'publish', 'orders'],
    ]);
  });

  it('carries ids, host and port, the calling API, duration and status', () => {
    const trace = checkoutTrace();
    const span = spanNo(trace, 4);
    expect(runView(backendEntityView, trace)[0]).toEqual({
      tenant_id: 'acme',
      trace_id: trace.traceId,
      span_id: span.spanId,
      backend_id: backendId('postgresql:shop@pg:5432'),
      backend_name: 'postgresql:shop@pg:5432',
      backend_type: 'DB',
      backend_protocol: 'postgresql',
      backend_host: 'pg',
      backend_port: 5432,
      backend_operation: 'SELECT',
      backend_destination: 'carts',
      caller_service: 'cart',
      caller_service_id: serviceId('cart'),
      caller_api: 'GET /cart/{id}',
      caller_api_id: apiId('cart', 'GET /cart/{id}'),
      span_name: 'SELECT carts',
      start_time: Number(span.startTimeUnixNano / 1000n),
      duration_micros: 10_000,
      status_code: 'UNSET',
      api_status_code: '',
      error_count: 0,
      exception_count: 0,
    });
  });

  it('clamps a port no column can hold instead of failing the row', () => {
    const trace = checkoutTrace();
    spanNo(trace, 4).enriched.setInt('ht.backend.port', 2n ** 40n);
    expect(runView(backendEntityView, trace)[0]?.backend_port).toBe(2 ** 31 - 1);
  });

  it('keys rows by tenant, trace and exit span and sorts by backend, operation and time', () => {
    expect(backendEntityView.key).toEqual(['tenant_id', 'trace_id', 'span_id']);
    expect(backendEntityView.sortBy).toEqual([
      'tenant_id',
      'backend_name',
      'backend_operation',
      'start_time',
      'trace_id',
      'span_id',
    ]);
  });
});
