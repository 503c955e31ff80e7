import { plantFailure } from './plantFailure.js';
import { SeededRandom } from './SeededRandom.js';
import { ShopCalls } from './ShopCalls.js';
import type { HttpRequest, SpanBody } from './ShopCalls.js';
import { endOf } from './SpanDraft.js';
import type { SpanDraft, Timeline } from './SpanDraft.js';
import type { TracePlan } from './TracePlan.js';

/**
 * What a {@link ShopSimulator} takes: the seed, and how often errors and slow calls happen.
 *
 * @example
 * ```ts
 * const options: ShopSimulatorOptions = { seed: 42, errorRate: 0.02, slowRate: 0.03 };
 * ```
 */
export interface ShopSimulatorOptions {
  readonly seed: number;
  /** The share of user actions whose traces carry an exception (default 0.02). */
  readonly errorRate?: number;
  /** The share of Postgres queries that are slow, 0.8-2.5 s (default 0.03). */
  readonly slowRate?: number;
}

/** A user action's traces, before an error may be planted. */
interface ActionTraces {
  readonly action: string;
  readonly traces: SpanDraft[];
}

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
] as const;

const SEARCH_TERMS = ['shoes', 'red dress', 'coffee', 'headphones', 'desk lamp', 'yoga mat', 'backpack'] as const;

const PRODUCT_COLUMNS = 'id, name, price_cents, currency';

/**
 * The simulated shop: each {@link ShopSimulator.next} plans one user action (browse a product, search,
 * view or add to the cart, log in, check out) as the traces the shop's services record for it. A seeded
 * generator drives every choice, so the same seed gives the same sequence of trace shapes, attributes and
 * simulated durations; span ids are left to the trace clients.
 *
 * Checkouts call payment over gRPC, payment calls an outside payment provider, and checkout publishes to
 * the Kafka topic `orders`; the notification service consumes the message in a trace of its own whose
 * CONSUMER span links to the PRODUCER span. About `errorRate` of actions carry an exception; about
 * `slowRate` of queries are slow.
 *
 * @example
 * ```ts
 * const shop = new ShopSimulator({ seed: 42 });
 * const plan = shop.next();
 * console.log(plan.action, plan.traces.length, plan.failed);
 * ```
 */
export class ShopSimulator {
  private readonly rng: SeededRandom;
  private readonly calls: ShopCalls;
  private readonly errorRate: number;
  private orderSequence = 0;

  constructor(options: ShopSimulatorOptions) {
    this.rng = new SeededRandom(options.seed);
    this.errorRate = options.errorRate ?? 0.02;
    this.calls = new ShopCalls(this.rng, options.slowRate ?? 0.03);
  }

  /** Plans the next user action. */
  next(): TracePlan {
    const slowBefore = this.calls.slowCalls;
    const { action, traces } = this.rng.weighted<() => ActionTraces>([
      [() => this.browseProduct(), 35],
      [() => this.search(), 20],
      [() => this.viewCart(), 15],
      [() => this.addToCart(), 13],
      [() => this.checkout(), 10],
      [() => this.login(), 7],
    ])();
    const failed = this.rng.chance(this.errorRate);
    if (failed) plantFailure(traces, this.rng);
    const slowCalls = this.calls.slowCalls - slowBefore;
    return { action, traces, extentMicros: Math.max(...traces.map(endOf)), failed, slowCalls };
  }

  /** The web frontend's SERVER span for a browser request, and its call to the API gateway. */
  private entry(request: HttpRequest, gateway: HttpRequest, body: SpanBody): SpanDraft {
    const clientAddress = `${this.rng.pick(['203.0.113', '198.51.100', '192.0.2'])}.${this.rng.int(1, 254)}`;
    const userAgent = this.rng.pick(USER_AGENTS);
    return this.calls.server('web-frontend', request, 0, userAgent, clientAddress, (t) =>
      t.call((s) => this.calls.http('web-frontend', 'api-gateway', gateway, s, body)),
    );
  }

  private session(t: Timeline): void {
    const sessionId = this.rng.hex(12);
    t.call((s) =>
      this.calls.http(
        'api-gateway',
        'user',
        { method: 'GET', route: '/sessions/:id', path: `/sessions/${sessionId}` },
        s,
        (u) => u.call((s2) => this.calls.redis('user', s2, 'GET', `session:${sessionId}`)),
      ),
    );
  }

