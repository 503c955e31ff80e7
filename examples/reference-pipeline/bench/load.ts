// The load generator (`pnpm --filter @ht/reference-pipeline load`): drives a running `ht` (ht run, ht demo)
// at a fixed rate for a fixed time with fresh trace ids in every request (OTLP/HTTP protobuf, the bench's
// request of the OpenTelemetry JS SDK), and reports the sustained spans/s, receipt → queryable latency of
// probe traces (p50, p99, read back through GraphQL) and the RSS and heap of `ht` over time (docs/reliability.md).
// Environment: HT_LOAD_URL (default http://127.0.0.1:4318/v1/traces), HT_LOAD_OPS (http://127.0.0.1:8099),
// HT_LOAD_GRAPHQL (http://127.0.0.1:2020/graphql; "off": no probes), HT_LOAD_RATE (spans/s, 2000),
// HT_LOAD_SECONDS (60), HT_LOAD_CONCURRENCY (4), HT_LOAD_TRACES_PER_REQUEST (16, 8 spans each),
// HT_LOAD_WARMUP_SECONDS (samples before are left out of the slopes; 0). Start ht with
// NODE_OPTIONS=--expose-gc for the heap after a forced GC.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPayload } from './benchPayload.js';
import { driveLoad } from './driveLoad.js';

const env = (name: string, fallback: string): string => {
  const text = process.env[name];
  return text === undefined || text === '' ? fallback : text;
};
const graphql = env('HT_LOAD_GRAPHQL', 'http://127.0.0.1:2020/graphql');
const work = mkdtempSync(join(tmpdir(), 'ht-load-'));
// DuckDB-free, but the probes' fetches alone do not always keep the event loop alive between polls.
const keepAlive = setInterval(() => undefined, 1_000);
try {
  const templateFile = join(work, 'request.json');
  const template = await benchPayload(Number(env('HT_LOAD_TRACES_PER_REQUEST', '16')));
  writeFileSync(templateFile, JSON.stringify(template));
  const rate = Number(env('HT_LOAD_RATE', '2000'));
  const seconds = Number(env('HT_LOAD_SECONDS', '60'));
  console.log(`load: ${rate} spans/s for ${seconds} s, ${template.spans} spans per request, fresh trace ids`);
  const result = await driveLoad({
    url: env('HT_LOAD_URL', 'http://127.0.0.1:4318/v1/traces'),
    opsUrl: env('HT_LOAD_OPS', 'http://127.0.0.1:8099'),
    ...(graphql === 'off' ? {} : { graphqlUrl: graphql }),
    templateFile,
    spansPerSecond: rate,
    durationMs: seconds * 1000,
    concurrency: Number(env('HT_LOAD_CONCURRENCY', '4')),
    warmUpMs: Number(env('HT_LOAD_WARMUP_SECONDS', '0')) * 1000,
  });
  for (const s of result.samples) {
    console.log(
      `  ${s.seconds.toFixed(0).padStart(5)} s  RSS ${s.rssMiB.toFixed(1)} MiB  heap ${s.heapMiB.toFixed(1)} MiB${s.afterGc ? ' (after GC)' : ''}`,
    );
  }
  const { load } = result;
  console.log(
    `sustained ${Math.round(result.sustainedSpansPerSecond)} spans/s (${load.spans} spans, ${load.retries} retried, ${load.failed} failed)`,
  );
  console.log(
    `receipt → queryable: p50 ${Math.round(result.p50Ms)} ms, p99 ${Math.round(result.p99Ms)} ms, max ${Math.round(result.maxMs)} ms (${result.probes} probes, ${result.unansweredProbes} unanswered, ${result.refusedProbes} refused)`,
  );
  console.log(
    `slopes after the warm-up: heap ${result.heapSlopeMiBPerMinute.toFixed(2)} MiB/min, RSS ${result.rssSlopeMiBPerMinute.toFixed(2)} MiB/min`,
  );
} finally {
  clearInterval(keepAlive);
  rmSync(work, { recursive: true, force: true });
}
