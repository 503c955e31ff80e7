import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createResource, createSpan, rawSpanCodec, traceCodec } from '@ht/enricher-sdk';
import { grouperReasonOf } from '@ht/enricher-sdk/grouper';
import type { Span, Trace } from '@ht/enricher-sdk';
import type { StageTopics } from '@ht/reference-pipeline';
import { ConfluentAvroEncoder, confluentSchemaRegistrar, kafkajsProducer } from '@ht/stream-core/kafka';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';

const brokers = (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
const kafka = new Kafka({ clientId: 'grouper-scale-test', brokers, logLevel: logLevel.NOTHING });
const copyScript = fileURLToPath(new URL('./grouperCopy.mjs', import.meta.url));
const children: ChildProcess[] = [];
const topicsToDelete: string[] = [];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: topicsToDelete }).catch(() => undefined);
  await admin.disconnect();
});

/** A running grouper copy. */
interface Copy {
  readonly child: ChildProcess;
  output(): string;
  /** SIGTERM; resolves with what it printed (its metrics, at the end). */
  stop(): Promise<string>;
}

/** Topics of one scenario (prefix `k13-` and a random suffix), raw-spans with six partitions. */
async function scenario(): Promise<{ topics: StageTopics; stateTopic: string; groupId: string }> {
  const prefix = `k13-${randomBytes(4).toString('hex')}`;
  const topics = {
    rawSpans: `${prefix}-raw-spans`,
    structuredTraces: `${prefix}-structured-traces`,
    enrichedTraces: `${prefix}-enriched-traces`,
  };
  const stateTopic = `${prefix}-grouper-state`;
  topicsToDelete.push(...Object.values(topics), stateTopic);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: topics.rawSpans, numPartitions: 6 }] });
  await admin.disconnect();
  return { topics, stateTopic, groupId: `${prefix}-grouper` };
}

/** The grouper copies' gap (ms): spans of a trace less than this apart by end time belong in one fragment. */
const GAP_MS = 4_000;

