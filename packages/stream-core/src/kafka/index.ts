/**
 * `@ht/stream-core/kafka`: the Kafka client ports a source and a sink need (`KafkaConsumerPort`,
 * `KafkaProducerPort`) and their kafkajs adapters, the one home every Kafka source and sink shares.
 * kafkajs is an optional peer dependency of `@ht/stream-core`: install it to use this entry point (the
 * engine's root entry point never imports it).
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 * import { kafkajsConsumer, kafkajsProducer } from '@ht/stream-core/kafka';
 *
 * const kafka = new Kafka({ brokers: ['127.0.0.1:9092'] });
 * const consumer = kafkajsConsumer(kafka, { groupId: 'billing' });
 * const producer = await kafkajsProducer(kafka, { idempotent: true });
 * ```
 *
 * @packageDocumentation
 */
export { partitionId, topicPartition } from './KafkaConsumerPort.js';
export type {
  KafkaBatch,
  KafkaBatchControl,
  KafkaCommit,
  KafkaConsumerHandlers,
  KafkaConsumerPort,
  KafkaMessage,
  KafkaTopicPartition,
} from './KafkaConsumerPort.js';
export { kafkajsConsumer } from './kafkajsConsumer.js';
export type { KafkajsConsumerOptions } from './kafkajsConsumer.js';
export type { KafkaProducerPort, KafkaRecord } from './KafkaProducerPort.js';
export { kafkajsProducer } from './kafkajsProducer.js';
export type { KafkajsProducerOptions } from './kafkajsProducer.js';
