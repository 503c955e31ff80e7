import jaegerClient from 'jaeger-client';
import type { ExpectedSpan } from './expectSpans.js';

const MS = 1_700_000_000_000;
const ns = (ms: number): bigint => BigInt(ms) * 1_000_000n;

type OtSpan = ReturnType<typeof jaegerClient.initTracer>['startSpan'] extends (...a: never[]) => infer S ? S : never;
const initTracer = (config: Record<string, unknown>, options: Record<string, unknown>) =>
  jaegerClient.initTracer(config, options);
const followsFrom = (context: unknown): unknown => jaegerClient.opentracing.followsFrom(context);

/**
 * Sends a known trace through jaeger-client (the OpenTracing API): a server root, a client child with an
 * error and a log, and a span that FOLLOWS_FROM the child. `reporter` picks UDP (agentHost/agentPort) or
 * HTTP (collectorEndpoint). Returns what the receiver must produce.
 */
export async function sendJaegerClientTopology(
  reporter: Record<string, unknown>,
  service: string,
  traceId128bit: boolean,
): Promise<ExpectedSpan[]> {
  const tracer = initTracer(
    { serviceName: service, sampler: { type: 'const', param: 1 }, reporter: { flushIntervalMs: 60_000, ...reporter } },
    { traceId128bit, logger: { info: () => undefined, error: (m: string) => console.error(m) } },
  );
  const root = tracer.startSpan('GET /cart', {
    startTime: MS + 1,
    tags: {
      'span.kind': 'server',
      'http.method': 'GET',
      'http.status_code': 200,
      'ht.test.ratio': 0.25,
      'ht.test.flag': true,
    },
  });
  const child = tracer.startSpan('SELECT cart', {
    childOf: root.context(),
    startTime: MS + 2,
    tags: { 'span.kind': 'client' },
  });
  child.setTag('error', true);
  child.log({ event: 'cache miss', 'cache.key': 'cart-1' }, MS + 3);
  const follower = tracer.startSpan('publish cart', {
    references: [followsFrom(child.context())],
    startTime: MS + 5,
    tags: { 'span.kind': 'producer' },
  });
  child.finish(MS + 4);
  follower.finish(MS + 6);
  root.finish(MS + 9);
  await new Promise<void>((resolve) => tracer.close(resolve));

  const hex = (b: Buffer): string => b.toString('hex');
  const traceId = hex(root.context().traceId).padStart(32, '0');
  const id = (s: OtSpan): string => hex(s.context().spanId);
  const base = { traceId, service };
  return [
    {
      ...base,
      spanId: id(root),
      parentSpanId: '',
      name: 'GET /cart',
      kind: 'SERVER',
      status: 'UNSET',
      start: ns(MS + 1),
      end: ns(MS + 9),
      attributes: { 'http.method': 'GET', 'http.status_code': 200, 'ht.test.ratio': 0.25, 'ht.test.flag': true },
    },
    {
      ...base,
      spanId: id(child),
      parentSpanId: id(root),
      name: 'SELECT cart',
      kind: 'CLIENT',
      status: 'ERROR',
      statusMessage: '',
      start: ns(MS + 2),
      end: ns(MS + 4),
      attributes: {},
      events: [{ name: 'cache miss', time: ns(MS + 3), attributes: { 'cache.key': 'cart-1' } }],
    },
    {
      ...base,
      spanId: id(follower),
      parentSpanId: id(child),
      name: 'publish cart',
      kind: 'PRODUCER',
      status: 'UNSET',
      start: ns(MS + 5),
      end: ns(MS + 6),
      attributes: {},
      links: [{ traceId, spanId: id(child), attributes: { 'opentracing.ref_type': 'follows_from' } }],
    },
  ];
}
