import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createResource, createSpan, rawSpanCodec } from '@ht/enricher-sdk';
import type { Span, Trace } from '@ht/enricher-sdk';
import { ConfluentAvroEncoder, confluentSchemaRegistrar, kafkajsProducer } from '@ht/stream-core/kafka';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { startTraceService } from './traceService.js';

const brokers = (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
const prefix = `s-embed-${randomBytes(4).toString('hex')}`;
const topics = {
  rawSpans: `${prefix}-raw-spans`,
  structuredTraces: `${prefix}-structured-traces`,
  enrichedTraces: `${prefix}-enriched-traces`,
};
const kafka = new Kafka({ clientId: 'embedding-test', brokers, logLevel: logLevel.NOTHING });

afterAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
  await admin.disconnect();
});

const resource = createResource({ attributes: { 'service.name': 'checkout', 'host.name': 'node-1' } });

function traceOf(tenantId: string, spans: number, nowNs: bigint): Span[] {
  const traceId = randomBytes(16).toString('hex');
  const root = randomBytes(8).toString('hex');
  return Array.from({ length: spans }, (_, i) =>
    createSpan({
      tenantId,
      traceId,
      spanId: i === 0 ? root : randomBytes(8).toString('hex'),
      ...(i === 0 ? {} : { parentSpanId: root }),
      name: i === 0 ? 'POST /checkout' : `SELECT orders ${i % 20}`,
      kind: i === 0 ? 'SERVER' : 'CLIENT',
      startTimeUnixNano: nowNs + BigInt(i) * 1_000n,
      endTimeUnixNano: nowNs + BigInt(i) * 1_000n + 500_000n,
      resource,
      attributes: { 'db.system': 'postgresql', 'db.statement': `SELECT * FROM orders WHERE id = ${i}` },
    }),
  );
}

describe('the grouper stage embedded in a plain kafkajs service (docs/embedding.md)', () => {
  it('is the code docs/embedding.md shows', () => {
    const doc = readFileSync(new URL('../../../../docs/embedding.md', import.meta.url), 'utf8');
    const code = readFileSync(new URL('./traceService.ts', import.meta.url), 'utf8');
    expect(doc).toContain(code.trim());
  });

  it('groups raw spans, a 10,000-span trace included, into traces its own consumer reads back, each span once', async () => {
    const traces: Trace[] = [];
    const service = await startTraceService({
      brokers,
      schemaRegistryUrl,
      topics,
      groupId: `${prefix}-grouper`,
      onTrace: (t) => traces.push(t),
    });
    try {
      expect(service.grouper.ready()).toBe(true);
      const now = BigInt(Date.now()) * 1_000_000n;
      const sent = [traceOf('acme', 10_000, now)];
      for (let i = 0; i < 20; i++) sent.push(traceOf(i % 2 === 0 ? 'acme' : 'beta', 5, now));
      const encoder = new ConfluentAvroEncoder({
        registrar: confluentSchemaRegistrar({ url: schemaRegistryUrl }),
        codec: rawSpanCodec,
        subject: `${topics.rawSpans}-value`,
      });
      await encoder.prepare();
      const records = sent.flat().map((s) => ({ key: `${s.tenantId}:${s.traceId}`, value: encoder.encode(s) }));
      const producer = await kafkajsProducer(kafka, { compression: 'gzip' });
      const requests: Promise<void>[] = [];
      for (let i = 0; i < records.length; i += 2_000)
        requests.push(producer.send(topics.rawSpans, records.slice(i, i + 2_000)));
      await Promise.all(requests);
      await producer.disconnect();

      const expected = sent.flat().map((s) => `${s.tenantId}:${s.traceId}:${s.spanId}`);
      const seen = (): string[] => traces.flatMap((t) => t.spans.map((s) => `${t.tenantId}:${s.traceId}:${s.spanId}`));
      await expect
        .poll(() => seen().length, { timeout: 60_000, interval: 250 })
        .toBeGreaterThanOrEqual(expected.length);
      expect(seen().sort()).toEqual(expected.sort());
      const big = traces.find((t) => t.traceId === sent[0]?.[0]?.traceId);
      expect(big?.spans).toHaveLength(10_000);
      expect(traces).toHaveLength(sent.length);
      expect(service.grouper.metrics()).toMatch(
        /ht_kafka_trace_sink_traces_written_total\{sink="kafka:s-embed-[0-9a-f]+-structured-traces"\} 21/,
      );
      expect(service.grouper.metrics()).toMatch(
        /ht_kafka_consumer_lag\{group="s-embed-[0-9a-f]+-grouper",topic="s-embed-[0-9a-f]+-raw-spans",partition="0"\}/,
      );
    } finally {
      await service.stop();
    }
    expect(service.grouper.ready()).toBe(false);
  }, 120_000);
});
