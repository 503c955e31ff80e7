import { startOtelCollector } from '@ht/services';
import { afterAll, describe, expect, it } from 'vitest';
import { shopServices } from '../e2e/shopClients.js';
import { everyService, recordShopTraces } from '../e2e/shopTraces.js';
import type { SentSpan } from '../e2e/tracedService.js';
import { bigTrace } from './bigTrace.js';
import { StagePipeline } from './stagePipeline.js';
import { expectStoredOnceEnriched } from './storedOnce.js';

const pipelines: StagePipeline[] = [];
afterAll(async () => {
  await Promise.all(pipelines.map((p) => p.close()));
}, 60_000);

describe('ht stage: receiver → grouper → enricher → views → ClickHouse, each stage its own process', () => {
  it('stores every span sent through OTLP (HTTP, gRPC), Zipkin, Jaeger and an OTel Collector once, enriched, a 10,000-span trace whole, and shows consumer lag', async () => {
    const pipeline = await StagePipeline.create('stages', { queryApi: true });
    pipelines.push(pipeline);
    const stages = [];
    for (const name of ['receiver', 'grouper', 'enricher', 'views']) stages.push(await pipeline.start(name));
    const [receiver, grouper] = stages;

    const collector = await startOtelCollector({
      receiver: 'grpc',
      exporters: { otlp: { kind: 'otlp', endpoint: `127.0.0.1:${pipeline.ports.otlpGrpc}` } },
    });
    const sent: SentSpan[] = [];
    const services = shopServices(pipeline.shopEndpoints(collector.otlpUrl), sent);
    try {
      recordShopTraces(services, Date.now() - 250);
      await Promise.all(everyService(services).map((s) => s.flush()));
    } finally {
      await Promise.allSettled(everyService(services).map((s) => s.shutdown()));
      await collector.stop();
    }

    await expectStoredOnceEnriched(pipeline, sent);

    const { topics, prefix } = pipeline;
    const grouperMetrics = await (await fetch(`${grouper?.opsUrl ?? ''}/metrics`)).text();
    expect(grouperMetrics).toMatch(
      new RegExp(
        `ht_kafka_consumer_lag\\{group="${prefix}-grouper",topic="${topics.rawSpans}",partition="[01]"\\} \\d+`,
      ),
    );
    const receiverMetrics = await (await fetch(`${receiver?.opsUrl ?? ''}/metrics`)).text();
    expect(receiverMetrics).toMatch(
      new RegExp(`ht_kafka_span_sink_spans_written_total\\{sink="kafka:${topics.rawSpans}"\\} ${sent.length}`),
    );

    // The views stage's query API answers from ClickHouse: GraphQL and the Jaeger-compatible API.
    const queryUrl = `http://127.0.0.1:${pipeline.queryPort ?? 0}`;
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
    // One call per entry span of each service.
    const entries = new Map<string, number>();
    for (const s of sent)
      if (s.expected.spanType === 'ENTRY') entries.set(s.service, (entries.get(s.service) ?? 0) + 1);
    const listedServices = async (): Promise<Map<string, number>> => {
      const data = await graphql(`{ services(startTime: "${from}", endTime: "${to}") { name calls } }`);
      return new Map((data['services'] as { name: string; calls: number }[]).map((r) => [r.name, r.calls]));
    };
    await expect.poll(listedServices, { timeout: 30_000, interval: 500 }).toEqual(entries);
    const one = sent[0]!;
    const traceAnswer = await graphql(`{ trace(traceId: "${one.traceId}") { spans { spanId kind } } }`);
    expect((traceAnswer['trace'] as { spans: { spanId: string }[] }).spans.map((s) => s.spanId).sort()).toEqual(
      sent
        .filter((s) => s.traceId === one.traceId)
        .map((s) => s.spanId)
        .sort(),
    );
    const jaeger = (await (await fetch(`${queryUrl}/api/services`)).json()) as { data: string[] };
    expect(jaeger.data.sort()).toEqual([...new Set(sent.map((s) => s.service))].sort());

    // A trace of the grouper's largest size (10,000 spans, enriched far past Kafka's 1 MB message) goes
    // through every stage whole: one fragment, every span stored once with its enrichment.
    const big = bigTrace(10_000);
    const answer = await fetch(`http://127.0.0.1:${pipeline.ports.otlpHttp}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(big.body),
    });
    expect(answer.status).toBe(200);
    const row = async (sql: string): Promise<Record<string, number>> =>
      JSON.parse((await pipeline.clickhouse(`${sql} FORMAT JSONEachRow`)) || '{}') as Record<string, number>;
    const spansOf = (): Promise<Record<string, number>> =>
      row(`SELECT toUInt32(uniqExact(span_id)) AS spans, toUInt32(count()) AS copies,
             toUInt32(countIf(backend_name != '')) AS withBackend
           FROM ${pipeline.database}.span_event_view FINAL WHERE trace_id = '${big.traceId}'`);
    await expect.poll(async () => (await spansOf())['spans'], { timeout: 90_000, interval: 500 }).toBe(10_000);
    expect(await spansOf()).toEqual({ spans: 10_000, copies: 10_000, withBackend: 9_999 });
    expect(
      await row(`SELECT toUInt32(count()) AS fragments, toUInt32(sum(span_count)) AS spans
                 FROM ${pipeline.database}.raw_trace_view FINAL WHERE trace_id = '${big.traceId}'`),
    ).toEqual({ fragments: 1, spans: 10_000 });

    const codes = await Promise.all(stages.map((s) => s.stop()));
    expect(codes).toEqual([0, 0, 0, 0]);
  }, 180_000);
});
