import { afterEach, describe, expect, it } from 'vitest';
import { serviceName } from '@ht/enricher-sdk';
import type { Span } from '@ht/enricher-sdk';
import { CollectingSpanSink, EPHEMERAL_PORTS, startReceivers } from '@ht/sources';
import type { ReceiverName, ReceiverPorts, RunningReceivers } from '@ht/sources';
import { ShopSimulator, demoEndpoints, startDemoTraffic, traceShape } from '../../src/demo/index.js';
import type { DemoEndpointName, DemoTraffic, DemoTrafficStats, ShapeNode } from '../../src/demo/index.js';

const EXPORTER_ENDPOINTS: readonly DemoEndpointName[] = [
  'otlpHttp',
  'otlpGrpc',
  'zipkin',
  'jaegerThriftHttp',
  'jaegerAgentBinary',
];

/** Only the receivers the demo's exporters send to, each on a free port. */
function demoReceiverPorts(): ReceiverPorts {
  const ports: ReceiverPorts = {};
  for (const name of Object.keys(EPHEMERAL_PORTS) as ReceiverName[]) {
    ports[name] = (EXPORTER_ENDPOINTS as readonly string[]).includes(name) ? 0 : false;
  }
  return ports;
}

let receivers: RunningReceivers | undefined;
let traffic: DemoTraffic | undefined;
afterEach(async () => {
  await traffic?.stop();
  await receivers?.close();
  traffic = undefined;
  receivers = undefined;
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs the demo against fresh receivers until `enough`, stops it and waits for every span it recorded. */
async function runDemo(
  names: readonly DemoEndpointName[],
  options: { seed: number; spansPerSecond: number },
  enough: (stats: DemoTrafficStats) => boolean,
): Promise<{ sink: CollectingSpanSink; stats: DemoTrafficStats }> {
  const sink = new CollectingSpanSink();
  receivers = await startReceivers({ sink, ports: demoReceiverPorts() });
  const ports = Object.fromEntries(names.map((n) => [n, receivers!.addresses[n]?.port]));
  traffic = startDemoTraffic({ endpoints: demoEndpoints('127.0.0.1', ports), ...options });
  await until(() => enough(traffic!.stats()), 10_000);
  await traffic.stop();
  const stats = traffic.stats();
  await sink.waitForSpans(stats.spans, 5_000);
  return { sink, stats };
}

const text = (span: Span, key: string): string | undefined => span.attr.asString(key);

/** The received spans as traces, each as its root's shape tree. */
function receivedShapes(spans: readonly Span[]): string[] {
  const nodes = new Map<string, { span: Span; node: ShapeNode & { children: ShapeNode[] } }>();
  for (const span of spans) {
    nodes.set(span.spanId, {
      span,
      node: { service: serviceName(span.resource), kind: span.kind, name: span.name, children: [] },
    });
  }
  const roots: ShapeNode[] = [];
  for (const { span, node } of nodes.values()) {
    const parent = span.parentSpanId === '' ? undefined : nodes.get(span.parentSpanId);
    if (parent) parent.node.children.push(node);
    else roots.push(node);
  }
  return roots.map(traceShape).sort();
}

describe('demo traffic through real trace clients into our receivers', () => {
  it('sends a seeded shop through OTLP proto, OTLP gRPC, Zipkin and Jaeger, each trace whole', async () => {
    const seed = 20_240_611;
    const { sink, stats } = await runDemo(
      ['otlpHttp', 'otlpGrpc', 'zipkin', 'jaegerThriftHttp'],
      { seed, spansPerSecond: 2_000 },
      (s) => s.actions >= 250 && s.errors >= 2,
    );
    const spans = sink.spans;

    // Every exporter kind delivered, and nothing was lost or failed.
    expect(new Set(sink.batches.map((b) => b.meta.receiver))).toEqual(
      new Set(['otlpHttp', 'otlpGrpc', 'zipkin', 'jaegerThriftHttp']),
    );
    expect(new Set(sink.batches.map((b) => b.meta.format))).toEqual(
      new Set(['otlp_proto', 'zipkin_json', 'jaeger_thrift']), // OTLP gRPC carries otlp_proto too
    );
    expect(spans).toHaveLength(stats.spans);
    for (const exporter of Object.values(stats.perExporter)) {
      expect(exporter).toEqual({ spans: exporter.spans, exported: exporter.spans, failed: 0 });
    }

    // At least 8 services, each under its own resource.
    const services = new Set(spans.map((s) => serviceName(s.resource)));
    expect(services.size).toBeGreaterThanOrEqual(8);

    // A gRPC hop, databases, a cache and messaging.
    expect(spans.some((s) => (text(s, 'rpc.system') ?? text(s, 'rpc.system.name')) === 'grpc')).toBe(true);
    const db = (s: Span): string | undefined => text(s, 'db.system') ?? text(s, 'db.system.name');
    expect(spans.some((s) => db(s) === 'postgresql')).toBe(true);
    expect(spans.some((s) => db(s) === 'redis')).toBe(true);
    expect(spans.some((s) => s.kind === 'PRODUCER' && text(s, 'messaging.system') === 'kafka')).toBe(true);

    // The consumer, in a trace of its own, links to the producer.
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const consumers = spans.filter((s) => s.kind === 'CONSUMER');
    expect(consumers.length).toBeGreaterThan(0);
    for (const consumer of consumers) {
      expect(consumer.links).toHaveLength(1);
      const producer = byId.get(consumer.links[0]!.spanId);
      expect(producer).toMatchObject({ kind: 'PRODUCER', traceId: consumer.links[0]!.traceId });
      expect(producer!.traceId).not.toBe(consumer.traceId);
    }

    // Both generations of the HTTP conventions.
    expect(spans.some((s) => s.attr.has('http.method') && s.attr.has('http.status_code'))).toBe(true);
    expect(spans.some((s) => s.attr.has('http.request.method') && s.attr.has('http.response.status_code'))).toBe(true);

    // Errors with exception events, one trace each, as many as the shop planted.
    const thrown = spans.filter((s) => s.events.some((e) => e.name === 'exception'));
    expect(thrown).toHaveLength(stats.errors);
    for (const span of thrown) {
      expect(span.statusCode).toBe('ERROR');
      const event = span.events.find((e) => e.name === 'exception')!;
      expect(event.attr.string('exception.type')).toBeTruthy();
      expect(event.attr.string('exception.message')).toBeTruthy();
      expect(event.attr.string('exception.stacktrace')).toContain('\n    at ');
    }

    // The same seed gives the same shapes: what arrived is what a fresh shop with that seed plans.
    const shop = new ShopSimulator({ seed });
    const planned = Array.from({ length: stats.actions }, () => shop.next()).flatMap((p) => p.traces.map(traceShape));
    expect(receivedShapes(spans)).toEqual(planned.sort());
  }, 20_000);

  it('sends every service through the Jaeger agent UDP port (Thrift binary) when that is the only endpoint', async () => {
    const { sink, stats } = await runDemo(
      ['jaegerAgentBinary'],
      { seed: 5, spansPerSecond: 300 },
      (s) => s.spans >= 100,
    );
    expect(traffic!.exporters).toMatchObject({
      'web-frontend': 'jaegerAgentBinary',
      notification: 'jaegerAgentBinary',
    });
    expect(sink.spans).toHaveLength(stats.spans);
    expect(new Set(sink.batches.map((b) => b.meta.receiver))).toEqual(new Set(['jaegerAgentBinary']));
    expect(new Set(sink.spans.map((s) => serviceName(s.resource))).size).toBeGreaterThanOrEqual(8);
  }, 20_000);

  it('delivers spans about every 500 ms while it runs, without waiting for stop', async () => {
    const sink = new CollectingSpanSink();
    receivers = await startReceivers({ sink, ports: demoReceiverPorts() });
    const ports = { otlpGrpc: receivers.addresses.otlpGrpc?.port, zipkin: receivers.addresses.zipkin?.port };
    const started = Date.now();
    traffic = startDemoTraffic({ endpoints: demoEndpoints('127.0.0.1', ports), seed: 3, spansPerSecond: 100 });
    const arrived = (receiver: string): boolean => sink.batches.some((b) => b.meta.receiver === receiver);
    await until(() => arrived('otlpGrpc') && arrived('zipkin'), 2_500);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(sink.spanCount).toBeLessThan(traffic.stats().spans + 1);
  }, 20_000);
});
