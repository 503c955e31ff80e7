import { describe, expect, it } from 'vitest';
import { Job, systemClock } from '@ht/stream-core';
import { MemorySink } from '@ht/stream-core/testing';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import { FakeKafkaCluster, FakeKafkaConsumer } from './FakeKafkaConsumer.js';
import { textDecoder, until } from './FakeSourceContext.js';

function cluster(partitions: number, perPartition: number): { cluster: FakeKafkaCluster; all: string[] } {
  const c = new FakeKafkaCluster();
  c.createTopic('t', partitions);
  const all: string[] = [];
  for (let i = 0; i < perPartition; i++)
    for (let p = 0; p < partitions; p++) {
      c.produce('t', p, Buffer.from(`${p}-${i}`));
      all.push(`${p}-${i}`);
    }
  return { cluster: c, all };
}

function member(c: FakeKafkaCluster, name: string) {
  const consumer = new FakeKafkaConsumer(c, { batchSize: 50, autoAssign: false });
  const source = new KafkaSource<string>({
    name,
    consumer,
    topics: ['t'],
    decoder: textDecoder,
    maxValuesPerEmit: 5,
    stopTimeoutMs: 2_000,
  });
  const sink = new MemorySink<string>({ name: `${name}-sink`, latencyMs: 2, clock: systemClock });
  const job = new Job({ name });
  job.source(source, { credits: 20 }).to(sink);
  return { consumer, source, sink, job };
}

const committedAll = (c: FakeKafkaCluster, partitions: number, end: number): boolean =>
  Array.from({ length: partitions }, (_, p) => c.committed.get(`t:${p}`)).every((o) => o === String(end));

describe('KafkaSource in a job (fake consumer)', () => {
  it('delivers every record once, in order per partition, under backpressure, and commits to the end', async () => {
    const { cluster: c, all } = cluster(3, 200);
    const m = member(c, 'a');
    await m.job.start();
    m.consumer.rebalance(c.partitions(['t']));
    await until(() => committedAll(c, 3, 200), 'commits at the end of every partition', 20_000);
    expect([...m.sink.records].sort()).toEqual([...all].sort());
    for (let p = 0; p < 3; p++) {
      const mine = m.sink.records.filter((r) => r.startsWith(`${p}-`));
      expect(mine).toEqual(Array.from({ length: 200 }, (_, i) => `${p}-${i}`));
    }
    // 20 credits per partition against 200 records: the engine had to pause partitions.
    expect(m.consumer.pauses).toBeGreaterThan(0);
    expect(m.sink.batches.every((n) => n <= 5)).toBe(true);
    await m.job.stop();
    expect(m.consumer.stopped).toBe(true);
  }, 30_000);

  it('loses nothing when partitions move between two members mid-stream; duplicates come only from in-flight records', async () => {
    const { cluster: c, all } = cluster(4, 150);
    const a = member(c, 'a');
    const b = member(c, 'b');
    await a.job.start();
    await b.job.start();
    a.consumer.rebalance(c.partitions(['t']));
    b.consumer.rebalance([]);
    await until(() => a.sink.records.length >= 200, 'a third of the records at a');
    // b joins: partitions 2 and 3 move to it; a keeps 0 and 1 (and reads them again from their commits).
    a.consumer.rebalance([
      { topic: 't', partition: 0 },
      { topic: 't', partition: 1 },
    ]);
    b.consumer.rebalance([
      { topic: 't', partition: 2 },
      { topic: 't', partition: 3 },
    ]);
    await until(() => committedAll(c, 4, 150), 'commits at the end of every partition', 20_000);
    const received = [...a.sink.records, ...b.sink.records];
    expect(new Set(received)).toEqual(new Set(all));
    const duplicates = received.length - all.length;
    // At most what the engine held in flight at the rebalance: 20 credits + one emit per partition.
    expect(duplicates).toBeLessThanOrEqual(4 * 25);
    expect(a.source.stats.get('partitions_revoked')).toBe(2);
    await a.job.stop();
    await b.job.stop();
  }, 30_000);
});
