import { Kafka, logLevel } from 'kafkajs';
import type { Admin, Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Issue 13's exactly-once spike: does kafkajs 2.2.4's transactional producer work against the project's
 * Kafka 4.x broker? kafkajs speaks InitProducerId, AddPartitionsToTxn, AddOffsetsToTxn, TxnOffsetCommit
 * and EndTxn at their old versions and lacks KIP-447 (a transaction cannot carry the consumer group's
 * generation), so a Kafka → Kafka stage would fence zombies with one transactional id per input partition.
 * What the broker answered is in docs/guarantees.md ("Exactly-once: the spike").
 */

const kafka = new Kafka({
  clientId: 'ht-k13-transactions',
  brokers: (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
  logLevel: logLevel.NOTHING,
});
const suffix = `${process.pid}-${Date.now()}`;
const input = `k13-txn-in-${suffix}`;
const output = `k13-txn-out-${suffix}`;
const group = `k13-txn-${suffix}`;
/** One transactional id per input partition, as a stage without KIP-447 needs. */
const transactionalId = (partition: number): string => `${group}-${input}-${partition}`;
let admin: Admin;
const producers: Producer[] = [];

function transactional(partition: number): Producer {
  const producer = kafka.producer({
    transactionalId: transactionalId(partition),
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  producers.push(producer);
  return producer;
}

/** The committed offsets of `group` on the input topic, by partition. */
async function committed(): Promise<Record<number, string>> {
  const [topic] = await admin.fetchOffsets({ groupId: group, topics: [input] });
  return Object.fromEntries((topic?.partitions ?? []).map((p) => [p.partition, p.offset]));
}

/**
 * The committed offset of `partition` once it is `expected`, polling for at most 10 s: EndTxn returns once
 * the coordinator decided, and its markers (which make the offsets visible to OffsetFetch) follow. kafkajs
 * lacks OffsetFetch's `require_stable` (KIP-447), which would wait for them.
 */
async function committedOnce(partition: number, expected: string): Promise<string | undefined> {
  const started = performance.now();
  let offset: string | undefined;
  for (let i = 0; i < 200; i++) {
    offset = (await committed())[partition];
    if (offset === expected) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  console.log(
    `[transactions] offset ${String(offset)} of partition ${partition} visible ${(performance.now() - started).toFixed(0)} ms after EndTxn returned`,
  );
  return offset;
}

/** The values a read_committed consumer reads from the output topic up to and including `last`. */
async function readCommitted(last: string): Promise<string[]> {
  const consumer = kafka.consumer({ groupId: `${group}-reader`, readUncommitted: false });
  const values: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [output], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${values.join(',')} but not ${last} within 20 s`)), 20_000);
      consumer
        .run({
          eachMessage: ({ message }) => {
            const value = message.value?.toString() ?? '';
            values.push(value);
            if (value === last) {
              clearTimeout(timer);
              resolve();
            }
            return Promise.resolve();
          },
        })
        .catch((e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
    });
  } finally {
    await consumer.disconnect();
  }
  return values;
}

beforeAll(async () => {
  admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: input, numPartitions: 2 },
      { topic: output, numPartitions: 1 },
    ],
  });
  // The group's coordinator found and loaded before a transaction commits offsets to it: on a fresh broker
  // the first lookup creates `__consumer_offsets`, and kafkajs's TxnOffsetCommit does not retry the
  // NOT_COORDINATOR answer it gets meanwhile (the admin client's offset fetch does).
  await admin.fetchOffsets({ groupId: group, topics: [input] });
});

afterAll(async () => {
  for (const p of producers) await p.disconnect().catch(() => undefined);
  await admin.deleteTopics({ topics: [input, output] }).catch(() => undefined);
  await admin.deleteGroups([group, `${group}-reader`]).catch(() => undefined);
  await admin.disconnect();
});

describe('kafkajs transactions against the Kafka 4.x broker (the exactly-once spike)', () => {
  it('a committed transaction makes its output and its input offsets visible together; an aborted one neither; a second producer with the same id fences the first', async () => {
    // InitProducerId (at connect), AddPartitionsToTxn (first send), AddOffsetsToTxn + TxnOffsetCommit
    // (sendOffsets), EndTxn (commit).
    const first = transactional(0);
    await first.connect();
    const one = await first.transaction();
    await one.send({
      topic: output,
      acks: -1,
      messages: [
        { key: 't1', value: 'c1' },
        { key: 't2', value: 'c2' },
      ],
    });
    await one.sendOffsets({
      consumerGroupId: group,
      topics: [{ topic: input, partitions: [{ partition: 0, offset: '42' }] }],
    });
    await one.commit();
    expect(await committedOnce(0, '42')).toBe('42');

    // EndTxn with abort: neither the output nor the offset.
    const two = await first.transaction();
    await two.send({ topic: output, acks: -1, messages: [{ key: 't3', value: 'a1' }] });
    await two.sendOffsets({
      consumerGroupId: group,
      topics: [{ topic: input, partitions: [{ partition: 0, offset: '99' }] }],
    });
    await two.abort();

    // The partition moves: its new owner's producer, same transactional id, fences the old one. Its
    // InitProducerId returns once the old producer's transactions are finished (markers written), so the
    // offsets the new owner reads after it are stable.
    const second = transactional(0);
    await second.connect();
    const three = await second.transaction();
    await three.send({ topic: output, acks: -1, messages: [{ key: 't4', value: 'c3' }] });
    await three.sendOffsets({
      consumerGroupId: group,
      topics: [{ topic: input, partitions: [{ partition: 1, offset: '50' }] }],
    });
    await three.commit();
    expect(await committedOnce(1, '50')).toBe('50');
    // The aborted transaction's offset never became visible.
    expect((await committed())[0]).toBe('42');

    const zombie = first.transaction().then(async (t) => {
      await t.send({ topic: output, acks: -1, messages: [{ key: 't5', value: 'z1' }] });
      await t.commit();
    });
    const fenced: unknown = await zombie.then(
      () => undefined,
      (e: unknown) => e,
    );
    console.log(`[transactions] the fenced producer's transaction failed with: ${String(fenced)}`);
    expect(fenced).toBeInstanceOf(Error);
    expect(String((fenced as Error).message)).toMatch(/epoch|fenced|transactional id/i);

    expect(await committed()).toEqual({ 0: '42', 1: '50' });
    // read_committed: the aborted value and the zombie's are never read.
    expect(await readCommitted('c3')).toEqual(['c1', 'c2', 'c3']);
  }, 90_000);
});
