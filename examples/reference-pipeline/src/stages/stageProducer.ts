import { kafkajsProducer } from '@ht/stream-core/kafka';
import type { KafkaProducerPort } from '@ht/stream-core/kafka';
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
