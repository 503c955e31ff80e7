import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Attributes, Span } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

/** What the built-in enrichment should make of a span (the `span_event_view` columns it fills). */
export interface ExpectedEnrichment {
  /** `span_type`: ENTRY for SERVER/CONSUMER, EXIT for CLIENT/PRODUCER. */
  readonly spanType: 'ENTRY' | 'EXIT';
  /** `protocol`: HTTP, HTTPS, GRPC, DB, … */
  readonly protocol: string;
  /** `api_name`: the API of the service visit the span belongs to. */
  readonly apiName: string;
  /** `http_method`, on HTTP spans. */
  readonly httpMethod?: string;
  /** `grpc_endpoint`, on gRPC spans (`package.Service/Method`). */
  readonly grpcEndpoint?: string;
  /** `backend_name`, on exit calls to a database or cache. */
  readonly backendName?: string;
  /** `error_count`: 1 when the span is in error. */
  readonly errorCount: 0 | 1;
}

/** The span kinds these tests record. */
export type SentKind = 'SERVER' | 'CLIENT' | 'CONSUMER';

const KINDS: Readonly<Record<SentKind, SpanKind>> = {
  SERVER: SpanKind.SERVER,
  CLIENT: SpanKind.CLIENT,
  CONSUMER: SpanKind.CONSUMER,
};

/** A span a test sent through a real client, with what the pipeline should store for it (`E`). */
export interface SentSpan<E = ExpectedEnrichment> {
  readonly traceId: string;
  readonly spanId: string;
  readonly service: string;
  readonly name: string;
  readonly kind: SentKind;
  /** `ERROR` when the span was recorded as an error, else `OK`. */
  readonly statusCode: 'OK' | 'ERROR';
  readonly exceptions: number;
  readonly expected: E;
}

/** One span to record: its times (epoch ms), its parent, attributes, status and an optional exception. */
export interface SpanPlan<E = ExpectedEnrichment> {
  readonly name: string;
  readonly kind: SentKind;
  readonly parent?: Span;
  readonly startMs: number;
  readonly endMs: number;
  readonly attributes: Attributes;
  readonly error?: { readonly message: string; readonly exception?: Attributes };
  readonly expected: E;
}

/**
 * One traced service: its own OTel JS `BasicTracerProvider` (resource `service.name`), exporting through a
 * real client exporter with a `BatchSpanProcessor`; every span it records is listed in `sent`.
 */
export class TracedService<E = ExpectedEnrichment> {
  private readonly provider: BasicTracerProvider;

  constructor(
    readonly name: string,
    exporter: SpanExporter,
    private readonly sent: SentSpan<E>[],
  ) {
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': name, 'deployment.environment.name': 'e2e' }),
      spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 60_000 })],
    });
  }

  /** Records a finished span (explicit start and end times, the parent's context) and returns it. */
  span(plan: SpanPlan<E>): Span {
    const parent = plan.parent === undefined ? ROOT_CONTEXT : trace.setSpan(ROOT_CONTEXT, plan.parent);
    const span = this.provider.getTracer('ht-e2e').startSpan(
      plan.name,
      {
        kind: KINDS[plan.kind],
        startTime: new Date(plan.startMs),
        attributes: plan.attributes,
      },
      parent,
    );
    if (plan.error?.exception) span.addEvent('exception', plan.error.exception, new Date(plan.endMs));
    span.setStatus(
      plan.error ? { code: SpanStatusCode.ERROR, message: plan.error.message } : { code: SpanStatusCode.OK },
    );
    span.end(new Date(plan.endMs));
    const { traceId, spanId } = span.spanContext();
    this.sent.push({
      traceId,
      spanId,
      service: this.name,
      name: plan.name,
      kind: plan.kind,
      statusCode: plan.error ? 'ERROR' : 'OK',
      exceptions: plan.error?.exception ? 1 : 0,
      expected: plan.expected,
    });
    return span;
  }

  /** Exports what was recorded (resolves once the client's request was answered). */
  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  /** Exports what is left and shuts the provider and its exporter down. */
  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}
