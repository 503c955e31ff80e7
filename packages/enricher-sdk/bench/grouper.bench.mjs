// Throughput of the trace grouper with ~100k open traces: spans per CPU-second (user + system, from
// process.cpuUsage()) and peak heap. Runs the built package: `pnpm --filter @ht/enricher-sdk run bench`
// (after a build). BENCH_SCALE=0.1 makes a quick run, BENCH_RUNS the number of runs (best is kept),
// BENCH_MAX_OPEN_SPANS lowers the memory cap (default 2M: not reached) to measure the grouper under it.
// Ends with one JSON line of the figures.
import { Job } from '@ht/stream-core';
import { createResource, createSpan } from '@ht/enricher-sdk';
import { groupTraces, spanEndTime } from '@ht/enricher-sdk/grouper';
import { cpus, loadavg } from 'node:os';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const CONCURRENT = 100_000; // live traces: each gets a span every 100k spans (1 s of event time)
const PER_GENERATION = 1_000_000; // then a new set of traces takes over and the old ones close
const RECORDS = Math.round(5_000_000 * scale);
const SPANS_PER_MS = 100;
const BATCH = 1024;
const START_MS = 1_700_000_000_000;
const MAX_OPEN_SPANS = Number(process.env.BENCH_MAX_OPEN_SPANS ?? 2_000_000);

const resource = createResource({ attributes: { 'service.name': 'cart', 'host.name': 'cart-1' } });
const hex = (n, width) => n.toString(16).padStart(width, '0');

/** One template span per trace and generation (building spans is the receivers' cost, not the grouper's). */
function templates(generation) {
  const out = new Array(CONCURRENT);
  for (let k = 0; k < CONCURRENT; k++) {
    out[k] = createSpan({
      tenantId: `tenant-${k % 4}`,
      traceId: hex(generation * CONCURRENT + k + 1, 32),
      spanId: hex(k + 1, 16),
      name: 'GET /cart/{id}',
      kind: 'SERVER',
      startTimeUnixNano: 0n,
      endTimeUnixNano: 0n,
      attributes: { 'http.request.method': 'GET', 'http.route': '/cart/{id}', 'http.response.status_code': 200n },
      resource,
    });
  }
  return out;
}

const generations = Array.from({ length: Math.ceil(RECORDS / PER_GENERATION) }, (_, g) => templates(g));

/** Emits every span in batches of 1024 on one partition, synchronously; each span a copy with its own end time. */
function spanSource(sample) {
  return {
    name: 'spans',
    start(ctx) {
      ctx.assign(['0']);
      for (let i = 0, n = 0; i < RECORDS; i += BATCH, n++) {
        const batch = [];
        for (let j = i; j < Math.min(RECORDS, i + BATCH); j++) {
          const template = generations[Math.floor(j / PER_GENERATION)][j % CONCURRENT];
          const endMs = START_MS + Math.floor(j / SPANS_PER_MS);
          batch.push({ ...template, spanId: hex(j + 1, 16), endTimeUnixNano: BigInt(endMs) * 1_000_000n });
        }
        ctx.emit('0', batch, i);
        if (n % 128 === 0) sample();
      }
      ctx.end();
    },
    pause() {},
    resume() {},
    ack() {},
    stop() {},
  };
}

async function measure(withGrouper) {
  const peak = { heap: 0, openTraces: 0, openSpans: 0, samples: 0, openTracesSum: 0 };
  let traces = 0;
  let spans = 0;
  const job = new Job({ name: 'bench-grouper' });
  let stats;
  const sample = () => {
    peak.heap = Math.max(peak.heap, process.memoryUsage().heapUsed);
    if (stats === undefined) return;
    const s = stats.snapshot();
    peak.openTraces = Math.max(peak.openTraces, s.openTraces);
    peak.openSpans = Math.max(peak.openSpans, s.openSpans);
    peak.samples++;
    peak.openTracesSum += s.openTraces;
  };
  const input = job.source(spanSource(sample), { timestamp: spanEndTime, watermarks: { outOfOrdernessMs: 1_000 } });
  if (withGrouper) {
    const grouped = groupTraces(input, { gapMs: 2_000, maxOpenSpans: MAX_OPEN_SPANS });
    stats = grouped.stats;
    grouped.traces.to({ name: 'count', write: (ts) => ts.forEach((t) => ((traces += 1), (spans += t.spans.length))) });
  } else {
    input.to({ name: 'count', write: (ss) => void (spans += ss.length) });
  }
  globalThis.gc?.();
  peak.before = process.memoryUsage().heapUsed; // the pre-built template spans, resident before the run
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await job.start();
  await job.done;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { cpuSeconds, wallSeconds: (performance.now() - wall) / 1000, traces, spans, peak };
}

const best = async (withGrouper) => {
  let result;
  for (let r = 0; r < runs; r++) {
    const m = await measure(withGrouper);
    if (m.spans !== RECORDS) throw new Error(`expected ${RECORDS} spans out, got ${m.spans}`);
    if (result === undefined || m.cpuSeconds < result.cpuSeconds) result = m;
  }
  return result;
};

const round = (n) => Math.round(n * 100) / 100;
const load = loadavg()[0];
const baseline = await best(false);
const grouper = await best(true);
const rate = RECORDS / grouper.cpuSeconds;
const sourceRate = RECORDS / baseline.cpuSeconds;
const result = {
  benchmark: 'grouper-100k-open-traces',
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverageAtStart: round(load) },
  spans: RECORDS,
  maxOpenSpans: MAX_OPEN_SPANS,
  tracesEmitted: grouper.traces,
  openTraces: { peak: grouper.peak.openTraces, mean: Math.round(grouper.peak.openTracesSum / grouper.peak.samples) },
  peakOpenSpans: grouper.peak.openSpans,
  spansPerCpuSecond: Math.round(rate),
  sourceAndEngineOnlySpansPerCpuSecond: Math.round(sourceRate),
  grouperMicrosPerSpan: round((1 / rate - 1 / sourceRate) * 1e6),
  peakHeapMiB: round(grouper.peak.heap / 2 ** 20),
  heapBeforeRunMiB: round(grouper.peak.before / 2 ** 20),
  runs,
};
console.log(
  `grouper: ${result.spansPerCpuSecond.toLocaleString('en-US')} spans/CPU-s with ~${result.openTraces.mean.toLocaleString('en-US')} open traces ` +
    `(source + engine alone ${result.sourceAndEngineOnlySpansPerCpuSecond.toLocaleString('en-US')}/CPU-s; grouper ${result.grouperMicrosPerSpan} µs/span), peak heap ${result.peakHeapMiB} MiB (${result.heapBeforeRunMiB} MiB before the run), load ${round(load)}`,
);
// The same object as before, last, with the figures also as `results` (the shape every bench ends with).
console.log(
  JSON.stringify({
    bench: '@ht/enricher-sdk grouper',
    loadAverage: round(load),
    results: [
      {
        name: `grouper, ~${result.openTraces.mean} open traces`,
        value: result.spansPerCpuSecond,
        unit: 'spans/CPU-s',
      },
      {
        name: 'source + engine alone (same source, counting sink, no grouper)',
        value: result.sourceAndEngineOnlySpansPerCpuSecond,
        unit: 'spans/CPU-s',
      },
      { name: 'grouper cost per span (vs source + engine alone)', value: result.grouperMicrosPerSpan, unit: 'µs/span' },
      { name: 'peak heap', value: result.peakHeapMiB, unit: `MiB (${result.heapBeforeRunMiB} MiB before the run)` },
    ],
    ...result,
  }),
);
