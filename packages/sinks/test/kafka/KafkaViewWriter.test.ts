import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { createKafkaViewWriter, jsonRecordEncoder, viewAvroSchema } from '../../src/index.js';
import type { KafkaProducerPort, KafkaRecord } from '@ht/stream-core/kafka';
import { fixtureTraces, fixtureRawTraceView, fixtureSpanEventView, viewRows } from '../../src/testing/index.js';

/** A producer double whose sends resolve only when the test says the broker acknowledged. */
function fakeProducer(): KafkaProducerPort & {
  sends: { topic: string; records: readonly KafkaRecord[] }[];
  ack(): void;
} {
  const pending: (() => void)[] = [];
  const sends: { topic: string; records: readonly KafkaRecord[] }[] = [];
  return {
    sends,
    ack: () => pending.splice(0).forEach((f) => f()),
    send: (topic, records) =>
      new Promise<void>((resolve) => {
        sends.push({ topic, records });
        pending.push(resolve);
      }),
    disconnect: async () => undefined,
  };
}

describe('KafkaViewWriter', () => {
  const rows = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 20 }));

  it('resolves a write only after the broker acknowledged every request, split by request bytes', async () => {
    const producer = fakeProducer();
    const writer = await createKafkaViewWriter({ producer, views: [fixtureSpanEventView], maxRequestBytes: 4_000 });
    let done = false;
    const write = writer.write('fixture_span_event_view', rows).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(producer.sends.length).toBeGreaterThan(2);
    expect(done).toBe(false);
    producer.ack();
    await write;
    expect(producer.sends.every((s) => s.topic === 'ht.views.fixture_span_event_view')).toBe(true);
    const records = producer.sends.flatMap((s) => s.records);
    expect(records.map((r) => r.key)).toEqual(rows.map((r) => `${r.tenant_id}:${r.trace_id}:${r.span_id}`));
    expect(JSON.parse(records[0]!.value.toString('utf8'))).toEqual(rows[0]);
  });

  it('refuses bad rows before sending anything', async () => {
    const producer = fakeProducer();
    const writer = await createKafkaViewWriter({ producer, views: [fixtureSpanEventView] });
    await expect(writer.write('fixture_span_event_view', [{ ...rows[0]!, is_entry: 'yes' }])).rejects.toThrow(
      /row 0, column 'is_entry': expected bool/,
    );
    expect(producer.sends).toEqual([]);
  });

  it('JSON keeps 64-bit integers exact; the Avro schema follows the view columns', () => {
    const encoded = jsonRecordEncoder()
      .encode(fixtureRawTraceView, { duration_micros: 2n ** 62n + 1n, n: 'x' })
      .toString('utf8');
    expect(encoded).toBe('{"duration_micros":4611686018427387905,"n":"x"}');
    const type = avro.Type.forSchema(viewAvroSchema(fixtureRawTraceView) as avro.Schema);
    const row = viewRows(fixtureRawTraceView, fixtureTraces({ traces: 1 }))[0]!;
    expect(type.fromBuffer(type.toBuffer(row))).toEqual(row);
    expect(viewAvroSchema(fixtureRawTraceView).fields).toContainEqual({
      name: 'start_time',
      type: { type: 'long', logicalType: 'timestamp-micros' },
    });
  });
});
