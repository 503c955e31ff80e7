import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createResource, createSpan, rawSpanCodec, traceCodec } from '@ht/enricher-sdk';
import type { Span, Trace } from '@ht/enricher-sdk';
import { ConfluentAvroEncoder, confluentSchemaRegistrar, kafkajsProducer } from '@ht/stream-core/kafka';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';

const brokers = (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
const prefix = `k13-${randomBytes(4).toString('hex')}`;
const topics = {
  rawSpans: `${prefix}-raw-spans`,
  structuredTraces: `${prefix}-structured-traces`,
  enrichedTraces: `${prefix}-enriched-traces`,
};
const stateTopic = `${prefix}-grouper-state`;
const kafka = new Kafka({ clientId: 'grouper-kill-test', brokers, logLevel: logLevel.NOTHING });
const copyScript = fileURLToPath(new URL('./grouperCopy.mjs', import.meta.url));
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [...Object.values(topics), stateTopic] }).catch(() => undefined);
  await admin.disconnect();
});

/** Starts one grouper copy; resolves once it is ready, with a reader of what it printed. */
async function startCopy(): Promise<{ child: ChildProcess; output: () => string }> {
  const settings = { brokers, schemaRegistryUrl, topics, groupId: `${prefix}-grouper`, stateTopic, gapMs: 4_000 };
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
  return { child, output: () => output };
}

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

describe('grouper copies with state per raw-spans partition', () => {
  it('kill -9 of one of two copies mid-stream: the other takes its partitions with their open traces, every span in exactly one fragment', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: topics.rawSpans, numPartitions: 6 }] });
    await admin.disconnect();

    const a = await startCopy();
    const b = await startCopy();
    const encoder = new ConfluentAvroEncoder({
      registrar: confluentSchemaRegistrar({ url: schemaRegistryUrl }),
      codec: rawSpanCodec,
      subject: `${topics.rawSpans}-value`,
    });
    await encoder.prepare();
    const producer = await kafkajsProducer(kafka, { compression: 'gzip' });
    const send = (spans: Span[]): Promise<void> =>
      producer.send(
        topics.rawSpans,
        spans.map((s) => ({ key: `${s.tenantId}:${s.traceId}`, value: encoder.encode(s) })),
      );

    // Wave 1 opens 120 traces across the six partitions; both copies snapshot them every 500 ms.
    const traceIds = Array.from({ length: 120 }, () => randomBytes(16).toString('hex'));
    const sent: Span[] = [];
    const wave = async (n: number): Promise<void> => {
      const spans = traceIds.flatMap((id, i) => spansOf(i % 2 === 0 ? 'acme' : 'beta', id, n));
      sent.push(...spans);
      await send(spans);
    };
    await wave(3);
    await new Promise((r) => setTimeout(r, 2_000));
    a.child.kill('SIGKILL');
    // Wave 2 (same traces, still within their gap) arrives while A's partitions wait to move to B.
    await wave(2);

    const traces: Trace[] = [];
    const consumer = kafka.consumer({ groupId: `${prefix}-reader` });
    await consumer.connect();
    await consumer.subscribe({ topic: topics.structuredTraces, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.value !== null) traces.push(traceCodec.decode(message.value.subarray(5)));
        await Promise.resolve();
      },
    });
    const spanKey = (s: Span): string => `${s.tenantId}:${s.traceId}:${s.spanId}`;
    const fragmentKey = (t: Trace): string => `${t.tenantId}:${t.traceId}:${t.session}:${t.fragment}`;
    try {
      await expect
        .poll(() => new Set(traces.flatMap((t) => t.spans.map(spanKey))).size, { timeout: 60_000, interval: 500 })
        .toBe(sent.length);
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
    }
    const bMetrics = await new Promise<string>((resolve) => {
      b.child.once('exit', () => resolve(b.output()));
      b.child.kill('SIGTERM');
    });

    // A keyed store keeps one row per fragment key: duplicates upstream of it must be the same fragment.
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
    for (const t of stored.values())
      for (const s of t.spans) fragmentsOfSpan.set(spanKey(s), (fragmentsOfSpan.get(spanKey(s)) ?? 0) + 1);
    expect([...fragmentsOfSpan.keys()].sort()).toEqual(sent.map(spanKey).sort());
    expect([...fragmentsOfSpan.values()].every((n) => n === 1)).toBe(true);
    // B restored partitions (its own after each rebalance, and A's) from the Kafka store.
    const restored = /ht_partition_state_restores_total\{job="ht-grouper",outcome="restored"\} (\d+)/.exec(bMetrics);
    expect(Number(restored?.[1] ?? 0)).toBeGreaterThan(0);
    console.log(
      `grouper kill test: ${sent.length} spans, ${stored.size} stored fragments, ${duplicates} duplicate fragments upstream of the store, B restored ${restored?.[1]} partitions`,
    );
  }, 120_000);
});
