import {
  ApiAttr,
  ErrorAttr,
  HttpAttr,
  Protocol,
  ServiceAttr,
  SpaceAttr,
  SpanType,
  TraceAttr,
  UserAgentAttr,
} from '../../../src/catalogue/attributeKeys.js';
import type { Enrichment } from './enrichmentHelpers.js';
import { createScope, createSpan, createSpanLink, createTrace } from '../../../src/index.js';
import { createCallEdge } from '../../../src/model/Entity.js';
import type { CallEdge } from '../../../src/model/Entity.js';
import type { Trace } from '../../../src/model/Trace.js';
import { traceBuilder } from '../../../src/testing/TraceBuilder.js';
import { apiId, backendCall, backendId, httpStatus, serviceId, spanNo, TENANT, visit } from './enrichmentHelpers.js';

/*
 * A realistic trace with what the built-in enrichers write on it (set here span by span, as the
 * enrichers' golden output would be), for the view tests:
 *
 *   frontend  SERVER   GET /checkout                    (1)  log event
 *   ├ frontend CLIENT  GET        -> cart SERVER GET /cart/{id}      (2 -> 3)
 *   │   ├ cart CLIENT  SELECT carts -> postgresql:shop@pg:5432       (4)
 *   │   └ cart CLIENT  GET          -> redis@cache:6379              (5)
 *   ├ frontend CLIENT  POST       -> payment SERVER POST /charge     (6 -> 7)  503, exception event
 *   └ frontend PRODUCER orders publish -> kafka:orders               (8)
 */

const http = (method: string, status: bigint, extra: Enrichment = {}): Enrichment => ({
  'http.request.method': method,
  'http.response.status_code': status,
  ...extra,
});

/** The checkout trace, spans only (what the grouper emits). */
export function rawCheckoutTrace(traceId = '4bf92f3577b34da6a3ce929d0e0e4736', fragment = 0): Trace {
  return traceBuilder({ tenantId: TENANT, traceId, fragment })
    .service('frontend', { 'deployment.environment.name': 'prod' })
    .span('frontend', 'GET /checkout', {
      kind: 'SERVER',
      durationMs: 120,
      attributes: http('GET', 200n, { 'url.path': '/checkout', 'user_agent.original': 'Mozilla/5.0 Chrome/120.0' }),
      events: [{ name: 'cart lookup', atMs: 1, attributes: { level: 'info', message: 'cart not cached' } }],
    })
    .call('cart', 'GET /cart/{id}', {
      client: { durationMs: 40, attributes: http('GET', 200n, { 'server.address': 'cart' }) },
      server: { durationMs: 35, attributes: http('GET', 200n, { 'http.route': '/cart/{id}' }) },
    })
    .child('cart', 'SELECT carts', {
      kind: 'CLIENT',
      durationMs: 10,
      attributes: { 'db.system': 'postgresql', 'db.namespace': 'shop', 'server.address': 'pg', 'server.port': 5432n },
    })
    .sibling('cart', 'GET', {
      kind: 'CLIENT',
      durationMs: 2,
      attributes: { 'db.system': 'redis', 'server.address': 'cache', 'server.port': 6379n },
    })
    .up(3)
    .call('payment', 'POST /charge', {
      client: { durationMs: 60, statusCode: 'ERROR', attributes: http('POST', 503n, { 'server.address': 'payment' }) },
      server: {
        durationMs: 55,
        statusCode: 'ERROR',
        statusMessage: 'card processor timed out',
        attributes: http('POST', 503n, { 'http.route': '/charge' }),
        events: [
          {
            name: 'exception',
            atMs: 50,
            attributes: {
              'exception.type': 'java.net.SocketTimeoutException',
              'exception.message': 'Read timed out',
              'exception.stacktrace':
                'java.net.SocketTimeoutException: Read timed out\n\tat Charge.run(Charge.java:42)',
            },
          },
        ],
      },
    })
    .up(2)
    .child('frontend', 'orders publish', {
      kind: 'PRODUCER',
      durationMs: 3,
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': 'orders' },
    })
    .build();
}