/** Starts one grouper copy; resolves once it is ready. */
async function startCopy(s: { topics: StageTopics; stateTopic: string; groupId: string }): Promise<Copy> {
  const settings = { brokers, schemaRegistryUrl, ...s, gapMs: GAP_MS };
  const child = spawn(process.execPath, [copyScript, JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (!output.includes('ready\n')) {
    if (child.exitCode !== null) throw new Error(`grouper copy exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`grouper copy not ready within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    output: () => output,
    stop: () =>
      new Promise<string>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve(output);
        child.once('exit', () => resolve(output));
        child.kill('SIGTERM');
      }),
  };
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const resource = createResource({ attributes: { 'service.name': 'checkout' } });

/** `n` spans of trace `traceId`, ending around now. */
function spansOf(tenantId: string, traceId: string, n: number): Span[] {
  const now = BigInt(Date.now()) * 1_000_000n;
  return Array.from({ length: n }, (_, i) =>
    createSpan({
      tenantId,
      traceId,
      spanId: randomBytes(8).toString('hex'),
      name: `step ${i}`,
      startTimeUnixNano: now - 1_000_000n,
      endTimeUnixNano: now + BigInt(i) * 1_000n,
      resource,
    }),
  );
}

/**
 * Sends waves of spans of the same 120 traces to raw-spans, one by one or as a stream (a wave every
 * `everyMs`, until stopped: the traces stay open across whatever happens meanwhile); remembers what it sent.
 */
async function spanSender(topics: StageTopics): Promise<{
  wave(spansPerTrace: number): Promise<void>;
  /** Sends a wave of one span per trace every `everyMs` until the returned function is called. */
  stream(everyMs: number): () => Promise<void>;
  readonly sent: Span[];
  close(): Promise<void>;
}> {
  const encoder = new ConfluentAvroEncoder({
    registrar: confluentSchemaRegistrar({ url: schemaRegistryUrl }),
    codec: rawSpanCodec,
    subject: `${topics.rawSpans}-value`,
  });
  await encoder.prepare();
  const producer = await kafkajsProducer(kafka, { compression: 'gzip' });
  const traceIds = Array.from({ length: 120 }, () => randomBytes(16).toString('hex'));
  const sent: Span[] = [];
  const wave = async (n: number): Promise<void> => {
    const spans = traceIds.flatMap((id, i) => spansOf(i % 2 === 0 ? 'acme' : 'beta', id, n));
    sent.push(...spans);
    await producer.send(
      topics.rawSpans,
      spans.map((s) => ({ key: `${s.tenantId}:${s.traceId}`, value: encoder.encode(s) })),
    );
  };
  return {
    sent,
    wave,
    stream(everyMs) {
      let stopped = false;
      const sending = (async () => {
        while (!stopped) {
          const next = Date.now() + everyMs;
          await wave(1);
          await pause(next - Date.now());
        }
      })();
      return async () => {
        stopped = true;
        await sending;
      };
    },
    close: () => producer.disconnect(),
  };
}

const spanKey = (s: Span): string => `${s.tenantId}:${s.traceId}:${s.spanId}`;
const traceOf = (s: { tenantId: string; traceId: string }): string => `${s.tenantId}:${s.traceId}`;

/**
 * How many fragments the gap rule makes of each sent trace: one, plus one per pause of `GAP_MS` or more
 * between its spans' end times (ms, as `spanEndTime` reads them). The most any trace may be cut into.
 */
function fragmentsByGapRule(sent: readonly Span[]): Map<string, number> {
  const times = new Map<string, number[]>();
  for (const s of sent) {
    const list = times.get(traceOf(s)) ?? [];
    list.push(Number(s.endTimeUnixNano / 1_000_000n));
    times.set(traceOf(s), list);
  }
  const fragments = new Map<string, number>();
  for (const [trace, list] of times) {
    list.sort((a, b) => a - b);
    let n = 1;
    for (let i = 1; i < list.length; i++) if ((list[i] as number) - (list[i - 1] as number) >= GAP_MS) n++;
    fragments.set(trace, n);
  }
  return fragments;
}
const fragmentKey = (t: Trace): string => `${t.tenantId}:${t.traceId}:${t.session}:${t.fragment}`;

/**
 * Reads structured-traces until every sent span is in a trace, then checks what a keyed store would
 * keep (one row per fragment key): every span in exactly one fragment, duplicates upstream of the store
 * identical, and no trace cut into more fragments than the gap rule makes (the moves must not add cuts).
 * Returns the counts to report.
 */
async function expectEachSpanInOneFragment(
  topics: StageTopics,
  sent: readonly Span[],
): Promise<{ fragments: number; duplicates: number; traces: number; reasons: string; byGapRule: string }> {
  const traces: Trace[] = [];
  const consumer = kafka.consumer({ groupId: `${topics.structuredTraces}-reader` });
  await consumer.connect();
  await consumer.subscribe({ topic: topics.structuredTraces, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value !== null) traces.push(traceCodec.decode(message.value.subarray(5)));
      await Promise.resolve();
    },
  });
  try {
    await expect
      .poll(() => new Set(traces.flatMap((t) => t.spans.map(spanKey))).size, { timeout: 60_000, interval: 500 })
      .toBe(sent.length);
  } finally {
    await consumer.disconnect();
  }
  const stored = new Map<string, Trace>();
  let duplicates = 0;
  for (const t of traces) {
    const earlier = stored.get(fragmentKey(t));
    if (earlier === undefined) stored.set(fragmentKey(t), t);
    else {
      duplicates++;
      expect(t.spans.map(spanKey).sort()).toEqual(earlier.spans.map(spanKey).sort());
    }
  }
  const fragmentsOfSpan = new Map<string, number>();
  for (const t of stored.values()) {
    for (const s of t.spans) fragmentsOfSpan.set(spanKey(s), (fragmentsOfSpan.get(spanKey(s)) ?? 0) + 1);
  }
  expect([...fragmentsOfSpan.keys()].sort()).toEqual(sent.map(spanKey).sort());
  expect([...fragmentsOfSpan.values()].every((n) => n === 1)).toBe(true);
  // How many fragments and sessions each trace was cut into (a new session: its state was not there).
  const perTrace = new Map<string, { fragments: number; sessions: Set<number>; reasons: string[] }>();
  for (const t of stored.values()) {
    const p = perTrace.get(traceOf(t)) ?? { fragments: 0, sessions: new Set<number>(), reasons: [] };
    p.fragments++;
    p.sessions.add(t.session);
    p.reasons.push(`#${t.fragment} ${grouperReasonOf(t) ?? '?'}`);
    perTrace.set(traceOf(t), p);
  }
  const byGapRule = fragmentsByGapRule(sent);
  const extraCuts = [...perTrace]
    .filter(([trace, p]) => p.fragments > (byGapRule.get(trace) ?? 1))
    .map(([trace, p]) => `${trace}: ${p.reasons.sort().join(', ')} (the gap rule makes ${byGapRule.get(trace) ?? 1})`);
  expect(extraCuts, 'traces cut into more fragments than the gap rule makes').toEqual([]);
  const histogram = new Map<string, number>();
  for (const p of perTrace.values()) {
    const k = `${p.fragments} fragment(s) in ${p.sessions.size} session(s)`;
    histogram.set(k, (histogram.get(k) ?? 0) + 1);
  }
  const gapHistogram = new Map<number, number>();
  for (const n of byGapRule.values()) gapHistogram.set(n, (gapHistogram.get(n) ?? 0) + 1);
  return {
    byGapRule: [...gapHistogram].map(([n, traces]) => `${traces} traces in ${n}`).join(', '),
    fragments: stored.size,
    duplicates,
    traces: new Set(sent.map((s) => s.traceId)).size,
    reasons: [...histogram].map(([k, n]) => `${n} traces ${k}`).join(', '),
  };
}

