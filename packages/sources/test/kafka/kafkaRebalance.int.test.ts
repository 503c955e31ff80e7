import { afterAll, describe, expect, it } from 'vitest';
import type { Span } from '@ht/enricher-sdk';
import { Job } from '@ht/stream-core';
import { MemorySink } from '@ht/stream-core/testing';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import { kafkaSpanDecoder } from '../../src/kafka/kafkaSpanDecoder.js';
import { kafkajsConsumer } from '@ht/stream-core/kafka';
import { BrokerFixture, eventually, TEST_CONSUMER } from './broker.js';
import { occurrences, syntheticZipkinRecords } from './syntheticSpans.js';

const fixture = new BrokerFixture();
afterAll(() => fixture.close());

const CREDITS = 200;
const PER_EMIT = 25;

/** Writes one batch at a time, each taking `latencyMs`: a member that reads at a bounded rate. */
class SerialSink extends MemorySink<Span> {
  private tail = Promise.resolve();

  constructor(private readonly latencyMs: number) {
    super();
  }

  override write(records: readonly Span[]): Promise<void> {
    this.tail = this.tail.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      this.records.push(...records);
    });
    return this.tail;
  }
}

async function member(topic: string, group: string) {
  const consumer = kafkajsConsumer(fixture.kafka, { groupId: group, ...TEST_CONSUMER });
  const source = new KafkaSource<Span>({
    consumer,
    topics: [topic],
    decoder: kafkaSpanDecoder('zipkin_json'),
    maxValuesPerEmit: PER_EMIT,
  });
  // A slow sink keeps records in flight, so the rebalance lands mid-stream.
  const sink = new SerialSink(8);
  const job = new Job({ name: `member-${group}` });
  job.source(source, { credits: CREDITS }).to(sink);
  await job.start();
  return { job, sink, source };
}

describe('Kafka source on the real broker: rebalance', () => {
  it('a second member joins mid-stream: no span lost, duplicates only from what was in flight, counted', async () => {
    const partitions = 6;
    const topic = await fixture.topic('rebalance', partitions);
    const group = fixture.group('rebalance');
    const { messages, places } = syntheticZipkinRecords(partitions, 2_000);
    await fixture.produce(topic, messages);

    const a = await member(topic, group);
    await eventually(() => a.sink.records.length >= 1_000, 'member a under way');
    // Records are read again only from a committed offset, and commits only grow.
    const committedBefore = await fixture.committed(group, topic);
    const b = await member(topic, group);
    await eventually(() => b.sink.records.length > 0, 'member b reading its share');
    await eventually(() => fixture.fullyCommitted(group, topic), 'commits at the end of every partition', 90_000);
    await Promise.all([a.job.stop(), b.job.stop()]);

    const received = [...a.sink.records, ...b.sink.records].map((s) => s.spanId);
    const counts = occurrences(received);
    const lost = [...places.keys()].filter((id) => !counts.has(id));
    expect(lost).toEqual([]);
    expect(counts.size).toBe(places.size);
    for (const [id, n] of counts) {
      if (n === 1) continue;
      const place = places.get(id)!;
      const from = Number(committedBefore.get(place.partition) ?? '-1');
      expect(place.offset, `duplicate at ${place.partition}@${place.offset}`).toBeGreaterThanOrEqual(from);
    }
    const duplicates = received.length - places.size;
    // Only records in flight at the rebalance come again: per partition at most the credits plus one emit.
    expect(duplicates).toBeLessThanOrEqual(partitions * (CREDITS + PER_EMIT));
    expect(a.source.stats.get('partitions_revoked')).toBeGreaterThan(0);
    // The slow sink held records back: the engine paused partitions through the real client.
    expect(a.source.stats.get('pauses')).toBeGreaterThan(0);
    expect(b.source.stats.get('assignments')).toBeGreaterThan(0);
    console.info(
      `rebalance: ${places.size} spans, ${duplicates} duplicates; a read ${a.sink.records.length}, b ${b.sink.records.length}; ` +
        `a revoked ${a.source.stats.get('partitions_revoked')}, commits refused ${a.source.stats.get('commit_failures')}`,
    );
  }, 120_000);
});