/** The checkout trace after the built-in enrichers. */
export function checkoutTrace(traceId?: string, fragment?: number): Trace {
  return enrichCheckout(rawCheckoutTrace(traceId, fragment));
}

/** Sets each span's enrichment, the trace-level keys, entities and call edges, as the built-ins would. */
export function enrichCheckout(trace: Trace): Trace {
  const frontendVisit = visit('frontend', 'GET /checkout', 1, SpanType.EXIT, Protocol.HTTP);
  const cartVisit = visit('cart', 'GET /cart/{id}', 3, SpanType.EXIT, Protocol.DB);
  const bySpan: Record<number, Enrichment> = {
    1: {
      ...visit('frontend', 'GET /checkout', 1, SpanType.ENTRY, Protocol.HTTP),
      ...httpStatus('GET', 200),
      [ServiceAttr.ENVIRONMENT]: 'prod',
      [ApiAttr.URL_PATTERN]: '/checkout',
      [HttpAttr.URL]: 'http://shop.example/checkout',
      [ErrorAttr.ERROR_COUNT]: 0n,
      [ErrorAttr.EXCEPTION_COUNT]: 0n,
      [ApiAttr.ERROR_COUNT]: 1n,
      [ApiAttr.EXCEPTION_COUNT]: 0n,
      [ApiAttr.EXIT_CALL_COUNT]: 3n,
      [ApiAttr.CALLEE_NAMES]: ['cart', 'kafka:orders', 'payment'],
      [ApiAttr.CALLEE_CALL_COUNTS]: [1n, 1n, 1n],
      [UserAgentAttr.NAME]: 'Chrome',
      [UserAgentAttr.CLIENT_IP]: '203.0.113.7',
      [SpaceAttr.IDS]: ['checkout-team'],
    },
    2: { ...frontendVisit, ...httpStatus('GET', 200), [ErrorAttr.ERROR_COUNT]: 0n },
    3: {
      ...visit('cart', 'GET /cart/{id}', 3, SpanType.ENTRY, Protocol.HTTP),
      ...httpStatus('GET', 200),
      [ApiAttr.URL_PATTERN]: '/cart/{id}',
      [ErrorAttr.ERROR_COUNT]: 0n,
      [ApiAttr.ERROR_COUNT]: 0n,
      [ApiAttr.EXCEPTION_COUNT]: 0n,
      [ApiAttr.EXIT_CALL_COUNT]: 2n,
      [ApiAttr.CALLEE_NAMES]: ['postgresql:shop@pg:5432', 'redis@cache:6379'],
      [ApiAttr.CALLEE_CALL_COUNTS]: [1n, 1n],
    },
    4: { ...cartVisit, ...backendCall('postgresql:shop@pg:5432', 'DB', 'postgresql', 'pg', 5432, 'SELECT', 'carts') },
    5: { ...cartVisit, ...backendCall('redis@cache:6379', 'CACHE', 'redis', 'cache', 6379, 'GET', '') },
    6: { ...frontendVisit, ...httpStatus('POST', 503), [ErrorAttr.ERROR_COUNT]: 1n },
    7: {
      ...visit('payment', 'POST /charge', 7, SpanType.ENTRY, Protocol.HTTP),
      ...httpStatus('POST', 503),
      [ApiAttr.URL_PATTERN]: '/charge',
      [ErrorAttr.ERROR_COUNT]: 1n,
      [ErrorAttr.EXCEPTION_COUNT]: 1n,
      [ErrorAttr.EXCEPTION_TYPE]: 'java.net.SocketTimeoutException',
      [ApiAttr.ERROR_COUNT]: 1n,
      [ApiAttr.EXCEPTION_COUNT]: 1n,
      [ApiAttr.EXIT_CALL_COUNT]: 0n,
    },
    8: {
      ...visit('frontend', 'GET /checkout', 1, SpanType.EXIT, Protocol.MESSAGING),
      ...backendCall('kafka:orders', 'MESSAGING', 'kafka', '', 0, 'publish', 'orders'),
    },
  };
  for (const [n, entries] of Object.entries(bySpan)) {
    const span = spanNo(trace, Number(n));
    for (const [key, value] of Object.entries(entries)) span.enriched.set(key, value);
  }
  const start = trace.spans.reduce((m, s) => (s.startTimeUnixNano < m ? s.startTimeUnixNano : m), 2n ** 63n);
  const end = trace.spans.reduce((m, s) => (s.endTimeUnixNano > m ? s.endTimeUnixNano : m), 0n);
  const traceLevel: Enrichment = {
    [TraceAttr.TRANSACTION_NAME]: 'GET /checkout',
    [TraceAttr.SPAN_COUNT]: BigInt(trace.spans.length),
    [TraceAttr.SERVICES]: ['cart', 'frontend', 'payment'],
    [TraceAttr.ROOT_SERVICE]: 'frontend',
    [TraceAttr.ROOT_OPERATION]: 'GET /checkout',
    [TraceAttr.START]: start,
    [TraceAttr.END]: end,
    [TraceAttr.API_VISIT_COUNT]: 3n,
    [TraceAttr.ERROR_COUNT]: 2n,
    [TraceAttr.EXCEPTION_COUNT]: 1n,
    [TraceAttr.HAS_ERROR]: true,
    [TraceAttr.SPACE_IDS]: ['checkout-team'],
  };
  for (const [key, value] of Object.entries(traceLevel)) trace.enriched.set(key, value);
  trace.callEdges.push(...checkoutEdges(trace));
  return trace;
}

