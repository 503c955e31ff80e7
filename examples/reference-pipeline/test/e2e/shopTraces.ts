import type { TracedService } from './tracedService.js';

/** The five services of the e2e shop, each behind another real client. */
export interface ShopServices {
  /** OTLP/HTTP protobuf exporter; current semantic conventions. */
  readonly webFrontend: TracedService;
  /** OTLP gRPC exporter; current conventions. */
  readonly apiGateway: TracedService;
  /** Zipkin exporter; conventions from before HTTP went stable. */
  readonly catalog: TracedService;
  /** Jaeger exporter (Thrift over HTTP); older conventions. */
  readonly inventory: TracedService;
  /** OTLP gRPC exporter into an OTel Collector, which forwards to `ht`; current conventions. */
  readonly payment: TracedService;
}

/** The services of `s`, in order. */
export function everyService(s: ShopServices): TracedService[] {
  return [s.webFrontend, s.apiGateway, s.catalog, s.inventory, s.payment];
}

const STACK =
  'ProcessorUnavailableError: card processor unavailable\n    at charge (/srv/payment/charge.js:41:11)\n    at PaymentService.Charge (/srv/payment/service.js:18:5)';

/**
 * Records the e2e shop's traces, every span ending within the last `now - startMs` ms (so the pipeline's
 * grouper sees each trace whole):
 *
 * - one checkout crossing every client: web-frontend → api-gateway → catalog (→ Postgres), inventory
 *   (→ Redis) and, over gRPC, payment (→ Postgres), where the charge fails: the payment server span and
 *   the gateway's gRPC client span are errors, the server span with an `exception` event;
 * - two traces of each service on its own (a visit, and for all but web-frontend a database or cache call).
 *
 * Returns how many traces it recorded.
 */
