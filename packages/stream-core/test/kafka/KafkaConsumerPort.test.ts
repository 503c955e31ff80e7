import type { Consumer, Kafka } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { isHtError } from '../../src/index.js';
import { kafkajsConsumer, partitionId, topicPartition } from '../../src/kafka/index.js';

describe('Kafka partition ids', () => {
  it('round-trip topic:partition, also for topics holding dots and dashes', () => {
    for (const tp of [
      { topic: 'orders', partition: 0 },
      { topic: 'ht.views.orders-v2', partition: 17 },
    ]) {
      expect(topicPartition(partitionId(tp))).toEqual(tp);
    }
    expect(partitionId({ topic: 'orders', partition: 3 })).toBe('orders:3');
  });
});

describe('kafkajsConsumer', () => {
  it('configures the group without auto topic creation and refuses a commit before anything was consumed', async () => {
    const configs: unknown[] = [];
    const kafka = {
      consumer: (config: unknown) => {
        configs.push(config);
        return {} as Consumer;
      },
    } as unknown as Kafka;
    const port = kafkajsConsumer(kafka, { groupId: 'billing', sessionTimeoutMs: 6_000 });
    expect(configs).toEqual([
      {
        groupId: 'billing',
        sessionTimeout: 6_000,
        rebalanceTimeout: 10_000,
        heartbeatInterval: 2_000,
        maxWaitTimeInMs: 250,
        maxBytesPerPartition: 1_048_576,
        maxBytes: 10_485_760,
        allowAutoTopicCreation: false,
      },
    ]);
    const error: unknown = await port.commit([{ topic: 'orders', partition: 0, offset: '1' }]).catch((e: unknown) => e);
    expect(isHtError(error, 'LIFECYCLE')).toBe(true);
  });
});
