import { describe, expect, it, vi } from 'vitest';
import type { HtError } from '@ht/stream-core';
import type { BadKafkaRecord } from '../../src/kafka/KafkaRecordDecoder.js';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import { FakeKafkaCluster, FakeKafkaConsumer } from './FakeKafkaConsumer.js';
import { FakeSourceContext, textDecoder, until } from './FakeSourceContext.js';

function setup(partitions = 2, options: { batchSize?: number; maxValuesPerEmit?: number } = {}) {
  const cluster = new FakeKafkaCluster();
  cluster.createTopic('t', partitions);
  const consumer = new FakeKafkaConsumer(cluster, { batchSize: options.batchSize ?? 100 });
  const bad: BadKafkaRecord[] = [];
  const source = new KafkaSource<string>({
    consumer,
    topics: ['t'],
    decoder: textDecoder,
    maxValuesPerEmit: options.maxValuesPerEmit ?? 1000,
    onBadRecord: (b) => void bad.push(b),
    stopTimeoutMs: 200,
  });
  return { cluster, consumer, source, bad, ctx: new FakeSourceContext<string>() };
}

const produce = (cluster: FakeKafkaCluster, partition: number, values: readonly string[]): void => {
  for (const v of values) cluster.produce('t', partition, Buffer.from(v));
};

