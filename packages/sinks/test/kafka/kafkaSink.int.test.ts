import type { Trace } from '@ht/enricher-sdk';
import { Job } from '@ht/stream-core';
import { kafkajsProducer } from '@ht/stream-core/kafka';
import { MemorySource } from '@ht/stream-core/testing';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { avroRecordEncoder, createKafkaViewWriter, jsonRecordEncoder, ViewSink } from '../../src/index.js';
import type { ViewRecordEncoder } from '../../src/index.js';
import {
  fixtureTraces,
  fixtureRawTraceView,
  fixtureSpanEventView,
  traceRows,
  viewRows,
} from '../../src/testing/index.js';
import { kafkaBrokers, registryUrl, uniqueName } from '../support/endpoints.js';

const kafka = new Kafka({ clientId: 'ht-sinks-test', brokers: [kafkaBrokers], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const topics: string[] = [];
afterAll(async () => {
  await admin.deleteTopics({ topics }).catch(() => undefined);
  await admin.disconnect();
});

/** Reads `count` records of a topic from the beginning. */
async function readTopic(topic: string, count: number): Promise<{ key: string; value: Buffer }[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('reader') });
  const out: { key: string; value: Buffer }[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => void out.push({ key: message.key!.toString(), value: message.value! }),
    });
    for (let waited = 0; out.length < count; waited += 50) {
      if (waited > 30_000) throw new Error(`read ${out.length} of ${count} records of ${topic}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await consumer.disconnect();
  }
  return out;
}

interface Topics {
  readonly fixture_span_event_view: string;
  readonly fixture_raw_trace_view: string;
}

async function runPipeline(encoder: ViewRecordEncoder, idempotent: boolean, traces: Trace[]): Promise<Topics> {
  const names: Topics = {
    fixture_span_event_view: uniqueName('ht_views_span'),
    fixture_raw_trace_view: uniqueName('ht_views_trace'),
  };
  const both = [names.fixture_span_event_view, names.fixture_raw_trace_view];
  topics.push(...both);
  await admin.connect();
  await admin.createTopics({
    topics: both.map((topic) => ({ topic, numPartitions: 2 })),
    waitForLeaders: true,
  });
  const producer = await kafkajsProducer(kafka, { idempotent });
  const writer = await createKafkaViewWriter({
    producer,
    views: [fixtureSpanEventView, fixtureRawTraceView],
    encoder,
    topic: (view) => names[view as keyof typeof names],
    maxRequestBytes: 64_000,
  });
  const job = new Job({ name: uniqueName('kafka-sink') });
  job
    .source(new MemorySource<Trace>({ partitions: { '0': traces }, batchSize: 50 }))
    .map((t) => traceRows([fixtureSpanEventView, fixtureRawTraceView], t))
    .to(new ViewSink(writer, [fixtureSpanEventView, fixtureRawTraceView], { maxRows: 500, maxDelayMs: 20 }));
  await job.start();
  await job.done;
  await writer.close();
  return names;
}

describe('Kafka view sink (real broker and schema registry)', () => {
  const traces = fixtureTraces({ traces: 120, seed: 9 });
  const spans = viewRows(fixtureSpanEventView, traces);

  it('writes keyed JSON records: every row is on its topic, keyed by the view key, when the job is done', async () => {
    const names = await runPipeline(jsonRecordEncoder(), false, traces);
    const records = await readTopic(names.fixture_span_event_view, spans.length);
    expect(records).toHaveLength(spans.length);
    const byKey = new Map(records.map((r) => [r.key, JSON.parse(r.value.toString('utf8')) as unknown]));
    for (const row of spans) expect(byKey.get(`${row.tenant_id}:${row.trace_id}:${row.span_id}`)).toEqual(row);
    const traceRecords = await readTopic(names.fixture_raw_trace_view, traces.length);
    // fixture_raw_trace_view's key: tenant, trace, session, fragment.
    const traceKeys = traces.map((t) => `default:${t.traceId}:${t.session}:${t.fragment}`);
    expect(new Set(traceRecords.map((r) => r.key))).toEqual(new Set(traceKeys));
  }, 90_000);

  it('writes Avro records under an explicit subject with an idempotent producer', async () => {
    const prefix = uniqueName('ht-views');
    const subject = (view: { name: string }): string => `${prefix}.${view.name}-value`;
    const names = await runPipeline(avroRecordEncoder({ registryUrl, subject }), true, traces);
    const registry = new SchemaRegistry({ host: registryUrl });
    const id = await registry.getLatestSchemaId(subject(fixtureSpanEventView));
    const records = await readTopic(names.fixture_span_event_view, spans.length);
    expect(records[0]!.value.readUInt32BE(1)).toBe(id);
    const decoded = new Map<string, unknown>();
    for (const r of records) decoded.set(r.key, await registry.decode(r.value));
    for (const row of spans) expect(decoded.get(`${row.tenant_id}:${row.trace_id}:${row.span_id}`)).toEqual(row);
  }, 90_000);
});
