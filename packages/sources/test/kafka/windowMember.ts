// One copy of a windowed count job with state per input partition, in a child process, for
// kafkaPartitionWindows.int.test.ts:
//   node --import tsx test/kafka/windowMember.ts '<settings JSON>'
// Reads JSON readings keyed by `key` from the topic, counts each key's readings per 1 s tumbling window
// (event time: the reading's `t`), keeps its open windows per input partition in the Kafka snapshot
// store, and appends each window's result (the ids it counted) to <out> (fsynced before the write
// resolves: what the file holds is what was durable when the process died). Prints "started", and on
// SIGTERM stops with a flush (every open window fires) and prints its per-partition state counters.
import { appendFileSync, closeSync, fsyncSync, openSync } from 'node:fs';
import { Job, OutputTag, tumblingWindows } from '@ht/stream-core';
import type { AggregateFunction, Sink } from '@ht/stream-core';
import { KafkaPartitionSnapshotStore, kafkajsConsumer } from '@ht/stream-core/kafka';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import type { KafkaRecordDecoder } from '../../src/kafka/KafkaRecordDecoder.js';
import { TEST_CONSUMER, testKafka } from './broker.js';

/** One input record: `id` unique over the run, `key` the Kafka message key, `t` its event time (ms). */
export interface Reading {
  readonly id: number;
  readonly key: string;
  readonly t: number;
}

/** One line of the output: a window's result, or a reading that came too late for its window. */
export type Output =
  | { readonly key: string; readonly start: number; readonly count: number; readonly ids: number[] }
  | { readonly late: number };

const settings = JSON.parse(process.argv[2] ?? '{}') as {
  topic: string;
  group: string;
  stateTopic: string;
  out: string;
};

const fd = openSync(settings.out, 'a');
const fileSink = <T extends Output>(name: string): Sink<T> => ({
  name,
  write(records) {
    appendFileSync(fd, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    fsyncSync(fd);
  },
});

const readings: KafkaRecordDecoder<Reading> = {
  name: 'json',
  decode: (m) => ({ values: [JSON.parse(m.value?.toString('utf8') ?? 'null') as Reading], rejected: [] }),
};

const ids: AggregateFunction<Reading, number[], number[]> = {
  createAccumulator: () => [],
  add: (r, acc) => {
    acc.push(r.id);
    return acc;
  },
  getResult: (acc) => acc,
};

const kafka = testKafka(`window-member-${process.pid}`);
const store = new KafkaPartitionSnapshotStore({ kafka, topic: settings.stateTopic, partitions: 4 });
const job = new Job({
  name: 'window-counts',
  partitionState: { store, intervalMs: 300, log: (line) => process.stdout.write(`[state] ${line}\n`) },
});
const source = new KafkaSource<Reading>({
  consumer: kafkajsConsumer(kafka, { groupId: settings.group, ...TEST_CONSUMER }),
  topics: [settings.topic],
  decoder: readings,
  messageKey: 'key',
  maxValuesPerEmit: 50,
});
const late = new OutputTag<Reading>('late');
const counted = job
  .source(source, { timestamp: (r) => r.t, credits: 500 })
  .keyBy((r) => r.key, { messageKey: 'key' })
  .window(tumblingWindows({ sizeMs: 1_000 }))
  .lateData(late)
  .aggregate(
    ids,
    (got, w): Output => ({ key: w.key, start: w.start, count: got.length, ids: [...got].sort((a, b) => a - b) }),
    { name: 'count' },
  );
counted.to(fileSink('windows'));
counted
  .sideOutput(late)
  .map((r): Output => ({ late: r.id }))
  .to(fileSink('late'));

await job.start();
process.stdout.write('started\n');
process.once('SIGTERM', () => {
  void job
    .stop({ drain: 'flush' })
    .then(() => store.close())
    .finally(() => {
      closeSync(fd);
      const s = job.partitionStateStats;
      process.stdout.write(
        `stats ${JSON.stringify({ restored: s?.restored, missing: s?.missing, failed: s?.restoreFailures, saved: s?.saved })}\n`,
      );
      process.exit(0);
    });
});
