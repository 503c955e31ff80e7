/**
 * Which generation of the OTel semantic conventions a demo service's instrumentation writes: `old`
 * (`http.method`, `http.status_code`, `http.url`, `net.peer.name`, `db.system`, `db.statement`, …) or
 * `new` (`http.request.method`, `http.response.status_code`, `url.full`, `server.address`,
 * `db.system.name`, `db.query.text`, …). docs/semconv.md lists both and how the pipeline normalizes them.
 *
 * @example
 * ```ts
 * const generation: SemconvGeneration = 'old';
 * ```
 */
export type SemconvGeneration = 'old' | 'new';

/**
 * Span attributes as the demo writes them (the OTel attribute value types it uses).
 *
 * @example
 * ```ts
 * const attributes: DemoAttributes = { 'http.request.method': 'GET', 'http.response.status_code': 200 };
 * ```
 */
export type DemoAttributes = Record<string, string | number | boolean>;

/** An HTTP server span's facts. */
export interface HttpServerFacts {
  readonly method: string;
  readonly route: string;
  readonly path: string;
  readonly query?: string;
  readonly status: number;
  readonly host: string;
  readonly port: number;
  readonly userAgent: string;
  readonly clientAddress: string;
}

/** An HTTP client span's facts. */
export interface HttpClientFacts {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly host: string;
  readonly port: number;
}

/** A database (or cache) client span's facts. */
export interface DbFacts {
  /** `postgresql`, `redis`. */
  readonly system: string;
  readonly namespace: string;
  readonly statement: string;
  readonly operation: string;
  readonly table?: string;
  readonly host: string;
  readonly port: number;
}

/** A messaging span's facts: a producer's send or a consumer's process. */
export interface MessagingFacts {
  readonly operation: 'send' | 'process';
  readonly destination: string;
  readonly partition: number;
  readonly messageId: string;
  readonly consumerGroup?: string;
  readonly host: string;
  readonly port: number;
}

/** A gRPC span's facts (client or server). */
export interface RpcFacts {
  /** Fully qualified service (`shop.payment.PaymentService`). */
  readonly service: string;
  readonly method: string;
  /** gRPC status code (0 OK, 13 INTERNAL, 14 UNAVAILABLE). */
  readonly status: number;
  readonly host: string;
  readonly port: number;
}

/**
 * How one generation of the semantic conventions names a span's facts, and its span names where the
 * conventions fix them (messaging).
 *
 * @example
 * ```ts
 * SEMCONV_DIALECTS.old.httpClient({ method: 'GET', url: 'http://catalog:8080/products/7', status: 200, host: 'catalog', port: 8080 });
 * // { 'http.method': 'GET', 'http.url': '…', 'http.status_code': 200, 'net.peer.name': 'catalog', 'net.peer.port': 8080 }
 * ```
 */
export interface SemconvDialect {
  readonly generation: SemconvGeneration;
  httpServer(facts: HttpServerFacts): DemoAttributes;
  httpClient(facts: HttpClientFacts): DemoAttributes;
  db(facts: DbFacts): DemoAttributes;
  messaging(facts: MessagingFacts): DemoAttributes;
  rpc(facts: RpcFacts): DemoAttributes;
  /** The span name of a messaging span (`send orders` / `orders publish`). */
  messagingSpanName(operation: MessagingFacts['operation'], destination: string): string;
}

const GRPC_CODE_NAMES: Readonly<Record<number, string>> = {
  0: 'OK',
  4: 'DEADLINE_EXCEEDED',
  13: 'INTERNAL',
  14: 'UNAVAILABLE',
};

/**
 * The gRPC status code's name (`13` → `INTERNAL`), as the current conventions write it.
 *
 * @example
 * ```ts
 * grpcCodeName(14); // 'UNAVAILABLE'
 * ```
 */
export function grpcCodeName(code: number): string {
  return GRPC_CODE_NAMES[code] ?? String(code);
}

