/**
 * Generated traces of a web shop, for `pnpm bench:query`: eleven services (frontend, product-catalog,
 * recommendation, currency, cart, checkout, payment, shipping, auth, search, notification) calling each
 * other over HTTP and gRPC, and backends (PostgreSQL, Redis, Elasticsearch, Kafka, two outside HTTPS
 * APIs), with OTel semantic-convention attributes the built-in enrichers read and application attributes
 * with a shop's cardinalities (100k users, 10k products, 8 regions, 3 tiers, a session per visit).
 * Deterministic: the same seed and index give the same trace.
 */
import {
  createResource,
  createScope,
  createSpan,
  createSpanEvent,
  createSpanLink,
  createTrace,
} from '@ht/enricher-sdk';
import type { AttributeValue, Resource, Span, SpanKind, SpanLink, StatusCode, Trace } from '@ht/enricher-sdk';

/** Users, products, regions and tiers: the attribute cardinalities. */
export const SHOP_USERS = 100_000;
export const SHOP_PRODUCTS = 10_000;
const REGIONS = ['eu-west', 'eu-central', 'us-east', 'us-west', 'ap-south', 'ap-east', 'sa-east', 'af-south'] as const;
const TIERS = ['free', 'plus', 'pro'] as const;
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
] as const;
const SEARCH_TERMS = ['shoes', 'red dress', 'coffee', 'headphones', 'desk lamp', 'yoga mat', 'backpack'] as const;

/** A small fast seeded generator (mulberry32). */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  hex(chars: number): string {
    let out = '';
    while (out.length < chars) out += this.int(0x100000000).toString(16).padStart(8, '0');
    return out.slice(0, chars);
  }
  /** A log-normal-ish duration in µs around `median`. */
  micros(median: number): number {
    const z = (this.next() + this.next() + this.next() - 1.5) * 2;
    return Math.max(50, Math.round(median * Math.exp(z * 0.6)));
  }
}

const scope = createScope({ name: '@opentelemetry/instrumentation-http', version: '0.57.0' });
const resources = new Map<string, Resource>();

/** The resource an OTel SDK sends for a service instance (12 attributes), shared as receivers share it. */
function resourceOf(service: string, instance: number): Resource {
  const key = `${service}/${instance}`;
  let resource = resources.get(key);
  if (resource === undefined) {
    resource = createResource({
      attributes: {
        'service.name': service,
        'service.version': '2.3.1',
        'service.instance.id': `${service}-${instance}`,
        'deployment.environment.name': 'prod',
        'telemetry.sdk.name': 'opentelemetry',
        'telemetry.sdk.language': 'nodejs',
        'telemetry.sdk.version': '1.30.0',
        'host.name': `node-${instance}`,
        'os.type': 'linux',
        'process.pid': BigInt(1000 + instance),
        'k8s.namespace.name': 'shop',
        'k8s.pod.name': `${service}-7d9f8-${instance}`,
      },
    });
    resources.set(key, resource);
  }
  return resource;
}

type Attrs = Record<string, AttributeValue>;

/** Builds one trace's spans; a parent's duration covers its children's (ids are drawn before the children run). */
class TraceWriter {
  readonly spans: Span[] = [];
  private failed = false;

  constructor(
    private readonly random: Random,
    private readonly traceId: string,
    private readonly tenantId: string,
    private readonly instance: number,
  ) {}

  /** Marks the trace failed: the payment calls and the root span get status ERROR. */
  fail(): void {
    this.failed = true;
  }
  get isFailed(): boolean {
    return this.failed;
  }

  id(): string {
    return this.random.hex(16);
  }

  span(
    spanId: string,
    service: string,
    parent: string,
    name: string,
    kind: SpanKind,
    start: number,
    duration: number,
    attributes: Attrs,
    options: { status?: StatusCode; error?: string; links?: SpanLink[] } = {},
  ): string {
    this.spans.push(
      createSpan({
        tenantId: this.tenantId,
        traceId: this.traceId,
        spanId,
        parentSpanId: parent,
        name,
        kind,
        startTimeUnixNano: BigInt(start) * 1000n,
        endTimeUnixNano: BigInt(start + duration) * 1000n,
        statusCode: options.status ?? 'UNSET',
        ...(options.error === undefined ? {} : { statusMessage: options.error }),
        attributes,
        resource: resourceOf(service, this.instance),
        scope,
        links: options.links ?? [],
        events:
          options.error === undefined
            ? []
            : [
                createSpanEvent({
                  name: 'exception',
                  timeUnixNano: BigInt(start + Math.floor(duration / 2)) * 1000n,
                  attributes: { 'exception.type': 'PaymentDeclinedError', 'exception.message': options.error },
                }),
              ],
      }),
    );
    return spanId;
  }

