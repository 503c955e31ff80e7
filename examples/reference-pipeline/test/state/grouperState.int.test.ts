import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { grouperStateOf } from '../../src/app/grouperState.js';
import { validateConfig } from '../../src/config/index.js';

const redisUrl = process.env['HT_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('grouper.state with the Redis store', () => {
  it('keeps each partition’s snapshot in Redis under the prefix; close releases the connection', async () => {
    const prefix = `w5-${randomBytes(4).toString('hex')}`;
    const config = validateConfig(
      { grouper: { state: { kind: 'partitions', store: { type: 'redis', url: redisUrl, prefix } } } },
      { source: 'test' },
    ).grouper.state;
    const { state, close } = await grouperStateOf(config, {
      kafka: new Kafka({ brokers: ['127.0.0.1:9092'] }),
      groupPrefix: 'ht',
      partitions: 6,
    });
    try {
      if (state.kind !== 'partitions') throw new Error('expected state per partition');
      const snapshot = {
        version: 1 as const,
        job: 'ht-grouper',
        partition: 'raw-spans:3',
        id: 7,
        takenAt: 1,
        position: '41',
        maxTimestamp: 1_000,
        operators: { grouper: { traces: [] } },
      };
      await state.store.save(snapshot);
      expect(await state.store.load('ht-grouper', 'raw-spans:3')).toEqual(snapshot);
      expect(await state.store.load('ht-grouper', 'raw-spans:4')).toBeUndefined();
    } finally {
      await close();
    }
  });
});
