// Per-partition state of the grouper, both sides of the storage choice (docs/scaling.md):
// - chunked snapshots: the open traces of one partition snapshotted (snapshotGrouper, Avro chunks),
//   saved to and loaded from each store (file, Redis, Kafka), restored into an empty table;
// - a per-key changelog: every span written a second time as its own Kafka message when it arrives,
//   restored by reading the changelog partition back and decoding every span.
// Needs Redis and Kafka (eval "$(node tools/services/dist/cli.js env)"); runs the built packages:
// `node packages/enricher-sdk/bench/partitionState.bench.mjs`. BENCH_TRACES open traces (default 20 000)
// of BENCH_SPANS spans each (default 10). Ends with one JSON line of the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { CompressionTypes, Kafka, logLevel } from 'kafkajs';
import { FilePartitionSnapshotStore, encodePartitionSnapshot } from '@ht/stream-core';
import { KafkaPartitionSnapshotStore } from '@ht/stream-core/kafka';
import { RedisPartitionSnapshotStore } from '@ht/stream-core/redis';
import { createResource, createSpan, createTrace, enrichedTraceCodec } from '@ht/enricher-sdk';
import { restoreGrouper, snapshotGrouper } from '../dist/grouper/grouperSnapshot.js';
import { TraceTable } from '../dist/grouper/TraceTable.js';

const TRACES = Number(process.env.BENCH_TRACES ?? 20_000);
const SPANS = Number(process.env.BENCH_SPANS ?? 10);
const resource = createResource({ attributes: { 'service.name': 'cart', 'host.name': 'cart-1' } });
const hex = (n, width) => n.toString(16).padStart(width, '0');
const seconds = (from) => Number(((performance.now() - from) / 1000).toFixed(3));

function fill() {
  const table = new TraceTable(30_000, 300_000, 60_000);
  for (let k = 0; k < TRACES; k++) {
    const state = table.create(`tenant-${k % 4}`, hex(k + 1, 32), 1_000);
    const f = table.openFragment(state, 1_000, 0, false);
    for (let s = 0; s < SPANS; s++) {
      const span = createSpan({
        tenantId: state.tenantId,
        traceId: state.traceId,
        spanId: hex(k * SPANS + s + 1, 16),
        name: 'GET /cart/{id}',
        kind: 'SERVER',
        startTimeUnixNano: 1_000_000_000n,
        endTimeUnixNano: 1_000_000_000n + BigInt(s),
        attributes: { 'http.request.method': 'GET', 'http.route': '/cart/{id}', 'http.response.status_code': 200n },
        resource,
      });
      table.add(f, state, span, 1_000 + s, null, 0);
    }
  }
  return table;
}

const brokers = (process.env.HT_KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
const redis = new Redis(process.env.HT_REDIS_URL ?? 'redis://127.0.0.1:6379');
const suffix = `${process.pid}-${Date.now()}`;
const dir = await mkdtemp(join(tmpdir(), 'ht-pstate-bench-'));

const table = fill();
const spans = TRACES * SPANS;
console.log(`${TRACES} open traces, ${spans} spans in one partition`);

// Chunked snapshots
let t = performance.now();
const operators = { grouper: snapshotGrouper(table, 1_000) };
const snapshot = {
  version: 1,
  job: 'bench',
  partition: 'raw-spans:0',
  id: 1,
  takenAt: 0,
  position: '1',
  maxTimestamp: 1_000,
  operators,
};
const bytes = Buffer.byteLength(encodePartitionSnapshot(snapshot));
const snapshotSeconds = seconds(t);
console.log(`snapshot: ${snapshotSeconds} s to encode, ${(bytes / 1_048_576).toFixed(1)} MiB`);

const stores = {
  file: new FilePartitionSnapshotStore(dir),
  redis: new RedisPartitionSnapshotStore({ client: redis, prefix: `k13-bench-${suffix}` }),
  kafka: new KafkaPartitionSnapshotStore({ kafka, topic: `k13-bench-state-${suffix}`, partitions: 1 }),
};
const chunked = {};
for (const [name, store] of Object.entries(stores)) {
  await store.save({ ...snapshot, id: 0 }); // warm: topic creation, connections
  t = performance.now();
  await store.save(snapshot);
  const save = seconds(t);
  t = performance.now();
  const loaded = await store.load('bench', 'raw-spans:0');
  const load = seconds(t);
  t = performance.now();
  const restored = new TraceTable(30_000, 300_000, 60_000);
  restoreGrouper(restored, loaded.operators.grouper, 0);
  const restore = seconds(t);
  if (restored.openSpans !== spans) throw new Error(`${name}: restored ${restored.openSpans} spans, not ${spans}`);
  chunked[name] = {
    saveSeconds: save,
    loadSeconds: load,
    restoreSeconds: restore,
    totalRestoreSeconds: Number((load + restore).toFixed(3)),
  };
  console.log(`chunked ${name}: save ${save} s, load ${load} s, restore into the table ${restore} s`);
}

// Per-key changelog: each span a message of its own (keyed tenant:traceId:spanId), written as spans arrive.
const topic = `k13-bench-changelog-${suffix}`;
const admin = kafka.admin();
await admin.connect();
await admin.createTopics({
  topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }],
});
const producer = kafka.producer();
await producer.connect();
t = performance.now();
let changelogBytes = 0;
let batch = [];
for (const s of table.open()) {
  for (const span of s.open.spans) {
    const value = enrichedTraceCodec.encode(createTrace({ spans: [span] }));
    changelogBytes += value.length;
    batch.push({ key: `${span.tenantId}:${span.traceId}:${span.spanId}`, value });
    if (batch.length === 1_000) {
      await producer.send({ topic, acks: -1, compression: CompressionTypes.GZIP, messages: batch });
      batch = [];
    }
  }
}
if (batch.length > 0) await producer.send({ topic, acks: -1, compression: CompressionTypes.GZIP, messages: batch });
const writeSeconds = seconds(t);
t = performance.now();
const consumer = kafka.consumer({ groupId: `k13-bench-${suffix}`, maxBytesPerPartition: 8 * 1_048_576 });
await consumer.connect();
await consumer.subscribe({ topics: [topic], fromBeginning: true });
let read = 0;
await new Promise((resolve) => {
  void consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch: b }) => {
      for (const m of b.messages) {
        enrichedTraceCodec.decode(m.value);
        read++;
      }
      if (read >= spans) resolve();
    },
  });
});
const replaySeconds = seconds(t);
await consumer.disconnect();
console.log(
  `changelog kafka: ${spans} span messages, ${(changelogBytes / 1_048_576).toFixed(1)} MiB before gzip, written in ${writeSeconds} s (on top of raw-spans), restore by reading back ${replaySeconds} s`,
);

await producer.disconnect();
await admin.deleteTopics({ topics: [topic, `k13-bench-state-${suffix}`] }).catch(() => undefined);
await admin.disconnect();
await stores.kafka.close();
const keys = await redis.keys(`k13-bench-${suffix}*`);
if (keys.length > 0) await redis.del(...keys);
redis.disconnect();
await rm(dir, { recursive: true, force: true });

console.log(
  JSON.stringify({
    traces: TRACES,
    spans,
    chunked: { snapshotSeconds, snapshotMiB: Number((bytes / 1_048_576).toFixed(1)), ...chunked },
    changelog: {
      spanMessages: spans,
      MiB: Number((changelogBytes / 1_048_576).toFixed(1)),
      writeSeconds,
      restoreSeconds: replaySeconds,
    },
  }),
);
