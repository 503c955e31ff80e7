import { kafkajsProducer } from '@ht/stream-core/kafka';
import type { KafkaProducerPort } from '@ht/stream-core/kafka';
import type { SinkOptions } from '@ht/stream-core';
import type { StageKafkaOptions, StageProducerOptions } from './StageOptions.js';

/**
 * The producer of a stage: the user's (never disconnected by the stage: its owner does that), or a
 * kafkajs one the stage connects now and disconnects when it stops.
 */
export async function stageProducer(
  options: StageKafkaOptions & StageProducerOptions,
  compression: 'none' | 'gzip',
): Promise<KafkaProducerPort> {
  const own = options.producer;
  if (own !== undefined) return { send: (topic, records) => own.send(topic, records), disconnect: async () => {} };
  return kafkajsProducer(options.kafka, { compression });
}

/**
 * How a stage's Kafka sink retries a write Kafka could not take (the broker down or restarting): without
 * a limit, 100 ms doubling to 5 s, as the `ViewSink` retries its store. Its offsets wait meanwhile, and the
 * stage goes on by itself once the broker is back; a stage failing instead would need a restart.
 */
export const KAFKA_SINK_OPTIONS: SinkOptions = {
  retry: { retries: Number.MAX_SAFE_INTEGER, baseDelayMs: 100, maxDelayMs: 5_000 },
};
