// Kafka source throughput (docs/benchmarks.md, "sources: Kafka"): `pnpm --filter @ht/sources bench`, or
// `tsx bench/kafka.ts` alone (needs the broker: scripts/services up kafka; HT_KAFKA_BROKERS).
// One topic is filled once with OTLP protobuf records (128 spans each, as the Collector's kafka exporter
// writes otlp_proto); then, each with a fresh consumer group, a bare kafkajs eachBatch loop that decodes
// and counts, and KafkaSource in a minimal stream-core job with a counting sink, read all of it.
// Best of HT_BENCH_RUNS (default 3) each, alternating; spans/s (wall) and spans per CPU-second, from the
// first record to the last (the group join is not counted). HT_BENCH_KAFKA_RECORDS sizes the topic
// (default 3000 records). Ends with one JSON line of the figures.
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaSpanDecoder } from '../src/index.js';
import type { LoopResult } from './kafkaLoops.js';
import { bareKafkajsLoop, kafkaSourceJob } from './kafkaLoops.js';
import { otlpExporterPayload } from './otlpPayload.js';

const brokers = process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092';
const runs = Number(process.env['HT_BENCH_RUNS'] ?? 3);
const records = Number(process.env['HT_BENCH_KAFKA_RECORDS'] ?? 3_000);
const partitions = 4;
const kafka = new Kafka({ clientId: 'ht-sources-bench', brokers: [brokers], logLevel: logLevel.NOTHING });
const tag = `${process.pid}-${randomBytes(3).toString('hex')}`;
const topic = `ht-sources-bench-${tag}`;
const groups: string[] = [];
const group = (name: string): string => {
  const g = `ht-sources-bench-${name}-${tag}-${groups.length}`;
  groups.push(g);
  return g;
};

const payload = await otlpExporterPayload(128);
const spansPerRecord = kafkaSpanDecoder('otlp_proto').decode({
  topic,
  partition: 0,
  offset: '0',
  key: null,
  value: payload,
  headers: {},
}).values.length;
const total = records * spansPerRecord;

const admin = kafka.admin();
await admin.connect();
try {
  await admin.createTopics({
    topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }],
    waitForLeaders: true,
  });
  const producer = kafka.producer();
  await producer.connect();
  for (let i = 0; i < records; i += 100) {
    const n = Math.min(100, records - i);
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: n }, (_, j) => ({ partition: (i + j) % partitions, value: payload })),
    });
  }
  await producer.disconnect();

  const loads = loadavg();
  const load = loads.map((l) => l.toFixed(1)).join(', ');
  console.log(
    `\nKafka source vs a bare kafkajs loop: ${records} records x ${spansPerRecord} spans (${payload.length} bytes each), ` +
      `${partitions} partitions, best of ${runs}; load average at start ${load}`,
  );
  const best = new Map<string, LoopResult>();
  const keep = (r: LoopResult): void => {
    const b = best.get(r.loop);
    if (b === undefined || r.spans / r.wallSeconds > b.spans / b.wallSeconds) best.set(r.loop, r);
  };
  for (let run = 0; run < runs; run++) {
    keep(await bareKafkajsLoop(kafka, topic, group('bare'), total));
    keep(await kafkaSourceJob(kafka, topic, group('source'), total));
  }
  const raw = await bareKafkajsLoop(kafka, topic, group('raw'), records, false);
  console.log('| loop | spans | spans/s (wall) | spans per CPU-s |');
  console.log('|---|---:|---:|---:|');
  for (const r of best.values()) {
    console.log(
      `| ${r.loop} | ${r.spans.toLocaleString('en-US')} | ${Math.round(r.spans / r.wallSeconds).toLocaleString('en-US')} | ${Math.round(r.spans / r.cpuSeconds).toLocaleString('en-US')} |`,
    );
  }
  console.log(
    `(${raw.loop}: ${Math.round(raw.spans / raw.wallSeconds).toLocaleString('en-US')} records/s, ` +
      `${Math.round(raw.spans / raw.cpuSeconds).toLocaleString('en-US')} records per CPU-s: decoding is most of the cost)`,
  );
  const bare = best.get('bare kafkajs eachBatch + decode');
  const ours = best.get('KafkaSource -> stream-core job -> counting sink');
  let ofBare: { wallPercentOfBare: number; cpuPercentOfBare: number } | undefined;
  if (bare && ours) {
    const wall = ours.spans / ours.wallSeconds / (bare.spans / bare.wallSeconds);
    const cpu = ours.spans / ours.cpuSeconds / (bare.spans / bare.cpuSeconds);
    console.log(
      `KafkaSource / bare loop: ${(wall * 100).toFixed(0)}% of its wall throughput, ${(cpu * 100).toFixed(0)}% per CPU-second`,
    );
    ofBare = { wallPercentOfBare: Math.round(wall * 100), cpuPercentOfBare: Math.round(cpu * 100) };
  }
  const results: { name: string; value: number; unit: string; [extra: string]: number | string }[] = [];
  for (const r of best.values()) {
    const pct = r === ours ? ofBare : undefined;
    results.push(
      {
        name: `${r.loop}, wall`,
        value: Math.round(r.spans / r.wallSeconds),
        unit: pct ? `spans/s (wall), ${pct.wallPercentOfBare}% of bare` : 'spans/s (wall)',
        spans: r.spans,
        ...(pct ? { percentOfBare: pct.wallPercentOfBare } : {}),
      },
      {
        name: r.loop,
        value: Math.round(r.spans / r.cpuSeconds),
        unit: pct ? `spans/CPU-s, ${pct.cpuPercentOfBare}% of bare` : 'spans/CPU-s',
        ...(pct ? { percentOfBare: pct.cpuPercentOfBare } : {}),
      },
    );
  }
  results.push(
    { name: `${raw.loop}, wall`, value: Math.round(raw.spans / raw.wallSeconds), unit: 'records/s (wall)' },
    { name: raw.loop, value: Math.round(raw.spans / raw.cpuSeconds), unit: 'records/CPU-s' },
  );
  console.log(
    JSON.stringify({
      bench: '@ht/sources kafka',
      loadAverage: Number(loads[0]!.toFixed(2)),
      results,
      records,
      spansPerRecord,
      recordBytes: payload.length,
      partitions,
      runs,
      cores: cpus().length,
      node: process.version,
    }),
  );
} finally {
  await admin.deleteGroups(groups).catch(() => undefined);
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
}
