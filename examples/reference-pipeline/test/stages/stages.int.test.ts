import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@ht/services';
import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { startStage } from './stageProcess.js';
import type { StageProcess } from './stageProcess.js';

const brokers = (process.env['HT_KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const schemaRegistryUrl = process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? 'http://127.0.0.1:8123';
const suffix = randomBytes(4).toString('hex');
const prefix = `s-stages-${suffix}`;
const database = `s_stages_${suffix}`;
const topics = {
  rawSpans: `${prefix}-raw-spans`,
  structuredTraces: `${prefix}-structured-traces`,
  enrichedTraces: `${prefix}-enriched-traces`,
};
const dir = mkdtempSync(join(tmpdir(), 'ht-stages-'));
const stages: StageProcess[] = [];

async function clickhouse(sql: string): Promise<string> {
  const response = await fetch(`${clickhouseUrl}/?query=${encodeURIComponent(sql)}`, { method: 'POST' });
  const text = await response.text();
  if (!response.ok) throw new Error(`ClickHouse: ${text}`);
  return text;
}

afterAll(async () => {
  await Promise.all(stages.map((s) => s.stop()));
  await clickhouse(`DROP DATABASE IF EXISTS ${database}`).catch(() => undefined);
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
  await admin.disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe('ht stage: receiver → grouper → enricher → views → ClickHouse, each stage its own process', () => {
  it('stores every span an OTel JS client sent exactly once, with its enrichment, and shows consumer lag', async () => {
    const otlpPort = await freePort();
    const config = join(dir, 'ht.json');
    writeFileSync(
      config,
      JSON.stringify({
        kafka: { brokers, schemaRegistryUrl, topics, partitions: 2, groupPrefix: prefix, sessionTimeoutMs: '6s' },
        receivers: { endpoints: ['otlpHttp'], ports: { otlpHttp: otlpPort } },
        grouper: { gapMs: '2s' },
        store: { type: 'clickhouse', url: clickhouseUrl, database },
        sink: { maxDelayMs: '300ms' },
        logging: { level: 'warn', format: 'json' },
      }),
    );
    // The views stage serves GraphQL and the Jaeger API over the store it writes (ui is on by default).
    const queryPort = await freePort();
    for (const name of ['receiver', 'grouper', 'enricher', 'views']) {
      const extra = name === 'views' ? ['--query-port', String(queryPort)] : [];
      stages.push(await startStage(name, config, await freePort(), 60_000, extra));
    }

    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'orders' }),
      spanProcessors: [
        new BatchSpanProcessor(new OTLPTraceExporter({ url: `http://127.0.0.1:${otlpPort}/v1/traces` })),
      ],
    });
    const tracer = provider.getTracer('stages-test');
    const sent: { traceId: string; spanId: string; kind: 'SERVER' | 'CLIENT' }[] = [];
    for (let i = 0; i < 30; i++) {
      const server = tracer.startSpan(
        'GET /orders/:id',
        {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': 'GET', 'url.path': `/orders/${i}`, 'http.route': '/orders/:id' },
        },
        ROOT_CONTEXT,
      );
      const client = tracer.startSpan(
        'SELECT orders',
        {
          kind: SpanKind.CLIENT,
          attributes: { 'db.system': 'postgresql', 'db.query.text': 'SELECT * FROM orders WHERE id = $1' },
        },
        trace.setSpan(ROOT_CONTEXT, server),
      );
      client.end();
      server.end();
      sent.push({ traceId: server.spanContext().traceId, spanId: server.spanContext().spanId, kind: 'SERVER' });
      sent.push({ traceId: client.spanContext().traceId, spanId: client.spanContext().spanId, kind: 'CLIENT' });
    }
    await provider.forceFlush();
    await provider.shutdown();

    const rows = async (): Promise<{ trace_id: string; span_id: string; span_type: string; copies: string }[]> => {
      const text = await clickhouse(
        `SELECT trace_id, span_id, any(span_type) AS span_type, count() AS copies FROM ${database}.span_event_view FINAL GROUP BY trace_id, span_id FORMAT JSONEachRow`,
      ).catch(() => '');
      return text
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as { trace_id: string; span_id: string; span_type: string; copies: string });
    };
    await expect
      .poll(async () => (await rows()).length, { timeout: 90_000, interval: 500 })
      .toBeGreaterThanOrEqual(sent.length);
    const stored = await rows();
    expect(stored.map((r) => `${r.trace_id}:${r.span_id}`).sort()).toEqual(
      sent.map((s) => `${s.traceId}:${s.spanId}`).sort(),
    );
    expect(stored.every((r) => Number(r.copies) === 1)).toBe(true);
    const typeOf = new Map(stored.map((r) => [r.span_id, r.span_type]));
    for (const s of sent) expect(typeOf.get(s.spanId)).toBe(s.kind === 'SERVER' ? 'ENTRY' : 'EXIT');

    const grouperMetrics = await (await fetch(`${stages[1]?.opsUrl ?? ''}/metrics`)).text();
    expect(grouperMetrics).toMatch(
      new RegExp(
        `ht_kafka_consumer_lag\\{group="${prefix}-grouper",topic="${topics.rawSpans}",partition="[01]"\\} \\d+`,
      ),
    );
    const receiverMetrics = await (await fetch(`${stages[0]?.opsUrl ?? ''}/metrics`)).text();
    expect(receiverMetrics).toMatch(
      new RegExp(`ht_kafka_span_sink_spans_written_total\\{sink="kafka:${topics.rawSpans}"\\} ${sent.length}`),
    );

    // The views stage's query API answers from ClickHouse: GraphQL and the Jaeger-compatible API.
    const queryUrl = `http://127.0.0.1:${queryPort}`;
    const day = 86_400_000;
    const graphql = async (query: string): Promise<Record<string, unknown>> => {
      const response = await fetch(`${queryUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data ?? {};
    };
    const from = new Date(Date.now() - day).toISOString();
    const to = new Date(Date.now() + day).toISOString();
    // Each view is its own batch: raw_service_view may land after the span rows polled above.
    await expect
      .poll(async () => graphql(`{ services(startTime: "${from}", endTime: "${to}") { name calls } }`), {
        timeout: 30_000,
        interval: 500,
      })
      .toEqual({ services: [{ name: 'orders', calls: 30 }] });
    const one = sent[0]!;
    const traceAnswer = await graphql(`{ trace(traceId: "${one.traceId}") { spans { spanId kind } } }`);
    expect((traceAnswer['trace'] as { spans: { spanId: string }[] }).spans.map((s) => s.spanId).sort()).toEqual(
      sent
        .filter((s) => s.traceId === one.traceId)
        .map((s) => s.spanId)
        .sort(),
    );
    const jaeger = (await (await fetch(`${queryUrl}/api/services`)).json()) as { data: string[] };
    expect(jaeger.data).toEqual(['orders']);

    const codes = await Promise.all(stages.splice(0).map((s) => s.stop()));
    expect(codes).toEqual([0, 0, 0, 0]);
  }, 180_000);
});
