import { Kafka, logLevel, type Consumer, type EachMessagePayload } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { kafkaBrokers, uniqueName } from './endpoints.js';

const kafka = new Kafka({ clientId: 'ht-smoke', brokers: [kafkaBrokers], logLevel: logLevel.NOTHING });
const consumers: Consumer[] = [];

afterAll(async () => {
  await Promise.all(consumers.map((c) => c.disconnect()));
});

function consumer(groupId: string): Consumer {
  const c = kafka.consumer({ groupId, sessionTimeout: 6000, heartbeatInterval: 500, rebalanceTimeout: 10_000 });
  consumers.push(c);
  return c;
}

/** Resolves once `predicate` holds, polling every 50 ms, or rejects after `ms`. */
async function eventually(predicate: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Kafka smoke (real broker, kafkajs)', () => {
  it('creates a topic, produces, consumes in a group, commits offsets and rebalances', async () => {
    const topic = uniqueName('smoke');
    const groupId = uniqueName('group');
    const admin = kafka.admin();
    await admin.connect();
    try {
      expect(await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true })).toBe(true);
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(meta.topics[0]?.partitions).toHaveLength(2);

      const producer = kafka.producer();
      await producer.connect();
      const messages = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `v${i}`, partition: i % 2 }));
      await producer.send({ topic, messages });

      // First consumer joins the group alone and gets both partitions.
      const seen: string[] = [];
      const first = consumer(groupId);
      const firstAssigned: number[][] = [];
      first.on(first.events.GROUP_JOIN, (e) => firstAssigned.push(e.payload.memberAssignment[topic] ?? []));
      await first.connect();
      await first.subscribe({ topics: [topic], fromBeginning: true });
      await first.run({
        autoCommit: false,
        eachMessage: async ({ message, partition }: EachMessagePayload) => {
          seen.push(message.value?.toString() ?? '');
          await first.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
        },
      });
      await eventually(() => seen.length === 20, 30_000, 'all 20 messages');
      expect(new Set(seen)).toEqual(new Set(messages.map((m) => m.value)));
      expect(firstAssigned.at(-1)?.sort()).toEqual([0, 1]);

      const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
      expect(committed[0]?.partitions.map((p) => p.offset).sort()).toEqual(['10', '10']);

      // A second member joins: the group rebalances and each member ends with one partition.
      const second = consumer(groupId);
      const secondAssigned: number[][] = [];
      second.on(second.events.GROUP_JOIN, (e) => secondAssigned.push(e.payload.memberAssignment[topic] ?? []));
      await second.connect();
      await second.subscribe({ topics: [topic], fromBeginning: true });
      await second.run({ eachMessage: async () => undefined });
      await eventually(
        () => secondAssigned.length > 0 && firstAssigned.length > 1 && (firstAssigned.at(-1)?.length ?? 0) === 1,
        30_000,
        'the rebalance',
      );
      expect([...(firstAssigned.at(-1) ?? []), ...(secondAssigned.at(-1) ?? [])].sort()).toEqual([0, 1]);
      await producer.disconnect();
    } finally {
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
  }, 90_000);
});
