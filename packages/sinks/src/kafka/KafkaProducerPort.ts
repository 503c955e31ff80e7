import type { Kafka, Producer } from 'kafkajs';
import { CompressionTypes } from 'kafkajs';
import { HtError } from '@ht/stream-core';

/**
 * One record for a topic: a key (partitioning and compaction) and an encoded value.
 *
 * @example
 * ```ts
 * const record: KafkaRecord = { key: 'default:4bf92f35…', value: Buffer.from('{"n":1}') };
 * ```
 */
export interface KafkaRecord {
  readonly key: string;
  readonly value: Buffer;
}

/**
 * The little the Kafka sink needs from a producer, so kafkajs (no release since 2023) stays behind it.
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 * const port = await kafkajsProducer(new Kafka({ brokers: ['127.0.0.1:9092'] }), { idempotent: true });
 * await port.send('ht.views.span_event_view', records);
 * ```
 */
export interface KafkaProducerPort {
  /** Resolves once the broker acknowledged every record (acks=all); rejects with an `HtError`. */
  send(topic: string, records: readonly KafkaRecord[]): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * Options of {@link kafkajsProducer}.
 *
 * @example
 * ```ts
 * const options: KafkajsProducerOptions = { idempotent: true, compression: 'gzip' };
 * ```
 */
export interface KafkajsProducerOptions {
  /** Idempotent producer (exactly one copy per send even when kafkajs retries; one request in flight). */
  readonly idempotent?: boolean;
  readonly compression?: 'none' | 'gzip';
  /** Broker acknowledgement timeout. Default 30 s. */
  readonly timeoutMs?: number;
}

/**
 * A {@link KafkaProducerPort} over a kafkajs producer (connected here), sending with acks=all. kafkajs
 * errors become `HtError`s that keep kafkajs's `retriable` flag.
 *
 * @example
 * ```ts
 * const port = await kafkajsProducer(kafka, { idempotent: true });
 * ```
 */
export async function kafkajsProducer(kafka: Kafka, options: KafkajsProducerOptions = {}): Promise<KafkaProducerPort> {
  const idempotent = options.idempotent ?? false;
  const producer: Producer = kafka.producer(idempotent ? { idempotent: true, maxInFlightRequests: 1 } : {});
  await producer.connect();
  const compression = options.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None;
  return {
    async send(topic, records) {
      try {
        await producer.send({
          topic,
          acks: -1,
          timeout: options.timeoutMs ?? 30_000,
          compression,
          messages: records.map((r) => ({ key: r.key, value: r.value })),
        });
      } catch (error) {
        const retriable = (error as { retriable?: unknown }).retriable === true;
        const message = error instanceof Error ? error.message : String(error);
        throw new HtError(
          retriable ? 'DEPENDENCY_UNAVAILABLE' : 'INTERNAL',
          `Kafka: send to ${topic} failed: ${message}`,
          {
            retriable,
            cause: error,
            context: { topic },
          },
        );
      }
    },
    async disconnect() {
      await producer.disconnect();
    },
  };
}
