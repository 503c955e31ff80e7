// The soak bench (`pnpm bench:soak`; docs/reliability.md, "Load and soak"): for each mode, the one-process
// `ht run` on DuckDB ("embedded") and the `ht stage` processes on Kafka + ClickHouse ("distributed"), it
// finds the rate the pipeline sustains on this machine, then runs a fresh pipeline at 80% of it for
// HT_SOAK_SECONDS and judges the RSS and heap slopes of every process, receipt → queryable p50/p99 against
// the latency budget, failed requests and every accepted span stored. A table, then one JSON line; exit 1
// when a judgement fails. The distributed mode needs Kafka, the schema registry and ClickHouse
// (`eval "$(node tools/services/dist/cli.js env)"` first).
// Environment: HT_SOAK_MODES (embedded,distributed), HT_SOAK_SECONDS (600), HT_SOAK_SHARE (0.8 of the
// sustainable rate), HT_SOAK_RATE (the soak's rate, spans/s, instead of searching for it: one number, or
// per mode "embedded:3000,distributed:2000"), HT_SOAK_SEARCH_SECONDS (300), HT_SOAK_MEASURE_SECONDS (the
// search's last 3/5), HT_SOAK_GUARD (1: the soak's rate lowered in its warm-up when behind; 0: never), HT_SOAK_START_RATE (1000),
// HT_SOAK_WARMUP_SECONDS (a third of the run), HT_SOAK_CONCURRENCY (8), HT_SOAK_NAME_PREFIX (ht-soak:
// topics, groups, database), HT_SOAK_PARTITIONS (2).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPayload } from './benchPayload.js';
import { driveLoad } from './driveLoad.js';
import { ProcessSampler } from './processStats.js';
import { judgeSoak, SOAK_THRESHOLDS } from './soakJudge.js';
import type { Judgement } from './soakJudge.js';
import { findSustainableRate, loweredSoakRate, meanOfferedRate } from './soakRate.js';
import type { PipelineProgress, SoakCheck } from './soakRate.js';
import { startSoakTarget } from './soakTargets.js';
import type { SoakMode, SoakServices } from './soakTargets.js';

const text = (name: string, fallback: string): string => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
};
const number = (name: string, fallback: number): number => Number(text(name, String(fallback)));
const fmt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : String(n));
const fixed = (n: number, digits = 1): number => Number(n.toFixed(digits));

const modes = text('HT_SOAK_MODES', 'embedded,distributed')
  .split(',')
  .map((m) => m.trim()) as SoakMode[];
for (const mode of modes) {
  if (mode !== 'embedded' && mode !== 'distributed')
    throw new Error(`HT_SOAK_MODES: unknown mode "${mode}" (embedded, distributed)`);
}
const seconds = number('HT_SOAK_SECONDS', 600);
const share = number('HT_SOAK_SHARE', 0.8);
const searchSeconds = number('HT_SOAK_SEARCH_SECONDS', 300);
/** The sustainable rate: the lowest stored rate of the minutes of the search's last part. */
const measureSeconds = number('HT_SOAK_MEASURE_SECONDS', Math.round((searchSeconds * 3) / 5));
/** The soak's rate is lowered (at most until the warm-up ends) when its pipeline falls behind: 0 never. */
const guardOn = number('HT_SOAK_GUARD', 1) !== 0;
/** The guard checks the pipeline's counts this often. */
const GUARD_EVERY_MS = 10_000;
const startRate = number('HT_SOAK_START_RATE', 1_000);
const warmUpSeconds = number('HT_SOAK_WARMUP_SECONDS', Math.round(seconds / 3));
const concurrency = number('HT_SOAK_CONCURRENCY', 8);
/** Memory samples every 10 s over 10 minutes; more often in a short run, so its slope has samples to fit. */
const sampleEveryMs = Math.min(10, Math.max(5, seconds / 60)) * 1000;
const services: SoakServices = {
  brokers: text('HT_KAFKA_BROKERS', '127.0.0.1:9092').split(','),
  schemaRegistryUrl: text('HT_SCHEMA_REGISTRY_URL', 'http://127.0.0.1:8081/apis/ccompat/v7'),
  clickhouseUrl: text('HT_CLICKHOUSE_URL', 'http://127.0.0.1:8123'),
  namePrefix: text('HT_SOAK_NAME_PREFIX', 'ht-soak'),
  partitions: number('HT_SOAK_PARTITIONS', 2),
};

