import { describe, expect, it } from 'vitest';
import { spanEventView } from '../../../src/builtins/views/spanEventView.js';
import {
  SPAN_EVENT_ENRICHED_COLUMNS,
  heldByColumn,
  spanEventEnrichedAttributes,
} from '../../../src/builtins/views/spanEventEnriched.js';
import { createResource, createScope, createSpan, createTrace } from '../../../src/index.js';
import { runView } from '../../../src/testing/runView.js';
import { checkoutTrace, rawCheckoutTrace } from './checkoutTrace.js';
import { apiId, backendId, serviceId, spanNo } from './enrichmentHelpers.js';

const US = 1000n;

describe('span_event_view', () => {
  it('has one row per span, with ids, times in microseconds and the client status', () => {
    const trace = checkoutTrace();
    const rows = runView(spanEventView, trace);
    expect(rows.map((r) => r.span_id)).toEqual(trace.spans.map((s) => s.spanId));
    const payment = spanNo(trace, 7);
    expect(rows[6]).toMatchObject({
      tenant_id: 'acme',
      trace_id: trace.traceId,
      parent_span_id: spanNo(trace, 6).spanId,
      service_name: 'payment',
      span_name: 'POST /charge',
      span_kind: 'SERVER',
      start_time: Number(payment.startTimeUnixNano / US),
      end_time: Number(payment.endTimeUnixNano / US),
      duration_micros: 55_000,
      status_code: 'ERROR',
      status_message: 'card processor timed out',
    });
  });

  it('carries what the enrichers found: service, API, span type, protocol fields, errors', () => {
    const rows = runView(spanEventView, checkoutTrace());
    expect(rows[6]).toMatchObject({
      span_type: 'ENTRY',
      protocol: 'HTTP',
      service_id: serviceId('payment'),
      api_id: apiId('payment', 'POST /charge'),
      api_name: 'POST /charge',
      api_boundary: 'ENTRY',
      api_status: 'FAIL',
      api_status_code: '503',
      http_method: 'POST',
      http_status_code: 503,
      url_pattern: '/charge',
      error_count: 1,
      exception_count: 1,
    });
    expect(rows[0]).toMatchObject({ environment: 'prod', http_url: 'http://shop.example/checkout' });
    expect(rows[0]?.space_ids).toEqual(['checkout-team']);
    // An exit span to a backend names it; exit spans carry their visit's API.
    expect(rows[3]).toMatchObject({
      span_type: 'EXIT',
      api_name: 'GET /cart/{id}',
      backend_id: backendId('postgresql:shop@pg:5432'),
      backend_name: 'postgresql:shop@pg:5432',
      backend_type: 'DB',
    });
  });

  it("lists the client's and the enriched attributes apart, each as two sorted, parallel string arrays", () => {
    const trace = checkoutTrace();
    const row = runView(spanEventView, trace)[3]!;
    const span = spanNo(trace, 4);
    expect(row.attribute_keys).toEqual([...span.attr.keys()].sort());
    // 0.3.0: an enriched string a dedicated column holds is not repeated in the arrays.
    const held = new Set(SPAN_EVENT_ENRICHED_COLUMNS.map(([key]) => key));
    expect(row.enriched_attribute_keys).toEqual(
      [...span.enriched.keys()].filter((k) => !held.has(k) || !heldByColumn(span.enriched.string(k) ?? '')).sort(),
    );
    expect(row.enriched_in_columns).toBe(1);
    expect(row.enriched_attribute_keys.every((k) => k.startsWith('ht.'))).toBe(true);
    const at = (key: string): string | undefined => row.attribute_values[row.attribute_keys.indexOf(key)];
    const enriched = (key: string): string | undefined =>
      row.enriched_attribute_values[row.enriched_attribute_keys.indexOf(key)];
    expect(at('db.system')).toBe('postgresql');
    expect(at('server.port')).toBe('5432');
    expect(enriched('ht.backend.port')).toBe('5432');
  });

  it('leaves out the enriched strings its columns hold; readers get every enriched attribute back', () => {
    const trace = checkoutTrace();
    const rows = runView(spanEventView, trace);
    for (const [i, row] of rows.entries()) {
      const e = trace.spans[i]!.enriched;
      const keys = [...e.keys()].sort();
      // What 0.2.0 held: every enriched attribute, sorted, values as strings.
      expect(spanEventEnrichedAttributes(row)).toEqual([keys, keys.map((k) => e.asString(k))]);
    }
    const payment = rows[6]!;
    // Held: non-empty strings that are not numbers; the status code '503' stays (it reads as a number).
    expect(payment.enriched_attribute_keys).not.toContain('ht.api.name');
    expect(payment.enriched_attribute_keys).not.toContain('ht.span.type');
    expect(payment.enriched_attribute_keys).toContain('ht.api.status_code');
    // ht.service.name stays: service_name falls back to the resource's service.name.
    expect(payment.enriched_attribute_keys).toContain('ht.service.name');
    // The entry span ids here are all digits ('0000000000000007'): numbers, kept in the arrays.
    expect(payment.enriched_attribute_keys).toContain('ht.api.entry_span_id');
  });

  it('reads rows written before 0.3.0 (enriched_in_columns 0) as they are', () => {
    const row = {
      enriched_in_columns: 0,
      api_name: 'GET /',
      enriched_attribute_keys: ['ht.api.name', 'ht.span.type'],
      enriched_attribute_values: ['GET /', 'ENTRY'],
    };
    expect(spanEventEnrichedAttributes(row)).toEqual([
      ['ht.api.name', 'ht.span.type'],
      ['GET /', 'ENTRY'],
    ]);
    expect(spanEventEnrichedAttributes({})).toEqual([[], []]);
    // 0.3.0: '' and numbers are never taken from the columns.
    expect(
      spanEventEnrichedAttributes({
        enriched_in_columns: 1,
        api_name: 'GET /',
        api_status_code: '404',
        span_type: '',
        backend_name: '-1',
        http_method: 'POST',
        enriched_attribute_keys: ['ht.api.status_code', 'ht.backend.name', 'ht.z'],
        enriched_attribute_values: ['404', '-1', 'z'],
      }),
    ).toEqual([
      ['ht.api.name', 'ht.api.status_code', 'ht.backend.name', 'ht.http.method', 'ht.z'],
      ['GET /', '404', '-1', 'POST', 'z'],
    ]);
    const held = ['', '7f', '-1', 'f7', ' 1', '1e3', '12.5', '1.', '-', '4bf92f3577b34da6a3ce929d0e0e4736'];
    expect(held.map(heldByColumn)).toEqual([false, true, false, true, true, false, false, true, true, true]);
  });

  it('keeps the instrumentation scope and the id of the resource (its attributes: span_resource_view)', () => {
    const resource = createResource({ attributes: { 'service.name': 'cart', 'host.name': 'node-1' } });
    const span = createSpan({
      traceId: 'a'.repeat(32),
      spanId: 'b'.repeat(16),
      name: 'GET /cart',
      startTimeUnixNano: 1_700_000_000_000_000_000n,
      endTimeUnixNano: 1_700_000_000_001_000_000n,
      resource,
      scope: createScope({ name: '@opentelemetry/instrumentation-http', version: '0.57.0' }),
    });
    const [row] = runView(spanEventView, createTrace({ spans: [span] }));
    expect(row).toMatchObject({ scope_name: '@opentelemetry/instrumentation-http', scope_version: '0.57.0' });
    expect(row?.resource_id).toMatch(/^[0-9a-f]{32}$/);
    const twin = createResource({ attributes: { 'host.name': 'node-1', 'service.name': 'cart' } });
    const [again] = runView(
      spanEventView,
      createTrace({ spans: [createSpan({ ...span, attributes: span.attr, resource: twin })] }),
    );
    expect(again?.resource_id).toBe(row?.resource_id);
  });

  it('falls back to the client data where no enricher ran', () => {
    const rows = runView(spanEventView, rawCheckoutTrace());
    expect(rows.map((r) => [r.service_name, r.span_type, r.api_name, r.error_count, r.exception_count])).toEqual([
      ['frontend', '', '', 0, 0],
      ['frontend', '', '', 0, 0],
      ['cart', '', '', 0, 0],
      ['cart', '', '', 0, 0],
      ['cart', '', '', 0, 0],
      ['frontend', '', '', 1, 0],
      ['payment', '', '', 1, 1],
      ['frontend', '', '', 0, 0],
    ]);
  });

  it('keys rows by tenant, trace and span and sorts by service, operation and time', () => {
    expect(spanEventView.key).toEqual(['tenant_id', 'trace_id', 'span_id']);
    expect(spanEventView.sortBy).toEqual([
      'tenant_id',
      'service_name',
      'span_name',
      'start_time',
      'trace_id',
      'span_id',
    ]);
  });
});
