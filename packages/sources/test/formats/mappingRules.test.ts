import { describe, expect, it } from 'vitest';
import { Attributes } from '@ht/enricher-sdk';
import { isHtError } from '@ht/stream-core';
import {
  InMemoryReceiverMetrics,
  ReceiverCounter,
  resolveLimits,
  resolveTenant,
  validateTenancy,
} from '../../src/index.js';
import { scopeFromTags, statusFromTags } from '../../src/formats/common/statusFromTags.js';
import { traceIdFromHalves } from '../../src/formats/jaeger/JaegerSpan.js';
import { annotationToEvent, collectorEventText } from '../../src/formats/zipkin/zipkinAnnotation.js';
import { linksFromTags } from '../../src/formats/zipkin/zipkinLinks.js';
import { zipkinV1ToV2 } from '../../src/formats/zipkin/zipkinV1.js';
import { ipFromBytes } from '../../src/formats/zipkin/ZipkinSpan.js';
import { JsonReader } from '../../src/wire/JsonReader.js';

describe('status from Zipkin / Jaeger tags (as the OTel Collector derives it)', () => {
  const status = (tags: Record<string, string | boolean | bigint>, kind: 'CLIENT' | 'SERVER' = 'SERVER') => {
    const attrs = new Attributes(tags);
    return { ...statusFromTags(attrs, kind), left: attrs.toObject() };
  };

  it('takes error=true as ERROR with otel.status_description as the message, removing the tags', () => {
    expect(status({ error: true, 'otel.status_code': 'ERROR', 'otel.status_description': 'boom', x: 'y' })).toEqual({
      code: 'ERROR',
      message: 'boom',
      left: { x: 'y' },
    });
  });

  it('takes a string error value as the message, and error=false as no error', () => {
    expect(status({ error: 'query timed out' })).toMatchObject({ code: 'ERROR', message: 'query timed out' });
    expect(status({ error: 'false' })).toMatchObject({ code: 'UNSET', left: { error: 'false' } });
  });

  it('uses otel.status_code when there is no error tag', () => {
    expect(status({ 'otel.status_code': 'OK' })).toEqual({ code: 'OK', message: '', left: {} });
  });

  it("reads the Collector zipkin exporter's STATUS_CODE_OK / STATUS_CODE_ERROR, removing both status tags", () => {
    expect(status({ 'otel.status_code': 'STATUS_CODE_OK', x: 'y' })).toEqual({
      code: 'OK',
      message: '',
      left: { x: 'y' },
    });
    expect(status({ 'otel.status_code': 'STATUS_CODE_ERROR', 'otel.status_description': 'boom' })).toEqual({
      code: 'ERROR',
      message: 'boom',
      left: {},
    });
    // What the Collector writes for an ERROR status: the error tag too.
    expect(
      status({ 'otel.status_code': 'STATUS_CODE_ERROR', 'otel.status_description': 'boom', error: 'true' }),
    ).toEqual({ code: 'ERROR', message: 'boom', left: {} });
  });

  it('leaves an unknown otel.status_code to the HTTP rule, still removing it', () => {
    expect(status({ 'otel.status_code': 'STATUS_CODE_UNSET' })).toEqual({ code: 'UNSET', message: '', left: {} });
    expect(status({ 'otel.status_code': 'STATUS_CODE_OKAY', 'http.status_code': '503' })).toMatchObject({
      code: 'ERROR',
      left: { 'http.status_code': '503' },
    });
  });

  it('falls back to the HTTP status: 5xx is an error, 4xx only on client spans', () => {
    expect(status({ 'http.status_code': '503' }).code).toBe('ERROR');
    expect(status({ 'http.response.status_code': 404n }, 'SERVER').code).toBe('UNSET');
    expect(status({ 'http.response.status_code': 404n }, 'CLIENT').code).toBe('ERROR');
  });

  it('takes the instrumentation scope from otel.scope.* or otel.library.* tags', () => {
    const attrs = new Attributes({ 'otel.library.name': 'http', 'otel.library.version': '1.0', keep: 'me' });
    expect(scopeFromTags(attrs)).toEqual({ name: 'http', version: '1.0' });
    expect(attrs.toObject()).toEqual({ keep: 'me' });
  });
});

