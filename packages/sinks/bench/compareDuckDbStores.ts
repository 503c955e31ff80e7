/**
 * `HT_BENCH_BASE_SRC=<other checkout>/packages/sinks/src/index.ts pnpm --filter @ht/sinks bench:duckdb-ab`:
 * the DuckDB store of this checkout against another's (e.g. a `git worktree` of the commit before a
 * change), in one process on the same rows (`bench:views-duckdb`'s: every built-in view, batches of
 * `HT_BENCH_BATCH_SPANS` spans, the views of a batch side by side), alternated base/new/new/base… for
 * `HT_BENCH_ROUNDS` rounds (default 4), each on a fresh file. Prints CPU microseconds per span of this
 * process (all threads), writes alone and closing (the last checkpoint) included, and their medians: one
 * process and the same rows take out what differs between two bench invocations on a shared machine.
 * Env: HT_BENCH_TRACES (default 20 000), HT_BENCH_BATCH_SPANS (default 8 000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import { createDuckDbStore as createNew } from '../src/index.js';
import { fixtureTraces } from '../src/testing/index.js';
import { builtinEnrichedTraces, builtinViewBatches } from './builtinSpanRows.js';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const traces = env('HT_BENCH_TRACES', 20_000);
const batchSpans = env('HT_BENCH_BATCH_SPANS', 8_000);
const rounds = env('HT_BENCH_ROUNDS', 4);
const baseSrc = process.env['HT_BENCH_BASE_SRC'];
if (baseSrc === undefined)
  throw new Error('HT_BENCH_BASE_SRC: the packages/sinks/src/index.ts of the checkout to compare with');
const createBase = ((await import(baseSrc)) as { createDuckDbStore: typeof createNew }).createDuckDbStore;
const cpu = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return u.user + u.system;
};
const enriched = (
  await builtinEnrichedTraces(
    fixtureTraces({ traces, startMicros: Date.now() * 1000 - 600_000_000, spreadMicros: 600_000_000 }),
  )
).sort((a, b) => Number(a.spans[0]!.startTimeUnixNano - b.spans[0]!.startTimeUnixNano));
const spans = enriched.reduce((n, t) => n + t.spans.length, 0);
const batches = builtinViewBatches(enriched, batchSpans);
const variants = { base: createBase, new: createNew } as const;
const order: (keyof typeof variants)[] = ['base', 'new'];
const results: Record<string, number[]> = {};
for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 === 0 ? order : [...order].reverse()) {
    const dir = mkdtempSync(join(tmpdir(), 'ht-ab-'));
    try {
      const store = await variants[name]({ path: join(dir, 's.duckdb') });
      await store.ensureTables(builtinViews);
      const c = process.cpuUsage();
      for (const batch of batches) await Promise.all([...batch].map(([view, rows]) => store.write(view, rows)));
      const writes = cpu(c);
      await store.close();
      const total = cpu(c);
      (results[name] ??= []).push(+(total / spans).toFixed(1));
      console.log(
        JSON.stringify({
          round,
          name,
          writesPerSpan: +(writes / spans).toFixed(1),
          inclClosePerSpan: +(total / spans).toFixed(1),
          load: loadavg()[0]!.toFixed(1),
        }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
const median = (a: number[]): number => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)]!;
};
console.log(
  JSON.stringify({
    bench: '@ht/sinks: DuckDB store A/B',
    baseSrc,
    spans,
    loadAverage: +loadavg()[0]!.toFixed(2),
    medians: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)])),
    results,
  }),
);
