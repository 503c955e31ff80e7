// The grouper stage scaled out (docs/scaling.md, "Measured"): throughput of 1, 2 and 3 copies sharing a
// 6-partition raw-spans (processes, one Kafka, state per partition in the Kafka store), and the rebalance
// pause over kills (a copy's death → every partition's spans flowing out again).
//   pnpm --filter @ht/reference-pipeline run bench:grouper
// Environment: HT_KAFKA_BROKERS, HT_SCHEMA_REGISTRY_URL (the test services'), HT_BENCH_SPANS (spans per
// throughput run, default 300,000), HT_BENCH_COPIES (default "1,2,3"), HT_BENCH_KILLS (default 10; 0
// skips the pause), HT_BENCH_SESSION_TIMEOUT_MS (default 6000), HT_BENCH_DEBUG (set: progress and the
// copies' stderr on stderr).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createResource, createSpan, rawSpanCodec, traceCodec } from '@ht/enricher-sdk';
import { ConfluentAvroEncoder, confluentSchemaRegistrar } from '@ht/stream-core/kafka';
import { Kafka, logLevel } from 'kafkajs';
import type { Message } from 'kafkajs';
import { median } from './statistics.js';

const env = (name: string, fallback: number): number => {
  const text = process.env[name];
  return text === undefined || text === '' ? fallback : Number(text);
};
const brokers = (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
const totalSpans = env('HT_BENCH_SPANS', 300_000);
const copyCounts = (process.env['HT_BENCH_COPIES'] ?? '1,2,3').split(',').map(Number);
const kills = env('HT_BENCH_KILLS', 10);
const sessionTimeoutMs = env('HT_BENCH_SESSION_TIMEOUT_MS', 6_000);
const PARTITIONS = 6;
const SPANS_PER_TRACE = 10;

const kafka = new Kafka({ clientId: 'grouper-scale-bench', brokers, logLevel: logLevel.NOTHING });
const copyScript = fileURLToPath(new URL('./grouperCopy.mjs', import.meta.url));
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const round = (n: number, digits = 0): number => Number(n.toFixed(digits));
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

interface Scenario {
  readonly topics: { rawSpans: string; structuredTraces: string; enrichedTraces: string };
  readonly stateTopic: string;
  readonly groupId: string;
}

/** Fresh topics (prefix `w5-bench-`), raw-spans and structured-traces with six partitions. */
async function scenario(): Promise<Scenario> {
  const prefix = `w5-bench-${randomBytes(4).toString('hex')}`;
  const topics = {
    rawSpans: `${prefix}-raw-spans`,
    structuredTraces: `${prefix}-structured-traces`,
    enrichedTraces: `${prefix}-enriched-traces`,
  };
  const admin = kafka.admin();
  await admin.connect();
  // A loaded broker can answer the creation's metadata check with UNKNOWN_TOPIC_OR_PARTITION: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.createTopics({
        topics: [
          { topic: topics.rawSpans, numPartitions: PARTITIONS },
          { topic: topics.structuredTraces, numPartitions: PARTITIONS },
        ],
        waitForLeaders: true,
      });
      break;
    } catch (error) {
      const existing = await admin.listTopics();
      const exists = existing.includes(topics.rawSpans) && existing.includes(topics.structuredTraces);
      if (exists) break;
      if (attempt === 3) throw error;
      await pause(1_000);
    }
  }
  await admin.disconnect();
  return { topics, stateTopic: `${prefix}-grouper-state`, groupId: `${prefix}-grouper` };
}

async function dropScenario(s: Scenario): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [...Object.values(s.topics), s.stateTopic] }).catch(() => undefined);
  await admin.disconnect();
}

/** A running grouper copy (bench/grouperCopy.mjs). */
interface Copy {
  readonly child: ChildProcess;
  /** The copy's CPU seconds so far (asks it with SIGUSR2). */
  cpuSeconds(): Promise<number>;
  stop(): Promise<void>;
}

