import { ROOT_CONTEXT, SpanKind as OtelSpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Context, HrTime, Link, SpanContext, Tracer } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Logger, SpanKind, StatusCode } from '@ht/enricher-sdk';
import { CountingExporter, ExporterTally } from './CountingExporter.js';
import type { DemoExporterStats } from './CountingExporter.js';
import { endpointFor } from './DemoEndpoints.js';
import type { DemoEndpointName, DemoEndpoints } from './DemoEndpoints.js';
import { demoExporter } from './demoExporter.js';
import { SHOP_SERVICES } from './shopServices.js';
import type { ShopServiceName } from './shopServices.js';
import type { PlannedSpan, TracePlan } from './TracePlan.js';

/** How often each service's batch processor sends what it holds (the SDK's default is 5 s). */
export const DEMO_FLUSH_INTERVAL_MS = 500;

const OTEL_KIND: Readonly<Record<SpanKind, OtelSpanKind>> = {
  SERVER: OtelSpanKind.SERVER,
  CLIENT: OtelSpanKind.CLIENT,
  PRODUCER: OtelSpanKind.PRODUCER,
  CONSUMER: OtelSpanKind.CONSUMER,
  INTERNAL: OtelSpanKind.INTERNAL,
};

const OTEL_STATUS: Readonly<Record<StatusCode, SpanStatusCode>> = {
  UNSET: SpanStatusCode.UNSET,
  OK: SpanStatusCode.OK,
  ERROR: SpanStatusCode.ERROR,
};

/** The instrumentation library that would have recorded a span, judged by its attributes. */
function scopeOf(span: PlannedSpan): string {
  const a = span.attributes;
  const db = a['db.system'] ?? a['db.system.name'];
  if (db === 'postgresql') return '@opentelemetry/instrumentation-pg';
  if (db === 'redis') return '@opentelemetry/instrumentation-ioredis';
  if ('messaging.system' in a) return '@opentelemetry/instrumentation-kafkajs';
  if ('rpc.system' in a || 'rpc.system.name' in a) return '@opentelemetry/instrumentation-grpc';
  return '@opentelemetry/instrumentation-http';
}

/** Microseconds since the epoch as OTel's `[seconds, nanoseconds]`. */
function hrTime(micros: number): HrTime {
  const seconds = Math.floor(micros / 1_000_000);
  return [seconds, (micros - seconds * 1_000_000) * 1_000];
}

interface ServiceTracing {
  readonly provider: BasicTracerProvider;
  readonly exporter: DemoEndpointName;
  readonly tracers: Map<string, Tracer>;
}

/**
 * The shop's tracing: one OTel JS `BasicTracerProvider` per service (the resource belongs to the
 * provider), each with a `BatchSpanProcessor` that flushes every {@link DEMO_FLUSH_INTERVAL_MS} through
 * its service's real exporter. {@link ShopTracers.emit} records a {@link TracePlan}'s spans with their
 * simulated start and end times and parent contexts, so the SDK exports them as real traces.
 *
 * @example
 * ```ts
 * const tracers = new ShopTracers({ otlpHttp: 'http://127.0.0.1:4318/v1/traces' }, noopLogger);
 * tracers.emit(new ShopSimulator({ seed: 1 }).next(), Date.now() * 1000);
 * await tracers.shutdown();
 * ```
 */
export class ShopTracers {
  private readonly services = new Map<ShopServiceName, ServiceTracing>();
  private readonly tallies = new Map<DemoEndpointName, ExporterTally>();

  constructor(endpoints: DemoEndpoints, logger: Pick<Logger, 'info' | 'warn'>) {
    for (const service of Object.values(SHOP_SERVICES)) {
      const exporter = endpointFor(service.client, endpoints);
      let tally = this.tallies.get(exporter);
      if (!tally) this.tallies.set(exporter, (tally = new ExporterTally(exporter, logger)));
      const provider = new BasicTracerProvider({
        resource: resourceFromAttributes(service.resource),
        spanProcessors: [
          new BatchSpanProcessor(new CountingExporter(demoExporter(exporter, endpoints, service.name), tally), {
            scheduledDelayMillis: DEMO_FLUSH_INTERVAL_MS,
            maxQueueSize: 16_384,
            maxExportBatchSize: 1_024,
            exportTimeoutMillis: 10_000,
          }),
        ],
      });
      this.services.set(service.name, { provider, exporter, tracers: new Map() });
    }
  }

  /** The exporter each service sends through. */
  exporterOf(service: ShopServiceName): DemoEndpointName {
    return this.tracing(service).exporter;
  }

  /** Per exporter in use: spans recorded, exported and failed. */
  exporterStats(): Partial<Record<DemoEndpointName, DemoExporterStats>> {
    return Object.fromEntries([...this.tallies].map(([name, tally]) => [name, tally.stats()]));
  }

  /** Records every span of `plan`, its first span starting at `startMicros` (microseconds since the epoch). */
  emit(plan: TracePlan, startMicros: number): void {
    const linkable = new Map<string, SpanContext>();
    for (const root of plan.traces) this.record(root, ROOT_CONTEXT, startMicros, linkable);
  }

  /** Sends what every service still holds; resolves once all exports ended. */
  async flush(): Promise<void> {
    await Promise.all([...this.services.values()].map((s) => s.provider.forceFlush()));
  }

  /** Flushes and shuts every provider and exporter down. */
  async shutdown(): Promise<void> {
    await Promise.all([...this.services.values()].map((s) => s.provider.shutdown()));
  }

  private record(planned: PlannedSpan, parent: Context, base: number, linkable: Map<string, SpanContext>): void {
    const links: Link[] = [];
    for (const key of planned.linksTo) {
      const context = linkable.get(key);
      if (context) links.push({ context, attributes: { 'messaging.operation.type': 'process' } });
    }
    const tracer = this.tracer(planned.service, scopeOf(planned));
    this.tallies.get(this.tracing(planned.service).exporter)?.recorded(1);
    const span = tracer.startSpan(
      planned.name,
      {
        kind: OTEL_KIND[planned.kind],
        startTime: hrTime(base + planned.startMicros),
        attributes: planned.attributes,
        links,
      },
      parent,
    );
    if (planned.linkKey !== undefined) linkable.set(planned.linkKey, span.spanContext());
    for (const event of planned.events) span.addEvent(event.name, event.attributes, hrTime(base + event.atMicros));
    if (planned.status !== 'UNSET') {
      span.setStatus({
        code: OTEL_STATUS[planned.status],
        ...(planned.statusMessage === '' ? {} : { message: planned.statusMessage }),
      });
    }
    const context = trace.setSpan(parent, span);
    for (const child of planned.children) this.record(child, context, base, linkable);
    span.end(hrTime(base + planned.startMicros + planned.durationMicros));
  }

  private tracing(service: ShopServiceName): ServiceTracing {
    const tracing = this.services.get(service);
    if (!tracing) throw new Error(`demo traffic: unknown service ${service}`);
    return tracing;
  }

  private tracer(service: ShopServiceName, scope: string): Tracer {
    const tracing = this.tracing(service);
    let tracer = tracing.tracers.get(scope);
    if (!tracer) tracing.tracers.set(scope, (tracer = tracing.provider.getTracer(scope, '0.52.0')));
    return tracer;
  }
}
