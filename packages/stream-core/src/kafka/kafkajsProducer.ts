import type { Kafka, Producer } from 'kafkajs';
import { CompressionTypes } from 'kafkajs';
import { HtError } from '../errors/HtError.js';
import type { KafkaProducerPort } from './KafkaProducerPort.js';
import { isTransientKafkaError } from './transientKafkaError.js';

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
 * errors become `HtError`s, retriable (`DEPENDENCY_UNAVAILABLE`) when kafkajs marks them so or when they
 * say the broker is away (connection errors, also once kafkajs's own retries ran out), else `INTERNAL`.
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
        // A broker down longer than kafkajs's retries comes wrapped as non-retriable: still transient.
        const retriable = isTransientKafkaError(error);
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
