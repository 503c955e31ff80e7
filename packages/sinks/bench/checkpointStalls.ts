/**
 * `pnpm --filter @ht/sinks bench:checkpoints`: the DuckDB store's checkpoints under a steady load, the way
 * `ht` writes (docs/reliability.md, "What the stalls are"). Every built-in view's rows of enriched traces
 * are written once a second, `HT_BENCH_BATCH_SPANS` spans' worth a batch (the views of a batch side by
 * side), with a trace lookup on `span_event_view` every 250 ms beside them (the soak's probes) unless
 * `HT_BENCH_READS=0`; each checkpoint's duration and WAL size are printed as it ends, then one JSON line.
 * Batches are reused with fresh trace ids once the generated traces run out.
 *
 * Env: HT_BENCH_SECONDS (240), HT_BENCH_BATCH_SPANS (3,000), HT_BENCH_THRESHOLD (the store's
 * `checkpointThreshold`, 64MB), HT_BENCH_READS (1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import type { ViewRow } from '../src/index.js';
import { createDuckDbStore } from '../src/index.js';
import { fixtureTraces } from '../src/testing/index.js';
import { builtinEnrichedTraces, builtinViewBatches } from './builtinSpanRows.js';

const seconds = Number(process.env['HT_BENCH_SECONDS'] ?? 240);
const batchSpans = Number(process.env['HT_BENCH_BATCH_SPANS'] ?? 3_000);
const threshold = process.env['HT_BENCH_THRESHOLD'] ?? '64MB';
const reads = process.env['HT_BENCH_READS'] !== '0';

/** Each view's rows, cut into batches of about `batchSpans` spans. */
async function viewBatches(): Promise<Map<string, ViewRow[]>[]> {
  const traces = await builtinEnrichedTraces(
    fixtureTraces({ traces: 20_000, startMicros: Date.now() * 1000, spreadMicros: 1_000_000 }),
  );
  return builtinViewBatches(traces, batchSpans);
}

/** `rows` with trace ids of their own for the `round`-th reuse (none again: the direct path, as new data). */
function reused(rows: readonly ViewRow[], round: number): readonly ViewRow[] {
  if (round === 0) return rows;
  const suffix = String(round).padStart(4, '0');
  return rows.map((row) => {
    const traceId = row['trace_id'];
    return typeof traceId === 'string' ? { ...row, trace_id: `${traceId.slice(0, -4)}${suffix}` } : row;
  });
}

const batches = await viewBatches();
const dir = mkdtempSync(join(tmpdir(), 'ht-bench-checkpoints-'));
const checkpoints: { atSeconds: number; durationMs: number; walMB: number }[] = [];
const started = Date.now();
const elapsed = (): number => (Date.now() - started) / 1000;
try {
  const store = await createDuckDbStore({
    path: join(dir, 'store.duckdb'),
    checkpointThreshold: threshold,
    memoryLimit: '512MB',
    onCheckpoint: ({ walBytes, durationMs }) => {
      const checkpoint = {
        atSeconds: Math.round(elapsed()),
        durationMs: Math.round(durationMs),
        walMB: Math.round(walBytes / 1e6),
      };
      checkpoints.push(checkpoint);
      console.log(
        `${checkpoint.atSeconds} s: checkpoint of ${checkpoint.walMB} MB of WAL in ${checkpoint.durationMs} ms`,
      );
    },
  });
  await store.ensureTables(builtinViews);
  let stopped = false;
  let lookups = 0;
  const reader = (async () => {
    while (reads && !stopped) {
      await store.traceRows('span_event_view', 'default', (lookups % 16).toString(16).padStart(32, '0'));
      lookups++;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  let written = 0;
  while (elapsed() < seconds) {
    const second = Date.now();
    const batch = batches[written % batches.length]!;
    const round = Math.floor(written / batches.length);
    await Promise.all([...batch].map(([view, rows]) => store.write(view, reused(rows, round))));
    written++;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - second))));
  }
  stopped = true;
  await reader;
  await store.close();
  const durations = checkpoints.map((c) => c.durationMs).sort((a, b) => a - b);
  const median = durations[Math.floor(durations.length / 2)] ?? 0;
  console.log(
    JSON.stringify({
      bench: '@ht/sinks: DuckDB checkpoints under a steady load',
      loadAverage: loadavg()[0],
      seconds,
      batchSpans,
      threshold,
      reads,
      results: [
        { name: 'checkpoints', value: checkpoints.length, unit: 'count' },
        { name: 'checkpoint median', value: median, unit: 'ms' },
        { name: 'checkpoint max', value: durations.at(-1) ?? 0, unit: 'ms' },
        {
          name: 'checkpoints over 5x the median',
          value: durations.filter((d) => d > 5 * median).length,
          unit: 'count',
        },
        { name: 'trace lookups', value: lookups, unit: 'count' },
      ],
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
