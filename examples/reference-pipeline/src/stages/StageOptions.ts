import type { Logger, Metrics } from '@ht/enricher-sdk';
import type { KafkaConsumerPort, KafkaProducerPort } from '@ht/stream-core/kafka';
import type { Kafka } from 'kafkajs';
import type { StageTopicOptions, StageTopics } from './StageTopics.js';

/**
 * What every stage factory takes: the user's kafkajs `Kafka`, where the schema registry is, the topic
 * names and how they are created, a logger and metrics.
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 * const options: StageKafkaOptions = {
 *   kafka: new Kafka({ clientId: 'ht', brokers: ['127.0.0.1:9092'] }),
 *   schemaRegistryUrl: 'http://127.0.0.1:8081/apis/ccompat/v7',
 * };
 * ```
 */
export interface StageKafkaOptions {
  /** The user's kafkajs instance (brokers, SSL, SASL, client id are its business). */
  readonly kafka: Kafka;
  /** The Confluent-compatible schema registry API (Apicurio: `…/apis/ccompat/v7`). */
  readonly schemaRegistryUrl: string;
  /** Topic names over {@link STAGE_TOPICS}. */
  readonly topics?: Partial<StageTopics>;
  /** How missing topics are created (default: created, 6 partitions, 1 day). */
  readonly topicOptions?: StageTopicOptions;
  /** How long start-up waits for a schema registry that does not answer. Default 60 000 ms. */
  readonly registryStartTimeoutMs?: number;
  /** Default: nothing logged. */
  readonly logger?: Logger;
  /** Where plugins' and the grouper's instruments go (default none). */
  readonly metrics?: Metrics;
}

/**
 * What a stage that reads a topic takes besides {@link StageKafkaOptions}: its consumer group, or a
 * consumer of the user's own.
 *
 * @example
 * ```ts
 * const options: StageConsumerOptions = { groupId: 'ht-grouper', sessionTimeoutMs: 10_000 };
 * ```
 */
export interface StageConsumerOptions {
  /** Default `ht-<stage>`: every copy of a stage shares it, so the topic's partitions are split among them. */
  readonly groupId?: string;
  /** A consumer of the user's own (it must be of `groupId`, for the lag metrics); default `kafkajsConsumer(kafka, { groupId })`. */
  readonly consumer?: KafkaConsumerPort;
  /** Default 30 000 ms. */
  readonly sessionTimeoutMs?: number;
  /**
   * Records of one input partition the stage holds at once (read from Kafka and not yet done: durable
   * downstream, dropped, or absorbed into state); beyond it the partition is paused. Default 10 000.
   */
  readonly maxInFlightRecords?: number;
  /**
   * Bytes (Kafka record sizes) of one input partition the stage holds at once; the partition is paused
   * when they reach it and resumed at half. What keeps a lagging stage's memory flat when records are
   * whole traces: Kafka holds the backlog, not the stage. Default {@link DEFAULT_MAX_IN_FLIGHT_BYTES}.
   */
  readonly maxInFlightBytes?: number;
}

/** The default `maxInFlightBytes` of a consuming stage, per input partition: 8 MiB. */
export const DEFAULT_MAX_IN_FLIGHT_BYTES = 8 * 1024 * 1024;

/**
 * The flow-control options of `job.source(…)` for a stage's Kafka source: records and bytes in flight
 * per partition, with the stages' defaults.
 *
 * @example
 * ```ts
 * job.source(source, { name: topic, ...inFlightBounds(options) });
 * ```
 */
export function inFlightBounds(options: StageConsumerOptions): { credits: number; maxBytesInFlight: number } {
  return {
    credits: options.maxInFlightRecords ?? 10_000,
    maxBytesInFlight: options.maxInFlightBytes ?? DEFAULT_MAX_IN_FLIGHT_BYTES,
  };
}

/**
 * What a stage that writes a topic takes: a producer of the user's own, else `kafkajsProducer(kafka)`.
 *
 * @example
 * ```ts
 * import { kafkajsProducer } from '@ht/stream-core/kafka';
 * const options: StageProducerOptions = { producer: await kafkajsProducer(kafka, { compression: 'gzip' }) };
 * ```
 */
export interface StageProducerOptions {
  readonly producer?: KafkaProducerPort;
}
