// One copy of the grouper stage with its open traces per raw-spans partition in a compacted Kafka topic,
// for the kill test (grouperKill.int.test.ts). Argument: the JSON settings. Prints `ready` once started.
import { createGrouperStage } from '@ht/reference-pipeline';
import { KafkaPartitionSnapshotStore } from '@ht/stream-core/kafka';
import { Kafka, logLevel } from 'kafkajs';

const settings = JSON.parse(process.argv[2] ?? '{}');
const kafka = new Kafka({
  clientId: `grouper-copy-${process.pid}`,
  brokers: settings.brokers,
  logLevel: logLevel.NOTHING,
});
const stage = createGrouperStage({
  kafka,
  schemaRegistryUrl: settings.schemaRegistryUrl,
  topics: settings.topics,
  groupId: settings.groupId,
  sessionTimeoutMs: 6_000,
  grouper: { gapMs: settings.gapMs, idleTimeoutMs: 120_000 },
  state: {
    kind: 'partitions',
    store: new KafkaPartitionSnapshotStore({ kafka, topic: settings.stateTopic, partitions: 6 }),
    intervalMs: 500,
  },
});
await stage.start();
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  process.stdout.write(stage.metrics());
  void stage.stop().then(() => process.exit(0));
});
