import type { SpanKind } from '@ht/enricher-sdk';
import type { SeededRandom } from './SeededRandom.js';
import { SEMCONV_DIALECTS } from './semconvDialects.js';
import type { DemoAttributes, SemconvDialect } from './semconvDialects.js';
import { SHOP_SERVICES } from './shopServices.js';
import type { ShopServiceName } from './shopServices.js';
import { newDraft, Timeline } from './SpanDraft.js';
import type { SpanDraft } from './SpanDraft.js';

/** What a span does while it runs: the calls it makes, on its {@link Timeline}. */
export type SpanBody = (timeline: Timeline) => void;

/** An HTTP request from one shop service to another. */
export interface HttpRequest {
  readonly method: string;
  /** The server's route template (`/products/:id`). */
  readonly route: string;
  /** The path with its ids (`/products/123`). */
  readonly path: string;
  readonly query?: string;
  /** Default 200. */
  readonly status?: number;
}

/** A call to a host outside the traced world (a payment provider, a mail API). */
export interface ExternalRequest {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly minMicros: number;
  readonly maxMicros: number;
}

/** A Postgres statement. */
export interface SqlStatement {
  readonly operation: string;
  readonly table: string;
  readonly text: string;
}

/** A gRPC call. */
export interface GrpcRequest {
  readonly service: string;
  readonly method: string;
}

/** A Kafka message. */
export interface KafkaMessage {
  readonly topic: string;
  readonly partition: number;
  readonly messageId: string;
}

const POSTGRES = { host: 'postgres.shop.svc', port: 5432, namespace: 'shop' } as const;
const REDIS = { host: 'redis.shop.svc', port: 6379 } as const;
const KAFKA = { host: 'kafka.shop.svc', port: 9092 } as const;

const SERVICE_NAMES = Object.keys(SHOP_SERVICES) as ShopServiceName[];

/** A service's pod address, as the services it calls see it. */
function addressOf(service: ShopServiceName): string {
  return `10.42.0.${11 + SERVICE_NAMES.indexOf(service)}`;
}

/**
 * The kinds of calls the simulated shop makes, each building draft spans with simulated durations and
 * the attributes of the calling service's semantic-convention generation: HTTP between services (a
 * CLIENT span and the callee's SERVER span), gRPC, Postgres, Redis, Kafka and calls to hosts outside the
 * traced world. Every random choice comes from one {@link SeededRandom}, in a fixed order.
 *
 * @example
 * ```ts
 * const calls = new ShopCalls(new SeededRandom(7), 0.03);
 * const root = calls.server('web-frontend', { method: 'GET', route: '/cart', path: '/cart' }, 0, 'Mozilla/5.0', '203.0.113.9', (t) =>
 *   t.call((s) => calls.redis('web-frontend', s, 'GET', 'session:42')),
 * );
 * ```
 */
export class ShopCalls {
  /** How many slow calls (long queries) were planted so far. */
  slowCalls = 0;

  constructor(
    private readonly rng: SeededRandom,
    private readonly slowRate: number,
  ) {}

  /** A span that runs `body` after some of its own work and ends after a little more. */
  span(
    service: ShopServiceName,
    name: string,
    kind: SpanKind,
    start: number,
    attributes: DemoAttributes,
    body?: SpanBody,
  ): SpanDraft {
    const draft = newDraft(service, name, kind, start, attributes);
    const timeline = new Timeline(draft, start + this.rng.int(40, 400));
    body?.(timeline);
    timeline.work(this.rng.int(30, 300));
    draft.durationMicros = timeline.now - start;
    return draft;
  }

  /** A SERVER span of `service` answering `request` (the entry of a trace, or the callee of a hop). */
  server(
    service: ShopServiceName,
    request: HttpRequest,
    start: number,
    userAgent: string,
    clientAddress: string,
    body?: SpanBody,
  ): SpanDraft {
    const attributes = dialectOf(service).httpServer({
      method: request.method,
      route: request.route,
      path: request.path,
      ...(request.query === undefined ? {} : { query: request.query }),
      status: request.status ?? 200,
      host: service,
      port: SHOP_SERVICES[service].port,
      userAgent,
      clientAddress,
    });
    return this.span(service, `${request.method} ${request.route}`, 'SERVER', start, attributes, body);
  }

  /** An HTTP call from `from` to `to`: `from`'s CLIENT span with `to`'s SERVER span inside. */
  http(from: ShopServiceName, to: ShopServiceName, request: HttpRequest, start: number, body?: SpanBody): SpanDraft {
    const port = SHOP_SERVICES[to].port;
    const query = request.query === undefined ? '' : `?${request.query}`;
    const attributes = dialectOf(from).httpClient({
      method: request.method,
      url: `http://${to}:${port}${request.path}${query}`,
      status: request.status ?? 200,
      host: to,
      port,
    });
    const name = dialectOf(from).generation === 'new' ? request.method : `HTTP ${request.method}`;
    const client = newDraft(from, name, 'CLIENT', start, attributes);
    const timeline = new Timeline(client, start + this.rng.int(150, 900));
    timeline.call((s) => this.server(to, request, s, `${from}/${SHOP_SERVICES[from].version}`, addressOf(from), body));
    timeline.work(this.rng.int(100, 700));
    client.durationMicros = timeline.now - start;
    return client;
  }

