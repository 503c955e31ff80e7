/**
 * `pnpm bench:lag`: the memory of a views stage that lags (docs/reliability.md, "A lagging stage holds a
 * bounded amount"). Fills a topic of its own (`ht-lag-<random>-enriched-traces`, 6 partitions; the prefix
 * is `HT_LAG_NAME_PREFIX`'s when set) with a
 * backlog of enriched traces (8 spans each, the soak's shape), then runs the views stage in this process
 * over a writer slower than the backlog (`--rows-per-second`, the ClickHouse of the soak falling behind),
 * and samples every 5 s the heap and RSS after a forced GC and what the stage's source holds
 * (`ht_stream_source_in_flight_records` / `_bytes` per partition). Prints one line per sample and a
 * summary (JSON); removes its topics and consumer group.
 *
 * Flags: `--traces N` (default 60 000), `--seconds N` (120), `--rows-per-second N` (4 000),
 * `--max-bytes N|off` (the stage's `maxInFlightBytes`; `off`: no byte bound, as before it existed),
 * `--max-records N` (`maxInFlightRecords`, default 10 000).
 *
 * Run: `pnpm --filter @ht/reference-pipeline run bench:lag -- --max-bytes off` (then without the flag).
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createResource, createSpan, createTrace, enrichedTraceCodec, SpanKind } from '@ht/enricher-sdk';
import type { Trace } from '@ht/enricher-sdk';
import type { ViewRow, ViewWriter } from '@ht/sinks';
import { CompressionTypes, Kafka, logLevel } from 'kafkajs';
import { createViewsStage } from '../src/stages/index.js';
import { prepareTopics, registeredEncoder } from '../src/stages/stageKafka.js';

const { values: args } = parseArgs({
  // pnpm passes the '--' before the flags along.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    traces: { type: 'string', default: '60000' },
    seconds: { type: 'string', default: '120' },
    'rows-per-second': { type: 'string', default: '4000' },
    'max-bytes': { type: 'string' },
    'max-records': { type: 'string' },
  },
});
const traces = Number(args.traces);
const seconds = Number(args.seconds);
const rowsPerSecond = Number(args['rows-per-second']);
const maxBytes = args['max-bytes'] === 'off' ? Number.POSITIVE_INFINITY : optionalNumber(args['max-bytes']);
const maxRecords = optionalNumber(args['max-records']);

const brokers = (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
const prefix = `${process.env['HT_LAG_NAME_PREFIX'] ?? 'ht-lag'}-${randomBytes(4).toString('hex')}`;
const topics = {
  rawSpans: `${prefix}-raw-spans`,
  structuredTraces: `${prefix}-structured-traces`,
  enrichedTraces: `${prefix}-enriched-traces`,
};
const groupId = `${prefix}-views`;
const kafka = new Kafka({ clientId: prefix, brokers, logLevel: logLevel.NOTHING });
const common = { kafka, schemaRegistryUrl, topics, topicOptions: { partitions: 6, retentionMs: 3_600_000 } };

/** A writer that makes rows durable at `rowsPerSecond` (one write at a time): a store slower than intake. */
class SlowWriter implements ViewWriter {
  readonly capabilities = { maxConcurrentWrites: 2, batchRows: 50_000 };
  rows = 0;
  /** Set once the samples are taken: the stage's stop drains what it holds at once. */
  fast = false;
  private tail: Promise<void> = Promise.resolve();
  write(_view: string, rows: readonly ViewRow[]): Promise<void> {
    const done = this.tail.then(async () => {
      if (!this.fast) await sleep((rows.length / rowsPerSecond) * 1000);
      this.rows += rows.length;
    });
    this.tail = done;
    return done;
  }
}

/** One enriched trace of 8 spans over four services (the soak's shape), a few attributes each. */
function sampleTrace(i: number): Trace {
  const traceId = randomBytes(16).toString('hex');
  const start = BigInt(Date.now()) * 1_000_000n;
  const services = ['web-frontend', 'api-gateway', 'orders', 'inventory'];
  let parent = '';
  const spans = Array.from({ length: 8 }, (_, s) => {
    const spanId = randomBytes(8).toString('hex');
    const service = services[Math.floor(s / 2)] ?? 'inventory';
    const span = createSpan({
      tenantId: 'bench',
      traceId,
      spanId,
      parentSpanId: parent,
      name: s % 2 === 0 ? `GET /api/orders/{id}` : `orders.Lookup`,
      kind: s % 2 === 0 ? SpanKind.SERVER : SpanKind.CLIENT,
      startTimeUnixNano: start + BigInt(s) * 1_000_000n,
      endTimeUnixNano: start + BigInt(20 - s) * 1_000_000n,
      attributes: {
        'http.request.method': 'GET',
        'http.route': '/api/orders/{id}',
        'url.path': `/api/orders/${i}`,
        'http.response.status_code': 200n,
        'server.address': `${service}.internal`,
        'net.peer.port': 8080n,
      },
      resource: createResource({ attributes: { 'service.name': service, 'host.name': `${service}-1` } }),
      enriched: { 'ht.api.name': 'GET /api/orders/{id}', 'ht.service.name': service },
    });
    parent = spanId;
    return span;
  });
  return createTrace({ spans });
}