async function startCopy(
  s: Scenario,
  grouper: { gapMs: number; maxSpansPerTrace: number; hold?: boolean },
): Promise<Copy> {
  const settings = { brokers, schemaRegistryUrl, ...s, ...grouper, sessionTimeoutMs, intervalMs: 500 };
  const child = spawn(process.execPath, [copyScript, JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  if (process.env['HT_BENCH_DEBUG'] !== undefined) child.stderr?.pipe(process.stderr);
  const deadline = Date.now() + 60_000;
  while (!output.includes('ready\n')) {
    if (child.exitCode !== null) throw new Error(`grouper copy exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`grouper copy not ready within 60 s:\n${output}`);
    await pause(50);
  }
  const lastCpu = (): number | undefined => {
    const lines = output.split('\n').filter((l) => l.startsWith('{"cpuSeconds"'));
    const last = lines.at(-1);
    return last === undefined ? undefined : (JSON.parse(last) as { cpuSeconds: number }).cpuSeconds;
  };
  return {
    child,
    async cpuSeconds() {
      const before = output.length;
      child.kill('SIGUSR2');
      while (output.slice(before).indexOf('{"cpuSeconds"') < 0) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`grouper copy exited:\n${output}`);
        await pause(20);
      }
      return lastCpu() ?? 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function encoderFor(s: Scenario): Promise<ConfluentAvroEncoder<ReturnType<typeof createSpan>>> {
  const encoder = new ConfluentAvroEncoder({
    registrar: confluentSchemaRegistrar({ url: schemaRegistryUrl }),
    codec: rawSpanCodec,
    subject: `${s.topics.rawSpans}-value`,
  });
  await encoder.prepare();
  return encoder;
}

const resource = createResource({ attributes: { 'service.name': 'checkout' } });
const spanOf = (traceId: string, i: number, endMs: number): ReturnType<typeof createSpan> =>
  createSpan({
    tenantId: 'acme',
    traceId,
    spanId: randomBytes(8).toString('hex'),
    name: `step ${i}`,
    startTimeUnixNano: BigInt(endMs - 5) * 1_000_000n,
    endTimeUnixNano: BigInt(endMs) * 1_000_000n,
    resource,
    attributes: { 'http.method': 'GET', 'http.route': '/api/orders/{id}', 'http.status_code': 200 },
  });

/** Busy and total jiffies of the machine (all cores), from /proc/stat. */
function machineCpu(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * Throughput of `copies` copies: spans (10 per trace, 4 ms apart per trace, so the gap closes each trace
 * whole as the partitions' event time moves through; the copies' watermarks hold when idle instead of
 * following the clock, as the data is older than the clock by the time it is read) are written to
 * raw-spans first, then the copies start and read them. Every 500 ms the spans out on structured-traces
 * (10 per trace message), the copies' CPU and the machine's are sampled until 85 % are out (the last
 * gap's worth stays open: nothing moves event time past it); the figures are over the window from 20 %
 * to 80 % of the spans out, when every copy has joined.
 */
async function throughput(copies: number): Promise<Record<string, number>> {
  const s = await scenario();
  const encoder = await encoderFor(s);
  const traces = Math.ceil(totalSpans / SPANS_PER_TRACE);
  const base = Date.now();
  const producer = kafka.producer();
  await producer.connect();
  let spans = 0;
  for (let t = 0; t < traces;) {
    const messages: Message[] = [];
    for (const end = Math.min(traces, t + 500); t < end; t++) {
      const traceId = randomBytes(16).toString('hex');
      for (let i = 0; i < SPANS_PER_TRACE; i++)
        messages.push({ key: `acme:${traceId}`, value: encoder.encode(spanOf(traceId, i, base + t * 4 + i)) });
    }
    spans += messages.length;
    await producer.send({ topic: s.topics.rawSpans, messages });
  }
  await producer.disconnect();
  let out = 0;
  const consumer = kafka.consumer({ groupId: `${s.topics.structuredTraces}-bench` });
  await consumer.connect();
  // Reading from the start before any copy runs: spans out are counted as they come.
  await consumer.subscribe({ topic: s.topics.structuredTraces, fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      out += batch.messages.length * SPANS_PER_TRACE;
      await Promise.resolve();
    },
  });
  await pause(3_000); // the reader's group joined
  const t0 = Date.now();
  const running: Copy[] = [];
  const samples: { at: number; committed: number; cpu: number; machine: { busy: number; total: number } }[] = [];
  // Sampled from before the first copy starts: copies start one after the other, and the first ones
  // work while the later ones start.
  const sampling = (async () => {
    for (let n = 0; n < 0.85 * spans;) {
      await pause(100);
      n = out;
      if (process.env['HT_BENCH_DEBUG'] !== undefined)
        console.error(`${Date.now() - t0} ms: ${n} of ${spans} spans out`);
      const cpu = (await Promise.all(running.map((c) => c.cpuSeconds()))).reduce((a, b) => a + b, 0);
      samples.push({ at: Date.now(), committed: n, cpu, machine: machineCpu() });
      if (Date.now() - t0 > 600_000) throw new Error(`only ${n} of ${spans} spans out in 10 minutes`);
    }
  })();
  for (let i = 0; i < copies; i++)
    running.push(await startCopy(s, { gapMs: 4_000, maxSpansPerTrace: 10_000, hold: true }));
  await sampling;
  await Promise.all(running.map((c) => c.stop()));
  await consumer.disconnect();
  await dropScenario(s);
  // The window: from the last sample below 20% out to the first at 80% or more (at least one sampling
  // interval, even when the copies release most traces between two samples).
  const last = samples.at(-1) as (typeof samples)[number];
  const from = samples.findLast((x) => x.committed < 0.2 * spans) ?? samples[0] ?? last;
  const to = samples.find((x) => x.committed >= 0.8 * spans) ?? last;
  const seconds = Math.max(0.001, (to.at - from.at) / 1000);
  const copiesCpu = to.cpu - from.cpu;
  return {
    copies,
    spans,
    spansPerSecond: round((to.committed - from.committed) / seconds),
    windowSeconds: round(seconds, 1),
    outAfterSeconds85: round(((samples.at(-1)?.at ?? t0) - t0) / 1000, 1),
    copiesCoresBusy: round(copiesCpu / seconds, 2),
    spansPerCopyCpuSecond: round((to.committed - from.committed) / Math.max(0.001, copiesCpu)),
    machineBusyShare: round(
      (to.machine.busy - from.machine.busy) / Math.max(1, to.machine.total - from.machine.total),
      2,
    ),
  };
}

/**
 * The rebalance pause over `kills` kills: two copies, one span per partition every 50 ms, each its own
 * trace (maxSpansPerTrace 1: emitted at once); `kill -9` of a copy, then the pause is the time until
 * every partition has put out a span sent after the death; a replacement copy joins before the next kill.
 */
async function rebalancePause(): Promise<Record<string, number | number[]>> {
  const s = await scenario();
  const encoder = await encoderFor(s);
  const grouper = { gapMs: 4_000, maxSpansPerTrace: 1 };
  const running = [await startCopy(s, grouper), await startCopy(s, grouper)];
  const partitionOf = new Map<string, number>();
  /** Per partition: when the bench last received a span of it, and that span's end time (its send time). */
  const seen = new Map<number, { at: number; sentAt: number }[]>();
  const consumer = kafka.consumer({ groupId: `${s.topics.structuredTraces}-bench` });
  await consumer.connect();
  await pause(2_000);
  const producer = kafka.producer();
  await producer.connect();
  let sending = true;
  const sender = (async () => {
    while (sending) {
      const now = Date.now();
      const messages: Message[] = [];
      for (let p = 0; p < PARTITIONS; p++) {
        const traceId = randomBytes(16).toString('hex');
        partitionOf.set(traceId, p);
        messages.push({ key: `acme:${traceId}`, partition: p, value: encoder.encode(spanOf(traceId, 0, now)) });
      }
      await producer.send({ topic: s.topics.rawSpans, messages });
      await pause(now + 50 - Date.now());
    }
  })();
  await consumer.subscribe({ topic: s.topics.structuredTraces, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value === null) return;
      const trace = traceCodec.decode(message.value.subarray(5));
      const p = partitionOf.get(trace.traceId);
      const span = trace.spans[0];
      if (p === undefined || span === undefined) return;
      const list = seen.get(p) ?? [];
      list.push({ at: Date.now(), sentAt: Number(span.endTimeUnixNano / 1_000_000n) });
      seen.set(p, list);
      await Promise.resolve();
    },
  });
  /** Resolves with the time every partition has put out a span sent at or after `since`. */
  const allFlowingSince = async (since: number, timeoutMs: number): Promise<number> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let latest = 0;
      let all = true;
      for (let p = 0; p < PARTITIONS; p++) {
        const first = seen.get(p)?.find((e) => e.sentAt >= since);
        if (first === undefined) all = false;
        else latest = Math.max(latest, first.at);
      }
      if (all) return latest;
      if (Date.now() > deadline) throw new Error(`partitions not flowing ${timeoutMs} ms after ${since}`);
      await pause(20);
    }
  };
  await allFlowingSince(Date.now(), 60_000);
  const pauses: number[] = [];
  for (let k = 0; k < kills; k++) {
    const victim = running.shift() as Copy;
    const killedAt = Date.now();
    victim.child.kill('SIGKILL');
    pauses.push((await allFlowingSince(killedAt, 120_000)) - killedAt);
    running.push(await startCopy(s, grouper));
    await allFlowingSince(Date.now() + 1_000, 120_000); // the replacement's join settled
    await pause(1_000);
  }
  sending = false;
  await sender;
  await consumer.disconnect();
  await producer.disconnect();
  await Promise.all(running.map((c) => c.stop()));
  await dropScenario(s);
  const sorted = [...pauses].sort((a, b) => a - b);
  return {
    kills,
    sessionTimeoutMs,
    medianMs: round(median(sorted)),
    maxMs: sorted.at(-1) ?? 0,
    pausesMs: pauses,
  };
}

for (const copies of copyCounts) console.log(JSON.stringify({ mode: 'throughput', ...(await throughput(copies)) }));
if (kills > 0) console.log(JSON.stringify({ mode: 'rebalance-pause', ...(await rebalancePause()) }));
process.exit(0);