const oldDialect: SemconvDialect = {
  generation: 'old',
  httpServer: (f) => ({
    'http.method': f.method,
    'http.route': f.route,
    'http.target': f.query === undefined ? f.path : `${f.path}?${f.query}`,
    'http.scheme': 'http',
    'http.flavor': '1.1',
    'http.status_code': f.status,
    'http.user_agent': f.userAgent,
    'http.client_ip': f.clientAddress,
    'net.host.name': f.host,
    'net.host.port': f.port,
  }),
  httpClient: (f) => ({
    'http.method': f.method,
    'http.url': f.url,
    'http.status_code': f.status,
    'net.peer.name': f.host,
    'net.peer.port': f.port,
  }),
  db: (f) => ({
    'db.system': f.system,
    'db.name': f.namespace,
    'db.statement': f.statement,
    'db.operation': f.operation,
    ...(f.table === undefined ? {} : { 'db.sql.table': f.table }),
    'net.peer.name': f.host,
    'net.peer.port': f.port,
  }),
  messaging: (f) => ({
    'messaging.system': 'kafka',
    'messaging.destination': f.destination,
    'messaging.destination_kind': 'topic',
    'messaging.operation': f.operation === 'send' ? 'publish' : 'process',
    'messaging.kafka.partition': f.partition,
    'messaging.message_id': f.messageId,
    ...(f.consumerGroup === undefined ? {} : { 'messaging.kafka.consumer.group': f.consumerGroup }),
    'net.peer.name': f.host,
    'net.peer.port': f.port,
  }),
  rpc: (f) => ({
    'rpc.system': 'grpc',
    'rpc.service': f.service,
    'rpc.method': f.method,
    'rpc.grpc.status_code': f.status,
    'net.peer.name': f.host,
    'net.peer.port': f.port,
  }),
  messagingSpanName: (operation, destination) => `${destination} ${operation === 'send' ? 'publish' : 'process'}`,
};

const newDialect: SemconvDialect = {
  generation: 'new',
  httpServer: (f) => ({
    'http.request.method': f.method,
    'http.route': f.route,
    'url.path': f.path,
    ...(f.query === undefined ? {} : { 'url.query': f.query }),
    'url.scheme': 'http',
    'network.protocol.version': '1.1',
    'http.response.status_code': f.status,
    'user_agent.original': f.userAgent,
    'client.address': f.clientAddress,
    'server.address': f.host,
    'server.port': f.port,
  }),
  httpClient: (f) => ({
    'http.request.method': f.method,
    'url.full': f.url,
    'http.response.status_code': f.status,
    'server.address': f.host,
    'server.port': f.port,
  }),
  db: (f) => ({
    'db.system.name': f.system,
    'db.namespace': f.namespace,
    'db.query.text': f.statement,
    'db.operation.name': f.operation,
    ...(f.table === undefined ? {} : { 'db.collection.name': f.table }),
    'server.address': f.host,
    'server.port': f.port,
  }),
  messaging: (f) => ({
    'messaging.system': 'kafka',
    'messaging.destination.name': f.destination,
    'messaging.operation.type': f.operation,
    'messaging.operation.name': f.operation,
    'messaging.destination.partition.id': String(f.partition),
    'messaging.message.id': f.messageId,
    ...(f.consumerGroup === undefined ? {} : { 'messaging.consumer.group.name': f.consumerGroup }),
    'server.address': f.host,
    'server.port': f.port,
  }),
  rpc: (f) => ({
    'rpc.system.name': 'grpc',
    'rpc.method': `${f.service}/${f.method}`,
    'rpc.response.status_code': grpcCodeName(f.status),
    'server.address': f.host,
    'server.port': f.port,
  }),
  messagingSpanName: (operation, destination) => `${operation} ${destination}`,
};

/**
 * Both generations' dialects, by generation.
 *
 * @example
 * ```ts
 * SEMCONV_DIALECTS.new.db({ system: 'redis', namespace: '0', statement: 'GET cart:42', operation: 'GET', host: 'redis', port: 6379 });
 * ```
 */
export const SEMCONV_DIALECTS: Readonly<Record<SemconvGeneration, SemconvDialect>> = Object.freeze({
  old: oldDialect,
  new: newDialect,
});
