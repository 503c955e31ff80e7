import { OTLPTraceExporter as OtlpGrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as OtlpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { JaegerExporter } from '@opentelemetry/exporter-jaeger';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { DemoEndpointName, DemoEndpoints } from './DemoEndpoints.js';
import { SerialExporter } from './SerialExporter.js';

/** How long one export may take before it counts as failed. */
const EXPORT_TIMEOUT_MS = 5_000;

/**
 * The Jaeger exporter's `flushTimeout`: how long its shutdown waits for its last flush. Its shutdown
 * leaves this timer running (never cleared) even when the flush is done at once, so it keeps the process
 * alive that long after `ht demo` stopped. {@link SerialExporter} shuts it down only after every export
 * ended, when there is nothing left to flush, so a short wait loses nothing.
 */
const JAEGER_SHUTDOWN_FLUSH_MS = 500;

/**
 * A real trace client's exporter for one demo service, sending to `endpoints[name]`: the OTel OTLP
 * protobuf (HTTP) or gRPC exporter, the OTel Zipkin exporter, or the OTel Jaeger exporter (Thrift over
 * HTTP to the collector endpoint, or Thrift binary over UDP to the agent port, one export at a time: see
 * {@link SerialExporter}).
 *
 * @example
 * ```ts
 * const exporter = demoExporter('zipkin', { zipkin: 'http://127.0.0.1:9411/api/v2/spans' }, 'recommendation');
 * ```
 */
export function demoExporter(name: DemoEndpointName, endpoints: DemoEndpoints, serviceName: string): SpanExporter {
  const missing = (): never => {
    throw new Error(`demo traffic: no ${name} endpoint`);
  };
  switch (name) {
    case 'otlpHttp':
      return new OtlpProtoExporter({ url: endpoints.otlpHttp ?? missing(), timeoutMillis: EXPORT_TIMEOUT_MS });
    case 'otlpGrpc':
      return new OtlpGrpcExporter({ url: endpoints.otlpGrpc ?? missing(), timeoutMillis: EXPORT_TIMEOUT_MS });
    case 'zipkin':
      return new ZipkinExporter({ url: endpoints.zipkin ?? missing(), serviceName });
    case 'jaegerThriftHttp':
      return new SerialExporter(
        new JaegerExporter({
          endpoint: endpoints.jaegerThriftHttp ?? missing(),
          flushTimeout: JAEGER_SHUTDOWN_FLUSH_MS,
        }),
      );
    case 'jaegerAgentBinary': {
      const agent = endpoints.jaegerAgentBinary ?? missing();
      return new SerialExporter(
        new JaegerExporter({ host: agent.host, port: agent.port, flushTimeout: JAEGER_SHUTDOWN_FLUSH_MS }),
      );
    }
  }
}
