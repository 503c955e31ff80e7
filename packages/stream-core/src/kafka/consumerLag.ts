import type { Admin } from 'kafkajs';
import type { KafkaTopicPartition } from './KafkaConsumerPort.js';

/**
 * How far a consumer group is behind on one partition: the partition's end offset (high watermark) minus
 * the group's committed offset (from the start of the log when it committed nothing).
 *
 * @example
 * ```ts
 * const lag: PartitionLag = { topic: 'raw-spans', partition: 0, endOffset: '120', committed: '100', lag: 20 };
 * ```
 */
export interface PartitionLag extends KafkaTopicPartition {
  readonly endOffset: string;
  /** The group's committed offset, `-1` when it has none. */
  readonly committed: string;
  readonly lag: number;
}

/**
 * The consumer lag of a group per partition of `topics`, read with a kafkajs admin client (connected by
 * the caller): two requests per topic (end offsets) plus one for the group's offsets.
 *
 * @example
 * ```ts
 * const admin = kafka.admin();
 * await admin.connect();
 * for (const p of await consumerGroupLag(admin, 'ht-grouper', ['raw-spans'])) console.log(p.partition, p.lag);
 * ```
 */
export async function consumerGroupLag(
  admin: Admin,
  groupId: string,
  topics: readonly string[],
): Promise<PartitionLag[]> {
  const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
  const out: PartitionLag[] = [];
  for (const topic of topics) {
    const ends = await admin.fetchTopicOffsets(topic);
    const group = committed.find((c) => c.topic === topic)?.partitions ?? [];
    for (const end of ends) {
      const at = group.find((p) => p.partition === end.partition)?.offset ?? '-1';
      const from = BigInt(at) < 0n ? BigInt(end.low) : BigInt(at);
      const lag = BigInt(end.high) - from;
      out.push({
        topic,
        partition: end.partition,
        endOffset: end.high,
        committed: at,
        lag: Number(lag < 0n ? 0n : lag),
      });
    }
  }
  return out;
}
