import { describe, expect, it } from 'vitest';
import { HtError } from '@ht/stream-core';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import type { KafkaRecordDecoder } from '../../src/kafka/KafkaRecordDecoder.js';
import { FakeKafkaCluster, FakeKafkaConsumer } from './FakeKafkaConsumer.js';
import { FakeSourceContext, textDecoder, until } from './FakeSourceContext.js';

function setup(partitions: number, startPositions = new Map<string, string>()) {
  const cluster = new FakeKafkaCluster();
  cluster.createTopic('t', partitions);
  for (let p = 0; p < partitions; p++) for (let i = 0; i < 5; i++) cluster.produce('t', p, Buffer.from(`${p}-${i}`));
  const consumer = new FakeKafkaConsumer(cluster, { batchSize: 2 });
  const source = new KafkaSource<string>({ consumer, topics: ['t'], decoder: textDecoder, stopTimeoutMs: 150 });
  return { cluster, consumer, source, ctx: new FakeSourceContext<string>(startPositions) };
}

const tp = (partition: number) => ({ topic: 't', partition });

describe('KafkaSource rebalances (fake consumer)', () => {
  it('revokes every previous partition in the engine at a new assignment and never commits its offsets', async () => {
    const { cluster, consumer, source, ctx } = setup(2);
    await source.start(ctx);
    await until(() => ctx.records().length === 10, 'both partitions');
    source.ack('t:0', '1');
    await until(() => cluster.committed.get('t:0') === '2', 'the first commit');
    consumer.rebalance([tp(1)]);
    expect(ctx.revoked).toEqual(['t:0', 't:1']);
    expect(ctx.assigned.at(-1)).toEqual(['t:1']);
    expect(source.stats.get('partitions_revoked')).toBe(1);
    // The engine would not acknowledge a revoked partition; even if something did, nothing is committed.
    source.ack('t:0', '4');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cluster.committed.get('t:0')).toBe('2');
    await consumer.stop();
  });

  it('reads a kept partition again from its committed offset after a rebalance (in-flight records come again)', async () => {
    const { cluster, consumer, source, ctx } = setup(1);
    await source.start(ctx);
    await until(() => ctx.records().length === 5, 'five values');
    source.ack('t:0', '1');
    await until(() => cluster.committed.get('t:0') === '2', 'commit 2');
    consumer.rebalance([tp(0)]);
    await until(() => ctx.records().length === 8, 'the replay');
    expect(ctx.records().slice(5)).toEqual(['0-2', '0-3', '0-4']);
    // Acknowledgements of the new assignment commit as usual.
    source.ack('t:0', '4');
    await until(() => cluster.committed.get('t:0') === '5', 'commit 5');
    await consumer.stop();
  });

  it('does not retry, after a rebalance, a commit that failed before it', async () => {
    const { cluster, consumer, source, ctx } = setup(1);
    await source.start(ctx);
    await until(() => ctx.records().length === 5, 'five values');
    consumer.failCommits = 1;
    consumer.holdCommits = true;
    source.ack('t:0', '3');
    consumer.rebalance([]);
    consumer.releaseCommits();
    await until(() => source.stats.get('commit_failures') === 1, 'the refused commit');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cluster.commitLog).toEqual([]);
    await consumer.stop();
  });

  it('resumes after ctx.startPositions on the first assignment only, then from committed offsets', async () => {
    const { consumer, source, ctx } = setup(2, new Map([['t:0', '2']]));
    await source.start(ctx);
    await until(() => ctx.records().length === 7, 'partition 0 after 2, partition 1 whole');
    expect(ctx.records('t:0')).toEqual(['0-3', '0-4']);
    expect(consumer.seeks).toEqual([['t:0', '3']]);
    consumer.rebalance([tp(0), tp(1)]);
    await until(() => ctx.records('t:0').length === 7, 'partition 0 from its committed offset');
    expect(consumer.seeks).toEqual([['t:0', '3']]);
    await consumer.stop();
  });

  it('resumes newly assigned partitions that the client still holds paused', async () => {
    const { consumer, source, ctx } = setup(1);
    await source.start(ctx);
    await until(() => ctx.records().length === 5, 'five values');
    source.pause('t:0');
    expect(consumer.paused.has('t:0')).toBe(true);
    consumer.rebalance([tp(0)]);
    expect(consumer.paused.has('t:0')).toBe(false);
    await consumer.stop();
  });

  it('on stop, waits for what was emitted to be acknowledged, commits it, then leaves', async () => {
    const { cluster, consumer, source, ctx } = setup(1);
    await source.start(ctx);
    await until(() => ctx.records().length === 5, 'five values');
    const stopped = source.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(consumer.stopped).toBe(false);
    source.ack('t:0', '4');
    await stopped;
    expect(cluster.committed.get('t:0')).toBe('5');
    expect(consumer.stopped).toBe(true);
  });

  it('on stop, gives up waiting after stopTimeoutMs and leaves with what was acknowledged', async () => {
    const { cluster, consumer, source, ctx } = setup(1);
    await source.start(ctx);
    await until(() => ctx.records().length === 5, 'five values');
    source.ack('t:0', '1');
    const started = Date.now();
    await source.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(cluster.committed.get('t:0')).toBe('2');
    expect(consumer.stopped).toBe(true);
    // Acknowledgements after the member left cannot be committed, and are not tried.
    source.ack('t:0', '4');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cluster.commitLog).toHaveLength(1);
  });

  it('fails the job when the client gives up', async () => {
    const { consumer, source, ctx } = setup(1);
    await source.start(ctx);
    consumer.handlers?.onCrash(new Error('broker gone'));
    expect(ctx.failures).toEqual([new Error('broker gone')]);
    await consumer.stop();
  });

  it('hands a batch back to the client (retriable) when the decoder cannot prepare it, and reads it later', async () => {
    const cluster = new FakeKafkaCluster();
    cluster.createTopic('t', 1);
    cluster.produce('t', 0, Buffer.from('a'));
    const consumer = new FakeKafkaConsumer(cluster);
    let fail = 2;
    const decoder: KafkaRecordDecoder<string> = {
      ...textDecoder,
      async prepare() {
        if (fail-- > 0) throw new Error('registry down');
      },
    };
    const source = new KafkaSource<string>({ consumer, topics: ['t'], decoder });
    const ctx = new FakeSourceContext<string>();
    await source.start(ctx);
    await until(() => ctx.records().length === 1, 'the value');
    expect(consumer.batchErrors).toHaveLength(2);
    expect(consumer.batchErrors[0]).toBeInstanceOf(HtError);
    expect(consumer.batchErrors[0]).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', retriable: true });
    await consumer.stop();
  });
});
