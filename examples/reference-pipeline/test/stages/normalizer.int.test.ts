import { startOtelCollector } from '@ht/services';
import type { CollectorExporter } from '@ht/services';
import { KAFKA_SPAN_ENCODINGS } from '@ht/sources';
import type { KafkaSpanEncoding } from '@ht/sources';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { createNormalizerStage } from '../../src/index.js';
import type { SentSpan } from '../e2e/tracedService.js';
import { TracedService } from '../e2e/tracedService.js';
import { brokers, schemaRegistryUrl, StagePipeline } from './stagePipeline.js';
import { recordVisit } from './steadyTraffic.js';

const pipelines: StagePipeline[] = [];
afterAll(async () => {
  await Promise.all(pipelines.map((p) => p.close()));
}, 60_000);

const ENCODINGS = Object.keys(KAFKA_SPAN_ENCODINGS) as KafkaSpanEncoding[];

describe('the normalizer stage fed by the real Jaeger v2 (OTel Collector) kafka exporter', () => {
  it(`takes every span of each encoding (${ENCODINGS.join(', ')}) to raw-spans, and on to ClickHouse enriched`, async () => {
    const pipeline = await StagePipeline.create('normalizer');
    pipelines.push(pipeline);
    const inputs: Record<string, string> = {};
    for (const encoding of ENCODINGS) inputs[encoding] = await pipeline.createTopic(`in-${encoding}`);

    // The normalizer reads the six topics; each input's spans get the encoding as their tenant, so what
    // arrives from each is told apart downstream.
    const normalizer = createNormalizerStage({
      kafka: new Kafka({ clientId: 'ht-normalizer-test', brokers, logLevel: logLevel.NOTHING }),
      schemaRegistryUrl,
      topics: pipeline.topics,
      topicOptions: { partitions: 2 },
      groupId: `${pipeline.prefix}-normalizer`,
      sessionTimeoutMs: 6_000,
      inputs: ENCODINGS.map((encoding) => ({
        topic: inputs[encoding]!,
        encoding,
        tenancy: { defaultTenant: encoding },
      })),
    });
    await normalizer.start();
    const stages = [];
    try {
      for (const name of ['grouper', 'enricher', 'views']) stages.push(await pipeline.start(name));

      const exporters: Record<string, CollectorExporter> = {};
      for (const encoding of ENCODINGS) {
        exporters[`kafka/${encoding}`] = { kind: 'kafka', brokers, topic: inputs[encoding]!, encoding };
      }
      const collector = await startOtelCollector({ receiver: 'http', exporters });
      const sent: SentSpan[] = [];
      try {
        const service = new TracedService('orders', new OTLPTraceExporter({ url: collector.otlpUrl }), sent);
        for (let i = 0; i < 10; i++) recordVisit(service, i);
        await service.shutdown();
      } finally {
        await collector.stop(); // flushes its exporters
      }

      // Every span of every encoding is on raw-spans…
      await expect
        .poll(() => normalizer.metrics(), { timeout: 60_000, interval: 500 })
        .toMatch(
          new RegExp(
            `ht_kafka_span_sink_spans_written_total\\{sink="kafka:${pipeline.topics.rawSpans}"\\} ${sent.length * ENCODINGS.length}\\n`,
          ),
        );
      // …and flows on: stored once per encoding (tenant), with its enrichment.
      await expect
        .poll(async () => (await pipeline.storedSpans()).length, { timeout: 90_000, interval: 1_000 })
        .toBeGreaterThanOrEqual(sent.length * ENCODINGS.length);
      const stored = await pipeline.storedSpans();
      expect(stored.filter((r) => r.copies !== 1)).toEqual([]);
      for (const encoding of ENCODINGS) {
        const ofEncoding = stored.filter((r) => r.tenant_id === encoding);
        expect(ofEncoding.map((r) => `${r.trace_id}:${r.span_id}`).sort(), encoding).toEqual(
          sent.map((s) => `${s.traceId}:${s.spanId}`).sort(),
        );
        const bySpanId = new Map(ofEncoding.map((r) => [r.span_id, r]));
        for (const span of sent) {
          const e = span.expected;
          // The Collector's zipkin translator moves `net.peer.port` to the remote endpoint, which zipkin-go
          // leaves out without an IP: the port never reaches the topic, so the backend is named without it.
          const backend = encoding.startsWith('zipkin_') ? e.backendName?.replace(/:\d+$/, '') : e.backendName;
          expect(bySpanId.get(span.spanId), `${encoding}: ${span.name}`).toMatchObject({
            service_name: 'orders',
            span_type: e.spanType,
            protocol: e.protocol,
            api_name: e.apiName,
            backend_name: backend ?? '',
            error_count: e.errorCount,
          });
        }
      }
      expect(stored).toHaveLength(sent.length * ENCODINGS.length);
    } finally {
      await normalizer.stop();
    }
    const codes = await Promise.all(stages.map((s) => s.stop()));
    expect(codes).toEqual([0, 0, 0]);
  }, 180_000);
});
