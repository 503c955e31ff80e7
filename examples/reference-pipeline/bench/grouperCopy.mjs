// One copy of the grouper stage for the grouper scale bench (bench/grouperScale.ts): open traces per
// raw-spans partition in a compacted Kafka topic. Argument: the JSON settings. Prints `ready` once
// started; on SIGUSR2 prints one JSON line `{"cpuSeconds":…}` (this process's CPU so far); on SIGTERM
// prints it too, then stops.
import { createGrouperStage } from '@ht/reference-pipeline';
import { KafkaPartitionSnapshotStore } from '@ht/stream-core/kafka';
import { Kafka, logLevel } from 'kafkajs';

const settings = JSON.parse(process.argv[2] ?? '{}');
const kafka = new Kafka({
  clientId: `grouper-bench-${process.pid}`,
  brokers: settings.brokers,
  logLevel: logLevel.NOTHING,
});
const stage = createGrouperStage({
  kafka,
  schemaRegistryUrl: settings.schemaRegistryUrl,
  topics: settings.topics,
  groupId: settings.groupId,
  sessionTimeoutMs: settings.sessionTimeoutMs,
  // hold: the watermark stays when every partition is idle (bench data older than the clock).
  ...(settings.hold === true ? { watermarks: { whenAllIdle: 'hold' } } : {}),
  grouper: { gapMs: settings.gapMs, maxSpansPerTrace: settings.maxSpansPerTrace, idleTimeoutMs: 120_000 },
  state: {
    kind: 'partitions',
    store: new KafkaPartitionSnapshotStore({ kafka, topic: settings.stateTopic, partitions: 6 }),
    intervalMs: settings.intervalMs,
  },
});
await stage.start();
process.stdout.write('ready\n');
const printCpu = () => {
  const cpu = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
};
process.on('SIGUSR2', printCpu);
process.once('SIGTERM', () => {
  printCpu();
  void stage.stop().then(() => process.exit(0));
});
