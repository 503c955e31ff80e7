import { startOtelCollector } from '@ht/services';
import { afterAll, describe, expect, it } from 'vitest';
import { shopServices } from '../e2e/shopClients.js';
import { everyService, recordShopTraces } from '../e2e/shopTraces.js';
import type { SentSpan } from '../e2e/tracedService.js';
import { StagePipeline } from './stagePipeline.js';

const pipelines: StagePipeline[] = [];
afterAll(async () => {
  await Promise.all(pipelines.map((p) => p.close()));
}, 60_000);

describe('ht stage: receiver → grouper → enricher → views → ClickHouse, each stage its own process', () => {
  it('stores every span sent through OTLP (HTTP, gRPC), Zipkin, Jaeger and an OTel Collector once, enriched, and shows consumer lag', async () => {
    const pipeline = await StagePipeline.create('stages');
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

    await expect
      .poll(async () => (await pipeline.storedSpans()).length, { timeout: 90_000, interval: 500 })
      .toBeGreaterThanOrEqual(sent.length);
    const stored = await pipeline.storedSpans();
    expect(stored.map((r) => `${r.trace_id}:${r.span_id}`).sort()).toEqual(
      sent.map((s) => `${s.traceId}:${s.spanId}`).sort(),
    );
    expect(stored.filter((r) => r.copies !== 1)).toEqual([]);
    const bySpanId = new Map(stored.map((r) => [r.span_id, r]));
    for (const span of sent) {
      const e = span.expected;
      expect(bySpanId.get(span.spanId), `${span.service} ${span.name}`).toMatchObject({
        service_name: span.service,
        span_type: e.spanType,
        protocol: e.protocol,
        api_name: e.apiName,
        backend_name: e.backendName ?? '',
        error_count: e.errorCount,
      });
    }

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

    const codes = await Promise.all(stages.map((s) => s.stop()));
    expect(codes).toEqual([0, 0, 0, 0]);
  }, 180_000);
});
