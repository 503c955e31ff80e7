import { JaegerExporter } from '@opentelemetry/exporter-jaeger';
import { OTLPTraceExporter as OtlpGrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as OtlpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { SerialExporter } from '../../src/demo/SerialExporter.js';
import type { ShopServices } from './shopTraces.js';
import { TracedService } from './tracedService.js';
import type { SentSpan } from './tracedService.js';

/** Where the shop's clients send: the receivers' URLs and an OTel Collector's OTLP gRPC receiver. */
export interface ShopEndpoints {
  /** `http://…/v1/traces`. */
  readonly otlpHttp: string;
  /** `http://host:port`. */
  readonly otlpGrpc: string;
  /** `http://…/api/v2/spans`. */
  readonly zipkin: string;
  /** `http://…/api/traces`. */
  readonly jaegerThriftHttp: string;
  /** The collector forwarding to `otlpGrpc` (`RunningCollector.otlpUrl` of `@ht/services`). */
  readonly collectorOtlpGrpc: string;
}

/**
 * The e2e shop's five services, each behind another real client: OTLP/HTTP protobuf, OTLP gRPC, Zipkin,
 * Jaeger (Thrift over HTTP) and OTLP gRPC into an OTel Collector. Every span recorded is listed in `sent`.
 */
export function shopServices(endpoints: ShopEndpoints, sent: SentSpan[]): ShopServices {
  return {
    webFrontend: new TracedService('web-frontend', new OtlpProtoExporter({ url: endpoints.otlpHttp }), sent),
    apiGateway: new TracedService('api-gateway', new OtlpGrpcExporter({ url: endpoints.otlpGrpc }), sent),
    catalog: new TracedService('catalog', new ZipkinExporter({ url: endpoints.zipkin, serviceName: 'catalog' }), sent),
    inventory: new TracedService(
      'inventory',
      new SerialExporter(
        // This client sends resource attributes as span tags; process tags are what Jaeger's model keeps
        // per process (the resource), so the environment goes there.
        new JaegerExporter({
          endpoint: endpoints.jaegerThriftHttp,
          tags: [{ key: 'deployment.environment.name', value: 'e2e' }],
        }),
      ),
      sent,
    ),
    payment: new TracedService('payment', new OtlpGrpcExporter({ url: endpoints.collectorOtlpGrpc }), sent),
  };
}
