import { describe, expect, it } from 'vitest';
import { durationMicros, indexTrace, serviceName } from '../../src/index.js';
import { traceBuilder } from '../../src/testing/index.js';

describe('traceBuilder', () => {
  it('builds the call tree the chain describes, with shared per-service resources', () => {
    const trace = traceBuilder({ tenantId: 'acme' })
      .service('cart', { 'deployment.environment.name': 'prod' })
      .span('frontend', 'GET /checkout', { attributes: { 'http.request.method': 'GET' } })
      .call('cart', 'GET /cart/{id}')
      .child('cart', 'SELECT carts', { kind: 'CLIENT', attributes: { 'db.system': 'postgresql' } })
      .sibling('cart', 'GET redis', { kind: 'CLIENT' })
      .up(3)
      .child('frontend', 'render', {
        statusCode: 'ERROR',
        events: [{ name: 'exception', atMs: 50, attributes: { 'exception.type': 'E' } }],
      })
      .build();

    const summary = trace.spans.map((s) => [s.spanId, s.parentSpanId, serviceName(s.resource), s.kind, s.name]);
    expect(summary).toEqual([
      ['0000000000000001', '', 'frontend', 'SERVER', 'GET /checkout'],
      ['0000000000000002', '0000000000000001', 'frontend', 'CLIENT', 'GET /cart/{id}'],
      ['0000000000000003', '0000000000000002', 'cart', 'SERVER', 'GET /cart/{id}'],
      ['0000000000000004', '0000000000000003', 'cart', 'CLIENT', 'SELECT carts'],
      ['0000000000000005', '0000000000000003', 'cart', 'CLIENT', 'GET redis'],
      ['0000000000000006', '0000000000000001', 'frontend', 'INTERNAL', 'render'],
    ]);
    const [root, client, server, db] = trace.spans;
    expect(root!.resource).toBe(client!.resource);
    expect(server!.resource.attr.string('deployment.environment.name')).toBe('prod');
    expect(db!.attr.string('db.system')).toBe('postgresql');
    expect(trace.tenantId).toBe('acme');
    expect(trace.spans[5]!.events[0]?.attr.string('exception.type')).toBe('E');
    expect(indexTrace(trace).roots).toEqual([root]);
  });

  it('nests default times inside the parent and honours explicit ones', () => {
    const trace = traceBuilder({ startTimeUnixNano: 1_000_000_000_000_000_000n })
      .span('a', 'root')
      .child('a', 'first')
      .sibling('a', 'second', { startMs: 40, durationMs: 2.5 })
      .build();
    const [root, first, second] = trace.spans;
    expect(root!.startTimeUnixNano).toBe(1_000_000_000_000_000_000n);
    expect(durationMicros(root!)).toBe(100_000);
    expect(first!.startTimeUnixNano).toBeGreaterThan(root!.startTimeUnixNano);
    expect(first!.endTimeUnixNano).toBeLessThanOrEqual(root!.endTimeUnixNano);
    expect(second!.startTimeUnixNano).toBe(1_000_000_000_040_000_000n);
    expect(durationMicros(second!)).toBe(2500);
  });

  it('explains misuse', () => {
    expect(() => traceBuilder().child('a', 'x')).toThrow(/child\(\) needs a span first/);
    expect(() => traceBuilder().span('a', 'x').service('a', {})).toThrow(/before its first span/);
  });
});