/** HT_SOAK_RATE for `mode`: one number for every mode, or `mode:rate` pairs. */
function rateOverride(mode: SoakMode): number | undefined {
  const value = process.env['HT_SOAK_RATE'];
  if (value === undefined || value === '') return undefined;
  if (!value.includes(':')) return Number(value);
  const pair = value.split(',').find((p) => p.trim().startsWith(`${mode}:`));
  return pair === undefined ? undefined : Number(pair.split(':')[1]);
}

/** One process's figures over the soak. */
interface ProcessFigures {
  readonly name: string;
  readonly rssFirstMiB: number;
  readonly rssLastMiB: number;
  readonly rssMaxMiB: number;
  readonly rssSlopeMiBPerMinute: number;
  readonly heapFirstMiB: number;
  readonly heapLastMiB: number;
  readonly heapSlopeMiBPerMinute: number;
  /** Outside the V8 heap (Buffers, zlib), at the last sample and at most. */
  readonly externalLastMiB: number;
  readonly externalMaxMiB: number;
  /** CPU (every thread) over the load, in cores. */
  readonly cores: number;
}

/** One mode's figures and judgements. */
interface ModeReport {
  readonly mode: SoakMode;
  /** Spans stored per second in the search (undefined: HT_SOAK_RATE given). */
  readonly sustainableSpansPerSecond?: number;
  /** Spans stored per second in each minute measured by the search. */
  readonly searchWindows?: readonly number[];
  /** The rate the soak started at. */
  readonly rate: number;
  /** Rates the bench lowered during the warm-up because the pipeline fell behind (none: it kept up). */
  readonly rateChanges: readonly { seconds: number; from: number; to: number }[];
  /** The rate the soak ended at (after any lowering): the rate its memory was judged at. */
  readonly finalRate: number;
  /** Probes sent from this second of the soak make the latency figures (0, or the warm-up's end once the rate was lowered). */
  readonly latencyFromSeconds: number;
  readonly seconds: number;
  readonly accepted: number;
  readonly stored: number;
  readonly retries: number;
  readonly drainSeconds: number;
  readonly latency: { probes: number; p50Ms: number; p99Ms: number; maxMs: number; budgetMs: number };
  readonly processes: readonly ProcessFigures[];
  readonly judgements: readonly Judgement[];
  readonly pass: boolean;
  readonly error?: string;
}