async function fillBacklog(): Promise<void> {
  const encoder = await registeredEncoder(common, enrichedTraceCodec, topics.enrichedTraces);
  const producer = kafka.producer();
  await producer.connect();
  for (let sent = 0; sent < traces; sent += 500) {
    const messages = Array.from({ length: Math.min(500, traces - sent) }, (_, j) => {
      const trace = sampleTrace(sent + j);
      return { key: `bench:${trace.traceId}`, value: encoder.encode(trace) };
    });
    await producer.send({ topic: topics.enrichedTraces, compression: CompressionTypes.GZIP, messages });
  }
  await producer.disconnect();
}

/** Sums and maxima of a per-partition gauge in Prometheus text. */
function gauge(text: string, name: string): { sum: number; max: number } {
  let sum = 0;
  let max = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    sum += value;
    max = Math.max(max, value);
  }
  return { sum, max };
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

const mib = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with node --expose-gc (the bench:lag script does)');
  const admin = kafka.admin();
  await admin.connect();
  const writer = new SlowWriter();
  const stage = createViewsStage({
    ...common,
    groupId,
    writer,
    ...(maxBytes === undefined ? {} : { maxInFlightBytes: maxBytes }),
    ...(maxRecords === undefined ? {} : { maxInFlightRecords: maxRecords }),
  });
  const samples: { t: number; rssMiB: number; heapMiB: number; externalMiB: number }[] = [];
  let maxPartitionBytes = 0;
  let maxPartitionRecords = 0;
  try {
    // The topics exist before the backlog is written (the stage's start would create them).
    await prepareTopics(common);
    process.stderr.write(`filling ${topics.enrichedTraces} with ${traces} traces…\n`);
    await fillBacklog();
    gc();
    const before = process.memoryUsage();
    process.stderr.write(
      `backlog written; rss ${mib(before.rss)} MiB, heap ${mib(before.heapUsed)} MiB; starting the views stage ` +
        `(maxInFlightBytes ${maxBytes ?? 'default'}, maxInFlightRecords ${maxRecords ?? 'default'})\n`,
    );
    await stage.start();
    const startedAt = Date.now();
    console.log('t_s\trss_MiB\theap_MiB\texternal_MiB\tin_flight_records\tin_flight_MiB\tmax_partition_MiB\trows');
    while (Date.now() - startedAt < seconds * 1000) {
      await sleep(5_000);
      gc();
      const m = process.memoryUsage();
      const text = stage.metrics();
      const records = gauge(text, 'ht_stream_source_in_flight_records');
      const bytes = gauge(text, 'ht_stream_source_in_flight_bytes');
      maxPartitionBytes = Math.max(maxPartitionBytes, bytes.max);
      maxPartitionRecords = Math.max(maxPartitionRecords, records.max);
      const t = Math.round((Date.now() - startedAt) / 1000);
      samples.push({ t, rssMiB: mib(m.rss), heapMiB: mib(m.heapUsed), externalMiB: mib(m.external) });
      console.log(
        [
          t,
          mib(m.rss),
          mib(m.heapUsed),
          mib(m.external),
          records.sum,
          mib(bytes.sum),
          mib(bytes.max),
          writer.rows,
        ].join('\t'),
      );
    }
    const half = samples.slice(Math.floor(samples.length / 2));
    const first = half[0];
    const last = half.at(-1);
    const slope =
      first && last && last.t > first.t
        ? Math.round(((last.rssMiB - first.rssMiB) / (last.t - first.t)) * 600) / 10
        : 0;
    console.log(
      JSON.stringify({
        maxInFlightBytes: maxBytes === Number.POSITIVE_INFINITY ? 'off' : (maxBytes ?? 'default'),
        maxInFlightRecords: maxRecords ?? 'default',
        traces,
        rowsPerSecond,
        rowsWritten: writer.rows,
        rssMiBMax: Math.max(...samples.map((s) => s.rssMiB)),
        heapMiBMax: Math.max(...samples.map((s) => s.heapMiB)),
        externalMiBMax: Math.max(...samples.map((s) => s.externalMiB)),
        rssSlopeMiBPerMinuteSecondHalf: slope,
        maxPartitionInFlightMiB: mib(maxPartitionBytes),
        maxPartitionInFlightRecords: maxPartitionRecords,
      }),
    );
  } finally {
    writer.fast = true;
    await stage.stop().catch(() => undefined);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
    await admin.disconnect();
  }
}

await main();