  /** A gRPC call from `from` to `to`: `from`'s CLIENT span with `to`'s SERVER span inside, both status OK. */
  grpc(from: ShopServiceName, to: ShopServiceName, request: GrpcRequest, start: number, body?: SpanBody): SpanDraft {
    const facts = { service: request.service, method: request.method, status: 0, port: SHOP_SERVICES[to].port };
    const name = `${request.service}/${request.method}`;
    const client = newDraft(from, name, 'CLIENT', start, dialectOf(from).rpc({ ...facts, host: to }));
    const timeline = new Timeline(client, start + this.rng.int(100, 600));
    timeline.call((s) => this.span(to, name, 'SERVER', s, dialectOf(to).rpc({ ...facts, host: to }), body));
    timeline.work(this.rng.int(80, 500));
    client.durationMicros = timeline.now - start;
    return client;
  }

  /** A Postgres query; a few percent of them are slow (0.8-2.5 s). */
  postgres(service: ShopServiceName, start: number, sql: SqlStatement): SpanDraft {
    const slow = this.rng.chance(this.slowRate);
    if (slow) this.slowCalls++;
    const duration = slow ? this.rng.int(800_000, 2_500_000) : this.rng.int(300, 4_000);
    const dialect = dialectOf(service);
    const attributes = dialect.db({
      system: 'postgresql',
      namespace: POSTGRES.namespace,
      statement: sql.text,
      operation: sql.operation,
      table: sql.table,
      host: POSTGRES.host,
      port: POSTGRES.port,
    });
    const name = dialect.generation === 'new' ? `${sql.operation} ${sql.table}` : `pg.query:${sql.operation} shop`;
    return this.leaf(service, name, 'CLIENT', start, duration, attributes);
  }

  /** A Redis command (the shop's cache and sessions). */
  redis(service: ShopServiceName, start: number, command: string, key: string): SpanDraft {
    const attributes = dialectOf(service).db({
      system: 'redis',
      namespace: '0',
      statement: `${command} ${key}`,
      operation: command,
      host: REDIS.host,
      port: REDIS.port,
    });
    return this.leaf(service, command, 'CLIENT', start, this.rng.int(80, 900), attributes);
  }

  /** A Kafka PRODUCER span; consumers link to it through `linkKey`. */
  produce(service: ShopServiceName, start: number, message: KafkaMessage, linkKey: string): SpanDraft {
    const dialect = dialectOf(service);
    const attributes = dialect.messaging({ operation: 'send', ...messagingFacts(message), ...KAFKA });
    const draft = this.leaf(
      service,
      dialect.messagingSpanName('send', message.topic),
      'PRODUCER',
      start,
      this.rng.int(900, 4_000),
      attributes,
    );
    draft.linkKey = linkKey;
    return draft;
  }

  /** A Kafka CONSUMER span that starts a trace of its own, linked to the producer's span (`linkKey`). */
  consume(
    service: ShopServiceName,
    start: number,
    message: KafkaMessage,
    consumerGroup: string,
    linkKey: string,
    body: SpanBody,
  ): SpanDraft {
    const dialect = dialectOf(service);
    const attributes = dialect.messaging({ operation: 'process', ...messagingFacts(message), consumerGroup, ...KAFKA });
    const draft = this.span(
      service,
      dialect.messagingSpanName('process', message.topic),
      'CONSUMER',
      start,
      attributes,
      body,
    );
    draft.linksTo.push(linkKey);
    return draft;
  }

  /** A CLIENT span to a host outside the traced world: nobody records the server side. */
  external(service: ShopServiceName, start: number, request: ExternalRequest): SpanDraft {
    const url = new URL(request.url);
    const attributes = dialectOf(service).httpClient({
      method: request.method,
      url: request.url,
      status: request.status,
      host: url.hostname,
      port: 443,
    });
    const name = dialectOf(service).generation === 'new' ? request.method : `HTTP ${request.method}`;
    return this.leaf(service, name, 'CLIENT', start, this.rng.int(request.minMicros, request.maxMicros), attributes);
  }

  private leaf(
    service: ShopServiceName,
    name: string,
    kind: SpanKind,
    start: number,
    duration: number,
    attributes: DemoAttributes,
  ): SpanDraft {
    const draft = newDraft(service, name, kind, start, attributes);
    draft.durationMicros = duration;
    return draft;
  }
}

/** A Kafka message's facts for a messaging span. */
function messagingFacts(message: KafkaMessage): { destination: string; partition: number; messageId: string } {
  return { destination: message.topic, partition: message.partition, messageId: message.messageId };
}

/**
 * The semantic-convention dialect a shop service's instrumentation writes.
 *
 * @example
 * ```ts
 * dialectOf('catalog').generation; // 'old'
 * ```
 */
export function dialectOf(service: ShopServiceName): SemconvDialect {
  return SEMCONV_DIALECTS[SHOP_SERVICES[service].semconv];
}