describe('Zipkin v1 to v2 (V1SpanConverter rules)', () => {
  const local = { serviceName: 'frontend', ipv4: '10.0.0.1', ipv6: '', port: 80 };
  const remote = { serviceName: 'backend', ipv4: '10.0.0.2', ipv6: '', port: 9000 };

  it('takes kind, local endpoint and times from the core annotations, the remote from sa', () => {
    const v2 = zipkinV1ToV2({
      traceId: 'a',
      id: 'b',
      parentId: '',
      name: 'get',
      annotations: [
        { timestampNanos: 1000n, value: 'cs', endpoint: local },
        { timestampNanos: 1500n, value: 'retry', endpoint: local },
        { timestampNanos: 3000n, value: 'cr', endpoint: local },
      ],
      binaryAnnotations: [
        { key: 'sa', value: 'true', address: true, endpoint: remote },
        { key: 'http.path', value: '/', address: false, endpoint: local },
      ],
      debug: false,
    });
    expect(v2).toMatchObject({
      kind: 'CLIENT',
      timestampNanos: 1000n,
      durationNanos: 2000n,
      localEndpoint: local,
      remoteEndpoint: remote,
      annotations: [{ timestampNanos: 1500n, value: 'retry' }],
      tags: [['http.path', '/']],
    });
  });

  it('uses the lc endpoint as the local one when there are no core annotations', () => {
    const v2 = zipkinV1ToV2({
      traceId: 'a',
      id: 'b',
      parentId: '',
      name: 'compute',
      timestampNanos: 5n,
      durationNanos: 7n,
      annotations: [],
      binaryAnnotations: [{ key: 'lc', value: 'worker', address: false, endpoint: local }],
      debug: false,
    });
    expect(v2).toMatchObject({
      kind: '',
      localEndpoint: local,
      timestampNanos: 5n,
      durationNanos: 7n,
      tags: [['lc', 'worker']],
    });
  });
});

describe('wire helpers', () => {
  it('parses OTel JSON event annotations into named events with typed attributes', () => {
    const event = annotationToEvent('{"exception": {"exception.type": "E", "retries": 3, "ok": false}}', 7n);
    expect([event.name, event.timeUnixNano, event.attr.toObject()]).toEqual([
      'exception',
      7n,
      { 'exception.type': 'E', retries: 3n, ok: false },
    ]);
    expect(annotationToEvent('{not json}', 1n).name).toBe('{not json}');
  });

  it("parses the Collector's event annotation name|{attributes}|dropped into name, typed attributes and count", () => {
    const event = annotationToEvent(
      'exception|{"exception.type":"E","retries":3,"ratio":0.5,"ok":false,"tags":["a","b"],"m":{"k":1},"nil":null,"p":"a|b"}|2',
      7n,
    );
    expect([event.name, event.timeUnixNano, event.attr.toObject(), event.droppedAttributesCount]).toEqual([
      'exception',
      7n,
      { 'exception.type': 'E', retries: 3n, ratio: 0.5, ok: false, tags: ['a', 'b'], m: '{"k":1}', nil: '', p: 'a|b' },
      2,
    ]);
    expect(collectorEventText('retry|{}|0')).toEqual({ name: 'retry', attributes: {}, droppedAttributesCount: 0 });
    expect(collectorEventText('|{"a":"b"}|0')).toEqual({ name: '', attributes: { a: 'b' }, droppedAttributesCount: 0 });
    // A __proto__ key is an attribute like any other.
    expect(collectorEventText('e|{"__proto__":"x"}|0')?.attributes).toEqual(Object.fromEntries([['__proto__', 'x']]));
  });

  it('keeps any annotation not exactly of the Collector form as the event name', () => {
    for (const value of [
      'cache miss',
      'a|b',
      'a|b|c',
      'name|{"a":1}',
      'name|{"a":1}|',
      'name|{"a":1}|-1',
      'name|{"a":1}|1.5',
      'name|{"a":1}|4294967296',
      'name|{"a":1}|12345678901',
      'name|{"a":1} |0',
      'name|[1,2]|0',
      'name|{not json}|0',
      'na|me|{"a":1}|0',
      'name|{"a":1}|0|',
    ]) {
      expect(collectorEventText(value), value).toBeUndefined();
      const event = annotationToEvent(value, 1n);
      expect([event.name, event.attr.toObject(), event.droppedAttributesCount], value).toEqual([value, {}, 0]);
    }
    expect(collectorEventText('name|{"a":1}|4294967295')?.droppedAttributesCount).toBe(4294967295);
  });

  it("parses the Collector's otlp.link.N tags into links and removes them from the attributes", () => {
    const trace = '2E8AD10DF71EF124F61E6A5F965D092E';
    const attrs = new Attributes({
      'otlp.link.0': `${trace}|e3e998aa4b94da38||{"link.reason":"batch","n":2}|0`,
      'otlp.link.1': `${trace.toLowerCase()}|00000000000000a1|rojo=00f067aa0ba902b7|{"a|b":true}|3`,
      keep: 'me',
    });
    const links = linksFromTags(attrs);
    expect(
      links.map((l) => [l.traceId, l.spanId, l.traceState, l.attr.toObject(), l.droppedAttributesCount, l.flags]),
    ).toEqual([
      [trace.toLowerCase(), 'e3e998aa4b94da38', '', { 'link.reason': 'batch', n: 2n }, 0, 0],
      [trace.toLowerCase(), '00000000000000a1', 'rojo=00f067aa0ba902b7', { 'a|b': true }, 3, 0],
    ]);
    expect(attrs.toObject()).toEqual({ keep: 'me' });
  });

  it('keeps a link tag not exactly of the Collector form, and reads indexes from 0 while they exist', () => {
    const trace = '2e8ad10df71ef124f61e6a5f965d092e';
    const bad = [
      `${trace}|e3e998aa4b94da38|{}|0`,
      `${trace.slice(16)}|e3e998aa4b94da38||{}|0`,
      `${trace}|e3e998aa4b94da3||{}|0`,
      `${'0'.repeat(32)}|e3e998aa4b94da38||{}|0`,
      `${trace}|0000000000000000||{}|0`,
      `|||{}|0`,
      `${trace}|e3e998aa4b94da38||{"a":1}|x`,
      `${trace}|e3e998aa4b94da38||{"a":1}|4294967296`,
      `${trace}|e3e998aa4b94da38||[1]|0`,
      `${trace}|e3e998aa4b94da38||{bad}|0`,
      `"${trace}"|e3e998aa4b94da38||{}|0`,
    ];
    for (const value of bad) {
      const attrs = new Attributes({ 'otlp.link.0': value });
      expect(linksFromTags(attrs), value).toEqual([]);
      expect(attrs.toObject(), value).toEqual({ 'otlp.link.0': value });
    }
    const good = `${trace}|e3e998aa4b94da38||{}|0`;
    // A bad tag does not stop the following indexes; a missing index does.
    const attrs = new Attributes({ 'otlp.link.0': 'junk', 'otlp.link.1': good, 'otlp.link.3': good });
    expect(linksFromTags(attrs).map((l) => l.spanId)).toEqual(['e3e998aa4b94da38']);
    expect(attrs.toObject()).toEqual({ 'otlp.link.0': 'junk', 'otlp.link.3': good });
    // At most 128 link tags are read.
    const many = new Attributes(Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`otlp.link.${i}`, good])));
    expect(linksFromTags(many)).toHaveLength(128);
    expect(Object.keys(many.toObject())).toEqual(['otlp.link.128', 'otlp.link.129']);
  });

  it('renders IPs from bytes and joins Jaeger trace id halves', () => {
    expect(ipFromBytes(new Uint8Array([10, 0, 0, 1]))).toBe('10.0.0.1');
    expect(ipFromBytes(new Uint8Array(16).fill(0).map((_, i) => (i === 15 ? 1 : 0)))).toBe('0:0:0:0:0:0:0:1');
    expect(traceIdFromHalves('', 'abc')).toBe('0000000000000000' + '0000000000000abc');
  });

  it('reads fractional Zipkin microseconds into nanoseconds and names the JSON path of a bad value', () => {
    const [span] = JsonReader.parseArray('zipkin_json', Buffer.from('[{"timestamp": 1700000000000000.5, "id": 5}]'));
    expect(span!.microsAsNanos('timestamp')).toBe(1_700_000_000_000_000_500n);
    try {
      span!.string('id');
      expect.unreachable();
    } catch (error) {
      expect(isHtError(error, 'INPUT_INVALID')).toBe(true);
      expect((error as Error).message).toBe('malformed zipkin_json payload: [0].id must be a string, got 5');
    }
  });
});

