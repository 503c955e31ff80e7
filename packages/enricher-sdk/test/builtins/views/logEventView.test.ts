import { describe, expect, it } from 'vitest';
import { logEventView } from '../../../src/builtins/views/logEventView.js';
import { runView } from '../../../src/testing/runView.js';
import { traceBuilder } from '../../../src/testing/TraceBuilder.js';
import { checkoutTrace } from './checkoutTrace.js';
import { spanNo } from './enrichmentHelpers.js';

describe('log_event_view', () => {
  it('has one row per span event: a log and an exception, with their span, service and API', () => {
    const trace = checkoutTrace();
    const [log, exception] = runView(logEventView, trace);
    expect(log).toEqual({
      tenant_id: 'acme',
      trace_id: trace.traceId,
      span_id: spanNo(trace, 1).spanId,
      event_index: 0,
      service_name: 'frontend',
      span_name: 'GET /checkout',
      api_name: 'GET /checkout',
      event_time: Number(spanNo(trace, 1).events[0]!.timeUnixNano / 1000n),
      event_name: 'cart lookup',
      is_exception: false,
      level: 'info',
      message: 'cart not cached',
      exception_type: '',
      exception_message: '',
      exception_stacktrace: '',
      attribute_keys: ['level', 'message'],
      attribute_values: ['info', 'cart not cached'],
    });
    expect(exception).toMatchObject({
      span_id: spanNo(trace, 7).spanId,
      service_name: 'payment',
      event_name: 'exception',
      is_exception: true,
      message: 'Read timed out',
      exception_type: 'java.net.SocketTimeoutException',
      exception_message: 'Read timed out',
      exception_stacktrace: expect.stringContaining('Charge.java:42') as string,
    });
  });

  it('reads OpenTracing error logs (Jaeger) as exceptions too', () => {
    const trace = traceBuilder()
      .span('billing', 'charge', {
        kind: 'SERVER',
        events: [
          { name: 'retry', atMs: 1, attributes: { 'log.severity': 'WARN', 'log.message': 'retrying' } },
          { name: 'error', atMs: 2, attributes: { 'error.kind': 'TimeoutError', message: 'gave up', stack: 'at x' } },
        ],
      })
      .build();
    const rows = runView(logEventView, trace);
    expect(rows.map((r) => [r.event_index, r.level, r.message, r.is_exception, r.exception_type])).toEqual([
      [0, 'WARN', 'retrying', false, ''],
      [1, '', 'gave up', true, 'TimeoutError'],
    ]);
    expect(rows[1]?.exception_stacktrace).toBe('at x');
  });

  it('keeps events with the same name and time apart by their index in the span', () => {
    const same = { name: 'retry', atMs: 1 };
    const trace = traceBuilder()
      .span('a', 'op', { events: [same, same, same] })
      .build();
    expect(runView(logEventView, trace).map((r) => r.event_index)).toEqual([0, 1, 2]);
  });

  it('keys rows by tenant, trace, span and event index and sorts by service, operation and time', () => {
    expect(logEventView.key).toEqual(['tenant_id', 'trace_id', 'span_id', 'event_index']);
    expect(logEventView.timeColumn).toBe('event_time');
    expect(logEventView.sortBy).toEqual([
      'tenant_id',
      'service_name',
      'span_name',
      'event_time',
      'trace_id',
      'span_id',
      'event_index',
    ]);
  });
});