  /** A gRPC call from `caller` to `callee`: the client span and the server span under it; returns its duration. */
  grpc(
    caller: string,
    parent: string,
    callee: string,
    service: string,
    method: string,
    start: number,
    median: number,
    inner?: (serverSpan: string, start: number) => number,
    attributes: Attrs = {},
  ): number {
    const rpc = { 'rpc.system': 'grpc', 'rpc.service': `shop.${service}`, 'rpc.method': method };
    const clientId = this.id();
    const serverId = this.id();
    const serverStart = start + 200;
    let duration = this.random.micros(median);
    if (inner !== undefined) duration = Math.max(duration, inner(serverId, serverStart + 100) + 100);
    const failing = this.failed && callee === 'payment';
    const status = failing ? 'ERROR' : 'UNSET';
    const code = failing ? 9n : 0n;
    const name = `shop.${service}/${method}`;
    this.span(
      serverId,
      callee,
      clientId,
      name,
      'SERVER',
      serverStart,
      duration,
      {
        ...rpc,
        ...attributes,
        'rpc.grpc.status_code': code,
      },
      { status },
    );
    this.span(
      clientId,
      caller,
      parent,
      name,
      'CLIENT',
      start,
      duration + 400,
      {
        ...rpc,
        'server.address': callee,
        'server.port': 50051n,
        'rpc.grpc.status_code': code,
      },
      { status },
    );
    return duration + 400;
  }

  /** An HTTP call from `caller` to `callee`'s `route`; returns its duration. */
  http(
    caller: string,
    parent: string,
    callee: string,
    method: string,
    route: string,
    path: string,
    start: number,
    median: number,
    inner?: (serverSpan: string, start: number) => number,
  ): number {
    const clientId = this.id();
    const serverId = this.id();
    const serverStart = start + 300;
    let duration = this.random.micros(median);
    if (inner !== undefined) duration = Math.max(duration, inner(serverId, serverStart + 100) + 100);
    this.span(serverId, callee, clientId, `${method} ${route}`, 'SERVER', serverStart, duration, {
      'http.request.method': method,
      'http.route': route,
      'url.path': path,
      'url.scheme': 'http',
      'server.address': callee,
      'server.port': 8080n,
      'http.response.status_code': 200n,
    });
    this.span(clientId, caller, parent, method, 'CLIENT', start, duration + 600, {
      'http.request.method': method,
      'url.full': `http://${callee}:8080${path}`,
      'server.address': callee,
      'server.port': 8080n,
      'http.response.status_code': 200n,
    });
    return duration + 600;
  }

  /** A database (or cache) call: an exit span to a backend outside the traced world. */
  db(
    caller: string,
    parent: string,
    system: 'postgresql' | 'redis',
    host: string,
    namespace: string,
    query: string,
    start: number,
    median: number,
  ): number {
    const duration = this.random.micros(median);
    const operation = query.split(' ')[0]!;
    const name = system === 'redis' ? operation : `${operation} ${namespace}`;
    this.span(this.id(), caller, parent, name, 'CLIENT', start, duration, {
      'db.system': system,
      'db.namespace': namespace,
      'db.query.text': query,
      'db.operation.name': operation,
      'server.address': host,
      'server.port': system === 'redis' ? 6379n : 5432n,
    });
    return duration;
  }

  /** An HTTPS call to an outside API (a backend); the payment provider's fails when the trace does. */
  external(
    caller: string,
    parent: string,
    host: string,
    method: string,
    path: string,
    start: number,
    median: number,
  ): number {
    const duration = this.random.micros(median);
    const failing = this.failed && host.includes('payments');
    this.span(
      this.id(),
      caller,
      parent,
      method,
      'CLIENT',
      start,
      duration,
      {
        'http.request.method': method,
        'url.full': `https://${host}${path}`,
        'server.address': host,
        'server.port': 443n,
        'http.response.status_code': failing ? 402n : 200n,
      },
      failing ? { status: 'ERROR', error: 'card declined' } : {},
    );
    return duration;
  }
}