  /** catalog reads a product: the cache first, Postgres on a miss (then fills the cache). */
  private product(from: 'api-gateway' | 'cart' | 'recommendation', id: number, start: number): SpanDraft {
    const request = { method: 'GET', route: '/products/:id', path: `/products/${id}` };
    return this.calls.http(from, 'catalog', request, start, (t) => {
      t.call((s) => this.calls.redis('catalog', s, 'GET', `product:${id}`));
      if (this.rng.chance(0.3)) {
        t.call((s) =>
          this.calls.postgres('catalog', s, {
            operation: 'SELECT',
            table: 'products',
            text: `SELECT ${PRODUCT_COLUMNS} FROM products WHERE id = $1`,
          }),
        );
        t.call((s) => this.calls.redis('catalog', s, 'SET', `product:${id}`));
      }
    });
  }

  private browseProduct(): ActionTraces {
    const id = this.rng.int(1, 500);
    const root = this.entry(
      { method: 'GET', route: '/products/:id', path: `/products/${id}` },
      { method: 'GET', route: '/api/products/:id', path: `/api/products/${id}` },
      (t) => {
        const stock = (s: number): SpanDraft =>
          this.calls.http(
            'api-gateway',
            'inventory',
            { method: 'GET', route: '/stock/:sku', path: `/stock/SKU-${id}` },
            s,
            (i) =>
              i.call((s2) =>
                this.calls.postgres('inventory', s2, {
                  operation: 'SELECT',
                  table: 'stock',
                  text: 'SELECT quantity, warehouse FROM stock WHERE sku = $1',
                }),
              ),
          );
        if (this.rng.chance(0.5)) t.parallel((s) => this.product('api-gateway', id, s), stock);
        else t.call((s) => this.product('api-gateway', id, s));
        const recommendations = {
          method: 'GET',
          route: '/recommendations',
          path: '/recommendations',
          query: `productId=${id}`,
        };
        t.call((s) =>
          this.calls.http('api-gateway', 'recommendation', recommendations, s, (r) => {
            r.call((s2) => this.calls.redis('recommendation', s2, 'GET', `recs:${id}`));
            r.call((s2) => this.product('recommendation', this.rng.int(1, 500), s2));
          }),
        );
      },
    );
    return { action: 'browse-product', traces: [root] };
  }

  private search(): ActionTraces {
    const term = this.rng.pick(SEARCH_TERMS);
    const query = `q=${encodeURIComponent(term)}`;
    const root = this.entry(
      { method: 'GET', route: '/search', path: '/search', query },
      { method: 'GET', route: '/api/products', path: '/api/products', query },
      (t) =>
        t.call((s) =>
          this.calls.http(
            'api-gateway',
            'catalog',
            { method: 'GET', route: '/products', path: '/products', query },
            s,
            (c) =>
              c.call((s2) =>
                this.calls.postgres('catalog', s2, {
                  operation: 'SELECT',
                  table: 'products',
                  text: `SELECT ${PRODUCT_COLUMNS} FROM products WHERE name ILIKE $1 ORDER BY rank DESC LIMIT 24`,
                }),
              ),
          ),
        ),
    );
    return { action: 'search', traces: [root] };
  }

  private viewCart(): ActionTraces {
    const cartId = this.rng.hex(8);
    const root = this.entry(
      { method: 'GET', route: '/cart', path: '/cart' },
      { method: 'GET', route: '/api/cart', path: '/api/cart' },
      (t) => {
        this.session(t);
        t.call((s) =>
          this.calls.http(
            'api-gateway',
            'cart',
            { method: 'GET', route: '/carts/:id', path: `/carts/${cartId}` },
            s,
            (c) => c.call((s2) => this.calls.redis('cart', s2, 'HGETALL', `cart:${cartId}`)),
          ),
        );
      },
    );
    return { action: 'view-cart', traces: [root] };
  }

  private addToCart(): ActionTraces {
    const cartId = this.rng.hex(8);
    const productId = this.rng.int(1, 500);
    const root = this.entry(
      { method: 'POST', route: '/cart/items', path: '/cart/items', status: 201 },
      { method: 'POST', route: '/api/cart/items', path: '/api/cart/items', status: 201 },
      (t) => {
        this.session(t);
        const add = { method: 'POST', route: '/carts/:id/items', path: `/carts/${cartId}/items`, status: 201 };
        t.call((s) =>
          this.calls.http('api-gateway', 'cart', add, s, (c) => {
            c.call((s2) => this.product('cart', productId, s2));
            c.call((s2) => this.calls.redis('cart', s2, 'HSET', `cart:${cartId}`));
          }),
        );
      },
    );
    return { action: 'add-to-cart', traces: [root] };
  }

