import { describe, expect, it } from 'vitest';
import { isHtError } from '@ht/stream-core';
import { KAFKA_SPAN_ENCODINGS, kafkaSpanDecoder } from '../../src/kafka/kafkaSpanDecoder.js';
import { spanStartTime } from '../../src/kafka/spanStartTime.js';
import type { KafkaSpanEncoding } from '../../src/kafka/kafkaSpanDecoder.js';
import type { KafkaMessage } from '@ht/stream-core/kafka';
import { expectSpans } from '../support/expectSpans.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';

const captures = loadGoldenCaptures();
const message = (value: Buffer | null, headers: Record<string, string> = {}): KafkaMessage => ({
  topic: 't',
  partition: 0,
  offset: '7',
  key: null,
  value,
  headers,
});

describe('kafkaSpanDecoder', () => {
  // The receivers' captures of the same payloads the Collector's kafka exporter writes.
  const receiverCaptures: [KafkaSpanEncoding, string][] = [
    ['otlp_proto', 'otlp_proto-otel-js'],
    ['otlp_json', 'otlp_json-otel-js'],
    ['zipkin_proto', 'zipkin_proto-otel-python'],
    ['zipkin_json', 'zipkin_json-otel-js'],
  ];
  for (const [encoding, name] of receiverCaptures) {
    it(`${encoding}: one record is one payload (${name})`, () => {
      const capture = captures.get(name)!;
      const decoder = kafkaSpanDecoder(encoding);
      const spans = capture.payloads.flatMap((p) => {
        const decoded = decoder.decode(message(p));
        expect(decoded.rejected).toEqual([]);
        return decoded.values;
      });
      expectSpans(spans, capture.expected, 'default');
    });
  }

  it('takes the tenant from a header, else the default', () => {
    const payload = captures.get('zipkin_json-otel-js')!.payloads[0]!;
    const decoder = kafkaSpanDecoder('zipkin_json', { tenantHeader: 'tenant', defaultTenant: 'fallback' });
    expect(new Set(decoder.decode(message(payload, { tenant: 'acme' })).values.map((s) => s.tenantId))).toEqual(
      new Set(['acme']),
    );
    expect(new Set(decoder.decode(message(payload)).values.map((s) => s.tenantId))).toEqual(new Set(['fallback']));
    const byDefault = kafkaSpanDecoder('zipkin_json').decode(message(payload, { 'x-tenant-id': 'beta' }));
    expect(byDefault.values[0]?.tenantId).toBe('beta');
  });

  it('refuses a record with a malformed tenant header as the receivers do, naming the header', () => {
    const payload = captures.get('zipkin_json-otel-js')!.payloads[0]!;
    const decoder = kafkaSpanDecoder('zipkin_json');
    expect(() => decoder.decode(message(payload, { 'x-tenant-id': 'acme corp' }))).toThrow(
      "record refused: x-tenant-id 'acme corp' is not a tenant id: use 1-128 letters, digits, '.', '_', ':' or '-'",
    );
    let thrown: unknown;
    try {
      decoder.decode(message(payload, { 'x-tenant-id': '-acme' }));
    } catch (error) {
      thrown = error;
    }
    expect(isHtError(thrown, 'INPUT_INVALID')).toBe(true);
    expect(decoder.decode(message(payload, { 'x-tenant-id': '' })).values[0]?.tenantId).toBe('default');
  });

  it('with API keys, takes the tenant from the key and refuses a record without a known one', () => {
    const payload = captures.get('zipkin_json-otel-js')!.payloads[0]!;
    const decoder = kafkaSpanDecoder('zipkin_json', { apiKeys: { 'key-acme': 'acme' } });
    const keyed = decoder.decode(message(payload, { authorization: 'Bearer key-acme', 'x-tenant-id': 'other' }));
    expect(keyed.values[0]?.tenantId).toBe('acme');
    expect(decoder.decode(message(payload, { 'x-api-key': 'key-acme' })).values[0]?.tenantId).toBe('acme');
    expect(() => decoder.decode(message(payload))).toThrow('record refused: an API key is required');
    expect(() => decoder.decode(message(payload, { 'x-api-key': 'nope' }))).toThrow(
      'record refused: the API key is not known',
    );
  });

  it('refuses tenancy options the receivers refuse', () => {
    expect(() => kafkaSpanDecoder('zipkin_json', { defaultTenant: 'a b' })).toThrow(
      "tenant 'a b' is not a valid tenant id",
    );
  });

  it('reads a tombstone as no spans, and reports spans the mapping rejects', () => {
    expect(kafkaSpanDecoder('otlp_json').decode(message(null))).toEqual({ values: [], rejected: [] });
    const noIds = Buffer.from(JSON.stringify([{ name: 'x', timestamp: 1, duration: 1 }]));
    const decoded = kafkaSpanDecoder('zipkin_json').decode(message(noIds));
    expect(decoded.values).toEqual([]);
    expect(decoded.rejected).toHaveLength(1);
    expect(decoded.rejected[0]).toMatch(/traceId/);
  });

  it('throws INPUT_INVALID for a record it cannot read', () => {
    const decoder = kafkaSpanDecoder('otlp_proto');
    let thrown: unknown;
    try {
      decoder.decode(message(Buffer.from([0x0a, 0xff, 0xff])));
    } catch (error) {
      thrown = error;
    }
    expect(isHtError(thrown, 'INPUT_INVALID')).toBe(true);
  });

  it('refuses an unknown encoding, naming the known ones', () => {
    expect(() => kafkaSpanDecoder('avro' as KafkaSpanEncoding)).toThrow(
      `unknown Kafka span encoding "avro"; known: ${Object.keys(KAFKA_SPAN_ENCODINGS).join(', ')}`,
    );
  });

  it('gives a span its start as event time in ms', () => {
    const span = kafkaSpanDecoder('zipkin_json').decode(message(captures.get('zipkin_json-otel-js')!.payloads[0]!))
      .values[0]!;
    expect(spanStartTime(span)).toBe(Number(span.startTimeUnixNano / 1_000_000n));
  });
});
