// One consumer-group member in a child process, for the SIGKILL test:
//   node --import tsx test/kafka/member.ts <topic> <group> <out-file> [sink-latency-ms]
// Reads zipkin_json spans with the Kafka source and appends each span id to <out-file> (fsynced) before
// the write resolves: what the file holds is what was durable when the process died.
import { appendFileSync, closeSync, fsyncSync, openSync } from 'node:fs';
import type { Span } from '@ht/enricher-sdk';
import { Job } from '@ht/stream-core';
import type { Sink } from '@ht/stream-core';
import { KafkaSource } from '../../src/kafka/KafkaSource.js';
import { kafkaSpanDecoder } from '../../src/kafka/kafkaSpanDecoder.js';
import { kafkajsConsumer } from '@ht/stream-core/kafka';
import { TEST_CONSUMER, testKafka } from './broker.js';

const [topic, group, outFile, latency] = process.argv.slice(2);
if (topic === undefined || group === undefined || outFile === undefined) {
  console.error('usage: member.ts <topic> <group> <out-file> [sink-latency-ms]');
  process.exit(2);
}
const latencyMs = Number(latency ?? '5');
const fd = openSync(outFile, 'a');

// One write at a time, each taking latencyMs: the member reads at a bounded rate, so it is mid-stream
// when it is killed.
let tail = Promise.resolve();
const fileSink: Sink<Span> = {
  name: 'span-ids-file',
  write(records) {
    tail = tail.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      appendFileSync(fd, records.map((s) => `${s.spanId}\n`).join(''));
      fsyncSync(fd);
    });
    return tail;
  },
};

const consumer = kafkajsConsumer(testKafka(`member-${process.pid}`), { groupId: group, ...TEST_CONSUMER });
const source = new KafkaSource<Span>({
  consumer,
  topics: [topic],
  decoder: kafkaSpanDecoder('zipkin_json'),
  maxValuesPerEmit: 50,
});
const job = new Job({ name: `member-${process.pid}` });
job.source(source, { credits: 500 }).to(fileSink);
await job.start();
process.stdout.write('started\n');
const stop = (): void => {
  void job.stop().finally(() => {
    closeSync(fd);
    process.exit(0);
  });
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
