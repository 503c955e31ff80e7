import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePartitionSnapshot, FilePartitionSnapshotStore } from '../src/index.js';
import type { PartitionSnapshot } from '../src/index.js';
import { KafkaPartitionSnapshotStore } from '../src/kafka/index.js';
import { RedisPartitionSnapshotStore } from '../src/redis/index.js';
import { movePartition, withoutMove } from './partitionJobs.js';

const url = process.env['HT_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const prefix = `ht-test-pstate-${process.pid}-${Date.now()}`;
let client: Redis;
let dir: string;
const kafka = new Kafka({
  brokers: (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
  logLevel: logLevel.NOTHING,
});
const stateTopic = `k13-state-${process.pid}-${Date.now()}`;

beforeAll(async () => {
  client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  dir = await mkdtemp(join(tmpdir(), 'ht-pstate-'));
});

afterAll(async () => {
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(...keys);
  client.disconnect();
  await rm(dir, { recursive: true, force: true });
});

const snapshot = (id: number, traces: number): PartitionSnapshot => ({
  version: 1,
  job: 'ht-grouper',
  partition: 'raw-spans:3',
  id,
  takenAt: 1_000 * id,
  position: String(41 + id),
  maxTimestamp: 5_000,
  operators: { grouper: Array.from({ length: traces }, (_, i) => [`t${i}`, 'x'.repeat(40), 10n ** 20n]) },
});

describe('partition snapshot stores', () => {
  it('Redis: a snapshot is chunked, read back whole, and the previous one’s chunks are deleted', async () => {
    const store = new RedisPartitionSnapshotStore({ client, prefix, chunkBytes: 256 });
    expect(await store.load('ht-grouper', 'raw-spans:3')).toBeUndefined();
    const first = snapshot(1, 50);
    await store.save(first);
    expect(await client.keys(`${prefix}:pstate:ht-grouper:raw-spans:3:1:*`)).toHaveLength(
      Math.ceil(Buffer.byteLength(encodePartitionSnapshot(first)) / 256),
    );
    expect(await store.load('ht-grouper', 'raw-spans:3')).toEqual(first);
    const second = snapshot(2, 5);
    await store.save(second);
    expect(await store.load('ht-grouper', 'raw-spans:3')).toEqual(second);
    expect(await client.keys(`${prefix}:pstate:ht-grouper:raw-spans:3:1:*`)).toEqual([]);
  });

  it('Redis: a snapshot with a missing chunk is an error naming the partition', async () => {
    const store = new RedisPartitionSnapshotStore({ client, prefix: `${prefix}-missing`, chunkBytes: 256 });
    await store.save(snapshot(7, 20));
    await client.del(`${prefix}-missing:pstate:ht-grouper:raw-spans:3:7:1`);
    await expect(store.load('ht-grouper', 'raw-spans:3')).rejects.toThrow(
      'snapshot 7 of partition raw-spans:3 (job "ht-grouper") in Redis is incomplete',
    );
  });

  it('file: one file per partition, read back whole; a corrupt file is an error naming the partition', async () => {
    const store = new FilePartitionSnapshotStore(dir);
    const s = snapshot(3, 10);
    await store.save(s);
    expect(await store.load('ht-grouper', 'raw-spans:3')).toEqual(s);
    expect(await store.load('ht-grouper', 'raw-spans:4')).toBeUndefined();
    await writeFile(join(dir, 'ht-grouper', `${encodeURIComponent('raw-spans:3')}.snapshot.json`), '{"version":1,');
    await expect(store.load('ht-grouper', 'raw-spans:3')).rejects.toThrow(
      'snapshot of partition raw-spans:3 (job "ht-grouper") is corrupt',
    );
  });

  it('Kafka: a snapshot is chunked into the compacted topic and read back whole; the latest save wins; a missing chunk names the partition', async () => {
    const store = new KafkaPartitionSnapshotStore({ kafka, topic: stateTopic, partitions: 2, chunkBytes: 512 });
    try {
      expect(await store.load('ht-grouper', 'raw-spans:3')).toBeUndefined();
      const first = snapshot(1, 60);
      await store.save(first);
      expect(await store.load('ht-grouper', 'raw-spans:3')).toEqual(first);
      const second = snapshot(2, 6);
      await store.save(second);
      const third = snapshot(3, 4);
      await store.save(third);
      expect(await store.load('ht-grouper', 'raw-spans:3')).toEqual(third);
      // Another partition in the same state partition (3 and 5 are both odd) is kept apart.
      expect(await store.load('ht-grouper', 'raw-spans:5')).toBeUndefined();

      // A chunk of the current snapshot tombstoned (lost): the load says which partition and snapshot.
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({
        topic: stateTopic,
        messages: [{ key: 'ht-grouper\u0000raw-spans:3\u0000c\u00001\u00000', value: null, partition: 1 }],
      });
      await producer.disconnect();
      await expect(store.load('ht-grouper', 'raw-spans:3')).rejects.toThrow(
        `snapshot 3 of partition raw-spans:3 (job "ht-grouper") in ${stateTopic} is incomplete`,
      );
    } finally {
      await store.close();
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics: [stateTopic] }).catch(() => undefined);
      await admin.disconnect();
    }
  }, 60_000);

  it('Redis: a window job’s partition moves to another copy with its open windows, every record counted once', async () => {
    const moved = await movePartition(new RedisPartitionSnapshotStore({ client, prefix: `${prefix}-windows` }));
    expect(moved.log).toContainEqual(
      expect.stringMatching(/^restored 1 partition\(s\) of job "moves" from redis:.*: p0$/),
    );
    expect(moved.late).toEqual([]);
    expect(moved.second).toEqual(['c@100=1', 'x@0=3', 'x@30=1', 'y@0=1']);
    expect([...moved.first, ...moved.second].sort()).toEqual(await withoutMove());
  });

  it('Kafka: a window job’s partition moves to another copy with its open windows, every record counted once', async () => {
    const topic = `${stateTopic}-windows`;
    const store = new KafkaPartitionSnapshotStore({ kafka, topic, partitions: 2 });
    try {
      const moved = await movePartition(store);
      expect(moved.log).toContainEqual(
        expect.stringMatching(/^restored 1 partition\(s\) of job "moves" from kafka:.*: p0$/),
      );
      expect(moved.late).toEqual([]);
      expect(moved.second).toEqual(['c@100=1', 'x@0=3', 'x@30=1', 'y@0=1']);
      expect([...moved.first, ...moved.second].sort()).toEqual(await withoutMove());
    } finally {
      await store.close();
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
  }, 60_000);
});