export function recordShopTraces(s: ShopServices, startMs: number): number {
  const t = (ms: number): number => startMs + ms;

  // The checkout, across every client.
  const checkout = s.webFrontend.span({
    name: 'POST /checkout',
    kind: 'SERVER',
    startMs: t(0),
    endMs: t(90),
    attributes: {
      'http.request.method': 'POST',
      'http.route': '/checkout',
      'url.path': '/checkout',
      'url.scheme': 'http',
      'http.response.status_code': 200,
      'user_agent.original':
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      'client.address': '203.0.113.7',
    },
    expected: { spanType: 'ENTRY', protocol: 'HTTP', apiName: 'POST /checkout', httpMethod: 'POST', errorCount: 0 },
  });
  const toGateway = s.webFrontend.span({
    name: 'POST',
    kind: 'CLIENT',
    parent: checkout,
    startMs: t(2),
    endMs: t(88),
    attributes: {
      'http.request.method': 'POST',
      'url.full': 'http://api-gateway:8080/api/orders',
      'http.response.status_code': 200,
      'server.address': 'api-gateway',
      'server.port': 8080,
    },
    expected: { spanType: 'EXIT', protocol: 'HTTP', apiName: 'POST /checkout', httpMethod: 'POST', errorCount: 0 },
  });
  const orders = s.apiGateway.span({
    name: 'POST /api/orders',
    kind: 'SERVER',
    parent: toGateway,
    startMs: t(4),
    endMs: t(86),
    attributes: {
      'http.request.method': 'POST',
      'http.route': '/api/orders',
      'url.path': '/api/orders',
      'http.response.status_code': 200,
    },
    expected: { spanType: 'ENTRY', protocol: 'HTTP', apiName: 'POST /api/orders', httpMethod: 'POST', errorCount: 0 },
  });
  const gatewayExit = { spanType: 'EXIT', apiName: 'POST /api/orders', errorCount: 0 } as const;
  const toCatalog = s.apiGateway.span({
    name: 'GET',
    kind: 'CLIENT',
    parent: orders,
    startMs: t(6),
    endMs: t(30),
    attributes: {
      'http.request.method': 'GET',
      'url.full': 'http://catalog:8080/products/42',
      'http.response.status_code': 200,
      'server.address': 'catalog',
      'server.port': 8080,
    },
    expected: { ...gatewayExit, protocol: 'HTTP', httpMethod: 'GET' },
  });
  const toInventory = s.apiGateway.span({
    name: 'POST',
    kind: 'CLIENT',
    parent: orders,
    startMs: t(32),
    endMs: t(50),
    attributes: {
      'http.request.method': 'POST',
      'url.full': 'http://inventory:8080/stock/42/reserve',
      'http.response.status_code': 200,
      'server.address': 'inventory',
      'server.port': 8080,
    },
    expected: { ...gatewayExit, protocol: 'HTTP', httpMethod: 'POST' },
  });
  const toPayment = s.apiGateway.span({
    name: 'shop.payment.PaymentService/Charge',
    kind: 'CLIENT',
    parent: orders,
    startMs: t(52),
    endMs: t(84),
    attributes: {
      'rpc.system.name': 'grpc',
      'rpc.method': 'shop.payment.PaymentService/Charge',
      'rpc.response.status_code': 'INTERNAL',
      'server.address': 'payment',
      'server.port': 50051,
    },
    error: { message: 'INTERNAL: card processor unavailable' },
    expected: {
      ...gatewayExit,
      protocol: 'GRPC',
      grpcEndpoint: 'shop.payment.PaymentService/Charge',
      errorCount: 1,
    },
  });

  const product = s.catalog.span({
    name: 'GET /products/:id',
    kind: 'SERVER',
    parent: toCatalog,
    startMs: t(8),
    endMs: t(28),
    attributes: {
      'http.method': 'GET',
      'http.route': '/products/:id',
      'http.target': '/products/42',
      'http.scheme': 'http',
      'http.status_code': 200,
      'net.host.name': 'catalog',
      'net.host.port': 8080,
    },
    expected: { spanType: 'ENTRY', protocol: 'HTTP', apiName: 'GET /products/{id}', httpMethod: 'GET', errorCount: 0 },
  });
  s.catalog.span({
    name: 'SELECT products',
    kind: 'CLIENT',
    parent: product,
    startMs: t(10),
    endMs: t(26),
    attributes: {
      'db.system': 'postgresql',
      'db.name': 'shop',
      'db.statement': 'SELECT name, price FROM products WHERE id = $1',
      'net.peer.name': 'pg',
      'net.peer.port': 5432,
    },
    expected: {
      spanType: 'EXIT',
      protocol: 'DB',
      apiName: 'GET /products/{id}',
      backendName: 'postgresql:shop@pg:5432',
      errorCount: 0,
    },
  });

  const reserve = s.inventory.span({
    name: 'POST /stock/:id/reserve',
    kind: 'SERVER',
    parent: toInventory,
    startMs: t(34),
    endMs: t(48),
    attributes: {
      'http.method': 'POST',
      'http.route': '/stock/:id/reserve',
      'http.target': '/stock/42/reserve',
      'http.scheme': 'http',
      'http.status_code': 200,
    },
    expected: {
      spanType: 'ENTRY',
      protocol: 'HTTP',
      apiName: 'POST /stock/{id}/reserve',
      httpMethod: 'POST',
      errorCount: 0,
    },
  });
  s.inventory.span({
    name: 'DECRBY',
    kind: 'CLIENT',
    parent: reserve,
    startMs: t(36),
    endMs: t(40),
    attributes: {
      'db.system': 'redis',
      'db.statement': 'DECRBY stock:42 1',
      'net.peer.name': 'cache',
      'net.peer.port': 6379,
    },
    expected: {
      spanType: 'EXIT',
      protocol: 'DB',
      apiName: 'POST /stock/{id}/reserve',
      backendName: 'redis@cache:6379',
      errorCount: 0,
    },
  });

  const charge = s.payment.span({
    name: 'shop.payment.PaymentService/Charge',
    kind: 'SERVER',
    parent: toPayment,
    startMs: t(54),
    endMs: t(82),
    attributes: {
      'rpc.system.name': 'grpc',
      'rpc.method': 'shop.payment.PaymentService/Charge',
      'rpc.response.status_code': 'INTERNAL',
    },
    error: {
      message: 'card processor unavailable',
      exception: {
        'exception.type': 'ProcessorUnavailableError',
        'exception.message': 'card processor unavailable',
        'exception.stacktrace': STACK,
      },
    },
    expected: {
      spanType: 'ENTRY',
      protocol: 'GRPC',
      apiName: 'shop.payment.PaymentService/Charge',
      grpcEndpoint: 'shop.payment.PaymentService/Charge',
      errorCount: 1,
    },
  });
  s.payment.span({
    name: 'INSERT payments',
    kind: 'CLIENT',
    parent: charge,
    startMs: t(56),
    endMs: t(62),
    attributes: {
      'db.system.name': 'postgresql',
      'db.namespace': 'payments',
      'db.query.text': 'INSERT INTO payments (order_id, state) VALUES ($1, $2)',
      'server.address': 'pg',
      'server.port': 5432,
    },
    expected: {
      spanType: 'EXIT',
      protocol: 'DB',
      apiName: 'shop.payment.PaymentService/Charge',
      backendName: 'postgresql:payments@pg:5432',
      errorCount: 0,
    },
  });

  // Two traces of each service on its own.
  for (let i = 0; i < 2; i++) {
    const at = 100 + i * 50;
    s.webFrontend.span({
      name: 'GET /products/:id',
      kind: 'SERVER',
      startMs: t(at),
      endMs: t(at + 20),
      attributes: {
        'http.request.method': 'GET',
        'http.route': '/products/:id',
        'url.path': `/products/${7 + i}`,
        'http.response.status_code': 200,
      },
      expected: {
        spanType: 'ENTRY',
        protocol: 'HTTP',
        apiName: 'GET /products/{id}',
        httpMethod: 'GET',
        errorCount: 0,
      },
    });
    const search = s.apiGateway.span({
      name: 'GET /api/search',
      kind: 'SERVER',
      startMs: t(at),
      endMs: t(at + 20),
      attributes: {
        'http.request.method': 'GET',
        'http.route': '/api/search',
        'url.path': '/api/search',
        'url.query': `q=shoes&page=${i}`,
        'http.response.status_code': 200,
      },
      expected: { spanType: 'ENTRY', protocol: 'HTTP', apiName: 'GET /api/search', httpMethod: 'GET', errorCount: 0 },
    });
    s.apiGateway.span({
      name: 'GET',
      kind: 'CLIENT',
      parent: search,
      startMs: t(at + 2),
      endMs: t(at + 4),
      attributes: {
        'db.system.name': 'redis',
        'db.operation.name': 'GET',
        'db.query.text': `GET search:shoes:${i}`,
        'server.address': 'cache',
        'server.port': 6379,
      },
      expected: {
        spanType: 'EXIT',
        protocol: 'DB',
        apiName: 'GET /api/search',
        backendName: 'redis@cache:6379',
        errorCount: 0,
      },
    });
    const list = s.catalog.span({
      name: 'GET /products',
      kind: 'SERVER',
      startMs: t(at),
      endMs: t(at + 20),
      attributes: {
        'http.method': 'GET',
        'http.route': '/products',
        'http.target': '/products',
        'http.status_code': 200,
      },
      expected: { spanType: 'ENTRY', protocol: 'HTTP', apiName: 'GET /products', httpMethod: 'GET', errorCount: 0 },
    });
    s.catalog.span({
      name: 'SELECT products',
      kind: 'CLIENT',
      parent: list,
      startMs: t(at + 2),
      endMs: t(at + 10),
      attributes: {
        'db.system': 'postgresql',
        'db.name': 'shop',
        'db.statement': 'SELECT id, name FROM products LIMIT 20',
        'net.peer.name': 'pg',
        'net.peer.port': 5432,
      },
      expected: {
        spanType: 'EXIT',
        protocol: 'DB',
        apiName: 'GET /products',
        backendName: 'postgresql:shop@pg:5432',
        errorCount: 0,
      },
    });
    const stock = s.inventory.span({
      name: 'GET /stock/:id',
      kind: 'SERVER',
      startMs: t(at),
      endMs: t(at + 20),
      attributes: {
        'http.method': 'GET',
        'http.route': '/stock/:id',
        'http.target': `/stock/${7 + i}`,
        'http.status_code': 200,
      },
      expected: { spanType: 'ENTRY', protocol: 'HTTP', apiName: 'GET /stock/{id}', httpMethod: 'GET', errorCount: 0 },
    });
    s.inventory.span({
      name: 'GET',
      kind: 'CLIENT',
      parent: stock,
      startMs: t(at + 2),
      endMs: t(at + 4),
      attributes: {
        'db.system': 'redis',
        'db.statement': `GET stock:${7 + i}`,
        'net.peer.name': 'cache',
        'net.peer.port': 6379,
      },
      expected: {
        spanType: 'EXIT',
        protocol: 'DB',
        apiName: 'GET /stock/{id}',
        backendName: 'redis@cache:6379',
        errorCount: 0,
      },
    });
    const refund = s.payment.span({
      name: 'shop.payment.PaymentService/Refund',
      kind: 'SERVER',
      startMs: t(at),
      endMs: t(at + 20),
      attributes: {
        'rpc.system.name': 'grpc',
        'rpc.method': 'shop.payment.PaymentService/Refund',
        'rpc.response.status_code': 'OK',
      },
      expected: {
        spanType: 'ENTRY',
        protocol: 'GRPC',
        apiName: 'shop.payment.PaymentService/Refund',
        grpcEndpoint: 'shop.payment.PaymentService/Refund',
        errorCount: 0,
      },
    });
    s.payment.span({
      name: 'UPDATE payments',
      kind: 'CLIENT',
      parent: refund,
      startMs: t(at + 2),
      endMs: t(at + 10),
      attributes: {
        'db.system.name': 'postgresql',
        'db.namespace': 'payments',
        'db.query.text': 'UPDATE payments SET state = $1 WHERE id = $2',
        'server.address': 'pg',
        'server.port': 5432,
      },
      expected: {
        spanType: 'EXIT',
        protocol: 'DB',
        apiName: 'shop.payment.PaymentService/Refund',
        backendName: 'postgresql:payments@pg:5432',
        errorCount: 0,
      },
    });
  }
  return 1 + 2 * 5;
}
