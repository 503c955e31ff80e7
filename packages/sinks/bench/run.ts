/**
 * `pnpm bench` for @ht/sinks: ClickHouse store and ViewSink vs a bare @clickhouse/client JSONEachRow
 * insert of the same rows (same batches, same concurrency, same schema, in the same run, interleaved);
 * DuckDB store rows/s; Kafka view writer vs a bare kafkajs producer. Prints a markdown table.
 * Env: HT_CLICKHOUSE_URL, HT_KAFKA_BROKERS, HT_BENCH_TRACES (default 60 000 traces ≈ 210k span rows),
 * HT_BENCH_ROUNDS (ClickHouse rounds, bare and store interleaved, best of each; default 3),
 * HT_BENCH_DUCKDB_THREADS (the DuckDB store's `threads`; default the store's own: one less than the cores).
 * Arguments pick benchmarks: `pnpm bench -- clickhouse duckdb span-event-view kafka` (`span-event-view`: the
 * built-in view's rows, enriched, with SDK-sized resources, into DuckDB).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import type { Trace } from '@ht/enricher-sdk';
import { kafkajsProducer } from '@ht/stream-core/kafka';
import { Kafka, logLevel } from 'kafkajs';
import { createClickHouseStore, createDuckDbStore, createKafkaViewWriter, ViewSink } from '../src/index.js';
import type { ViewRow, ViewWriter } from '../src/index.js';
import { fixtureTraces, fixtureSpanEventView, traceRows, viewRows } from '../src/testing/index.js';
import { spanEventView } from '@ht/enricher-sdk/builtins';
import { builtinSpanEventRows } from './builtinSpanRows.js';

const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? 'http://127.0.0.1:8123';
const brokers = process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092';
const BATCH = 50_000;
const CONCURRENCY = 2;
const ROUNDS = Number(process.env['HT_BENCH_ROUNDS'] ?? 3);
/** The DuckDB store's thread count, or undefined for the store's default. */
const duckDbThreads = process.env['HT_BENCH_DUCKDB_THREADS']
  ? Number(process.env['HT_BENCH_DUCKDB_THREADS'])
  : undefined;

const results: [string, number, string][] = [];
const rate = (rows: number, ms: number): number => Math.round(rows / (ms / 1000));

/** CPU seconds of this process (all its threads: DuckDB's included) during the last {@link timed} call. */
let lastCpuSeconds = 0;

/** Runs `insert` over batches of `rows` with `CONCURRENCY` batches at once; returns wall ms. */
async function timed(
  rows: readonly ViewRow[],
  insert: (batch: readonly ViewRow[]) => Promise<void>,
  batchRows = BATCH,
): Promise<number> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const batches: (readonly ViewRow[])[] = [];
  for (let i = 0; i < rows.length; i += batchRows) batches.push(rows.slice(i, i + batchRows));
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    for (let b = batches.shift(); b !== undefined; b = batches.shift()) await insert(b);
  });
  await Promise.all(workers);
  const used = process.cpuUsage(cpu);
  lastCpuSeconds = (used.user + used.system) / 1e6;
  return performance.now() - started;
}

async function viewSinkMs(writer: ViewWriter, traces: readonly Trace[]): Promise<number> {
  const maxRows = writer.capabilities.batchRows ?? BATCH;
  const sink = new ViewSink(writer, [fixtureSpanEventView], { maxRows, maxDelayMs: 200, maxInFlight: CONCURRENCY });
  const started = performance.now();
  const writes: Promise<void>[] = [];
  for (let i = 0; i < traces.length; i += 1_000) {
    writes.push(sink.write(traces.slice(i, i + 1_000).map((t) => traceRows([fixtureSpanEventView], t))));
  }
  await sink.flush();
  await Promise.all(writes);
  return performance.now() - started;
}

function calibration(): number {
  const started = performance.now();
  let s = 0;
  for (let i = 0; i < 1e8; i++) s += i;
  return s > 0 ? performance.now() - started : 0;
}

