/**
 * The traces of the side-by-side test as OTLP/JSON requests, one per trace (each trace whole in one
 * request), posted alike to `ht` and to Jaeger v2: a small shop (frontend → cart → its database,
 * frontend → payment failing, frontend → shipping over a queue) with every OTLP attribute type, span
 * events, every span kind but unspecified, and an error with a status message. Times are relative to
 * `nowMs`, in the last minutes, oldest trace first.
 */

/** OTLP span kinds (the protobuf enum, as OTLP/JSON writes it). */
const KIND = { internal: 1, server: 2, client: 3, producer: 4, consumer: 5 } as const;

type OtlpValue =
  | { stringValue: string }
  | { intValue: string }
  | { doubleValue: number }
  | { boolValue: boolean }
  | { bytesValue: string }
  | { arrayValue: { values: OtlpValue[] } };

const attr = (key: string, value: string | number | boolean | readonly string[]): { key: string; value: OtlpValue } => {
  if (typeof value === 'object')
    return { key, value: { arrayValue: { values: value.map((v) => ({ stringValue: v })) } } };
  if (typeof value === 'string') return { key, value: { stringValue: value } };
  if (typeof value === 'boolean') return { key, value: { boolValue: value } };
  return Number.isInteger(value) ? { key, value: { intValue: String(value) } } : { key, value: { doubleValue: value } };
};

interface SpanPlan {
  readonly service: string;
  readonly id: string;
  readonly parent?: string;
  readonly name: string;
  readonly kind: keyof typeof KIND;
  /** Start after the trace's start, and duration, in ms. */
  readonly atMs: number;
  readonly ms: number;
  readonly attributes?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  readonly error?: string;
  /** Status OK (default: unset, or error when `error` is given). */
  readonly ok?: boolean;
  /** Span links (Jaeger: `FOLLOWS_FROM` references). */
  readonly links?: readonly { readonly traceId: string; readonly spanId: string }[];
  readonly events?: readonly {
    readonly atMs: number;
    readonly name: string;
    readonly attributes?: Record<string, string | number | boolean>;
  }[];
}

/** One trace of the test: its id, when it starts (ms before now) and its spans. */
export interface TracePlan {
  readonly traceId: string;
  readonly agoMs: number;
  readonly spans: readonly SpanPlan[];
}

