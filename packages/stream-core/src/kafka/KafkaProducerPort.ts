/**
 * One record for a topic: a key (partitioning and compaction) and an encoded value.
 *
 * @example
 * ```ts
 * const record: KafkaRecord = { key: 'order-42', value: Buffer.from('{"n":1}') };
 * ```
 */
export interface KafkaRecord {
  readonly key: string;
  readonly value: Buffer;
}

/**
 * The little a Kafka sink needs from a producer, so kafkajs (no release since 2023) stays behind it and
 * another client can replace it; `kafkajsProducer` implements it over kafkajs.
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 *
 * const port = await kafkajsProducer(new Kafka({ brokers: ['127.0.0.1:9092'] }), { idempotent: true });
 * await port.send('orders', [{ key: 'order-42', value: Buffer.from('{"n":1}') }]);
 * ```
 */
export interface KafkaProducerPort {
  /** Resolves once the broker acknowledged every record (acks=all); rejects with an `HtError`. */
  send(topic: string, records: readonly KafkaRecord[]): Promise<void>;
  disconnect(): Promise<void>;
}