/** What a trace's entry request carries: the user, region and tier, agent, a session. */
function visitAttributes(random: Random): Attrs {
  return {
    'app.user.id': `u-${String(random.int(SHOP_USERS)).padStart(5, '0')}`,
    'app.session.id': random.hex(16),
    'app.region': random.pick(REGIONS),
    'app.customer.tier': random.pick(TIERS),
    'user_agent.original': random.pick(AGENTS),
    'client.address': `10.${random.int(256)}.${random.int(256)}.${random.int(256)}`,
  };
}

const product = (random: Random): string => `p-${String(random.int(SHOP_PRODUCTS)).padStart(4, '0')}`;

/**
 * The `index`-th user action of the shop (seeded by `seed` and `index`), starting at `startMicros`, as its
 * traces: a product page (35%), a search (20%), the cart (15%), add to cart (13%), a login (9%) or a
 * checkout (8%; a fifth of them fail at the payment provider). A checkout's order is consumed by the
 * notification service in a second trace whose CONSUMER span links to the PRODUCER span.
 *
 * @example
 * ```ts
 * const traces = shopTraces(7, 0, 1_767_225_600_000_000); // one trace, two for a checkout
 * ```
 */
export function shopTraces(seed: number, index: number, startMicros: number, tenantId = 'default'): Trace[] {
  const random = new Random(Math.imul(seed, 2_654_435_761) ^ index);
  const traceId = random.hex(32);
  const w = new TraceWriter(random, traceId, tenantId, random.int(3));
  const visit = visitAttributes(random);
  const user = String(visit['app.user.id']);
  const roll = random.next();
  const entry = (method: string, route: string, path: string, extra: Attrs = {}): [string, Attrs] => [
    `${method} ${route}`,
    {
      'http.request.method': method,
      'http.route': route,
      'url.path': path,
      'url.scheme': 'https',
      'server.address': 'shop.example.com',
      'server.port': 443n,
      ...visit,
      ...extra,
    },
  ];
  const getProduct = (id: string, at: number, p: string): number =>
    w.grpc(
      'frontend',
      id,
      'product-catalog',
      'ProductCatalogService',
      'GetProduct',
      at,
      2_000,
      (s, u) =>
        w.db(
          'product-catalog',
          s,
          'postgresql',
          'pg-catalog',
          'catalog',
          'SELECT * FROM products WHERE id = $1',
          u,
          1_500,
        ),
      { 'app.product.id': p },
    );
  const readCart = (caller: string, id: string, at: number): number =>
    w.http(caller, id, 'cart', 'GET', '/api/cart/{userId}', `/api/cart/${user}`, at, 1_500, (s, u) =>
      w.db('cart', s, 'redis', 'redis-cart', '0', `HGETALL cart:${user}`, u, 300),
    );
  let page: [string, Attrs];
  let body: (rootId: string, start: number) => number;
  let producer = '';
  let order = '';
  if (roll < 0.35) {
    const p = product(random);
    page = entry('GET', '/product/{id}', `/product/${p}`, { 'app.product.id': p });
    body = (id, t) => {
      let at = t;
      at += getProduct(id, at, p);
      at += w.grpc(
        'frontend',
        id,
        'recommendation',
        'RecommendationService',
        'ListRecommendations',
        at,
        4_000,
        (s, u) =>
          w.grpc('recommendation', s, 'product-catalog', 'ProductCatalogService', 'ListProducts', u, 3_000, (s2, u2) =>
            w.db(
              'product-catalog',
              s2,
              'postgresql',
              'pg-catalog',
              'catalog',
              'SELECT * FROM products WHERE category = $1',
              u2,
              2_500,
            ),
          ),
      );
      at += w.grpc('frontend', id, 'currency', 'CurrencyService', 'Convert', at, 500);
      return at - t;
    };
  } else if (roll < 0.55) {
    const term = random.pick(SEARCH_TERMS);
    const q = encodeURIComponent(term);
    page = entry('GET', '/search', `/search?q=${q}`, { 'app.search.term': term });
    body = (id, t) => {
      let at = t;
      at += w.http('frontend', id, 'search', 'GET', '/api/search', `/api/search?q=${q}`, at, 8_000, (s, u) =>
        w.external('search', s, 'es.shop.internal', 'POST', '/products/_search', u, 7_000),
      );
      at += w.grpc('frontend', id, 'currency', 'CurrencyService', 'Convert', at, 500);
      return at - t;
    };
  } else if (roll < 0.7) {
    page = entry('GET', '/cart', '/cart');
    body = (id, t) => readCart('frontend', id, t);
  } else if (roll < 0.83) {
    const p = product(random);
    page = entry('POST', '/cart/items', '/cart/items', { 'app.product.id': p });
    body = (id, t) => {
      let at = t;
      at += getProduct(id, at, p);
      at += w.http(
        'frontend',
        id,
        'cart',
        'POST',
        '/api/cart/{userId}/items',
        `/api/cart/${user}/items`,
        at,
        2_000,
        (s, u) => w.db('cart', s, 'redis', 'redis-cart', '0', `HSET cart:${user} ${p} 1`, u, 300),
      );
      return at - t;
    };
  } else if (roll < 0.92) {
    page = entry('POST', '/login', '/login');
    body = (id, t) =>
      w.http('frontend', id, 'auth', 'POST', '/api/login', '/api/login', t, 20_000, (s, u) => {
        let at = u;
        at += w.db(
          'auth',
          s,
          'postgresql',
          'pg-users',
          'users',
          'SELECT id, password_hash FROM users WHERE email = $1',
          at,
          2_000,
        );
        at += w.db('auth', s, 'redis', 'redis-sessions', '1', 'SET session:$1 1 EX 3600', at, 300);
        return at - u;
      });
  } else {
    order = `o-${random.hex(12)}`;
    if (random.next() < 0.2) w.fail();
    page = entry('POST', '/checkout', '/checkout', { 'app.order.id': order });
    body = (id, t) =>
      w.grpc('frontend', id, 'checkout', 'CheckoutService', 'PlaceOrder', t, 10_000, (s, u) => {
        let at = u;
        at += readCart('checkout', s, at);
        at += w.grpc('checkout', s, 'currency', 'CurrencyService', 'Convert', at, 500);
        at += w.grpc('checkout', s, 'shipping', 'ShippingService', 'GetQuote', at, 3_000, (s2, u2) =>
          w.db(
            'shipping',
            s2,
            'postgresql',
            'pg-shipping',
            'shipping',
            'SELECT rate FROM zones WHERE country = $1',
            u2,
            1_200,
          ),
        );
        at += w.grpc('checkout', s, 'payment', 'PaymentService', 'Charge', at, 30_000, (s2, u2) =>
          w.external('payment', s2, 'api.payments.example', 'POST', '/v1/charges', u2, 120_000),
        );
        if (w.isFailed) return at - u;
        at += w.grpc('checkout', s, 'shipping', 'ShippingService', 'ShipOrder', at, 4_000, (s2, u2) =>
          w.db(
            'shipping',
            s2,
            'postgresql',
            'pg-shipping',
            'shipping',
            'INSERT INTO shipments VALUES ($1, $2)',
            u2,
            2_000,
          ),
        );
        const d = random.micros(800);
        producer = w.span(w.id(), 'checkout', s, 'orders publish', 'PRODUCER', at, d, {
          'messaging.system': 'kafka',
          'messaging.destination.name': 'orders',
          'messaging.operation.type': 'publish',
          'server.address': 'kafka-0',
          'server.port': 9092n,
          'app.order.id': order,
        });
        return at + d - u;
      });
  }
  // The root span: drawn first, written last (its duration covers the body's).
  const rootId = w.id();
  const duration = body(rootId, startMicros + 200) + 400;
  const failed = w.isFailed;
  w.span(
    rootId,
    'frontend',
    '',
    page[0],
    'SERVER',
    startMicros,
    duration,
    { ...page[1], 'http.response.status_code': failed ? 502n : 200n },
    failed ? { status: 'ERROR', error: 'card declined' } : {},
  );
  const traces = [createTrace({ tenantId, traceId, spans: w.spans })];
  if (producer !== '') {
    const consumerTrace = random.hex(32);
    const c = new TraceWriter(random, consumerTrace, tenantId, random.int(3));
    const at = startMicros + duration + 5_000 + random.int(50_000);
    const consumer = c.id();
    const mail = c.external('notification', consumer, 'api.mailer.example', 'POST', '/v3/mail/send', at + 200, 40_000);
    c.span(
      consumer,
      'notification',
      '',
      'orders process',
      'CONSUMER',
      at,
      mail + 500,
      {
        'messaging.system': 'kafka',
        'messaging.destination.name': 'orders',
        'messaging.operation.type': 'process',
        'app.order.id': order,
      },
      { links: [createSpanLink({ traceId, spanId: producer })] },
    );
    traces.push(createTrace({ tenantId, traceId: consumerTrace, spans: c.spans }));
  }
  return traces;
}
