import { readFileSync } from 'node:fs';
import { benchPayload } from './benchPayload.js';
import { BenchStages } from './benchStages.js';
import { runLoad } from './loadProcess.js';
import { OtlpTemplate } from './otlpTemplate.js';
import { ProcessSampler } from './processStats.js';
import { percentile } from './statistics.js';

/** What the distributed bench runs: where the services are, how much load. */
export interface DistributedPlan {
  readonly dir: string;
  readonly templateFile: string;
  readonly brokers: readonly string[];
  readonly schemaRegistryUrl: string;
  readonly clickhouseUrl: string;
  /** Partitions of each topic (the most copies a consuming stage could have). */
  readonly partitions: number;
  /** Spans of the throughput run (sent as fast as the receiver stage answers). */
  readonly spans: number;
  readonly concurrency: number;
  /** Length of the latency run (0 skips it) and its rate (default: half the end-to-end rate). */
  readonly latencyMs: number;
  readonly latencyRate?: number;
  /** Options of node itself for every stage process (`--cpu-prof --cpu-prof-dir=DIR`). */
  readonly stageNodeArgs?: readonly string[];
  /** Topics and consumer groups are `<namePrefix>-<random>-…`, the database `<namePrefix>_<random>` ('-' → '_'). */
  readonly namePrefix: string;
}

/** CPU of one process over the throughput run. */
export interface StageCpu {
  readonly name: string;
  readonly cpuSeconds: number;
  /** Share of one core over the run (1 = one core busy all along: a Node process's main thread is saturated). */
  readonly cores: number;
}

/** What the distributed bench measured. */
export interface DistributedResult {
  /** Spans / (last span queryable − first request). */
  readonly endToEndSpansPerSecond: number;
  /** Spans / (last answer − first request): what the receiver stage took (acknowledged by Kafka). */
  readonly ingestSpansPerSecond: number;
  readonly retries: number;
  readonly stages: readonly StageCpu[];
  /** The machine's busy cores over the run (every process: stages, Kafka, ClickHouse, the load client). */
  readonly machineCores: number;
  /** Per consuming stage, the highest consumer lag (records, all partitions) seen during the run. */
  readonly maxLag: Readonly<Record<string, number>>;
  readonly latency?: {
    readonly rate: number;
    readonly probes: number;
    readonly p50Ms: number;
    readonly p99Ms: number;
    readonly maxMs: number;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Busy and total jiffies of the whole machine (`/proc/stat`). */
function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  const total = cpu.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** The sum of `ht_kafka_consumer_lag` over every partition in a stage's `/metrics`. */
async function consumerLag(opsUrl: string): Promise<number> {
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  let lag = 0;
  for (const match of text.matchAll(/^ht_kafka_consumer_lag\{[^}]*\} (\d+)$/gm)) lag += Number(match[1]);
  return lag;
}

/**
 * The distributed mode on this machine: `ht stage receiver|grouper|enricher|views`, each its own process,
 * on the running Kafka, schema registry and ClickHouse (new topics and database, dropped at the end). A
 * throughput run sends `spans` spans (the bench request, 8-span traces) as fast as the receiver stage
 * answers, and times until they are all queryable in ClickHouse, sampling each stage's CPU and consumer
 * lag; a latency run sends a paced load with a probe trace every 200 ms and times each probe from just
 * before its request to when a ClickHouse query returns its 8 spans (polled every 100 ms).
 */
export async function measureDistributed(plan: DistributedPlan): Promise<DistributedResult> {
  const pipeline = await BenchStages.start(plan);
  const { stages, url } = pipeline;
  const storedSpans = (): Promise<number> => pipeline.storedRows();
  const clickhouse = (sql: string): Promise<string> => pipeline.clickhouse(sql);
  const database = pipeline.database;
  try {
    // Throughput.
    const samplers = stages.map((s) => new ProcessSampler(s.process.child.pid!, 1_000));
    const machineBefore = machineTicks();
    const maxLag: Record<string, number> = {};
    let watching = true;
    const lagWatch = (async () => {
      while (watching) {
        for (const { name, process } of stages.slice(1)) {
          const lag = await consumerLag(process.opsUrl).catch(() => 0);
          maxLag[name] = Math.max(maxLag[name] ?? 0, lag);
        }
        await sleep(1_000);
      }
    })();
    const load = await runLoad({
      url,
      templateFile: plan.templateFile,
      concurrency: plan.concurrency,
      spans: plan.spans,
    });
    const deadline = Date.now() + 600_000;
    while ((await storedSpans()) < load.spans) {
      if (Date.now() > deadline) throw new Error(`not every span was queryable within 10 minutes`);
      await sleep(100);
    }
    const queryableAt = Date.now();
    watching = false;
    await lagWatch;
    const machineAfter = machineTicks();
    const seconds = (queryableAt - load.startedAt) / 1000;
    const stageCpu = stages.map(({ name }, i) => {
      const samples = samplers[i]!.stop();
      const cpuSeconds = samples.at(-1)!.cpuSeconds - samples[0]!.cpuSeconds;
      return { name, cpuSeconds, cores: cpuSeconds / seconds };
    });
    const result: DistributedResult = {
      endToEndSpansPerSecond: load.spans / seconds,
      ingestSpansPerSecond: load.spans / ((load.endedAt - load.startedAt) / 1000),
      retries: load.retries,
      stages: stageCpu,
      machineCores:
        ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * machineCoresCount(),
      maxLag,
    };
    if (plan.latencyMs <= 0) return result;

    // Receipt → queryable.
    const rate = plan.latencyRate ?? Math.round(result.endToEndSpansPerSecond / 2);
    const probe = OtlpTemplate.fromFile(await benchPayload(1));
    const pending = new Map<string, number>();
    const latencies: number[] = [];
    let sending = true;
    const probes = (async () => {
      for (let sequence = 0; sending; sequence++) {
        const id = probe.traceId(sequence, 0);
        const sentAt = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-protobuf' },
          body: probe.instantiate(sequence),
        });
        if (res.status === 200) pending.set(id, sentAt);
        await sleep(200);
      }
    })();
    let polling = true;
    const poll = (async () => {
      while (polling || pending.size > 0) {
        if (pending.size > 0) {
          const ids = [...pending.keys()].map((id) => `'${id}'`).join(',');
          const found = await clickhouse(
            `SELECT trace_id FROM ${database}.span_event_view WHERE trace_id IN (${ids}) GROUP BY trace_id HAVING count() >= ${probe.spans} FORMAT TSV`,
          ).catch(() => '');
          const now = performance.now();
          for (const id of found.split('\n').filter((l) => l !== '')) {
            const sentAt = pending.get(id);
            if (sentAt === undefined) continue;
            pending.delete(id);
            latencies.push(now - sentAt);
          }
        }
        await sleep(100);
      }
    })();
    await runLoad({
      url,
      templateFile: plan.templateFile,
      concurrency: plan.concurrency,
      durationMs: plan.latencyMs,
      spansPerSecond: rate,
    });
    sending = false;
    await probes;
    const probeDeadline = Date.now() + 60_000;
    while (pending.size > 0 && Date.now() < probeDeadline) await sleep(100);
    polling = false;
    if (pending.size > 0) {
      pending.clear();
      await poll;
      throw new Error('some probe traces never became queryable');
    }
    await poll;
    return {
      ...result,
      latency: {
        rate,
        probes: latencies.length,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        maxMs: Math.max(...latencies),
      },
    };
  } finally {
    await pipeline.close();
  }
}

function machineCoresCount(): number {
  return readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((l) => /^cpu\d/.test(l)).length;
}
