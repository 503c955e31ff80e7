/**
 * One partition of one topic.
 *
 * @example
 * ```ts
 * const tp: KafkaTopicPartition = { topic: 'orders', partition: 3 };
 * ```
 */
export interface KafkaTopicPartition {
  readonly topic: string;
  readonly partition: number;
}

/**
 * One record as a consumer hands it over. Offsets are decimal strings (Kafka offsets are int64).
 *
 * @example
 * ```ts
 * const message: KafkaMessage = { topic: 't', partition: 0, offset: '41', key: null, value: Buffer.from('[]'), headers: {} };
 * ```
 */
export interface KafkaMessage extends KafkaTopicPartition {
  readonly offset: string;
  readonly key: Buffer | null;
  /** `null` for a tombstone. */
  readonly value: Buffer | null;
  /** Header values as the client gives them (the last one of a repeated header). */
  readonly headers: Readonly<Record<string, Buffer | string | undefined>>;
}

/**
 * Consecutive records of one partition, in offset order.
 *
 * @example
 * ```ts
 * const batch: KafkaBatch = { topic: 't', partition: 0, messages: [message] };
 * ```
 */
export interface KafkaBatch extends KafkaTopicPartition {
  readonly messages: readonly KafkaMessage[];
}

/**
 * What a batch handler may do with the consumer while it holds a batch.
 *
 * @example
 * ```ts
 * control.consumed('41'); // the next fetch of this partition starts at 42
 * ```
 */
export interface KafkaBatchControl {
  /**
   * Records up to `offset` were taken: the next fetch of the partition starts after it. This moves the
   * fetch position only; nothing is committed.
   */
  consumed(offset: string): void;
  /** False once the consumer stops or the partition was sought elsewhere: stop handling the batch. */
  isActive(): boolean;
}

/**
 * The callbacks a {@link KafkaConsumerPort} drives.
 *
 * @example
 * ```ts
 * await port.start(['orders'], { onAssigned: (tps) => console.log(tps), onBatch: handle, onCrash: fail });
 * ```
 */
export interface KafkaConsumerHandlers {
  /**
   * The member's whole assignment after every (re)join of the group, called before the first batch of
   * that assignment. Fetching then starts, per partition, at its committed offset (or where
   * {@link KafkaConsumerPort.seek} says, when called from here).
   */
  onAssigned(assignment: readonly KafkaTopicPartition[]): void;
  /** One batch; the next batch of the same partition waits for the returned promise. */
  onBatch(batch: KafkaBatch, control: KafkaBatchControl): Promise<void>;
  /** The consumer gave up (it will deliver nothing more). */
  onCrash(error: unknown): void;
}

/**
 * The little a Kafka source needs from a consumer-group client, so kafkajs (no release since 2023)
 * stays behind it and another client can replace it (`kafkajsConsumer` implements it over kafkajs). Offsets are never committed automatically: only
 * through {@link commit}.
 *
 * @example
 * ```ts
 * import { Kafka } from 'kafkajs';
 *
 * const port = kafkajsConsumer(new Kafka({ brokers: ['127.0.0.1:9092'] }), { groupId: 'billing' });
 * await port.start(['orders'], { onAssigned: (tps) => console.log(tps), onBatch: handle, onCrash: fail });
 * await port.commit([{ topic: 'orders', partition: 0, offset: '42' }]);
 * ```
 */
export interface KafkaConsumerPort {
  /** Joins the group, subscribes to `topics` and starts delivering batches to `handlers`. */
  start(topics: readonly string[], handlers: KafkaConsumerHandlers): Promise<void>;
  /** Stops fetching a partition (records of a batch already handed over may still arrive). */
  pause(tp: KafkaTopicPartition): void;
  resume(tp: KafkaTopicPartition): void;
  /** Moves the fetch position of an assigned partition: the next record read is `offset`. */
  seek(tp: KafkaTopicPartition, offset: string): void;
  /**
   * Commits, for each partition, the offset of the next record to read (last processed + 1), under the
   * member's current generation, once, without retrying into a later generation. Rejects when the
   * broker refuses (e.g. a rebalance is under way).
   */
  commit(offsets: readonly KafkaCommit[]): Promise<void>;
  /** Leaves the group and disconnects. */
  stop(): Promise<void>;
}

/**
 * One offset to commit: the offset of the next record to read.
 *
 * @example
 * ```ts
 * const commit: KafkaCommit = { topic: 'orders', partition: 0, offset: '42' };
 * ```
 */
export interface KafkaCommit extends KafkaTopicPartition {
  readonly offset: string;
}

/**
 * The engine's partition id of a Kafka partition: `topic:partition` (`:` cannot occur in topic names).
 *
 * @example
 * ```ts
 * partitionId({ topic: 'orders', partition: 3 }); // 'orders:3'
 * ```
 */
export function partitionId(tp: KafkaTopicPartition): string {
  return `${tp.topic}:${tp.partition}`;
}

/**
 * The Kafka partition of an engine partition id made by {@link partitionId}.
 *
 * @example
 * ```ts
 * topicPartition('orders:3'); // { topic: 'orders', partition: 3 }
 * ```
 */
export function topicPartition(id: string): KafkaTopicPartition {
  const at = id.lastIndexOf(':');
  return { topic: id.slice(0, at), partition: Number(id.slice(at + 1)) };
}
