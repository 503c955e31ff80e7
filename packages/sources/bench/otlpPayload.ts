import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { CollectingSpanSink, EPHEMERAL_PORTS, startReceivers } from '../src/index.js';
import type { ReceiverName, ReceiverPorts } from '../src/index.js';

/**
 * A real OTLP/HTTP protobuf request of `spanCount` spans (8 attributes each, 64 traces), as the OpenTelemetry
 * JS proto exporter encodes it: sent once to an in-process receiver and taken from its payload tap.
 */
export async function otlpExporterPayload(spanCount = 512): Promise<Buffer> {
  let captured: Buffer | undefined;
  const ports: ReceiverPorts = { otlpHttp: 0 };
  for (const name of Object.keys(EPHEMERAL_PORTS) as ReceiverName[]) if (name !== 'otlpHttp') ports[name] = false;
  const receivers = await startReceivers({
    sink: new CollectingSpanSink(),
    ports,
    tap: (payload) => (captured ??= Buffer.from(payload)),
  });
  const exporter = new OTLPTraceExporter({ url: `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': 'bench',
      'service.version': '1.0.0',
      'host.name': 'bench-host',
    }),
    spanProcessors: [
      new BatchSpanProcessor(exporter, {
        maxExportBatchSize: spanCount,
        maxQueueSize: spanCount * 2,
        scheduledDelayMillis: 60_000,
      }),
    ],
  });
  const tracer = provider.getTracer('bench', '1.0.0');
  const perTrace = spanCount / 64;
  for (let t = 0; t < 64; t++) {
    const root = tracer.startSpan('GET /api/cart', { kind: SpanKind.SERVER });
    const ctx = trace.setSpan(ROOT_CONTEXT, root);
    for (let i = 0; i < perTrace; i++) {
      const span = i === 0 ? root : tracer.startSpan(`SELECT cart ${i}`, { kind: SpanKind.CLIENT }, ctx);
      span.setAttributes({
        'http.request.method': 'GET',
        'http.route': '/api/cart/{id}',
        'http.response.status_code': 200,
        'url.path': `/api/cart/${t}`,
        'server.address': 'cart.internal',
        'server.port': 8080,
        'db.system': 'postgresql',
        'ht.bench.ratio': 0.5,
      });
      if (span !== root) span.end();
    }
    root.end();
  }
  await provider.forceFlush();
  await provider.shutdown();
  await receivers.close();
  if (!captured) throw new Error('the exporter sent nothing');
  return captured;
}
