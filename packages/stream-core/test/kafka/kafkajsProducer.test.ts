import type { Kafka, Producer, ProducerRecord } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { isHtError } from '../../src/index.js';
import { kafkajsProducer } from '../../src/kafka/index.js';

/** A kafkajs client double whose producer records what it was asked and fails a send when told to. */
function fakeKafka(failWith?: Error & { retriable?: boolean }) {
  const sent: ProducerRecord[] = [];
  const configs: unknown[] = [];
  let connected = false;
  const producer = {
    connect: async () => {
      connected = true;
    },
    disconnect: async () => {
      connected = false;
    },
    send: async (record: ProducerRecord) => {
      if (failWith !== undefined) throw failWith;
      sent.push(record);
      return [];
    },
  } as unknown as Producer;
  const kafka = {
    producer: (config: unknown) => {
      configs.push(config);
      return producer;
    },
  } as unknown as Kafka;
  return { kafka, sent, configs, isConnected: () => connected };
}

describe('kafkajsProducer', () => {
  it('connects, sends keyed records with acks=all, and disconnects', async () => {
    const fake = fakeKafka();
    const port = await kafkajsProducer(fake.kafka, { idempotent: true, compression: 'gzip', timeoutMs: 5_000 });
    expect(fake.isConnected()).toBe(true);
    expect(fake.configs).toEqual([{ idempotent: true, maxInFlightRequests: 1 }]);
    await port.send('orders', [{ key: 'order-42', value: Buffer.from('{"n":1}') }]);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ topic: 'orders', acks: -1, timeout: 5_000 });
    expect(fake.sent[0]!.messages).toEqual([{ key: 'order-42', value: Buffer.from('{"n":1}') }]);
    await port.disconnect();
    expect(fake.isConnected()).toBe(false);
  });

  it("turns a kafkajs error into an HtError that keeps kafkajs's retriable flag", async () => {
    const retriable = Object.assign(new Error('leader not available'), { retriable: true });
    const port = await kafkajsProducer(fakeKafka(retriable).kafka);
    const error: unknown = await port.send('orders', []).catch((e: unknown) => e);
    expect(isHtError(error, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
    expect(error).toMatchObject({ retriable: true, cause: retriable, context: { topic: 'orders' } });
    expect((error as Error).message).toBe('Kafka: send to orders failed: leader not available');

    const fatal = new Error('record too large');
    const other = await kafkajsProducer(fakeKafka(fatal).kafka);
    const refused: unknown = await other.send('orders', []).catch((e: unknown) => e);
    expect(isHtError(refused, 'INTERNAL')).toBe(true);
    expect(refused).toMatchObject({ retriable: false, cause: fatal });
  });
});