describe('tenancy, limits and metrics configuration', () => {
  const headers = (h: Record<string, string>) => (name: string) => h[name];

  it('resolves tenants from the header, the default, or API keys', () => {
    expect(resolveTenant({}, headers({}))).toEqual({ ok: true, tenantId: 'default' });
    expect(resolveTenant({ tenantHeader: 'x-org' }, headers({ 'x-org': 'acme' }))).toEqual({
      ok: true,
      tenantId: 'acme',
    });
    const keys = { apiKeys: { k1: 'acme' } };
    expect(resolveTenant(keys, headers({ authorization: 'bearer k1' }))).toEqual({ ok: true, tenantId: 'acme' });
    expect(resolveTenant(keys, headers({ 'x-api-key': 'k2' }))).toMatchObject({ ok: false, status: 'unauthenticated' });
  });

  it('refuses bad configuration with CONFIG_INVALID', () => {
    expect(() => validateTenancy({ apiKeys: { k: 'not a tenant' } })).toThrow(
      "tenant 'not a tenant' is not a valid tenant id",
    );
    expect(() => resolveLimits({ maxBodyBytes: 0 })).toThrow('limits.maxBodyBytes must be a positive integer, got 0');
  });

  it('exposes counters as Prometheus text', () => {
    const metrics = new InMemoryReceiverMetrics();
    metrics.count('zipkin', ReceiverCounter.SPANS_ACCEPTED, 3);
    expect(metrics.toPrometheus()).toContain('ht_receiver_spans_accepted_total{receiver="zipkin"} 3');
    expect(metrics.snapshot()).toEqual({ zipkin: { spans_accepted: 3 } });
  });
});
