import type { Kafka } from 'kafkajs';
import type { Span } from '@ht/enricher-sdk';
import { Job } from '@ht/stream-core';
import type { Sink } from '@ht/stream-core';
import { kafkajsConsumer } from '@ht/stream-core/kafka';
import { KafkaSource, kafkaSpanDecoder } from '../src/index.js';

/** One timed read of the whole topic. */
export interface LoopResult {
  readonly loop: string;
  readonly spans: number;
  readonly wallSeconds: number;
  /** User + system CPU time of this process while reading. */
  readonly cpuSeconds: number;
}

const CONSUMER = { sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1_000, maxWaitTimeMs: 100 } as const;

/**
 * Starts a loop and measures from its first record to its last (the group join before it is not
 * throughput): wall time and this process's CPU time, polling the count every 2 ms.
 */
async function timed(
  loop: string,
  total: number,
  count: () => number,
  start: () => Promise<void>,
  stop: () => Promise<void>,
): Promise<LoopResult> {
  await start();
  while (count() === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  const first = count();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (count() < total) await new Promise((resolve) => setTimeout(resolve, 2));
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await stop();
  return { loop, spans: count() - first, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/**
 * The baseline: a bare kafkajs consumer-group loop (`eachBatch`, kafkajs auto-resolve and auto-commit)
 * that decodes every record with the same decoder and counts the spans — what a hand-written consumer
 * does, without an engine, backpressure or commit-after-ack. With `decode: false` it only counts records.
 */
export async function bareKafkajsLoop(
  kafka: Kafka,
  topic: string,
  group: string,
  total: number,
  decode = true,
): Promise<LoopResult> {
  const decoder = kafkaSpanDecoder('otlp_proto');
  const consumer = kafka.consumer({
    groupId: group,
    sessionTimeout: CONSUMER.sessionTimeoutMs,
    heartbeatInterval: CONSUMER.heartbeatIntervalMs,
    maxWaitTimeInMs: CONSUMER.maxWaitTimeMs,
    maxBytesPerPartition: 1_048_576,
  });
  let spans = 0;
  return timed(
    decode ? 'bare kafkajs eachBatch + decode' : 'bare kafkajs eachBatch, no decode',
    total,
    () => spans,
    async () => {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachBatch: async ({ batch }) => {
          for (const m of batch.messages) {
            if (!decode) {
              spans++;
              continue;
            }
            spans += decoder.decode({
              topic,
              partition: batch.partition,
              offset: m.offset,
              key: m.key,
              value: m.value,
              headers: {},
            }).values.length;
          }
        },
      });
    },
    () => consumer.disconnect(),
  );
}

/** Counts what it is given and resolves at once (durable by definition). */
class CountingSink implements Sink<Span> {
  readonly name = 'count';
  count = 0;
  write(records: readonly Span[]): void {
    this.count += records.length;
  }
}

/**
 * Our path: `KafkaSource` (the kafkajs adapter, decode, per-partition emits, commits after the engine's
 * acknowledgements) in a minimal stream-core job whose sink counts spans.
 */
export async function kafkaSourceJob(kafka: Kafka, topic: string, group: string, total: number): Promise<LoopResult> {
  const sink = new CountingSink();
  const source = new KafkaSource<Span>({
    consumer: kafkajsConsumer(kafka, { groupId: group, ...CONSUMER }),
    topics: [topic],
    decoder: kafkaSpanDecoder('otlp_proto'),
  });
  const job = new Job({ name: 'kafka-bench' });
  job.source(source).to(sink);
  return timed(
    'KafkaSource -> stream-core job -> counting sink',
    total,
    () => sink.count,
    () => job.start(),
    () => job.stop(),
  );
}