async function clickhouse(traces: readonly Trace[], rows: readonly ViewRow[]): Promise<void> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const store = await createClickHouseStore({ url: clickhouseUrl, database: `ht_bench_${suffix}` });
  const bareStore = await createClickHouseStore({ url: clickhouseUrl, database: `ht_bench_bare_${suffix}` });
  await store.ensureTables([fixtureSpanEventView]);
  await bareStore.ensureTables([fixtureSpanEventView]);
  const client = createClient({ url: clickhouseUrl, request_timeout: 300_000 });
  const settings = { allow_experimental_low_cardinality_type: 1, wait_end_of_query: 1 } as const;
  const truncate = async (): Promise<void> => {
    for (const db of [store.database, bareStore.database]) {
      for (const t of ['fixture_span_event_view', 'fixture_span_event_view_trace_groups'])
        await client.command({ query: `TRUNCATE TABLE ${db}.${t}` });
    }
  };
  const best = { bare: Infinity, store: Infinity, sink: Infinity };
  const cpu = { bare: Infinity, store: Infinity };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await truncate();
      best.bare = Math.min(
        best.bare,
        await timed(rows, async (batch) => {
          await client.insert({
            table: `${bareStore.database}.fixture_span_event_view`,
            values: batch,
            format: 'JSONEachRow',
            clickhouse_settings: settings,
          });
        }),
      );
      cpu.bare = Math.min(cpu.bare, lastCpuSeconds);
      await truncate();
      best.store = Math.min(best.store, await timed(rows, (batch) => store.write('fixture_span_event_view', batch)));
      cpu.store = Math.min(cpu.store, lastCpuSeconds);
      await truncate();
      best.sink = Math.min(best.sink, await viewSinkMs(store, traces));
    }
    results.push([
      'ClickHouse: bare @clickhouse/client JSONEachRow insert',
      rate(rows.length, best.bare),
      `rows/s (client process ${rate(rows.length, cpu.bare * 1000)} rows/CPU-s)`,
    ]);
    results.push([
      'ClickHouse: store write (validate + encode + insert)',
      rate(rows.length, best.store),
      `rows/s (${((best.bare / best.store) * 100).toFixed(0)}% of bare; client process ${rate(rows.length, cpu.store * 1000)} rows/CPU-s)`,
    ]);
    results.push([
      'ClickHouse: ViewSink from traces (materialize + store)',
      rate(rows.length, best.sink),
      `rows/s (${((best.bare / best.sink) * 100).toFixed(0)}% of bare)`,
    ]);
  } finally {
    await client.command({ query: `DROP DATABASE IF EXISTS ${store.database}` });
    await client.command({ query: `DROP DATABASE IF EXISTS ${bareStore.database}` });
    await Promise.all([client.close(), store.close(), bareStore.close()]);
  }
}

