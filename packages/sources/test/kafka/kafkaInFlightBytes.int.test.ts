import type { Message } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { Job } from '@ht/stream-core';
import { kafkajsConsumer } from '@ht/stream-core/kafka';
import { MemorySink } from '@ht/stream-core/testing';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import type { KafkaRecordDecoder } from '../../src/kafka/KafkaRecordDecoder.js';
import { BrokerFixture, eventually, TEST_CONSUMER } from './broker.js';

const fixture = new BrokerFixture();
afterAll(() => fixture.close());

const PARTITIONS = 3;
const RECORDS = 600;
/** Each record: its id, padded to 16 KiB (a large record, like a whole trace). */
const RECORD_BYTES = 16 * 1024;
/** Bytes per partition the job may hold: 4 records' worth, a 50th of each partition's backlog. */
const BOUND = 64 * 1024;
const PER_EMIT = 4;
/** A partition may overshoot the bound by one emit (the source is paused after it). */
const KEY_BYTES = 8;
const MOST_HELD = BOUND + PER_EMIT * (RECORD_BYTES + KEY_BYTES);

/** The record's id, from its value's first line. */
const idDecoder: KafkaRecordDecoder<number> = {
  name: 'id',
  decode: (message) => ({
    values: [Number((message.value ?? Buffer.alloc(0)).toString('latin1', 0, 8))],
    rejected: [],
  }),
};

/** Writes one batch at a time, each taking `latencyMs`: a store slower than the reading. */
class SlowSink extends MemorySink<number> {
  private tail = Promise.resolve();

  constructor(
    private readonly latencyMs: number,
    private readonly onWrite: () => void,
  ) {
    super();
  }

  override write(records: readonly number[]): Promise<void> {
    this.onWrite();
    this.tail = this.tail.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      this.records.push(...records);
    });
    return this.tail;
  }
}

/** Sends 32 records a request: a record batch stays under the broker's 1 MB message size. */
async function produceInSmallBatches(topic: string, messages: readonly Message[]): Promise<void> {
  const producer = fixture.kafka.producer();
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += 32) {
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 32) });
    }
  } finally {
    await producer.disconnect();
  }
}

describe('Kafka source on the real broker: bytes in flight', () => {
  it('a backlog 50 times the byte bound per partition, drained by a slow sink: each partition holds at most the bound (plus one emit), every record delivered once', async () => {
    const topic = await fixture.topic('inflight-bytes', PARTITIONS);
    const group = fixture.group('inflight-bytes');
    await produceInSmallBatches(
      topic,
      Array.from({ length: RECORDS }, (_, id) => ({
        partition: id % PARTITIONS,
        key: String(id).padStart(KEY_BYTES, '0'),
        value: Buffer.concat([
          Buffer.from(String(id).padStart(8, '0'), 'latin1'),
          Buffer.alloc(RECORD_BYTES - 8, 0x61),
        ]),
      })),
    );
    const backlogPerPartition = (RECORDS / PARTITIONS) * (RECORD_BYTES + KEY_BYTES);
    expect(backlogPerPartition).toBeGreaterThanOrEqual(50 * BOUND);

    const source = new KafkaSource<number>({
      consumer: kafkajsConsumer(fixture.kafka, { groupId: group, ...TEST_CONSUMER }),
      topics: [topic],
      decoder: idDecoder,
      maxValuesPerEmit: PER_EMIT,
    });
    const job = new Job({ name: 'inflight-bytes' });
    let mostHeld = 0;
    let readings = 0;
    const read = (): void => {
      for (const { records, bytes } of job.metrics.operator('records')?.partitionsInFlight().values() ?? []) {
        readings++;
        // The bytes the engine counts are the records' own: keys and values.
        expect(bytes).toBe(records * (RECORD_BYTES + KEY_BYTES));
        mostHeld = Math.max(mostHeld, bytes);
      }
    };
    const sink = new SlowSink(10, read);
    // Credits (records) far above what the byte bound lets in: only the bytes bound the partitions.
    job.source(source, { name: 'records', credits: 10_000, maxBytesInFlight: BOUND }).to(sink);
    const sampler = setInterval(read, 5);
    try {
      await job.start();
      await eventually(() => sink.records.length >= RECORDS, `${RECORDS} records delivered`, 60_000);
      await eventually(() => fixture.fullyCommitted(group, topic), 'every partition committed to its end');
    } finally {
      clearInterval(sampler);
      await job.stop();
    }
    read();

    expect(readings).toBeGreaterThan(0);
    // Held: at most the bound plus one emit per partition, and the bound was reached (it did the pausing).
    expect(mostHeld).toBeLessThanOrEqual(MOST_HELD);
    expect(mostHeld).toBeGreaterThanOrEqual(BOUND);
    expect(source.stats.get('pauses')).toBeGreaterThan(0);
    // Every record exactly once, and nothing left held.
    expect([...sink.records].sort((a, b) => a - b)).toEqual(Array.from({ length: RECORDS }, (_, id) => id));
    expect(
      [...(job.metrics.operator('records')?.partitionsInFlight().values() ?? [])].every((h) => h.bytes === 0),
    ).toBe(true);
  }, 90_000);
});
