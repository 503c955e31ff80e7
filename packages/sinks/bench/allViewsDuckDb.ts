/**
 * `pnpm --filter @ht/sinks bench:views-duckdb`: every built-in view's rows for enriched traces (SDK-sized
 * resources, as `ht` writes them) into the DuckDB store, one batch per view per `HT_BENCH_BATCH_SPANS` spans
 * (what `ht`'s ViewSink writes per second at its rate), the views of a batch written side by side as the
 * ViewSink writes them. Reports CPU microseconds per span of this process (all threads: DuckDB's
 * included), closing the store included (its last checkpoint), and beside it the floor: DuckDB alone
 * copying the same rows, already in its own memory, into empty tables and checkpointing them (no
 * JavaScript, no staging, no replay check): what storing these rows in DuckDB costs at the least.
 * Env: HT_BENCH_TRACES (default 20 000 traces, ~70k spans), HT_BENCH_BATCH_SPANS (default 8 000),
 * HT_BENCH_DUCKDB_THREADS, HT_BENCH_SEQUENTIAL=1 (views of a batch one after another),
 * HT_BENCH_WITHOUT_ENRICHED_ARRAYS=1 (span_event_view rows without their enriched attribute arrays: what
 * those arrays cost).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import type { ViewRow } from '../src/index.js';
import { createDuckDbStore } from '../src/index.js';
import { fixtureTraces } from '../src/testing/index.js';
import { builtinEnrichedTraces, builtinViewBatches } from './builtinSpanRows.js';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const traces = env('HT_BENCH_TRACES', 20_000);
const batchSpans = env('HT_BENCH_BATCH_SPANS', 8_000);
const threads = process.env['HT_BENCH_DUCKDB_THREADS'] ? env('HT_BENCH_DUCKDB_THREADS', 1) : undefined;
const sequential = process.env['HT_BENCH_SEQUENTIAL'] === '1';
const withoutEnrichedArrays = process.env['HT_BENCH_WITHOUT_ENRICHED_ARRAYS'] === '1';

const cpuMicros = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

// In arrival order, as the grouper emits them: by start time (a batch covers a second or so of traces).
const enriched = (
  await builtinEnrichedTraces(
    fixtureTraces({ traces, startMicros: Date.now() * 1000 - 600_000_000, spreadMicros: 600_000_000 }),
  )
).sort((a, b) => Number(a.spans[0]!.startTimeUnixNano - b.spans[0]!.startTimeUnixNano));
const spans = enriched.reduce((n, t) => n + t.spans.length, 0);

/** Rows per view, cut into batches of about `batchSpans` spans' worth. */
function viewBatches(): Map<string, ViewRow[]>[] {
  return builtinViewBatches(enriched, batchSpans, (view, row) =>
    withoutEnrichedArrays && view === 'span_event_view'
      ? { ...row, enriched_attribute_keys: [], enriched_attribute_values: [] }
      : row,
  );
}

const viewsCpu = process.cpuUsage();
const batches = viewBatches();
const viewsMicros = cpuMicros(viewsCpu);
const rowsPerView = new Map<string, number>();
for (const b of batches) for (const [v, r] of b) rowsPerView.set(v, (rowsPerView.get(v) ?? 0) + r.length);

const dir = mkdtempSync(join(tmpdir(), 'ht-bench-views-'));
try {
  const path = join(dir, 'store.duckdb');
  const store = await createDuckDbStore({ path, ...(threads ? { threads } : {}) });
  await store.ensureTables(builtinViews);
  const writeCpu = process.cpuUsage();
  const started = performance.now();
  for (const batch of batches) {
    if (sequential) for (const [view, rows] of batch) await store.write(view, rows);
    else await Promise.all([...batch].map(([view, rows]) => store.write(view, rows)));
  }
  // Closing checkpoints what the WAL still holds: part of the writes' cost.
  await store.close();
  const writeMicros = cpuMicros(writeCpu);
  const wallMs = performance.now() - started;

  // The floor: the same rows copied by DuckDB alone from its memory into empty tables, then checkpointed.
  const floor = await DuckDBInstance.create(join(dir, 'floor.duckdb'), {
    threads: String(threads ?? 1),
    checkpoint_threshold: '1GB',
  });
  const connection = await floor.connect();
  await connection.run(`ATTACH '${path}' AS written (READ_ONLY)`);
  const views = builtinViews.map((v) => v.name);
  for (const v of views) {
    await connection.run(`CREATE TABLE "${v}" AS SELECT * FROM written."${v}" LIMIT 0`);
    await connection.run(`CREATE TEMP TABLE "in_memory_${v}" AS SELECT * FROM written."${v}"`);
  }
  const floorCpu = process.cpuUsage();
  for (const v of views) await connection.run(`INSERT INTO "${v}" SELECT * FROM temp."in_memory_${v}"`);
  await connection.run('CHECKPOINT');
  const floorMicros = cpuMicros(floorCpu);
  connection.closeSync();
  floor.closeSync();

  const perSpan = (micros: number): number => +(micros / spans).toFixed(1);
  console.log(
    JSON.stringify({
      bench: '@ht/sinks: the built-in views into DuckDB',
      spans,
      batches: batches.length,
      batchSpans,
      sequential,
      withoutEnrichedArrays,
      rowsPerSpan: Object.fromEntries([...rowsPerView].map(([v, n]) => [v, +(n / spans).toFixed(3)])),
      results: [
        { name: 'the views (fromTrace), CPU per span', value: perSpan(viewsMicros), unit: 'µs' },
        { name: 'store writes incl. close, CPU per span', value: perSpan(writeMicros), unit: 'µs' },
        { name: 'store writes, wall per span', value: perSpan(wallMs * 1000), unit: 'µs' },
        { name: 'floor: DuckDB copy + checkpoint, CPU per span', value: perSpan(floorMicros), unit: 'µs' },
        { name: 'store writes / floor', value: +(writeMicros / floorMicros).toFixed(2), unit: 'ratio' },
      ],
      loadAverage: +loadavg()[0]!.toFixed(2),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