async function duckdb(traces: readonly Trace[], rows: readonly ViewRow[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-bench-duckdb-'));
  try {
    const store = await createDuckDbStore({ path: join(dir, 'views.duckdb'), threads: duckDbThreads });
    await store.ensureTables([fixtureSpanEventView]);
    // Batches of the store's own size (a DuckDB row group: full ones skip the WAL).
    const size = store.capabilities.batchRows;
    const first = await timed(rows, (batch) => store.write('fixture_span_event_view', batch), size);
    const firstCpu = lastCpuSeconds;
    const replay = await timed(rows, (batch) => store.write('fixture_span_event_view', batch), size);
    const replayCpu = lastCpuSeconds;
    await store.close();
    const fresh = await createDuckDbStore({ path: join(dir, 'sink.duckdb') });
    await fresh.ensureTables([fixtureSpanEventView]);
    const sink = await viewSinkMs(fresh, traces);
    await fresh.close();
    results.push([
      'DuckDB: store write, new rows',
      rate(rows.length, first),
      `rows/s (${rate(rows.length, firstCpu * 1000)} rows/CPU-s, DuckDB threads included)`,
    ]);
    results.push([
      'DuckDB: store write, replayed rows',
      rate(rows.length, replay),
      `rows/s (${rate(rows.length, replayCpu * 1000)} rows/CPU-s)`,
    ]);
    results.push(['DuckDB: ViewSink from traces', rate(rows.length, sink), 'rows/s']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The built-in `span_event_view` (enriched by the built-in chain, SDK-sized resources) into DuckDB: new
 * rows, best of `ROUNDS` fresh files. The write path of the widest built-in view.
 */
async function duckdbSpanEventView(traces: readonly Trace[]): Promise<void> {
  const rows = await builtinSpanEventRows(traces);
  const bytes = Math.round(
    Buffer.byteLength(
      JSON.stringify(rows.slice(0, 1000), (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
    ) / 1000,
  );
  const dir = mkdtempSync(join(tmpdir(), 'ht-bench-duckdb-'));
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const store = await createDuckDbStore({ path: join(dir, `span-${round}.duckdb`), threads: duckDbThreads });
      await store.ensureTables([spanEventView]);
      const ms = await timed(rows, (batch) => store.write(spanEventView.name, batch), store.capabilities.batchRows);
      if (ms < best) [best, bestCpu] = [ms, lastCpuSeconds];
      await store.close();
    }
    results.push([
      `DuckDB: built-in span_event_view ${spanEventView.version}, new rows (${rows.length}, ~${bytes} B as JSON)`,
      rate(rows.length, best),
      `rows/s (${rate(rows.length, bestCpu * 1000)} rows/CPU-s, best of ${ROUNDS})`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function kafka(rows: readonly ViewRow[]): Promise<void> {
  const client = new Kafka({ clientId: 'ht-bench', brokers: [brokers], logLevel: logLevel.NOTHING });
  const admin = client.admin();
  await admin.connect();
  const topics = [`ht_bench_sink_${Date.now()}`, `ht_bench_bare_${Date.now()}`];
  await admin.createTopics({ topics: topics.map((topic) => ({ topic, numPartitions: 4 })), waitForLeaders: true });
  try {
    const producer = await kafkajsProducer(client);
    const writer = await createKafkaViewWriter({ producer, views: [fixtureSpanEventView], topic: () => topics[0]! });
    const bare = client.producer();
    await bare.connect();
    const sinkMs = await timed(rows, (batch) => writer.write('fixture_span_event_view', batch));
    const bareMs = await timed(rows, async (batch) => {
      const messages = batch.map((r) => ({
        key: `${String(r['tenant_id'])}:${String(r['trace_id'])}:${String(r['span_id'])}`,
        value: JSON.stringify(r),
      }));
      const sends: Promise<unknown>[] = [];
      for (let i = 0; i < messages.length; i += 1_500)
        sends.push(bare.send({ topic: topics[1]!, acks: -1, messages: messages.slice(i, i + 1_500) }));
      await Promise.all(sends);
    });
    await writer.close();
    await bare.disconnect();
    results.push(['Kafka: bare kafkajs producer (JSON, acks=all)', rate(rows.length, bareMs), 'msgs/s']);
    results.push([
      'Kafka: view writer (JSON, keyed, acks=all)',
      rate(rows.length, sinkMs),
      `msgs/s (${((bareMs / sinkMs) * 100).toFixed(0)}% of bare)`,
    ]);
  } finally {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  }
}

// In start-time order, as a pipeline writes them (recent traces first come, first written): stores that
// check replays against the batch's time range (DuckDB) read only that range of the table.
const traces = fixtureTraces({ traces: Number(process.env['HT_BENCH_TRACES'] ?? 60_000), seed: 1 }).sort((a, b) =>
  Number(a.spans[0]!.startTimeUnixNano - b.spans[0]!.startTimeUnixNano),
);
const rows: ViewRow[] = viewRows(fixtureSpanEventView, traces);
const calibrationMs = calibration();
console.log(
  `${rows.length} span rows (~${Math.round(Buffer.byteLength(JSON.stringify(rows.slice(0, 1000))) / 1000)} B each as JSON), load average ${loadavg()[0]!.toFixed(1)}, calibration loop ${calibrationMs.toFixed(0)} ms (≈80 ms on an idle core)`,
);
const only = process.argv.slice(2);
if (only.length === 0 || only.includes('clickhouse')) await clickhouse(traces, rows);
if (only.length === 0 || only.includes('duckdb')) await duckdb(traces, rows);
if (only.length === 0 || only.includes('span-event-view')) await duckdbSpanEventView(traces);
if (only.length === 0 || only.includes('kafka')) await kafka(rows.slice(0, 100_000));
console.log('\n| benchmark | result | unit |\n|---|---:|---|');
for (const [name, value, unit] of results) console.log(`| ${name} | ${value.toLocaleString('en-US')} | ${unit} |`);
console.log(
  JSON.stringify({
    bench: '@ht/sinks',
    rows: rows.length,
    duckDbThreads: duckDbThreads ?? 'default',
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
    calibrationMs: Math.round(calibrationMs),
    results: results.map(([name, value, unit]) => ({ name, value, unit })),
  }),
);