/** The call edges of the checkout: two service calls, three backend calls. */
function checkoutEdges(trace: Trace): CallEdge[] {
  const frontend = { callerServiceId: serviceId('frontend'), callerApiId: apiId('frontend', 'GET /checkout') };
  const cart = { callerServiceId: serviceId('cart'), callerApiId: apiId('cart', 'GET /cart/{id}') };
  const id = (n: number): string => spanNo(trace, n).spanId;
  const service = (caller: number, callee: number, name: string, api: string) => ({
    callerSpanId: id(caller),
    calleeSpanId: id(callee),
    calleeType: 'SERVICE' as const,
    calleeId: serviceId(name),
    calleeApiId: apiId(name, api),
  });
  const backend = (caller: number, name: string) => ({
    callerSpanId: id(caller),
    calleeType: 'BACKEND' as const,
    calleeId: backendId(name),
  });
  return [
    createCallEdge({ ...frontend, ...service(2, 3, 'cart', 'GET /cart/{id}') }),
    createCallEdge({ ...cart, ...backend(4, 'postgresql:shop@pg:5432') }),
    createCallEdge({ ...cart, ...backend(5, 'redis@cache:6379') }),
    createCallEdge({ ...frontend, ...service(6, 7, 'payment', 'POST /charge') }),
    createCallEdge({ ...frontend, ...backend(8, 'kafka:orders') }),
  ];
}

/**
 * The raw checkout whose root span links two spans of other traces (a retry of an earlier checkout and
 * the message that triggered it), with an instrumentation scope: what `span_link_view` and the scope
 * columns read.
 */
export function linkedCheckoutTrace(traceId = '5cf92f3577b34da6a3ce929d0e0e4737'): Trace {
  const raw = rawCheckoutTrace(traceId);
  const scope = createScope({ name: '@opentelemetry/instrumentation-http', version: '0.57.0' });
  const links = [
    createSpanLink({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '0000000000000001',
      attributes: { 'retry.of': 'checkout' },
    }),
    createSpanLink({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceState: 'vendor=1' }),
  ];
  const spans = raw.spans.map((s, i) => createSpan({ ...s, attributes: s.attr, scope, links: i === 0 ? links : [] }));
  return createTrace({ tenantId: raw.tenantId, traceId: raw.traceId, spans });
}
