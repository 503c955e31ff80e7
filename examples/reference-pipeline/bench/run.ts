// The end-to-end benchmark of `ht` against Jaeger v2 on Badger (docs/benchmarks.md, "reference-pipeline").
//   pnpm bench                        alternating runs (ht, jaeger, ht, jaeger, …), then the latency mode
//   HT_BENCH_SOAK_MS=300000 pnpm bench   RSS over a long run at a sustainable rate instead
// Environment: HT_BENCH_SPANS (spans per run, default 1,000,000), HT_BENCH_RUNS (pairs, default 3),
// HT_BENCH_CONCURRENCY (requests in flight, default 8), HT_BENCH_SERVERS (default "ht,jaeger"),
// HT_BENCH_LATENCY_MS (latency mode length, default 20 s; 0 skips it), HT_BENCH_LATENCY_RATE (spans/s,
// default half of ht's median rate), HT_BENCH_SOAK_MS, HT_BENCH_SOAK_RATE (default 10,000 spans/s),
// HT_BENCH_HT_NODE_ARGS (extra node options for the ht process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPayload } from './benchPayload.js';
import { jaegerBin, startHt, startJaeger } from './benchServers.js';
import { measureRun } from './compareRuns.js';
import type { ServerRun } from './compareRuns.js';
import { measureLatency } from './latencyMode.js';
import { measureSoak } from './soakMode.js';
import { median } from './statistics.js';