describe('KafkaSource (fake consumer)', () => {
  it('emits each partition as its own engine partition, positioned at the last offset of each emit', async () => {
    const { cluster, source, ctx, consumer } = setup(2, { batchSize: 3 });
    produce(cluster, 0, ['a', 'b', 'c', 'd']);
    produce(cluster, 1, ['x,y']);
    await source.start(ctx);
    await until(() => ctx.records().length === 6, 'six values');
    expect(ctx.assigned).toEqual([['t:0', 't:1']]);
    expect(ctx.records('t:0')).toEqual(['a', 'b', 'c', 'd']);
    expect(ctx.records('t:1')).toEqual(['x', 'y']);
    expect(ctx.emitted.map((e) => [e.partition, e.position])).toEqual([
      ['t:0', '2'],
      ['t:1', '0'],
      ['t:0', '3'],
    ]);
    expect(source.stats.snapshot()).toMatchObject({ records: 5, values: 6, bad_records: 0 });
    await consumer.stop();
  });

  it("gives each emit the bytes of the records it covers (keys and values), for the engine's byte bound", async () => {
    const { cluster, source, ctx, consumer } = setup(1, { batchSize: 10, maxValuesPerEmit: 2 });
    produce(cluster, 0, ['aaaa', 'bb', 'c', 'dddddddd', 'e,f']);
    await source.start(ctx);
    await until(() => ctx.records().length === 6, 'six values');
    // Chunks of two values: aaaa+bb, c+dddddddd, then the record e,f (two values, three bytes).
    expect(ctx.emitted.map((e) => [e.records, e.position, e.bytes])).toEqual([
      [['aaaa', 'bb'], '1', 6],
      [['c', 'dddddddd'], '3', 9],
      [['e', 'f'], '4', 3],
    ]);
    await consumer.stop();
  });

  it('with per-partition state, waits for the partition restore and skips the records the restored state covers', async () => {
    const { cluster, source, ctx, consumer } = setup(1);
    produce(cluster, 0, ['a', 'b', 'c', 'd']);
    let restored!: () => void;
    ctx.restores.set(
      't:0',
      new Promise<void>((resolve) => (restored = resolve)).then(() => void ctx.startPositions.set('t:0', '1')),
    );
    await source.start(ctx);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ctx.emitted).toEqual([]);
    restored();
    await until(() => ctx.records().length === 2, 'the two records after the restored position');
    expect(ctx.records('t:0')).toEqual(['c', 'd']);
    expect(source.stats.get('records_restored_skipped')).toBe(2);
    await consumer.stop();
  });

  it('commits offset + 1 only when the engine acknowledges, never on its own', async () => {
    const { cluster, source, ctx, consumer } = setup(1);
    produce(cluster, 0, ['a', 'b', 'c']);
    await source.start(ctx);
    await until(() => ctx.records().length === 3, 'three values');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cluster.commitLog).toEqual([]);
    source.ack('t:0', '2');
    await until(() => cluster.committed.get('t:0') === '3', 'the commit of 3');
    expect(cluster.commitLog).toEqual([[{ topic: 't', partition: 0, offset: '3' }]]);
    expect(source.committed.get('t:0')).toBe('3');
    await consumer.stop();
  });

  it('sends one commit at a time and coalesces acknowledgements made meanwhile (newest per partition)', async () => {
    const { cluster, source, ctx, consumer } = setup(2, { batchSize: 1 });
    produce(cluster, 0, ['a', 'b', 'c', 'd']);
    produce(cluster, 1, ['e', 'f']);
    await source.start(ctx);
    await until(() => ctx.records().length === 6, 'six values');
    consumer.holdCommits = true;
    source.ack('t:0', '0');
    source.ack('t:0', '1');
    source.ack('t:1', '0');
    source.ack('t:0', '3');
    source.ack('t:1', '1');
    consumer.releaseCommits();
    await until(() => cluster.commitLog.length === 2, 'two commits');
    expect(cluster.commitLog).toEqual([
      [{ topic: 't', partition: 0, offset: '1' }],
      [
        { topic: 't', partition: 0, offset: '4' },
        { topic: 't', partition: 1, offset: '2' },
      ],
    ]);
    await consumer.stop();
  });

  it('retries a refused commit with backoff, and a newer acknowledgement replaces it', async () => {
    const { cluster, source, ctx, consumer } = setup(1, { batchSize: 1 });
    produce(cluster, 0, ['a', 'b']);
    await source.start(ctx);
    await until(() => ctx.records().length === 2, 'two values');
    consumer.failCommits = 2;
    source.ack('t:0', '0');
    await until(() => cluster.committed.get('t:0') === '1', 'the retried commit');
    expect(source.stats.get('commit_failures')).toBe(2);
    source.ack('t:0', '1');
    await until(() => cluster.committed.get('t:0') === '2', 'the next commit');
    await consumer.stop();
  });

  it('pauses and resumes single partitions for the engine, and reads on from where it stopped', async () => {
    const { cluster, source, ctx, consumer } = setup(2, { batchSize: 2 });
    produce(cluster, 0, ['a', 'b', 'c', 'd', 'e', 'f']);
    produce(cluster, 1, ['x']);
    // Like the engine: out of credits after the first emit of partition 0.
    ctx.onEmit = (e) => {
      if (e.partition === 't:0' && ctx.records('t:0').length === 2) source.pause('t:0');
    };
    await source.start(ctx);
    await until(() => ctx.records('t:1').length === 1, 'partition 1');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(consumer.paused.has('t:0')).toBe(true);
    expect(source.stats.get('pauses')).toBe(1);
    expect(ctx.records('t:0')).toEqual(['a', 'b']);
    source.resume('t:0');
    await until(() => ctx.records('t:0').length === 6, 'the rest of partition 0');
    expect(ctx.records('t:0')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    await consumer.stop();
  });

  it('stops a batch at the chunk the engine paused on; the rest is fetched again after resume', async () => {
    const { cluster, source, ctx, consumer } = setup(1, { batchSize: 10, maxValuesPerEmit: 2 });
    produce(cluster, 0, ['a', 'b', 'c', 'd', 'e']);
    ctx.onEmit = () => {
      if (ctx.emitted.length === 1) source.pause('t:0');
    };
    await source.start(ctx);
    await until(() => ctx.emitted.length === 1, 'one emit');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.emitted.map((e) => e.records)).toEqual([['a', 'b']]);
    expect(consumer.position.get('t:0')).toBe(2);
    source.resume('t:0');
    await until(() => ctx.records().length === 5, 'all five');
    expect(ctx.emitted.map((e) => [e.records, e.position])).toEqual([
      [['a', 'b'], '1'],
      [['c', 'd'], '3'],
      [['e'], '4'],
    ]);
    await consumer.stop();
  });

  it('reports bad records with topic, partition and offset, and moves the position past them', async () => {
    const { cluster, source, ctx, consumer, bad } = setup(1, { batchSize: 1 });
    produce(cluster, 0, ['a', 'bad', 'b,rejected', 'c']);
    await source.start(ctx);
    await until(() => ctx.emitted.length === 4, 'four emits');
    expect(ctx.emitted.map((e) => [e.records, e.position])).toEqual([
      [['a'], '0'],
      [[], '1'],
      [['b'], '2'],
      [['c'], '3'],
    ]);
    expect(bad.map((b) => [b.kind, `${b.topic}:${b.partition}@${b.offset}`, b.reason])).toEqual([
      ['undecodable', 't:0@1', 'not text'],
      ['rejected', 't:0@2', 'one value rejected'],
    ]);
    expect((bad[0]?.error as HtError).code).toBe('INPUT_INVALID');
    expect(source.stats.snapshot()).toMatchObject({ records: 4, bad_records: 1, rejected_values: 1, values: 3 });
    source.ack('t:0', '3');
    await until(() => cluster.committed.get('t:0') === '4', 'a commit past the bad record');
    await consumer.stop();
  });

  it('waits for an async dead-letter hook before emitting what covers the bad record', async () => {
    const cluster = new FakeKafkaCluster();
    cluster.createTopic('t', 1);
    const consumer = new FakeKafkaConsumer(cluster);
    let release: () => void = () => undefined;
    const hook = new Promise<void>((resolve) => (release = resolve));
    const source = new KafkaSource<string>({ consumer, topics: ['t'], decoder: textDecoder, onBadRecord: () => hook });
    const ctx = new FakeSourceContext<string>();
    produce(cluster, 0, ['a', 'bad', 'b']);
    await source.start(ctx);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ctx.emitted).toEqual([]);
    release();
    await until(() => ctx.emitted.length === 1, 'the emit after the hook');
    expect(ctx.emitted[0]).toMatchObject({ records: ['a', 'b'], position: '2' });
    await consumer.stop();
  });

  it('warns on stderr with the offset when no dead-letter hook is given', async () => {
    const cluster = new FakeKafkaCluster();
    cluster.createTopic('t', 1);
    const consumer = new FakeKafkaConsumer(cluster);
    const source = new KafkaSource<string>({ consumer, topics: ['t'], decoder: textDecoder });
    const ctx = new FakeSourceContext<string>();
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      produce(cluster, 0, ['bad']);
      await source.start(ctx);
      await until(() => ctx.emitted.length === 1, 'the empty emit');
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual(['[ht kafka source] undecodable record at t[0]@0: not text\n']);
    await consumer.stop();
  });
});
