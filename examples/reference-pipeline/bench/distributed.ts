// The distributed mode's benchmark (docs/benchmarks.md, "reference-pipeline: the distributed mode"):
// `ht stage receiver|grouper|enricher|views`, each its own process, on the running Kafka, schema registry
// and ClickHouse (`eval "$(node tools/services/dist/cli.js env)"` first).
//   pnpm --filter @ht/reference-pipeline bench:distributed
// Environment: HT_BENCH_SPANS (throughput run, default 200,000), HT_BENCH_CONCURRENCY (default 8),
// HT_BENCH_PARTITIONS (per topic, default 2), HT_BENCH_LATENCY_MS (default 20 s; 0 skips it),
// HT_BENCH_LATENCY_RATE (spans/s, default half the end-to-end rate), HT_BENCH_NAME_PREFIX (topics, groups
// and the database it creates and drops, default ht-bench), HT_BENCH_STAGE_NODE_ARGS (node options of every
// stage process, space-separated: `--cpu-prof --cpu-prof-dir=/tmp/p` profiles each stage).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPayload } from './benchPayload.js';
import { measureDistributed } from './distributedMode.js';

const env = (name: string, fallback: number): number => {
  const text = process.env[name];
  return text === undefined || text === '' ? fallback : Number(text);
};
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

const dir = mkdtempSync(join(tmpdir(), 'ht-distributed-bench-'));
try {
  const templateFile = join(dir, 'request.json');
  const template = await benchPayload();
  writeFileSync(templateFile, JSON.stringify(template));
  console.log(
    `@ht/reference-pipeline distributed bench: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  const plan = {
    dir,
    templateFile,
    brokers: (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    schemaRegistryUrl: process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7',
    clickhouseUrl: process.env['HT_CLICKHOUSE_URL'] ?? 'http://127.0.0.1:8123',
    partitions: env('HT_BENCH_PARTITIONS', 2),
    namePrefix: process.env['HT_BENCH_NAME_PREFIX'] ?? 'ht-bench',
    spans: env('HT_BENCH_SPANS', 200_000),
    concurrency: env('HT_BENCH_CONCURRENCY', 8),
    latencyMs: env('HT_BENCH_LATENCY_MS', 20_000),
    ...(process.env['HT_BENCH_LATENCY_RATE'] ? { latencyRate: env('HT_BENCH_LATENCY_RATE', 0) } : {}),
    stageNodeArgs: (process.env['HT_BENCH_STAGE_NODE_ARGS'] ?? '').split(' ').filter((a) => a !== ''),
  };
  console.log(
    `throughput: ${fmt(plan.spans)} spans (${template.spans}-span requests, 8-span traces), ${plan.concurrency} requests in flight, ${plan.partitions} partitions per topic`,
  );
  const r = await measureDistributed(plan);
  console.log(
    `end to end: ${fmt(r.endToEndSpansPerSecond)} spans/s (first request → last span queryable); receiver stage took ${fmt(r.ingestSpansPerSecond)} spans/s; ${r.retries} retries`,
  );
  console.log(
    `CPU over the run (cores): ${r.stages.map((s) => `${s.name} ${s.cores.toFixed(2)}`).join(', ')}; the machine ${r.machineCores.toFixed(2)} of ${cpus().length}`,
  );
  console.log(
    `highest consumer lag (records): ${Object.entries(r.maxLag)
      .map(([stage, lag]) => `${stage} ${fmt(lag)}`)
      .join(', ')}`,
  );
  if (r.latency) {
    console.log(
      `receipt → queryable at ${fmt(r.latency.rate)} spans/s: ${r.latency.probes} probes, p50 ${fmt(r.latency.p50Ms)} ms, p99 ${fmt(r.latency.p99Ms)} ms, max ${fmt(r.latency.maxMs)} ms`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
