/**
 * `pnpm --filter @ht/sinks bench:reads`: DuckDB queries during writes, with and without the pool of read
 * connections. For each `readers` setting (a fresh store file each time): seed the fixture span view,
 * then for a fixed time write batches without pause while N clients run a mix of UI-like queries (RED per
 * service, a trace search, a trace by id, an attribute match), each client one query after another.
 * Prints p50/p99 latency per setting and query, queries/s and the rows/s written meanwhile.
 * Env: HT_BENCH_READ_CLIENTS (default 8), HT_BENCH_READ_SECONDS (per setting, default 10),
 * HT_BENCH_READERS (settings, default `0,1,2,4`; 0 = every query in order on the main connection),
 * HT_BENCH_SEED_TRACES (default 60 000 ≈ 210k rows), HT_BENCH_DUCKDB_THREADS (default the store's own).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { attributeEq, column, count, createDuckDbStore, eq, gt, quantile } from '../src/index.js';
import type { Query, ViewRow } from '../src/index.js';
import { FIXTURE_START_MICROS, fixtureSpanEventView, fixtureTraces, viewRows } from '../src/testing/index.js';

const env = (name: string, fallback: string): string => process.env[name] ?? fallback;
const CLIENTS = Number(env('HT_BENCH_READ_CLIENTS', '8'));
const SECONDS = Number(env('HT_BENCH_READ_SECONDS', '10'));
const SETTINGS = env('HT_BENCH_READERS', '0,1,2,4').split(',').map(Number);
const SEED_TRACES = Number(env('HT_BENCH_SEED_TRACES', '60000'));
const THREADS = process.env['HT_BENCH_DUCKDB_THREADS'] ? Number(process.env['HT_BENCH_DUCKDB_THREADS']) : undefined;
const VIEW = fixtureSpanEventView.name;

const seedRows = viewRows(fixtureSpanEventView, fixtureTraces({ traces: SEED_TRACES, seed: 1 }));
// Later traces, written during the measurement: 20 batches of ~35k rows, cycled (replays after the first round).
const writeBatches: ViewRow[][] = Array.from({ length: 20 }, (_, i) =>
  viewRows(
    fixtureSpanEventView,
    fixtureTraces({ traces: 10_000, seed: 1000 + i, startMicros: FIXTURE_START_MICROS + 7_200_000_000 }),
  ),
);
const someTrace = String(seedRows[Math.floor(seedRows.length / 2)]!['trace_id']);

/** The query mix, as the UI would send it. */
const queries: [string, Query][] = [
  [
    'RED per service',
    {
      view: VIEW,
      tenantId: 'default',
      select: [
        column('service_name'),
        count('calls'),
        count('errors', [eq('status_code', 'ERROR')]),
        quantile('duration_micros', 0.99, 'p99'),
      ],
      where: [eq('is_entry', true)],
      groupBy: ['service_name'],
      orderBy: [{ by: 'service_name' }],
    },
  ],
  [
    'trace search',
    {
      view: VIEW,
      tenantId: 'default',
      select: [column('trace_id'), column('span_name'), column('duration_micros'), column('start_time')],
      where: [eq('service_name', 'cart'), gt('duration_micros', 50_000)],
      orderBy: [{ by: 'start_time', direction: 'desc' }],
      limit: 20,
    },
  ],
  [
    'trace by id',
    {
      view: VIEW,
      tenantId: 'default',
      select: [column('span_id'), column('service_name'), column('start_time')],
      where: [eq('trace_id', someTrace)],
    },
  ],
  [
    'attribute match',
    {
      view: VIEW,
      tenantId: 'default',
      select: [count('n')],
      where: [attributeEq('attribute_keys', 'attribute_values', 'http.request.method', 'POST')],
    },
  ],
];

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

interface Outcome {
  readonly readers: number;
  readonly latencies: Map<string, number[]>;
  readonly queriesPerSecond: number;
  readonly rowsWrittenPerSecond: number;
}

async function measure(readers: number): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-bench-duckdb-reads-'));
  const store = await createDuckDbStore({
    path: join(dir, 'views.duckdb'),
    readers,
    ...(THREADS === undefined ? {} : { threads: THREADS }),
  });
  try {
    await store.ensureTables([fixtureSpanEventView]);
    for (let i = 0; i < seedRows.length; i += store.capabilities.batchRows)
      await store.write(VIEW, seedRows.slice(i, i + store.capabilities.batchRows));
    const latencies = new Map(queries.map(([name]) => [name, [] as number[]]));
    const deadline = performance.now() + SECONDS * 1000;
    let written = 0;
    const writer = (async () => {
      for (let i = 0; performance.now() < deadline; i++) {
        const batch = writeBatches[i % writeBatches.length]!;
        await store.write(VIEW, batch);
        written += batch.length;
      }
    })();
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; performance.now() < deadline; i++) {
        const [name, query] = queries[i % queries.length]!;
        const started = performance.now();
        await store.query(query);
        latencies.get(name)!.push(performance.now() - started);
      }
    });
    const started = performance.now();
    await Promise.all([writer, ...clients]);
    const seconds = (performance.now() - started) / 1000;
    const total = [...latencies.values()].reduce((n, l) => n + l.length, 0);
    return { readers, latencies, queriesPerSecond: total / seconds, rowsWrittenPerSecond: written / seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `${seedRows.length} seeded span rows, ${CLIENTS} query clients, ${SECONDS} s per setting, writes of ` +
    `~${writeBatches[0]!.length} rows without pause, load average ${loadavg()[0]!.toFixed(1)}`,
);
const outcomes: Outcome[] = [];
for (const readers of SETTINGS) outcomes.push(await measure(readers));

const ms = (v: number): string => v.toFixed(1);
console.log('\n| readers | query | p50 ms | p99 ms | queries |\n|---:|---|---:|---:|---:|');
for (const o of outcomes) {
  const all = [...o.latencies.values()].flat().sort((a, b) => a - b);
  console.log(`| ${o.readers} | all | ${ms(percentile(all, 0.5))} | ${ms(percentile(all, 0.99))} | ${all.length} |`);
  for (const [name, l] of o.latencies) {
    const sorted = [...l].sort((a, b) => a - b);
    console.log(
      `| ${o.readers} | ${name} | ${ms(percentile(sorted, 0.5))} | ${ms(percentile(sorted, 0.99))} | ${l.length} |`,
    );
  }
}
console.log('\n| readers | queries/s | rows written/s meanwhile |\n|---:|---:|---:|');
for (const o of outcomes)
  console.log(`| ${o.readers} | ${o.queriesPerSecond.toFixed(0)} | ${Math.round(o.rowsWrittenPerSecond)} |`);
console.log(
  JSON.stringify({
    bench: '@ht/sinks duckdb-reads',
    seededRows: seedRows.length,
    clients: CLIENTS,
    seconds: SECONDS,
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
    results: outcomes.flatMap((o) => {
      const all = [...o.latencies.values()].flat().sort((a, b) => a - b);
      return [
        { name: `readers ${o.readers}: p50`, value: Number(ms(percentile(all, 0.5))), unit: 'ms' },
        { name: `readers ${o.readers}: p99`, value: Number(ms(percentile(all, 0.99))), unit: 'ms' },
        { name: `readers ${o.readers}: queries`, value: Math.round(o.queriesPerSecond), unit: 'queries/s' },
        { name: `readers ${o.readers}: writes`, value: Math.round(o.rowsWrittenPerSecond), unit: 'rows/s' },
      ];
    }),
  }),
);