/** How many partitions a copy restored, from the metrics it printed when stopped. */
function restoresIn(output: string): number {
  const m = /ht_partition_state_restores_total\{job="ht-grouper",outcome="restored"\} (\d+)/.exec(output);
  return Number(m?.[1] ?? 0);
}

describe('grouper copies with state per raw-spans partition (Kafka store)', () => {
  it('kill -9 of one of two copies mid-stream: the other takes its partitions with their open traces, every span in exactly one fragment, no trace in more fragments than the gap rule makes', async () => {
    const s = await scenario();
    const a = await startCopy(s);
    const b = await startCopy(s);
    const sender = await spanSender(s.topics);
    // Wave 1 opens 120 traces across the six partitions; both copies snapshot them every 500 ms. Then a
    // span of every trace each second, on through the kill: A's partitions wait for the session timeout
    // (6 s) to move to B, which restores their open traces and reads the spans sent meanwhile.
    await sender.wave(3);
    const stopStream = sender.stream(1_000);
    await pause(2_000);
    a.child.kill('SIGKILL');
    await pause(8_000);
    await stopStream();
    const counts = await expectEachSpanInOneFragment(s.topics, sender.sent);
    await sender.close();
    const restored = restoresIn(await b.stop());
    expect(restored).toBeGreaterThan(0);
    console.log(
      `grouper kill test: ${sender.sent.length} spans of ${counts.traces} traces, ${counts.fragments} stored fragments (${counts.reasons}; the gap rule: ${counts.byGapRule}), ` +
        `${counts.duplicates} duplicate fragments upstream of the store, the survivor restored ${restored} partitions`,
    );
  }, 120_000);

  it('scale from 2 to 3 copies mid-stream and back down: partitions move, no span lost, each in one fragment, no trace in more fragments than the gap rule makes', async () => {
    const s = await scenario();
    const a = await startCopy(s);
    const b = await startCopy(s);
    const sender = await spanSender(s.topics);
    // A span of every trace each second throughout: the traces stay open across both moves.
    const stopStream = sender.stream(1_000);
    await pause(1_500);
    const c = await startCopy(s); // 2 → 3: every copy restores its new assignment
    await pause(1_500);
    const aOutput = await a.stop(); // 3 → 2, cleanly
    await pause(1_500);
    await stopStream();
    const counts = await expectEachSpanInOneFragment(s.topics, sender.sent);
    await sender.close();
    const restored = [restoresIn(aOutput), restoresIn(await b.stop()), restoresIn(await c.stop())];
    expect(restored[2]).toBeGreaterThan(0);
    console.log(
      `grouper scale test: ${sender.sent.length} spans of ${counts.traces} traces, ${counts.fragments} stored fragments (${counts.reasons}; the gap rule: ${counts.byGapRule}), ` +
        `${counts.duplicates} duplicates upstream of the store, restores per copy ${restored.join('/')}`,
    );
  }, 120_000);
});
