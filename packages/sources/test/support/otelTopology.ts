import { ROOT_CONTEXT, SpanKind as OtelKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { HrTime, Link } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { AttributeValue } from '@ht/enricher-sdk';
import type { ExpectedSpan } from './expectSpans.js';

/** A fixed moment with a nanosecond part, so exact-ns transport is visible. */
const BASE_SECONDS = 1_700_000_000;
const at = (offsetNs: number): HrTime => [BASE_SECONDS + Math.floor(offsetNs / 1e9), offsetNs % 1e9];
const ns = (offsetNs: number): bigint => BigInt(BASE_SECONDS) * 1_000_000_000n + BigInt(offsetNs);

/**
 * Sends the known topology through an OpenTelemetry JS tracer with `exporter`: a SERVER root, a CLIENT
 * child with an error status and an exception event, a PRODUCER grandchild with a link, an INTERNAL and a
 * CONSUMER span. Returns what the receiver must produce.
 */
export async function sendOtelTopology(exporter: SpanExporter, service = 'checkout'): Promise<ExpectedSpan[]> {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'deployment.environment': 'test' }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 60_000 })],
  });
  const tracer = provider.getTracer('ht-topology', '1.2.3');
  const root = tracer.startSpan('GET /cart', {
    kind: OtelKind.SERVER,
    startTime: at(1_000_123),
    attributes: {
      'http.request.method': 'GET',
      'http.response.status_code': 200,
      'ht.test.ratio': 0.25,
      'ht.test.flag': true,
      'ht.test.tags': ['a', 'b'],
      'ht.test.ints': [1, 2, 3],
    },
  });
  const rootCtx = trace.setSpan(ROOT_CONTEXT, root);
  const client = tracer.startSpan('SELECT cart', { kind: OtelKind.CLIENT, startTime: at(2_000_456) }, rootCtx);
  client.setAttribute('db.system', 'postgresql');
  client.addEvent(
    'exception',
    { 'exception.type': 'TimeoutError', 'exception.message': 'took too long' },
    at(3_000_789),
  );
  client.setStatus({ code: SpanStatusCode.ERROR, message: 'query timed out' });
  const clientCtx = trace.setSpan(rootCtx, client);
  const otherTrace = tracer.startSpan('elsewhere', { startTime: at(100) });
  const link: Link = { context: otherTrace.spanContext(), attributes: { 'link.reason': 'batch' } };
  const producer = tracer.startSpan(
    'publish cart',
    { kind: OtelKind.PRODUCER, startTime: at(4_000_001), links: [link] },
    clientCtx,
  );
  const internal = tracer.startSpan('compute total', { kind: OtelKind.INTERNAL, startTime: at(5_000_002) }, rootCtx);
  const consumer = tracer.startSpan('consume cart', { kind: OtelKind.CONSUMER, startTime: at(6_000_003) }, rootCtx);
  consumer.setStatus({ code: SpanStatusCode.OK });
  for (const [span, end] of [
    [otherTrace, 200],
    [producer, 4_500_001],
    [client, 4_900_999],
    [internal, 5_500_002],
    [consumer, 6_500_003],
    [root, 9_000_999],
  ] as const) {
    span.end(at(end));
  }
  await provider.forceFlush();
  await provider.shutdown();

  const ids = (s: typeof root): { traceId: string; spanId: string } => {
    const { traceId, spanId } = s.spanContext();
    return { traceId, spanId };
  };
  const common = { service, scope: 'ht-topology' };
  const attrs = (a: Record<string, AttributeValue>): Record<string, AttributeValue> => a;
  return [
    {
      ...common,
      ...ids(otherTrace),
      parentSpanId: '',
      name: 'elsewhere',
      kind: 'INTERNAL',
      status: 'UNSET',
      start: ns(100),
      end: ns(200),
      attributes: {},
    },
    {
      ...common,
      ...ids(producer),
      parentSpanId: ids(client).spanId,
      name: 'publish cart',
      kind: 'PRODUCER',
      status: 'UNSET',
      start: ns(4_000_001),
      end: ns(4_500_001),
      attributes: {},
      links: [{ ...ids(otherTrace), attributes: { 'link.reason': 'batch' } }],
    },
    {
      ...common,
      ...ids(client),
      parentSpanId: ids(root).spanId,
      name: 'SELECT cart',
      kind: 'CLIENT',
      status: 'ERROR',
      statusMessage: 'query timed out',
      start: ns(2_000_456),
      end: ns(4_900_999),
      attributes: attrs({ 'db.system': 'postgresql' }),
      events: [
        {
          name: 'exception',
          time: ns(3_000_789),
          attributes: { 'exception.type': 'TimeoutError', 'exception.message': 'took too long' },
        },
      ],
    },
    {
      ...common,
      ...ids(internal),
      parentSpanId: ids(root).spanId,
      name: 'compute total',
      kind: 'INTERNAL',
      status: 'UNSET',
      start: ns(5_000_002),
      end: ns(5_500_002),
      attributes: {},
    },
    {
      ...common,
      ...ids(consumer),
      parentSpanId: ids(root).spanId,
      name: 'consume cart',
      kind: 'CONSUMER',
      status: 'OK',
      start: ns(6_000_003),
      end: ns(6_500_003),
      attributes: {},
    },
    {
      ...common,
      ...ids(root),
      parentSpanId: '',
      name: 'GET /cart',
      kind: 'SERVER',
      status: 'UNSET',
      start: ns(1_000_123),
      end: ns(9_000_999),
      attributes: attrs({
        'http.request.method': 'GET',
        'http.response.status_code': 200n,
        'ht.test.ratio': 0.25,
        'ht.test.flag': true,
        'ht.test.tags': ['a', 'b'],
        'ht.test.ints': [1n, 2n, 3n],
      }),
    },
  ];
}
