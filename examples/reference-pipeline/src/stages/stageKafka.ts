import type { AvroCodec, Logger } from '@ht/enricher-sdk';
import { noopLogger } from '@ht/enricher-sdk';
import { avroRegistryDecoder, httpSchemaRegistry, KafkaSource, topicValueSubject } from '@ht/sources';
import type { KafkaRecordDecoder } from '@ht/sources';
import {
  ConfluentAvroEncoder,
  confluentSchemaRegistrar,
  consumerGroupLag,
  ensureKafkaTopics,
  kafkajsConsumer,
} from '@ht/stream-core/kafka';
import type { KafkaConsumerPort } from '@ht/stream-core/kafka';
import type { Admin } from 'kafkajs';
import type { StageConsumerOptions, StageKafkaOptions } from './StageOptions.js';
import { STAGE_TOPICS, stageTopicSpecs, TRACE_TOPIC_MAX_MESSAGE_BYTES } from './StageTopics.js';
import type { StageTopics } from './StageTopics.js';

/** The topic names of a stage's options, over the defaults. */
export function topicsOf(options: StageKafkaOptions): StageTopics {
  return { ...STAGE_TOPICS, ...options.topics };
}

/** Creates the pipeline's topics when missing (and allowed), logging what it created. */
export async function prepareTopics(options: StageKafkaOptions): Promise<void> {
  const logger = options.logger ?? noopLogger;
  const { created } = await ensureKafkaTopics(
    options.kafka,
    stageTopicSpecs(topicsOf(options), options.topicOptions),
    options.topicOptions?.create === undefined ? {} : { create: options.topicOptions.create },
  );
  if (created.length > 0) logger.info({ topics: created }, `created Kafka topics ${created.join(', ')}`);
}

/** An encoder of `codec` for `topic`, its schema registered (retrying a registry that is down). */
export async function registeredEncoder<T>(
  options: StageKafkaOptions,
  codec: AvroCodec<T>,
  topic: string,
): Promise<ConfluentAvroEncoder<T>> {
  const logger = options.logger ?? noopLogger;
  const encoder = new ConfluentAvroEncoder<T>({
    registrar: confluentSchemaRegistrar({ url: options.schemaRegistryUrl }),
    codec,
    subject: topicValueSubject(topic),
    ...(options.registryStartTimeoutMs === undefined ? {} : { startTimeoutMs: options.registryStartTimeoutMs }),
    onRetry: (error, attempt, delayMs) =>
      logger.warn(
        { err: error, attempt },
        `schema registry not answering (${error.message}); retrying in ${delayMs} ms`,
      ),
  });
  await encoder.prepare();
  return encoder;
}

/** The consumer of a stage: the user's, or a kafkajs one of the stage's group. */
export function stageConsumer(
  options: StageKafkaOptions & StageConsumerOptions,
  groupId: string,
  maxBytesPerPartition?: number,
): KafkaConsumerPort {
  return (
    options.consumer ??
    kafkajsConsumer(options.kafka, {
      groupId,
      ...(options.sessionTimeoutMs === undefined ? {} : { sessionTimeoutMs: options.sessionTimeoutMs }),
      ...(maxBytesPerPartition === undefined ? {} : { maxBytesPerPartition }),
      onRestart: (error, attempt, delayMs) =>
        loggerOf(options).warn(
          { err: error, attempt, groupId },
          `Kafka consumer stopped (${error instanceof Error ? error.message : String(error)}); starting it again in ${delayMs} ms`,
        ),
    })
  );
}

/** A Kafka source of traces (`Trace` or `EnrichedTrace` Avro, Confluent framing) on `topic`. */
export function traceSource<T>(
  options: StageKafkaOptions & StageConsumerOptions,
  groupId: string,
  topic: string,
  codec: AvroCodec<T>,
): KafkaSource<T> {
  const decoder: KafkaRecordDecoder<T> = avroRegistryDecoder({
    registry: httpSchemaRegistry({ url: options.schemaRegistryUrl }),
    codec,
    subject: topicValueSubject,
  });
  return new KafkaSource<T>({
    name: topic,
    consumer: stageConsumer(options, groupId, TRACE_TOPIC_MAX_MESSAGE_BYTES),
    topics: [topic],
    decoder,
    // A trace is one value: acknowledge (and commit) them in small groups.
    maxValuesPerEmit: 50,
  });
}

/**
 * Consumer lag of a group per partition (`ht_kafka_consumer_lag{group,topic,partition}`), read with a
 * kafkajs admin every `intervalMs` and kept for `/metrics` (which must answer without waiting on Kafka).
 */
export class ConsumerLagGauge {
  private admin: Admin | undefined;
  private timer: NodeJS.Timeout | undefined;
  private text = '';

  constructor(
    private readonly options: StageKafkaOptions,
    private readonly groupId: string,
    private readonly topics: readonly string[],
    private readonly intervalMs = 5_000,
  ) {}

  async start(): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    this.admin = admin;
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  /** Reads the lag now (also what the timer does). */
  async poll(): Promise<void> {
    const admin = this.admin;
    if (admin === undefined) return;
    try {
      const lags = await consumerGroupLag(admin, this.groupId, this.topics);
      const group = this.groupId.replace(/["\\\n]/g, '_');
      this.text = [
        '# HELP ht_kafka_consumer_lag Records of the partition not yet committed by the consumer group.',
        '# TYPE ht_kafka_consumer_lag gauge',
        ...lags.map(
          (l) => `ht_kafka_consumer_lag{group="${group}",topic="${l.topic}",partition="${l.partition}"} ${l.lag}`,
        ),
        '',
      ].join('\n');
    } catch (error) {
      (this.options.logger ?? noopLogger).debug({ err: error }, 'consumer lag not read');
    }
  }

  toPrometheus(): string {
    return this.text;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }
}

/** A logger that never throws, for stages given none. */
export function loggerOf(options: { readonly logger?: Logger }): Logger {
  return options.logger ?? noopLogger;
}
