import { KAFKA_SPAN_ENCODINGS } from '@ht/sources';
import { z } from 'zod';
import { DEFAULT_MAX_IN_FLIGHT_BYTES } from '../stages/StageOptions.js';
import { STAGE_TOPICS } from '../stages/StageTopics.js';
import { durationMs } from './duration.js';
import { countOf } from './port.js';

const topicName = () =>
  z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, { message: 'must be a Kafka topic name: letters, digits, ., _ and -' });

/**
 * The `kafka` section, read by `ht stage`: the brokers, the schema registry, the topics between the
 * stages and how they are created, the receivers' send deadline and the consumer groups.
 *
 * @example
 * ```ts
 * kafkaConfigSchema.parse({ brokers: ['kafka-1:9092'] }).topics.rawSpans; // 'raw-spans'
 * ```
 */
export const kafkaConfigSchema = z.strictObject({
  brokers: z.array(z.string().min(1)).min(1).default(['127.0.0.1:9092']),
  clientId: z.string().min(1).default('ht'),
  /** The Confluent-compatible schema registry API (Apicurio: `…/apis/ccompat/v7`). */
  schemaRegistryUrl: z
    .string()
    .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), {
      message: 'must be an http(s) URL of the schema registry; write it like http://127.0.0.1:8081',
    })
    .default('http://127.0.0.1:8081'),
  topics: z
    .strictObject({
      rawSpans: topicName().default(STAGE_TOPICS.rawSpans),
      structuredTraces: topicName().default(STAGE_TOPICS.structuredTraces),
      enrichedTraces: topicName().default(STAGE_TOPICS.enrichedTraces),
    })
    .prefault({}),
  /** Partitions of topics the stages create. */
  partitions: countOf(1).default(6),
  /** Create missing topics (else a missing topic stops the stage's start, naming it). */
  createTopics: z.boolean().default(true),
  /** `retention.ms` of topics the stages create. */
  retentionMs: durationMs(60_000).default(86_400_000),
  /** The receiver stage answers 503 when Kafka has not acknowledged a request's spans within this. */
  sendTimeoutMs: durationMs(1).default(5_000),
  /** Consumer groups are `<groupPrefix>-<stage>` (`ht-grouper`, …): every copy of a stage shares one. */
  groupPrefix: z.string().min(1).default('ht'),
  sessionTimeoutMs: durationMs(1_000).optional(),
  /**
   * Records of one input partition a consuming stage holds at once (read, not yet durable downstream
   * or absorbed into state); the partition is paused beyond it. Default 10 000.
   */
  maxInFlightRecords: countOf(1).default(10_000),
  /**
   * Bytes (Kafka record sizes) of one input partition a consuming stage holds at once; the partition is
   * paused when they reach it and resumed at half: a lagging stage's memory stays flat, Kafka holds the
   * backlog. Default 8 MiB (`DEFAULT_MAX_IN_FLIGHT_BYTES`).
   */
  maxInFlightBytes: countOf(1024).default(DEFAULT_MAX_IN_FLIGHT_BYTES),
});

/**
 * The `normalizer` section: the topics `ht stage normalizer` reads, each with its encoding (the OTel
 * Collector kafka exporter's, or `avro`) and the tenant of records without a tenant header.
 *
 * @example
 * ```ts
 * normalizerConfigSchema.parse({ inputs: [{ topic: 'otlp_spans', encoding: 'otlp_proto' }] }).inputs.length; // 1
 * ```
 */
export const normalizerConfigSchema = z.strictObject({
  inputs: z
    .array(
      z.strictObject({
        topic: topicName(),
        encoding: z.enum([...(Object.keys(KAFKA_SPAN_ENCODINGS) as [string, ...string[]]), 'avro']),
      }),
    )
    .default([]),
});

/**
 * The `kafka` section after defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const { brokers, topics }: KafkaConfig = config.kafka;
 * ```
 */
export type KafkaConfig = z.output<typeof kafkaConfigSchema>;

/**
 * The `normalizer` section after defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const { inputs }: NormalizerConfig = config.normalizer;
 * ```
 */
export type NormalizerConfig = z.output<typeof normalizerConfigSchema>;
