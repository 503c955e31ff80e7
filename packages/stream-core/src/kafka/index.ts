/**
 * `@ht/stream-core/kafka`: the Kafka client ports a source and a sink need (`KafkaConsumerPort`,
 * `KafkaProducerPort`) and their kafkajs adapters, the one home every Kafka source and sink shares; and
 * the glue between stages: topics created with their partitions and configs (`ensureKafkaTopics`), Avro
 * in the Confluent wire format with schemas registered at start (`ConfluentAvroEncoder` over a
 * `SchemaRegistrar`), consumer lag per partition (`consumerGroupLag`). kafkajs and
 * `@kafkajs/confluent-schema-registry` are optional peer dependencies of `@ht/stream-core`: install them
 * to use this entry point (the engine's root entry point never imports them).
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
export { confluentSchemaRegistrar } from './SchemaRegistrar.js';
export type { ConfluentSchemaRegistrarOptions, SchemaRegistrar } from './SchemaRegistrar.js';
export { ConfluentAvroEncoder } from './ConfluentAvroEncoder.js';
export type { AvroWriter, ConfluentAvroEncoderOptions } from './ConfluentAvroEncoder.js';
export { ensureKafkaTopics } from './ensureKafkaTopics.js';
export { KafkaPartitionSnapshotStore } from './KafkaPartitionSnapshotStore.js';
export type { KafkaPartitionSnapshotStoreOptions } from './KafkaPartitionSnapshotStore.js';
export type { EnsuredKafkaTopics, EnsureKafkaTopicsOptions, KafkaTopicSpec } from './ensureKafkaTopics.js';
export { consumerGroupLag } from './consumerLag.js';
export type { PartitionLag } from './consumerLag.js';
