import { afterAll, describe, expect, it } from 'vitest';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { createSpan, rawSpanCodec, rawSpanSchema } from '@ht/enricher-sdk';
import type { Span } from '@ht/enricher-sdk';
import { Job } from '@ht/stream-core';
import { MemorySink } from '@ht/stream-core/testing';
import { avroRegistryDecoder, topicValueSubject } from '../../src/kafka/avroRegistryDecoder.js';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import type { BadKafkaRecord } from '../../src/kafka/KafkaRecordDecoder.js';
import { kafkajsConsumer } from '@ht/stream-core/kafka';
import { httpSchemaRegistry } from '../../src/kafka/SchemaRegistryPort.js';
import { freePort } from '@ht/services';
import { BrokerFixture, eventually, schemaRegistryUrl, TEST_CONSUMER } from './broker.js';

const fixture = new BrokerFixture();
const registryClient = new SchemaRegistry({ host: schemaRegistryUrl });
afterAll(() => fixture.close());

const framed = (id: number, body: Buffer): Buffer => {
  const header = Buffer.alloc(5);
  header.writeUInt32BE(id, 1);
  return Buffer.concat([header, body]);
};

const spanNo = (i: number): Span =>
  createSpan({
    tenantId: i % 2 === 0 ? 'acme' : 'beta',
    traceId: `${'0'.repeat(16)}${(i + 1).toString(16).padStart(16, '0')}`,
    spanId: (i + 1).toString(16).padStart(16, '0'),
    name: `op-${i}`,
    startTimeUnixNano: 1_700_000_000_000_000_001n + BigInt(i),
    endTimeUnixNano: 1_700_000_000_000_500_001n + BigInt(i),
    attributes: { 'ht.big': 2n ** 62n + BigInt(i), 'ht.n': BigInt(i) },
  });

describe('Kafka source with Avro via the schema registry (Apicurio, ccompat)', () => {
  it('reads RawSpans registered under the explicit subject exactly; refuses a record of another subject, with its offset', async () => {
    const topic = await fixture.topic('avro', 2);
    const group = fixture.group('avro');
    const { id } = await registryClient.register(
      { type: SchemaType.AVRO, schema: JSON.stringify(rawSpanSchema()) },
      { subject: topicValueSubject(topic) },
    );
    const other = await registryClient.register(
      {
        type: SchemaType.AVRO,
        schema: JSON.stringify({ type: 'record', name: 'Other', fields: [{ name: 'a', type: 'long' }] }),
      },
      { subject: `${topic}-other-value` },
    );
    const spans = Array.from({ length: 300 }, (_, i) => spanNo(i));
    const messages = spans.map((s, i) => ({ partition: i % 2, value: framed(id, rawSpanCodec.encode(s)) }));
    messages.splice(100, 0, { partition: 0, value: framed(other.id, Buffer.from([2])) });
    await fixture.produce(topic, messages);

    const bad: BadKafkaRecord[] = [];
    const registry = httpSchemaRegistry({ url: schemaRegistryUrl });
    const source = new KafkaSource<Span>({
      consumer: kafkajsConsumer(fixture.kafka, { groupId: group, ...TEST_CONSUMER }),
      topics: [topic],
      decoder: avroRegistryDecoder({ registry, codec: rawSpanCodec, subject: topicValueSubject }),
      onBadRecord: (b) => void bad.push(b),
    });
    const sink = new MemorySink<Span>();
    const job = new Job({ name: 'avro' });
    job.source(source).to(sink);
    await job.start();
    await eventually(() => sink.records.length >= spans.length, `${spans.length} spans`);
    await eventually(() => fixture.fullyCommitted(group, topic), 'commits at the end of the topic');
    await job.stop();

    const bySpanId = new Map(sink.records.map((s) => [s.spanId, s]));
    expect(sink.records).toHaveLength(spans.length);
    for (const s of spans) expect(bySpanId.get(s.spanId)).toEqual(s);
    expect(bad.map((b) => [b.kind, b.topic, b.partition, b.offset])).toEqual([['undecodable', topic, 0, '50']]);
    expect(bad[0]?.reason).toContain(`schema id ${other.id} is not a version of subject "${topic}-value"`);
  }, 60_000);

  it('httpSchemaRegistry: the schema text and its subjects; undefined for an unknown id; unavailable when down', async () => {
    const subject = `ht-sources-avro-probe-${process.pid}-value`;
    const text = JSON.stringify(rawSpanSchema());
    const { id } = await registryClient.register({ type: SchemaType.AVRO, schema: text }, { subject });
    const found = await httpSchemaRegistry({ url: schemaRegistryUrl }).schemaById(id);
    expect(found?.schemaType).toBe('AVRO');
    expect(found?.subjects).toContain(subject);
    // The text as the registry holds it (the client wrote names short); our codec reads with it as writer.
    expect((JSON.parse(found!.schema) as { name: string }).name).toBe('RawSpan');
    expect(rawSpanCodec.decode(rawSpanCodec.encode(spanNo(7)), found!.schema)).toEqual(spanNo(7));
    expect(await httpSchemaRegistry({ url: schemaRegistryUrl }).schemaById(2_000_000_000)).toBeUndefined();
    const down = httpSchemaRegistry({ url: `http://127.0.0.1:${await freePort()}`, timeoutMs: 2_000 });
    await expect(down.schemaById(1)).rejects.toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', retriable: true });
  });
});
