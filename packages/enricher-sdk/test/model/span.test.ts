import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import {
  Attributes,
  createResource,
  createSpan,
  createSpanEvent,
  createTrace,
  durationMicros,
  indexTrace,
  millisToNanos,
  nanosToMicros,
  nanosToMillis,
  normalizeSpanId,
  normalizeTraceId,
  serviceName,
  validateSpan,
} from '../../src/index.js';
import type { Span } from '../../src/index.js';

const T = '0af7651916cd43dd8448eb211c80319c';
const START = 1_700_000_000_000_000_000n;

function span(spanId: string, parentSpanId = '', extra: Partial<Parameters<typeof createSpan>[0]> = {}): Span {
  return createSpan({
    traceId: T,
    spanId,
    parentSpanId,
    name: `op-${spanId}`,
    startTimeUnixNano: START,
    endTimeUnixNano: START + 5_000_000n,
    ...extra,
  });
}

describe('createSpan', () => {
  it('gives every span the same properties in the same order', () => {
    const bare = span('00000000000000a1');
    const full = createSpan({
      tenantId: 'acme',
      traceId: T,
      spanId: '00000000000000a2',
      parentSpanId: '00000000000000a1',
      traceState: 'k=v',
      flags: 1,
      name: 'GET /',
      kind: 'SERVER',
      startTimeUnixNano: START,
      endTimeUnixNano: START + 1n,
      statusCode: 'ERROR',
      statusMessage: 'boom',
      attributes: { a: 'b' },
      resource: createResource({ attributes: { 'service.name': 'svc' } }),
      events: [createSpanEvent({ name: 'e', timeUnixNano: START })],
      links: [],
      droppedAttributesCount: 1,
      droppedEventsCount: 2,
      droppedLinksCount: 3,
      receivedAtUnixNano: START,
      sourceFormat: 'otlp',
      enriched: { 'ht.x': 'y' },
    });
    expect(Object.keys(full)).toEqual(Object.keys(bare));
    expect(bare.parentSpanId).toBe('');
    expect(bare.kind).toBe('INTERNAL');
    expect(bare.statusCode).toBe('UNSET');
    expect(bare.tenantId).toBe('default');
    expect(full.enriched.string('ht.x')).toBe('y');
  });

  it('freezes client attributes and leaves enriched attributes writable with the ht. prefix', () => {
    const attrs = new Attributes({ 'http.route': '/users/{id}' });
    const s = createSpan({
      traceId: T,
      spanId: '00000000000000b1',
      name: 'x',
      startTimeUnixNano: 1n,
      endTimeUnixNano: 2n,
      attributes: attrs,
    });
    expect(s.attr).toBe(attrs);
    expect(attrs.isFrozen).toBe(true);
    s.enriched.set('ht.api.name', 'GET /users/{id}');
    expect(s.enriched.string('ht.api.name')).toBe('GET /users/{id}');
    expect(() => s.enriched.set('api.name', 'x')).toThrow(/ht\./);
  });

  it('names the service from the resource, with the OTel fallback', () => {
    expect(serviceName(createResource({ attributes: { 'service.name': 'cart' } }))).toBe('cart');
    expect(serviceName(span('00000000000000c1').resource)).toBe('unknown_service');
  });
});

describe('createTrace', () => {
  it('takes tenant and trace id from the spans and refuses spans of another trace', () => {
    const trace = createTrace({ spans: [span('00000000000000a1')] });
    expect(trace.traceId).toBe(T);
    expect(trace.fragment).toBe(0);
    expect(trace.entities).toEqual([]);
    const other = createSpan({
      traceId: 'f'.repeat(32),
      spanId: '00000000000000a2',
      name: 'x',
      startTimeUnixNano: 1n,
      endTimeUnixNano: 1n,
    });
    expect(() => createTrace({ spans: [span('00000000000000a1'), other] })).toThrow(/not to trace/);
    expect(() => createTrace({ spans: [] })).toThrow(/needs a traceId/);
    expect(() => createTrace({ spans: [], traceId: T, fragment: -1 })).toThrow(/fragment/);
  });

  it('takes a grouper session (default 0) and refuses one that is not a non-negative safe integer', () => {
    expect(createTrace({ spans: [span('00000000000000a1')] }).session).toBe(0);
    expect(createTrace({ spans: [], traceId: T, session: 1_767_225_600_123 }).session).toBe(1_767_225_600_123);
    for (const session of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) {
      try {
        createTrace({ spans: [], traceId: T, session });
        expect.unreachable();
      } catch (e) {
        expect(isHtError(e, 'INPUT_INVALID')).toBe(true);
        expect((e as Error).message).toMatch(/trace session must be a non-negative safe integer/);
      }
    }
  });
});

describe('indexTrace', () => {
  it('navigates parents and children; orphans are roots', () => {
    const root = span('00000000000000a1');
    const child = span('00000000000000a2', '00000000000000a1');
    const grandchild = span('00000000000000a3', '00000000000000a2');
    const orphan = span('00000000000000a4', '00000000000000ff');
    const trace = createTrace({ spans: [root, child, grandchild, orphan] });
    const index = indexTrace(trace);
    expect(index).toBe(indexTrace(trace));
    expect(index.roots).toEqual([root, orphan]);
    expect(index.parentOf(grandchild)).toBe(child);
    expect(index.parentOf(root)).toBeUndefined();
    expect(index.childrenOf(root)).toEqual([child]);
    expect(index.childrenOf(grandchild)).toEqual([]);
    expect(index.byId.get('00000000000000a3')).toBe(grandchild);
  });
});

describe('ids, times and validation', () => {
  it('normalizes ids from any format', () => {
    expect(normalizeTraceId('463AC35C9F6413AD')).toBe('0000000000000000463ac35c9f6413ad');
    expect(normalizeTraceId('xyz')).toBeUndefined();
    expect(normalizeTraceId('0')).toBeUndefined();
    expect(normalizeTraceId('1'.repeat(33))).toBeUndefined();
    expect(normalizeSpanId('A2FB4A1D1A96D312')).toBe('a2fb4a1d1a96d312');
  });

  it('converts times without float rounding', () => {
    expect(nanosToMicros(1_700_000_000_123_456_789n)).toBe(1_700_000_000_123_456);
    expect(nanosToMillis(1_500_000n)).toBe(1.5);
    expect(millisToNanos(1_700_000_000_123.5)).toBe(1_700_000_000_123_500_000n);
    expect(durationMicros(span('00000000000000a1'))).toBe(5000);
    expect(durationMicros(span('00000000000000a1', '', { endTimeUnixNano: START - 1n }))).toBe(0);
  });

  it('lists every problem of a malformed span', () => {
    expect(validateSpan(span('00000000000000a1'))).toEqual([]);
    const bad = createSpan({
      tenantId: '',
      traceId: 'ABC',
      spanId: '0000000000000000',
      name: 'x',
      startTimeUnixNano: 10n,
      endTimeUnixNano: 5n,
    });
    const problems = validateSpan(bad);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/tenantId[\s\S]*traceId 'ABC'[\s\S]*spanId[\s\S]*endTimeUnixNano/);
  });
});