interface Result {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

const env = (name: string, fallback: number): number => {
  const text = process.env[name];
  return text === undefined || text === '' ? fallback : Number(text);
};
const spans = env('HT_BENCH_SPANS', 1_000_000);
const runs = env('HT_BENCH_RUNS', 3);
const concurrency = env('HT_BENCH_CONCURRENCY', 8);
const servers = (process.env['HT_BENCH_SERVERS'] ?? 'ht,jaeger').split(',').map((s) => s.trim());
const soakMs = env('HT_BENCH_SOAK_MS', 0);
const htNodeArgs = (process.env['HT_BENCH_HT_NODE_ARGS'] ?? '').split(' ').filter((a) => a !== '');

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

const work = mkdtempSync(join(tmpdir(), 'ht-e2e-bench-'));
const templateFile = join(work, 'request.json');
const template = await benchPayload();
writeFileSync(templateFile, JSON.stringify(template));
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`;
const startLoad = loadavg()[0]!;
console.log(`@ht/reference-pipeline end-to-end bench: ${machine}, load average ${startLoad.toFixed(1)}`);
console.log(
  `request: ${template.spans} spans of ${template.traces} traces, 4 services, ${Buffer.from(template.body, 'base64').length} bytes (OTel JS proto exporter)`,
);
const results: Result[] = [];
// DuckDB's native calls do not keep the event loop alive: without this, a slow one with nothing else
// pending ends the process (exit 13, unsettled top-level await).
const keepAlive = setInterval(() => undefined, 1_000);

try {
  if (soakMs > 0) {
    const rate = env('HT_BENCH_SOAK_RATE', 10_000);
    console.log(`soak: ht at ${fmt(rate)} spans/s for ${soakMs / 1000} s, RSS every 10 s`);
    const soak = await measureSoak({ templateFile, durationMs: soakMs, spansPerSecond: rate, concurrency, htNodeArgs });
    console.log(
      `RSS first ${soak.firstMiB.toFixed(0)} MiB, last ${soak.lastMiB.toFixed(0)} MiB, max ${soak.maxMiB.toFixed(0)} MiB, ` +
        `slope ${soak.slopeMiBPerMinute.toFixed(2)} MiB/min (over the samples after the first minute); ` +
        `${fmt(soak.spansStored)} spans stored, ${soak.retries} retries; samples (s, MiB): ${soak.samples
          .map((s) => `${s.seconds.toFixed(0)}:${s.mib.toFixed(0)}`)
          .join(' ')}`,
    );
    console.log(
      `V8 heap used: slope ${soak.heapSlopeMiBPerMinute.toFixed(2)} MiB/min after the first minute; samples (s, MiB): ${soak.heapSamples
        .map((s) => `${s.seconds.toFixed(0)}:${s.mib.toFixed(0)}`)
        .join(' ')}`,
    );
    console.log(
      `CPU: ${soak.cpuSeconds.toFixed(1)} s of the ht process from the first request to the last span stored: ` +
        `${fmt(soak.spansPerCpuSecond)} spans per CPU-second at ${fmt(rate)} spans/s`,
    );
    results.push(
      { name: 'soak ht RSS first', value: round(soak.firstMiB), unit: 'MiB' },
      { name: 'soak ht RSS last', value: round(soak.lastMiB), unit: 'MiB' },
      { name: 'soak ht RSS max', value: round(soak.maxMiB), unit: 'MiB' },
      { name: 'soak ht RSS slope', value: round(soak.slopeMiBPerMinute, 2), unit: 'MiB/min after the first minute' },
      {
        name: 'soak ht V8 heap used slope',
        value: round(soak.heapSlopeMiBPerMinute, 2),
        unit: 'MiB/min after the first minute',
      },
      { name: 'soak ht spans stored', value: soak.spansStored, unit: `spans at ${rate} spans/s` },
      { name: 'soak ht retries', value: soak.retries, unit: 'requests answered 429/503' },
      { name: 'soak ht spans per CPU-second', value: round(soak.spansPerCpuSecond), unit: `at ${rate} spans/s` },
    );
  } else {
    console.log(
      `${runs} alternating run(s) of ${fmt(spans)} spans per server (${servers.join(', ')}), ${concurrency} requests in flight; Jaeger: ${jaegerBin}`,
    );
    const all: ServerRun[] = [];
    console.log(
      '| run | server | spans stored | wall s | spans/s (wall) | server CPU-s | spans per CPU-s | cores | max RSS MiB | 429 retries | load avg |',
    );
    console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (let run = 1; run <= runs; run++) {
      for (const name of servers) {
        const start = name === 'ht' ? (dir: string) => startHt(dir, htNodeArgs) : startJaeger;
        const r = await measureRun({ run, start, templateFile, spans, concurrency });
        all.push(r);
        console.log(
          `| ${run} | ${r.server} | ${fmt(r.spansStored)} | ${r.wallSeconds.toFixed(1)} | ${fmt(r.spansPerSecond)} | ${r.cpuSeconds.toFixed(1)} | ${fmt(r.spansPerCpuSecond)} | ${r.cores.toFixed(2)} | ${r.rssMaxMiB.toFixed(0)} | ${r.retries} | ${r.loadAverage.toFixed(1)} |`,
        );
      }
    }
    const of = (name: string): ServerRun[] => all.filter((r) => r.server === name);
    for (const name of servers) {
      const rs = of(name);
      const wall = median(rs.map((r) => r.spansPerSecond));
      const perCpu = median(rs.map((r) => r.spansPerCpuSecond));
      console.log(
        `median ${name}: ${fmt(wall)} spans/s (wall), ${fmt(perCpu)} spans per CPU-s, max RSS ${median(rs.map((r) => r.rssMaxMiB)).toFixed(0)} MiB`,
      );
      results.push(
        { name: `${name} spans/s (wall), median`, value: round(wall), unit: 'spans/s' },
        { name: `${name} spans per CPU-second, median`, value: round(perCpu), unit: 'spans/CPU-s' },
        { name: `${name} max RSS, median`, value: round(median(rs.map((r) => r.rssMaxMiB))), unit: 'MiB' },
      );
    }
    if (servers.includes('ht') && servers.includes('jaeger')) {
      const pairs = of('ht').map((h, i) => h.spansPerSecond / (of('jaeger')[i]?.spansPerSecond ?? NaN));
      const ratio = median(of('ht').map((r) => r.spansPerSecond)) / median(of('jaeger').map((r) => r.spansPerSecond));
      console.log(
        `ht ÷ Jaeger, wall spans/s: ${ratio.toFixed(2)} (medians; per run pair ${pairs.map((p) => p.toFixed(2)).join(', ')}); goal ≥ 1.5`,
      );
      results.push({ name: 'ht / jaeger spans/s (wall), medians', value: round(ratio, 2), unit: 'ratio, goal >= 1.5' });
    }
    const latencyMs = env('HT_BENCH_LATENCY_MS', 20_000);
    if (latencyMs > 0 && servers.includes('ht')) {
      const rate = env('HT_BENCH_LATENCY_RATE', Math.round(median(of('ht').map((r) => r.spansPerSecond)) / 2));
      const latency = await measureLatency({
        templateFile,
        spansPerSecond: rate,
        durationMs: latencyMs,
        concurrency: 4,
      });
      console.log(
        `receipt → queryable at ${fmt(rate)} spans/s (${latency.probes} probe traces, gap ${latency.gapMs} ms, sink delay ${latency.sinkDelayMs} ms): ` +
          `p50 ${latency.p50Ms.toFixed(0)} ms, p99 ${latency.p99Ms.toFixed(0)} ms, max ${latency.maxMs.toFixed(0)} ms`,
      );
      results.push(
        { name: 'ht receipt to queryable p50', value: round(latency.p50Ms), unit: `ms at ${rate} spans/s` },
        { name: 'ht receipt to queryable p99', value: round(latency.p99Ms), unit: `ms at ${rate} spans/s` },
      );
    }
  }
} finally {
  clearInterval(keepAlive);
  rmSync(work, { recursive: true, force: true });
}
console.log(
  JSON.stringify({
    bench: '@ht/reference-pipeline',
    machine,
    loadAverage: [round(startLoad, 1), round(loadavg()[0]!, 1)],
    results,
  }),
);