const work = mkdtempSync(join(tmpdir(), 'ht-soak-'));
const templateFile = join(work, 'request.json');
const template = await benchPayload(16);
writeFileSync(templateFile, JSON.stringify(template));
// DuckDB's native calls (counting the rows ht stored) do not keep the event loop alive by themselves.
const keepAlive = setInterval(() => undefined, 1_000);
const loads: number[] = [loadavg()[0]!];
const loadTimer = setInterval(() => loads.push(loadavg()[0]!), 10_000);
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`;
console.log(`@ht/reference-pipeline soak: ${machine}, load average ${loads[0]!.toFixed(1)}`);
console.log(
  `modes ${modes.join(', ')}; ${seconds} s each at ${share * 100}% of the sustainable rate, warm-up ${warmUpSeconds} s, ` +
    `memory every ${sampleEveryMs / 1000} s; requests of ${template.spans} spans (${template.traces} traces), fresh trace ids`,
);

async function soakMode(mode: SoakMode): Promise<ModeReport> {
  const dir = mkdtempSync(join(work, `${mode}-`));
  let sustainable: number | undefined;
  let searchWindows: readonly number[] | undefined;
  let rate = rateOverride(mode);
  if (rate === undefined) {
    console.log(
      `${mode}: searching for the sustainable rate (${searchSeconds} s, from ${fmt(startRate)} spans/s, measured over the last ${measureSeconds} s)`,
    );
    const target = await startSoakTarget(mode, mkdtempSync(join(dir, 'search-')), services);
    try {
      const search = await findSustainableRate({
        url: target.url,
        templateFile,
        concurrency,
        durationMs: searchSeconds * 1000,
        measureMs: measureSeconds * 1000,
        startRate,
        // Little's law: a backlog over the budget's seconds of the stored rate is a mean wait over the budget.
        control: { backlogSeconds: target.budget.totalMs / 1000 },
        progress: () => target.progress(),
        onStep: (step) => {
          if (Math.round(step.seconds) % 10 < 2) {
            console.log(
              `  ${step.seconds.toFixed(0).padStart(4)} s  offered ${fmt(step.offered)}  stored ${fmt(step.storedRate)} spans/s  backlog ${fmt(step.backlog)}`,
            );
          }
        },
      });
      sustainable = search.spansPerSecond;
      searchWindows = search.windows.map((w) => Math.round(w));
      console.log(
        `${mode}: ${fmt(sustainable)} spans/s sustained (the lowest of ${searchWindows.map(fmt).join(', ')} spans/s stored a minute over the last ${measureSeconds} s; ${search.load.retries} requests retried)`,
      );
    } finally {
      await target.close();
    }
    rate = Math.round(share * sustainable);
  }
  console.log(`${mode}: soak at ${fmt(rate)} spans/s for ${seconds} s`);
  const target = await startSoakTarget(mode, mkdtempSync(join(dir, 'soak-')), services);
  try {
    const checks: SoakCheck[] = [];
    let previous: { at: number; progress: PipelineProgress } | undefined;
    const guard = {
      everyMs: GUARD_EVERY_MS,
      untilMs: warmUpSeconds * 1000,
      async lower(current: number): Promise<number | undefined> {
        const now = { at: Date.now(), progress: await target.progress() };
        if (previous !== undefined) {
          const storedRate = ((now.progress.stored - previous.progress.stored) * 1000) / (now.at - previous.at);
          checks.push({ storedRate, backlog: now.progress.accepted - now.progress.stored });
        }
        previous = now;
        const lowered = loweredSoakRate(current, checks, {
          backlogSeconds: target.budget.totalMs / 1000,
          share,
        });
        if (lowered === undefined) return undefined;
        const to = Math.round(lowered);
        console.log(
          `  ${mode}: behind (backlog ${fmt(checks.at(-1)!.backlog)} spans, growing for ${checks.length > 3 ? 3 * (GUARD_EVERY_MS / 1000) : '?'} s, over ${target.budget.totalMs / 1000} s of the ${fmt(checks.at(-1)!.storedRate)} spans/s stored): rate lowered ${fmt(current)} → ${fmt(to)} spans/s`,
        );
        // The next judgement waits for checks at the new rate.
        checks.length = 0;
        return to;
      },
    };
    const cpu = Object.entries(target.pids).map(([name, pid]) => ({ name, sampler: new ProcessSampler(pid, 10_000) }));
    const result = await driveLoad({
      url: target.url,
      opsUrl: target.opsUrls,
      graphqlUrl: target.graphqlUrl,
      templateFile,
      spansPerSecond: rate,
      durationMs: seconds * 1000,
      concurrency,
      sampleEveryMs,
      warmUpMs: warmUpSeconds * 1000,
      ...(guardOn ? { guard } : {}),
      onSample: (name, sample) => {
        if (name === Object.keys(target.opsUrls)[0] && Math.round(sample.seconds) % 60 < sampleEveryMs / 1000) {
          console.log(
            `  ${sample.seconds.toFixed(0).padStart(4)} s  ${name} RSS ${sample.rssMiB.toFixed(0)} MiB, heap ${sample.heapMiB.toFixed(1)} MiB; load average ${loadavg()[0]!.toFixed(1)}`,
          );
        }
      },
    });
    const cores = Object.fromEntries(
      cpu.map(({ name, sampler }) => {
        const samples = sampler.stop();
        const first = samples[0]!;
        const last = samples.at(-1)!;
        return [name, (last.cpuSeconds - first.cpuSeconds) / ((last.at - first.at) / 1000)];
      }),
    );
    const finish = await target.finish(120_000);
    // Probes are one-span traces: those answered or still awaited when given up were accepted.
    const accepted = result.load.spans + result.probes + result.unansweredProbes;
    const judgements = judgeSoak({
      offeredSpansPerSecond: meanOfferedRate(rate, result.rateChanges, seconds),
      sustainedSpansPerSecond: result.sustainedSpansPerSecond,
      processes: result.processes,
      warmUpSeconds,
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
      probes: result.probes,
      unansweredProbes: result.unansweredProbes,
      failedRequests: result.load.failed + result.failedProbes,
      budgetMs: target.budget.totalMs,
      accepted,
      stored: finish.stored,
      exitCodes: finish.exitCodes,
    });
    const processes = result.processes.map((p): ProcessFigures => {
      const first = p.samples[0];
      const last = p.samples.at(-1);
      return {
        name: p.name,
        rssFirstMiB: fixed(first?.rssMiB ?? NaN),
        rssLastMiB: fixed(last?.rssMiB ?? NaN),
        rssMaxMiB: fixed(Math.max(...p.samples.map((s) => s.rssMiB))),
        rssSlopeMiBPerMinute: fixed(p.rssSlopeMiBPerMinute, 2),
        heapFirstMiB: fixed(first?.heapMiB ?? NaN),
        heapLastMiB: fixed(last?.heapMiB ?? NaN),
        heapSlopeMiBPerMinute: fixed(p.heapSlopeMiBPerMinute, 2),
        externalLastMiB: fixed(last?.externalMiB ?? NaN),
        externalMaxMiB: fixed(Math.max(...p.samples.map((s) => s.externalMiB))),
        cores: fixed(cores[p.name] ?? NaN, 2),
      };
    });
    return {
      mode,
      ...(sustainable === undefined ? {} : { sustainableSpansPerSecond: Math.round(sustainable) }),
      ...(searchWindows === undefined ? {} : { searchWindows }),
      rate,
      rateChanges: result.rateChanges.map((c) => ({ seconds: fixed(c.seconds), from: c.from, to: c.to })),
      finalRate: result.finalSpansPerSecond,
      latencyFromSeconds: result.latencyFromMs / 1000,
      seconds,
      accepted,
      stored: finish.stored,
      retries: result.load.retries + result.refusedProbes,
      drainSeconds: fixed(finish.drainSeconds),
      latency: {
        probes: result.latencyProbes,
        p50Ms: Math.round(result.p50Ms),
        p99Ms: Math.round(result.p99Ms),
        maxMs: Math.round(result.maxMs),
        budgetMs: target.budget.totalMs + SOAK_THRESHOLDS.probePollMs,
      },
      processes,
      judgements,
      pass: judgements.every((j) => j.pass),
    };
  } finally {
    await target.close();
  }
}

const reports: ModeReport[] = [];
try {
  for (const mode of modes) {
    try {
      reports.push(await soakMode(mode));
    } catch (error) {
      console.error(`${mode}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const none = { probes: 0, p50Ms: NaN, p99Ms: NaN, maxMs: NaN, budgetMs: NaN };
      reports.push({
        mode,
        rate: NaN,
        rateChanges: [],
        finalRate: NaN,
        latencyFromSeconds: 0,
        seconds,
        accepted: NaN,
        stored: NaN,
        retries: NaN,
        drainSeconds: NaN,
        latency: none,
        processes: [],
        judgements: [],
        pass: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
} finally {
  clearInterval(keepAlive);
  clearInterval(loadTimer);
  rmSync(work, { recursive: true, force: true });
}
loads.push(loadavg()[0]!);

console.log('');
console.log(
  '| mode | sustainable spans/s | soak spans/s | s | spans accepted | stored | 429/503 retried | drain s | p50 ms | p99 ms | budget ms |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of reports) {
  const soakRate =
    r.rateChanges.length === 0
      ? fmt(r.rate)
      : `${fmt(r.rate)} → ${fmt(r.finalRate)} (lowered at ${r.rateChanges.map((c) => `${Math.round(c.seconds)} s`).join(', ')}; latency from ${r.latencyFromSeconds} s)`;
  console.log(
    `| ${r.mode} | ${r.sustainableSpansPerSecond === undefined ? '(HT_SOAK_RATE)' : fmt(r.sustainableSpansPerSecond)} | ${soakRate} | ${r.seconds} | ${fmt(r.accepted)} | ${fmt(r.stored)} | ${fmt(r.retries)} | ${r.drainSeconds} | ${fmt(r.latency.p50Ms)} | ${fmt(r.latency.p99Ms)} | ${fmt(r.latency.budgetMs)} |`,
  );
}
console.log('');
console.log(
  '| mode | process | RSS first → last (max) MiB | RSS slope MiB/min | heap after GC first → last MiB | heap slope MiB/min | external last (max) MiB | CPU cores |',
);
console.log('|---|---|---|---:|---|---:|---|---:|');
for (const r of reports) {
  for (const p of r.processes) {
    console.log(
      `| ${r.mode} | ${p.name} | ${p.rssFirstMiB} → ${p.rssLastMiB} (${p.rssMaxMiB}) | ${p.rssSlopeMiBPerMinute} | ${p.heapFirstMiB} → ${p.heapLastMiB} | ${p.heapSlopeMiBPerMinute} | ${p.externalLastMiB} (${p.externalMaxMiB}) | ${p.cores} |`,
    );
  }
}
console.log('');
console.log('| mode | judgement | value | limit | |');
console.log('|---|---|---:|---|---|');
for (const r of reports) {
  if (r.error !== undefined) console.log(`| ${r.mode} | ran | failed: ${r.error.split('\n')[0]} | | **FAIL** |`);
  for (const j of r.judgements) {
    console.log(`| ${r.mode} | ${j.name} | ${fixed(j.value, 2)} | ${j.limit} | ${j.pass ? 'ok' : '**FAIL**'} |`);
  }
}
const pass = reports.every((r) => r.pass);
console.log(
  `load average ${loads[0]!.toFixed(1)} at the start, ${loads.at(-1)!.toFixed(1)} at the end (${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}); ${pass ? 'every judgement passed' : 'FAILED'}`,
);
/** The figures as the benches' JSON line lists them (docs/benchmarks.md). */
const results: { name: string; value: number; unit: string }[] = [];
for (const r of reports) {
  const add = (name: string, value: number, unit: string): void => {
    results.push({ name: `${r.mode} ${name}`, value, unit });
  };
  if (r.sustainableSpansPerSecond !== undefined) add('sustainable rate', r.sustainableSpansPerSecond, 'spans/s stored');
  add('soak rate', r.rate, `spans/s for ${r.seconds} s`);
  if (r.rateChanges.length > 0) add('soak rate lowered to', r.finalRate, `spans/s (${r.rateChanges.length} times)`);
  add('receipt to queryable p50', r.latency.p50Ms, `ms (${r.latency.probes} probes)`);
  add('receipt to queryable p99', r.latency.p99Ms, `ms, budget ${r.latency.budgetMs}`);
  add('spans accepted', r.accepted, 'spans');
  add('spans stored', r.stored, 'spans');
  for (const p of r.processes) {
    add(`${p.name} RSS slope`, p.rssSlopeMiBPerMinute, `MiB/min after ${warmUpSeconds} s`);
    add(`${p.name} RSS last`, p.rssLastMiB, 'MiB');
    add(`${p.name} heap slope`, p.heapSlopeMiBPerMinute, `MiB/min after ${warmUpSeconds} s, after GC`);
  }
  add('judgements failed', r.error === undefined ? r.judgements.filter((j) => !j.pass).length : NaN, 'count');
}
console.log(
  JSON.stringify({
    bench: '@ht/reference-pipeline soak',
    machine,
    loadAverage: [fixed(loads[0]!), fixed(loads.at(-1)!)],
    loadAverageRange: [fixed(Math.min(...loads)), fixed(Math.max(...loads))],
    share,
    warmUpSeconds,
    results,
    modes: reports,
    pass,
  }),
);
process.exitCode = pass ? 0 : 1;
