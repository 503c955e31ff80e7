import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { Admin, Message } from 'kafkajs';
import type { Span } from '@ht/enricher-sdk';
import { Job } from '@ht/stream-core';
import { MemorySink } from '@ht/stream-core/testing';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import type { KafkaRecordDecoder } from '../../src/kafka/KafkaRecordDecoder.js';
import { kafkajsConsumer } from '@ht/stream-core/kafka';

/** Where the broker is (`npm test` sets it from the services tool). */
export const kafkaBrokers = process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092';
export const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';

/** The test settings of the issue: a short session so a dead member's partitions move within seconds. */
export const TEST_CONSUMER = { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 } as const;

export function testKafka(clientId = 'ht-sources-test'): Kafka {
  return new Kafka({ clientId, brokers: [kafkaBrokers], logLevel: logLevel.NOTHING });
}

/** A unique topic or group name for this run. */
export function uniqueName(tag: string): string {
  return `ht-sources-${tag}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/**
 * Topics and groups of one test file on the real broker: created with unique names, deleted at the end.
 */
export class BrokerFixture {
  readonly kafka = testKafka();
  private admin: Admin | undefined;
  private readonly topics: string[] = [];
  private readonly groups: string[] = [];

  async connect(): Promise<Admin> {
    if (this.admin === undefined) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    return this.admin;
  }

  async topic(tag: string, partitions: number): Promise<string> {
    const admin = await this.connect();
    const topic = uniqueName(tag);
    await admin.createTopics({
      topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    this.topics.push(topic);
    return topic;
  }

  group(tag: string): string {
    const group = uniqueName(`${tag}-group`);
    this.groups.push(group);
    return group;
  }

  async produce(topic: string, messages: readonly Message[]): Promise<void> {
    const producer = this.kafka.producer();
    await producer.connect();
    try {
      for (let i = 0; i < messages.length; i += 500) {
        await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 500) });
      }
    } finally {
      await producer.disconnect();
    }
  }

  /** The log-end offset of every partition. */
  async endOffsets(topic: string): Promise<Map<number, string>> {
    const admin = await this.connect();
    return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high]));
  }

  /** The group's committed offset of every partition (`-1` when none). */
  async committed(group: string, topic: string): Promise<Map<number, string>> {
    const admin = await this.connect();
    const [offsets] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    return new Map((offsets?.partitions ?? []).map((p) => [p.partition, p.offset]));
  }

  /** True once the group committed the end of every partition (an empty one needs no commit). */
  async fullyCommitted(group: string, topic: string): Promise<boolean> {
    const [ends, committed] = await Promise.all([this.endOffsets(topic), this.committed(group, topic)]);
    return [...ends].every(([p, end]) => end === '0' || committed.get(p) === end);
  }

  /** Every record value of `topic` up to its current end, partition by partition in offset order. */
  async readAll(topic: string): Promise<Buffer[]> {
    const ends = await this.endOffsets(topic);
    const got: { partition: number; offset: bigint; value: Buffer }[] = [];
    const consumer = this.kafka.consumer({ groupId: this.group('read-all'), maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ partition, message }) => {
          got.push({ partition, offset: BigInt(message.offset), value: message.value ?? Buffer.alloc(0) });
        },
      });
      const total = [...ends.values()].reduce((n, end) => n + Number(end), 0);
      await eventually(() => got.length >= total, `${total} records of ${topic}`);
    } finally {
      await consumer.disconnect();
    }
    got.sort((a, b) => a.partition - b.partition || Number(a.offset - b.offset));
    return got.map((g) => g.value);
  }

  async close(): Promise<void> {
    const admin = await this.connect();
    await admin.deleteGroups(this.groups).catch(() => undefined);
    await admin.deleteTopics({ topics: this.topics }).catch(() => undefined);
    await admin.disconnect();
  }
}

/** A job reading spans from `topic` with a KafkaSource into a memory sink. */
export async function startSpanJob(
  fixture: BrokerFixture,
  topic: string,
  group: string,
  decoder: KafkaRecordDecoder<Span>,
): Promise<{ job: Job; sink: MemorySink<Span>; source: KafkaSource<Span> }> {
  const consumer = kafkajsConsumer(fixture.kafka, { groupId: group, ...TEST_CONSUMER });
  const source = new KafkaSource<Span>({ consumer, topics: [topic], decoder, stopTimeoutMs: 5_000 });
  const sink = new MemorySink<Span>();
  const job = new Job({ name: `kafka-${group}` });
  job.source(source, { credits: 2_000 }).to(sink);
  await job.start();
  return { job, sink, source };
}

/** Polls an async condition. */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