  private login(): ActionTraces {
    const root = this.entry(
      { method: 'POST', route: '/login', path: '/login', status: 303 },
      { method: 'POST', route: '/api/sessions', path: '/api/sessions', status: 201 },
      (t) => {
        t.call((s) => this.calls.redis('api-gateway', s, 'INCR', `ratelimit:login:${this.rng.hex(8)}`));
        t.call((s) =>
          this.calls.http(
            'api-gateway',
            'user',
            { method: 'POST', route: '/sessions', path: '/sessions', status: 201 },
            s,
            (u) => {
              u.call((s2) =>
                this.calls.postgres('user', s2, {
                  operation: 'SELECT',
                  table: 'users',
                  text: 'SELECT id, password_hash FROM users WHERE email = $1',
                }),
              );
              u.work(this.rng.int(20_000, 60_000)); // the password hash
              u.call((s2) => this.calls.redis('user', s2, 'SET', `session:${this.rng.hex(12)}`));
            },
          ),
        );
      },
    );
    return { action: 'login', traces: [root] };
  }

  private checkout(): ActionTraces {
    const cartId = this.rng.hex(8);
    const orderId = `ord-${this.rng.hex(6)}-${++this.orderSequence}`;
    const message = { topic: 'orders', partition: this.rng.int(0, 5), messageId: orderId };
    const linkKey = `order:${orderId}`;
    let produced: SpanDraft | undefined;
    const root = this.entry(
      { method: 'POST', route: '/checkout', path: '/checkout', status: 201 },
      { method: 'POST', route: '/api/checkout', path: '/api/checkout', status: 201 },
      (t) => {
        this.session(t);
        const order = { method: 'POST', route: '/orders', path: '/orders', status: 201 };
        t.call((s) =>
          this.calls.http('api-gateway', 'checkout', order, s, (c) => {
            c.call((s2) =>
              this.calls.http(
                'checkout',
                'cart',
                { method: 'GET', route: '/carts/:id', path: `/carts/${cartId}` },
                s2,
                (k) => k.call((s3) => this.calls.redis('cart', s3, 'HGETALL', `cart:${cartId}`)),
              ),
            );
            const reserve = { method: 'POST', route: '/reservations', path: '/reservations', status: 201 };
            c.call((s2) =>
              this.calls.http('checkout', 'inventory', reserve, s2, (i) =>
                i.call((s3) =>
                  this.calls.postgres('inventory', s3, {
                    operation: 'UPDATE',
                    table: 'stock',
                    text: 'UPDATE stock SET reserved = reserved + $2 WHERE sku = $1 AND quantity - reserved >= $2',
                  }),
                ),
              ),
            );
            c.call((s2) => this.charge(s2, orderId));
            c.call((s2) =>
              this.calls.postgres('checkout', s2, {
                operation: 'INSERT',
                table: 'orders',
                text: 'INSERT INTO orders (id, cart_id, total_cents, status) VALUES ($1, $2, $3, $4)',
              }),
            );
            produced = c.call((s2) => this.calls.produce('checkout', s2, message, linkKey));
            c.call((s2) =>
              this.calls.http(
                'checkout',
                'cart',
                { method: 'DELETE', route: '/carts/:id', path: `/carts/${cartId}`, status: 204 },
                s2,
                (k) => k.call((s3) => this.calls.redis('cart', s3, 'DEL', `cart:${cartId}`)),
              ),
            );
          }),
        );
      },
    );
    const consumedAt = (produced ? endOf(produced) : endOf(root)) + this.rng.int(2_000, 40_000);
    const consumer = this.calls.consume('notification', consumedAt, message, 'notification', linkKey, (t) => {
      t.call((s) =>
        this.calls.postgres('notification', s, {
          operation: 'SELECT',
          table: 'users',
          text: 'SELECT email, locale FROM users WHERE id = (SELECT user_id FROM orders WHERE id = $1)',
        }),
      );
      t.call((s) =>
        this.calls.external('notification', s, {
          method: 'POST',
          url: 'https://api.mailer.example/v3/mail/send',
          status: 202,
          minMicros: 40_000,
          maxMicros: 180_000,
        }),
      );
    });
    return { action: 'checkout', traces: [root, consumer] };
  }

  /** checkout → payment over gRPC; payment checks idempotency in Redis, charges the provider, stores it. */
  private charge(start: number, orderId: string): SpanDraft {
    return this.calls.grpc(
      'checkout',
      'payment',
      { service: 'shop.payment.PaymentService', method: 'Charge' },
      start,
      (p) => {
        p.call((s) => this.calls.redis('payment', s, 'GET', `idempotency:${orderId}`));
        p.call((s) =>
          this.calls.external('payment', s, {
            method: 'POST',
            url: 'https://api.payments.example/v1/charges',
            status: 200,
            minMicros: 60_000,
            maxMicros: 350_000,
          }),
        );
        p.call((s) =>
          this.calls.postgres('payment', s, {
            operation: 'INSERT',
            table: 'payments',
            text: 'INSERT INTO payments (order_id, amount_cents, provider_ref) VALUES ($1, $2, $3)',
          }),
        );
      },
    );
  }
}
