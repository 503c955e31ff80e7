import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import {
  attributesFromJson,
  attributesToJson,
  createCallEdge,
  createResource,
  createScope,
  createSpan,
  createSpanEvent,
  createSpanLink,
  createTrace,
  spanFromJson,
  spanToJson,
  traceFromJson,
  traceToJson,
} from '../../src/index.js';

const T = '0af7651916cd43dd8448eb211c80319c';
const ABOVE_2_53 = 2n ** 53n + 1n;

function richSpan() {
  return createSpan({
    tenantId: 'acme',
    traceId: T,
    spanId: 'b7ad6b7169203331',
    parentSpanId: 'a2fb4a1d1a96d312',
    traceState: 'ot=p:8',
    flags: 1,
    name: 'GET /users/{id}',
    kind: 'SERVER',
    startTimeUnixNano: 1_700_000_000_123_456_789n,
    endTimeUnixNano: 1_700_000_000_223_456_789n,
    statusCode: 'ERROR',
    statusMessage: 'not found',
    attributes: {
      'http.request.method': 'GET',
      'http.response.status_code': 404n,
      big: ABOVE_2_53,
      ratio: 0.5,
      nan: Number.NaN,
      inf: Number.NEGATIVE_INFINITY,
      ok: false,
      raw: new Uint8Array([0, 1, 254, 255]),
      tags: ['x', 'y'],
      ports: [1n, ABOVE_2_53],
      weights: [1.5, Number.POSITIVE_INFINITY],
      bools: [true],
    },
    resource: createResource({
      attributes: { 'service.name': 'users' },
      schemaUrl: 'https://opentelemetry.io/schemas/1.26.0',
    }),
    scope: createScope({ name: 'http', version: '1.0', attributes: { lib: 'x' } }),
    events: [
      createSpanEvent({
        name: 'exception',
        timeUnixNano: 1_700_000_000_200_000_000n,
        attributes: { 'exception.type': 'NotFound' },
      }),
    ],
    links: [createSpanLink({ traceId: 'f'.repeat(32), spanId: 'e'.repeat(16), flags: 1, attributes: { n: 1n } })],
    droppedAttributesCount: 1,
    droppedEventsCount: 2,
    droppedLinksCount: 3,
    receivedAtUnixNano: 1_700_000_001_000_000_000n,
    sourceFormat: 'zipkin',
    enriched: { 'ht.api.name': 'GET /users/{id}', 'ht.error.count': 1n },
  });
}

describe('JSON debug form', () => {
  it('round-trips a span losslessly through JSON text', () => {
    const span = richSpan();
    const text = JSON.stringify(spanToJson(span));
    const back = spanFromJson(JSON.parse(text));
    expect(spanToJson(back)).toEqual(spanToJson(span));
    expect(back.attr.bigint('big')).toBe(ABOVE_2_53);
    expect(back.attr.bigints('ports')).toEqual([1n, ABOVE_2_53]);
    expect(back.attr.double('nan')).toBeNaN();
    expect(back.attr.bytes('raw')).toEqual(new Uint8Array([0, 1, 254, 255]));
    expect(back.startTimeUnixNano).toBe(1_700_000_000_123_456_789n);
    expect(back.enriched.bigint('ht.error.count')).toBe(1n);
    expect(back.enriched.keyPrefix).toBe('ht.');
  });

  it('writes bigints as decimal strings and tags the types JSON cannot tell apart', () => {
    const json = spanToJson(richSpan());
    expect(json.startTimeUnixNano).toBe('1700000000123456789');
    expect(json.attributes['http.response.status_code']).toEqual({ int: '404' });
    expect(json.attributes['big']).toEqual({ int: '9007199254740993' });
    expect(json.attributes['ratio']).toBe(0.5);
    expect(json.attributes['nan']).toEqual({ double: 'NaN' });
    expect(json.attributes['raw']).toEqual({ bytes: 'AAH+/w==' });
    expect(json.attributes['weights']).toEqual({ doubles: [1.5, 'Infinity'] });
    expect(json.attributes['tags']).toEqual(['x', 'y']);
  });

  it('round-trips a trace with entities, edges and errors', () => {
    const trace = createTrace({ spans: [richSpan()], fragment: 2, enriched: { 'ht.trace.root': 'users' } });
    trace.entities.push({ id: 'e1', tenantId: 'acme', type: 'SERVICE', name: 'users', attributes: { env: 'prod' } });
    trace.callEdges.push(
      createCallEdge({
        callerSpanId: 'a2fb4a1d1a96d312',
        calleeSpanId: 'b7ad6b7169203331',
        calleeType: 'SERVICE',
        calleeId: 'e1',
      }),
    );
    trace.enrichmentErrors.push({ enricher: 'geo', spanId: '', code: 'TIMEOUT', message: 'slow' });
    const back = traceFromJson(JSON.parse(JSON.stringify(traceToJson(trace))));
    expect(traceToJson(back)).toEqual(traceToJson(trace));
    expect(back.fragment).toBe(2);
  });

  it('round-trips the grouper session (above 2^31 ms) as a JSON number; 0 when left out', () => {
    const trace = createTrace({ spans: [richSpan()], fragment: 1, session: 1_767_225_600_123 });
    const json = traceToJson(trace);
    expect(json.session).toBe(1_767_225_600_123);
    const back = traceFromJson(JSON.parse(JSON.stringify(json)));
    expect(back.session).toBe(1_767_225_600_123);
    expect(back.fragment).toBe(1);
    const { session: _s, ...withoutSession } = json;
    expect(traceFromJson(JSON.parse(JSON.stringify(withoutSession))).session).toBe(0);
    expect(() => traceFromJson({ ...withoutSession, session: -1 })).toThrow(/session/);
  });

  it('accepts hand-written fixtures with defaults and inherited ids', () => {
    const trace = traceFromJson({
      tenantId: 'acme',
      traceId: T,
      spans: [
        {
          spanId: 'b7ad6b7169203331',
          name: 'GET /',
          startTimeUnixNano: '1',
          endTimeUnixNano: 2,
          attributes: { n: { int: '5' } },
        },
      ],
    });
    expect(trace.spans[0]!.tenantId).toBe('acme');
    expect(trace.spans[0]!.attr.int('n')).toBe(5);
    expect(trace.spans[0]!.kind).toBe('INTERNAL');
  });

  it('rejects malformed input with every problem and its path', () => {
    try {
      spanFromJson({
        traceId: T,
        spanId: 'x',
        name: 1,
        startTimeUnixNano: 1.5,
        endTimeUnixNano: 'soon',
        kind: 'SIDEWAYS',
      });
      expect.unreachable();
    } catch (e) {
      expect(isHtError(e, 'INPUT_INVALID')).toBe(true);
      const message = (e as Error).message;
      for (const path of ['name', 'startTimeUnixNano', 'endTimeUnixNano', 'kind']) expect(message).toContain(path);
    }
    expect(() => attributesFromJson({ n: { int: '1.5' } })).toThrow(/attribute 'n'/);
    expect(() => attributesFromJson({ n: { int: '1', extra: 1 } })).toThrow(/attribute 'n'/);
    expect(() => attributesFromJson({ m: [1, 'a'] })).toThrow(/attribute 'm'/);
    expect(() => attributesFromJson([])).toThrow(/JSON object/);
    expect(attributesToJson(attributesFromJson({ e: [] }))).toEqual({ e: [] });
  });
});