/** The test's traces; ids are random-looking with a non-zero first half (Jaeger prints such ids whole). */
export const SIDE_BY_SIDE_TRACES: readonly TracePlan[] = [
  {
    traceId: '5b8efff798038103d269b633813fc60c',
    agoMs: 240_000,
    spans: [
      {
        service: 'frontend',
        id: 'eee19b7ec3c1b174',
        name: 'GET /checkout',
        kind: 'server',
        atMs: 0,
        ms: 48,
        attributes: {
          'http.request.method': 'GET',
          'http.response.status_code': 200,
          'url.path': '/checkout',
          'http.route': '/checkout',
        },
      },
      {
        service: 'frontend',
        id: 'eee19b7ec3c1b175',
        parent: 'eee19b7ec3c1b174',
        name: 'POST /cart',
        kind: 'client',
        atMs: 2,
        ms: 40,
        attributes: {
          'http.request.method': 'POST',
          'http.response.status_code': 200,
          'server.address': 'cart',
          'url.full': 'http://cart/cart',
        },
      },
      {
        service: 'cart',
        id: 'eee19b7ec3c1b176',
        parent: 'eee19b7ec3c1b175',
        name: 'POST /cart',
        kind: 'server',
        atMs: 4,
        ms: 35,
        attributes: {
          'http.request.method': 'POST',
          'http.response.status_code': 200,
          'http.route': '/cart',
          'cart.items': 3,
          'cart.ratio': 0.25,
          'cart.fresh': true,
          'cart.tags': ['gift', 'express'],
        },
        events: [
          { atMs: 5, name: 'cache miss', attributes: { 'cache.key': 'user:1', 'cache.hit': false, 'cache.tries': 2 } },
        ],
      },
      {
        service: 'cart',
        id: 'eee19b7ec3c1b177',
        parent: 'eee19b7ec3c1b176',
        name: 'SELECT carts',
        kind: 'client',
        atMs: 10,
        ms: 12,
        attributes: {
          'db.system': 'postgresql',
          'db.name': 'carts',
          'db.statement': 'SELECT * FROM carts WHERE id = $1',
          'server.address': 'pg',
          'server.port': 5432,
        },
      },
    ],
  },
  {
    traceId: '6c9f0a08a9149214e37ac744924ad71d',
    agoMs: 180_000,
    spans: [
      {
        service: 'frontend',
        id: 'fff2ac8fd4d2c285',
        name: 'GET /checkout',
        kind: 'server',
        atMs: 0,
        ms: 70,
        attributes: {
          'http.request.method': 'GET',
          'http.response.status_code': 502,
          'url.path': '/checkout',
          'http.route': '/checkout',
        },
        error: 'payment failed',
      },
      {
        service: 'frontend',
        id: 'fff2ac8fd4d2c286',
        parent: 'fff2ac8fd4d2c285',
        name: 'POST /charge',
        kind: 'client',
        atMs: 3,
        ms: 60,
        attributes: {
          'http.request.method': 'POST',
          'http.response.status_code': 500,
          'server.address': 'payment',
          'url.full': 'http://payment/charge',
        },
        error: 'HTTP 500',
      },
      {
        service: 'payment',
        id: 'fff2ac8fd4d2c287',
        parent: 'fff2ac8fd4d2c286',
        name: 'POST /charge',
        kind: 'server',
        atMs: 5,
        ms: 55,
        attributes: { 'http.request.method': 'POST', 'http.response.status_code': 500, 'http.route': '/charge' },
        error: 'card declined',
        events: [
          {
            atMs: 50,
            name: 'exception',
            attributes: { 'exception.type': 'CardDeclined', 'exception.message': 'card declined' },
          },
          { atMs: 52, name: 'retry', attributes: { attempt: 1 } },
        ],
      },
    ],
  },
  {
    traceId: '7da01b19ba25a325f48bd855a35be82e',
    agoMs: 120_000,
    spans: [
      {
        service: 'frontend',
        id: '0013bd90e5e3d396',
        name: 'GET /home',
        kind: 'server',
        atMs: 0,
        ms: 31,
        attributes: {
          'http.request.method': 'GET',
          'http.response.status_code': 200,
          'url.path': '/home',
          'http.route': '/home',
        },
      },
      {
        service: 'frontend',
        id: '0013bd90e5e3d397',
        parent: '0013bd90e5e3d396',
        name: 'render',
        kind: 'internal',
        atMs: 1,
        ms: 29,
        attributes: { 'template.name': 'home', 'template.cached': false },
      },
    ],
  },
  {
    traceId: '8eb12c2acb36b436059ce966b46cf93f',
    agoMs: 60_000,
    spans: [
      {
        service: 'frontend',
        id: '1124cea1f6f4e4a7',
        name: 'POST /order',
        kind: 'server',
        atMs: 0,
        ms: 9,
        ok: true,
        attributes: {
          'http.request.method': 'POST',
          'http.response.status_code': 202,
          'url.path': '/order',
          'http.route': '/order',
        },
      },
      {
        service: 'frontend',
        id: '1124cea1f6f4e4a8',
        parent: '1124cea1f6f4e4a7',
        name: 'orders publish',
        kind: 'producer',
        atMs: 2,
        ms: 3,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.destination.name': 'orders',
          'messaging.operation': 'publish',
        },
      },
      {
        service: 'shipping',
        id: '1124cea1f6f4e4a9',
        parent: '1124cea1f6f4e4a8',
        name: 'orders process',
        kind: 'consumer',
        atMs: 20,
        ms: 15,
        links: [{ traceId: '7da01b19ba25a325f48bd855a35be82e', spanId: '0013bd90e5e3d396' }],
        attributes: {
          'messaging.system': 'kafka',
          'messaging.destination.name': 'orders',
          'messaging.operation': 'process',
        },
      },
    ],
  },
];

/** The services of {@link SIDE_BY_SIDE_TRACES}. */
export const SIDE_BY_SIDE_SERVICES: readonly string[] = ['cart', 'frontend', 'payment', 'shipping'];

const nanos = (ms: number): string => (BigInt(Math.round(ms * 1000)) * 1000n).toString();

/** One trace as an OTLP/JSON `ExportTraceServiceRequest`: one resource per service. */
export function otlpRequest(plan: TracePlan, nowMs: number): unknown {
  const startMs = nowMs - plan.agoMs;
  const services = [...new Set(plan.spans.map((s) => s.service))];
  return {
    resourceSpans: services.map((service) => ({
      resource: { attributes: [attr('service.name', service), attr('deployment.environment.name', 'test')] },
      scopeSpans: [
        {
          scope: { name: 'side-by-side', version: '1.0.0' },
          spans: plan.spans
            .filter((s) => s.service === service)
            .map((s) => ({
              traceId: plan.traceId,
              spanId: s.id,
              ...(s.parent === undefined ? {} : { parentSpanId: s.parent }),
              name: s.name,
              kind: KIND[s.kind],
              startTimeUnixNano: nanos(startMs + s.atMs),
              endTimeUnixNano: nanos(startMs + s.atMs + s.ms),
              attributes: Object.entries(s.attributes ?? {}).map(([k, v]) => attr(k, v)),
              events: (s.events ?? []).map((e) => ({
                timeUnixNano: nanos(startMs + e.atMs),
                name: e.name,
                attributes: Object.entries(e.attributes ?? {}).map(([k, v]) => attr(k, v)),
              })),
              links: (s.links ?? []).map((l) => ({
                traceId: l.traceId,
                spanId: l.spanId,
                attributes: [attr('link.reason', 'batch')],
              })),
              status: s.error !== undefined ? { code: 2, message: s.error } : { code: s.ok ? 1 : 0 },
            })),
        },
      ],
    })),
  };
}
