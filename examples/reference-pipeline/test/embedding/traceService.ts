import { traceCodec } from '@ht/enricher-sdk';
import type { Trace } from '@ht/enricher-sdk';
import { createGrouperStage } from '@ht/reference-pipeline';
import type { Stage, StageTopics } from '@ht/reference-pipeline';
import { Kafka, logLevel } from 'kafkajs';

/** What the service is told at start. */
export interface TraceServiceConfig {
  readonly brokers: string[];
  readonly schemaRegistryUrl: string;
  readonly topics: StageTopics;
  readonly groupId: string;
  /** Called with every trace the service reads back. */
  readonly onTrace: (trace: Trace) => void;
}

/**
 * A plain kafkajs service of your own that embeds the grouper stage: one `Kafka` client for both, the
 * service's own consumer reading the traces the grouper writes.
 */
export async function startTraceService(
  config: TraceServiceConfig,
): Promise<{ grouper: Stage; stop(): Promise<void> }> {
  const kafka = new Kafka({ clientId: 'checkout-service', brokers: config.brokers, logLevel: logLevel.WARN });

  // The grouper stage, embedded: raw-spans -> traces -> structured-traces, on the service's own client.
  const grouper = createGrouperStage({
    kafka,
    schemaRegistryUrl: config.schemaRegistryUrl,
    topics: config.topics,
    topicOptions: { partitions: 2 },
    groupId: config.groupId,
    grouper: { gapMs: 5_000 },
  });
  await grouper.start();

  // What the service did with kafkajs before: here, its own consumer of the grouped traces
  // (Avro `Trace` records in the Confluent wire format: 5 header bytes, then the Avro body).
  const consumer = kafka.consumer({ groupId: `${config.groupId}-reader` });
  await consumer.connect();
  await consumer.subscribe({ topic: config.topics.structuredTraces, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value !== null) config.onTrace(traceCodec.decode(message.value.subarray(5)));
    },
  });

  return {
    grouper,
    async stop() {
      await consumer.disconnect();
      await grouper.stop();
    },
  };
}
