import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Attributes, Context, Span, Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { otlpPatchPoints } from './otlpTemplate.js';
import type { OtlpTemplateFile } from './otlpTemplate.js';

/** When the template's traces start (patched to the send time by the load process). */
const BASE_MS = Date.UTC(2026, 0, 1);

/** The four services of the bench request, each with its own SDK provider and exporter. */
const SERVICES = ['web-frontend', 'api-gateway', 'orders', 'inventory'] as const;
type Service = (typeof SERVICES)[number];

/**
 * The bench's OTLP/HTTP protobuf request, as the OpenTelemetry JS SDK encodes it: `traces` traces (default
 * 64) of 8 spans each over four services (two spans each: web-frontend HTTP server → HTTP client →
 * api-gateway HTTP server → gRPC client → orders gRPC server → gRPC client → inventory gRPC server →
 * PostgreSQL client; one trace in sixteen fails in the database with an `exception` event). Each
 * service's exporter posts its own request to a capturing server; the four bodies are concatenated,
 * which is one `ExportTraceServiceRequest` with four `ResourceSpans` (a repeated field).
 */
export async function benchPayload(traces = 64): Promise<OtlpTemplateFile> {
  const bodies = new Map<Service, Buffer>();
  let current: Service | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (current) bodies.set(current, Buffer.concat(chunks));
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`;

  const providers = new Map<Service, BasicTracerProvider>();
  const tracers = new Map<Service, Tracer>();
  for (const service of SERVICES) {
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({
        'service.name': service,
        'service.namespace': 'shop',
        'service.version': '2.4.1',
        'deployment.environment.name': 'bench',
        'host.name': `${service}-7d9f`,
        'k8s.namespace.name': 'shop',
        'k8s.pod.name': `${service}-7d9f-x2p4q`,
      }),
      spanProcessors: [
        new BatchSpanProcessor(new OTLPTraceExporter({ url }), {
          maxExportBatchSize: traces * 8,
          maxQueueSize: traces * 16,
          scheduledDelayMillis: 600_000,
        }),
      ],
    });
    providers.set(service, provider);
    tracers.set(service, provider.getTracer(`bench-${service}`, '1.0.0'));
  }

  const at = (ms: number): number => BASE_MS + ms;
  const child = (
    service: Service,
    parent: Context,
    name: string,
    kind: SpanKind,
    startMs: number,
    endMs: number,
    attributes: Attributes,
    body?: (ctx: Context, span: Span) => void,
  ): void => {
    const span = tracers.get(service)!.startSpan(name, { kind, startTime: at(startMs), attributes }, parent);
    body?.(trace.setSpan(parent, span), span);
    span.end(at(endMs));
  };

  for (let t = 0; t < traces; t++) {
    const t0 = t * 7;
    const failed = t % 16 === 5;
    const orderId = 1000 + t;
    const fail = (span: Span): void => {
      if (!failed) return;
      span.setStatus({ code: SpanStatusCode.ERROR, message: 'internal error' });
    };
    child(
      'web-frontend',
      ROOT_CONTEXT,
      'GET /checkout/:id',
      SpanKind.SERVER,
      t0,
      t0 + 48,
      {
        'http.request.method': 'GET',
        'http.route': '/checkout/:id',
        'url.path': `/checkout/${orderId}`,
        'url.scheme': 'https',
        'http.response.status_code': failed ? 500 : 200,
        'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
        'client.address': `10.1.${t % 200}.7`,
        'server.address': 'shop.example.com',
      },
      (ctx, span) => {
        fail(span);
        child(
          'web-frontend',
          ctx,
          'POST',
          SpanKind.CLIENT,
          t0 + 2,
          t0 + 46,
          {
            'http.request.method': 'POST',
            'url.full': `http://api-gateway:8080/api/orders/${orderId}`,
            'server.address': 'api-gateway',
            'server.port': 8080,
            'http.response.status_code': failed ? 500 : 200,
          },
          (ctx, span) => {
            fail(span);
            child(
              'api-gateway',
              ctx,
              'POST /api/orders/:id',
              SpanKind.SERVER,
              t0 + 3,
              t0 + 45,
              {
                'http.request.method': 'POST',
                'http.route': '/api/orders/:id',
                'url.path': `/api/orders/${orderId}`,
                'http.response.status_code': failed ? 500 : 200,
                'client.address': '10.0.3.12',
              },
              (ctx, span) => {
                fail(span);
                child(
                  'api-gateway',
                  ctx,
                  'shop.Orders/Create',
                  SpanKind.CLIENT,
                  t0 + 5,
                  t0 + 43,
                  {
                    'rpc.system': 'grpc',
                    'rpc.service': 'shop.Orders',
                    'rpc.method': 'Create',
                    'rpc.grpc.status_code': failed ? 13 : 0,
                    'server.address': 'orders',
                    'server.port': 50051,
                  },
                  (ctx, span) => {
                    fail(span);
                    grpcServer(ctx, t0, failed, orderId);
                  },
                );
              },
            );
          },
        );
      },
    );
  }

  function grpcServer(ctx: Context, t0: number, failed: boolean, orderId: number): void {
    const fail = (span: Span): void => {
      if (failed) span.setStatus({ code: SpanStatusCode.ERROR, message: 'internal error' });
    };
    child(
      'orders',
      ctx,
      'shop.Orders/Create',
      SpanKind.SERVER,
      t0 + 6,
      t0 + 42,
      {
        'rpc.system': 'grpc',
        'rpc.service': 'shop.Orders',
        'rpc.method': 'Create',
        'rpc.grpc.status_code': failed ? 13 : 0,
        'app.order.id': orderId,
      },
      (ctx, span) => {
        fail(span);
        child(
          'orders',
          ctx,
          'shop.Inventory/Reserve',
          SpanKind.CLIENT,
          t0 + 8,
          t0 + 40,
          {
            'rpc.system': 'grpc',
            'rpc.service': 'shop.Inventory',
            'rpc.method': 'Reserve',
            'rpc.grpc.status_code': failed ? 13 : 0,
            'server.address': 'inventory',
            'server.port': 50051,
          },
          (ctx, span) => {
            fail(span);
            child(
              'inventory',
              ctx,
              'shop.Inventory/Reserve',
              SpanKind.SERVER,
              t0 + 9,
              t0 + 39,
              {
                'rpc.system': 'grpc',
                'rpc.service': 'shop.Inventory',
                'rpc.method': 'Reserve',
                'rpc.grpc.status_code': failed ? 13 : 0,
              },
              (ctx, span) => {
                fail(span);
                child(
                  'inventory',
                  ctx,
                  'UPDATE stock',
                  SpanKind.CLIENT,
                  t0 + 11,
                  t0 + 37,
                  {
                    'db.system.name': 'postgresql',
                    'db.namespace': 'inventory',
                    'db.operation.name': 'UPDATE',
                    'db.collection.name': 'stock',
                    'db.query.text': 'UPDATE stock SET reserved = reserved + $1 WHERE sku = $2 AND available >= $1',
                    'server.address': 'postgres-inventory',
                    'server.port': 5432,
                  },
                  (_ctx, span) => {
                    if (!failed) return;
                    span.recordException(
                      {
                        name: 'QueryCanceledError',
                        message: 'canceling statement due to statement timeout',
                        stack:
                          'QueryCanceledError: canceling statement due to statement timeout\n    at Connection.parseE',
                      },
                      at(t0 + 37),
                    );
                    span.setStatus({ code: SpanStatusCode.ERROR, message: 'statement timeout' });
                  },
                );
              },
            );
          },
        );
      },
    );
  }

  for (const service of SERVICES) {
    current = service;
    await providers.get(service)!.forceFlush();
  }
  current = undefined;
  await Promise.all([...providers.values()].map((p) => p.shutdown()));
  await new Promise<void>((resolve) => server.close(() => resolve()));

  const body = Buffer.concat(SERVICES.map((s) => bodies.get(s) ?? Buffer.alloc(0)));
  const points = otlpPatchPoints(body);
  if (points.spans !== traces * 8 || points.traces !== traces)
    throw new Error(`the bench request holds ${points.spans} spans of ${points.traces} traces`);
  return { ...points, body: body.toString('base64'), baseNanos: String(BigInt(BASE_MS) * 1_000_000n) };
}
