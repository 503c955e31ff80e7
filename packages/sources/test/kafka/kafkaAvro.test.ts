import { describe, expect, it } from 'vitest';
import { createSpan, rawSpanCodec, rawSpanSchema } from '@ht/enricher-sdk';
import type { Span } from '@ht/enricher-sdk';
import { HtError, isHtError } from '@ht/stream-core';
import { avroRegistryDecoder, topicValueSubject } from '../../src/kafka/avroRegistryDecoder.js';
import type { KafkaMessage } from '@ht/stream-core/kafka';
import type { RegistrySchema, SchemaRegistryPort } from '../../src/kafka/SchemaRegistryPort.js';

const SCHEMA = JSON.stringify(rawSpanSchema());

/** A registry in memory that counts lookups and can be switched off. */
class FakeRegistry implements SchemaRegistryPort {
  readonly lookups: number[] = [];
  down = false;
  constructor(private readonly schemas: readonly RegistrySchema[]) {}

  async schemaById(id: number): Promise<RegistrySchema | undefined> {
    this.lookups.push(id);
    if (this.down) throw new HtError('DEPENDENCY_UNAVAILABLE', 'registry down', { retriable: true });
    return this.schemas.find((s) => s.id === id);
  }
}

const span = (): Span =>
  createSpan({
    tenantId: 'acme',
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: 'b7ad6b7169203331',
    name: 'GET /users',
    startTimeUnixNano: 1_700_000_000_000_000_123n,
    endTimeUnixNano: 1_700_000_000_000_900_456n,
    attributes: { 'ht.big': 9_007_199_254_740_993n, 'ht.min': -(2n ** 63n) },
  });

const framed = (id: number, body: Buffer): Buffer => {
  const header = Buffer.alloc(5);
  header.writeUInt32BE(id, 1);
  return Buffer.concat([header, body]);
};
const message = (value: Buffer | null, topic = 'raw-spans'): KafkaMessage => ({
  topic,
  partition: 0,
  offset: '3',
  key: null,
  value,
  headers: {},
});

function decoder(registry: SchemaRegistryPort) {
  return avroRegistryDecoder({ registry, codec: rawSpanCodec, subject: topicValueSubject });
}

const registry = () =>
  new FakeRegistry([
    { id: 7, schemaType: 'AVRO', schema: SCHEMA, subjects: ['raw-spans-value'] },
    { id: 8, schemaType: 'AVRO', schema: SCHEMA, subjects: ['other-value'] },
    { id: 9, schemaType: 'PROTOBUF', schema: 'syntax = "proto3";', subjects: ['raw-spans-value'] },
  ]);

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(isHtError(error, 'INPUT_INVALID')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected INPUT_INVALID');
}

describe('avroRegistryDecoder', () => {
  it('decodes Confluent-framed RawSpans exactly (longs beyond 2^53 as bigint), looking each id up once', async () => {
    const reg = registry();
    const d = decoder(reg);
    const original = span();
    const value = framed(7, rawSpanCodec.encode(original));
    await d.prepare!([message(value), message(value)]);
    await d.prepare!([message(value)]);
    expect(reg.lookups).toEqual([7]);
    const [decoded] = d.decode(message(value)).values;
    expect(decoded).toEqual(original);
    expect(decoded?.attr.get('ht.big')).toBe(9_007_199_254_740_993n);
  });

  it('reads with the writer schema the registry holds (what the codec resolves from)', async () => {
    const seen: (string | undefined)[] = [];
    const writer = JSON.stringify({ ...rawSpanSchema(), doc: 'an older writer' });
    const reg = new FakeRegistry([{ id: 3, schemaType: 'AVRO', schema: writer, subjects: ['s'] }]);
    const d = avroRegistryDecoder<string>({
      registry: reg,
      subject: 's',
      codec: { name: 'Spy', decode: (_bytes, w) => (seen.push(w as string), 'ok') },
    });
    await d.prepare!([message(framed(3, Buffer.from([1])))]);
    expect(d.decode(message(framed(3, Buffer.from([1])))).values).toEqual(['ok']);
    expect(seen).toEqual([writer]);
  });

  it('refuses records it must not read, each with the reason', async () => {
    const reg = registry();
    const d = decoder(reg);
    const body = rawSpanCodec.encode(span());
    const records = [framed(8, body), framed(9, body), framed(404, body), framed(7, body.subarray(0, 10))];
    await d.prepare!(records.map((r) => message(r)));
    expect(refusal(() => d.decode(message(Buffer.from('{"json":true}'))))).toBe(
      'malformed avro:RawSpan record: not in the Confluent wire format (magic byte 0, then a 4-byte schema id)',
    );
    expect(refusal(() => d.decode(message(records[0]!)))).toBe(
      'malformed avro:RawSpan record: schema id 8 is not a version of subject "raw-spans-value" (it is under "other-value")',
    );
    expect(refusal(() => d.decode(message(records[1]!)))).toMatch(/schema id 9 is PROTOBUF, not Avro/);
    expect(refusal(() => d.decode(message(records[2]!)))).toMatch(/schema id 404 is not in the registry/);
    expect(refusal(() => d.decode(message(records[3]!)))).toMatch(/schema id 7: cannot decode RawSpan from Avro/);
    expect(refusal(() => d.decode(message(framed(5, body))))).toMatch(/schema id 5 was not looked up/);
    expect(d.decode(message(null))).toEqual({ values: [], rejected: [] });
  });

  it('asks again for an id the registry did not know, and fails a batch (retriable) while it is down', async () => {
    const reg = registry();
    const d = decoder(reg);
    await d.prepare!([message(framed(404, Buffer.alloc(1)))]);
    await d.prepare!([message(framed(404, Buffer.alloc(1)))]);
    expect(reg.lookups).toEqual([404, 404]);
    reg.down = true;
    await expect(d.prepare!([message(framed(7, Buffer.alloc(1)))])).rejects.toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
      retriable: true,
    });
  });

  it('takes an explicit subject per topic', async () => {
    const reg = registry();
    const d = avroRegistryDecoder({ registry: reg, codec: rawSpanCodec, subject: (t) => `${t}.spans-value` });
    const value = framed(7, rawSpanCodec.encode(span()));
    await d.prepare!([message(value, 'raw')]);
    expect(refusal(() => d.decode(message(value, 'raw')))).toMatch(/not a version of subject "raw\.spans-value"/);
  });
});
