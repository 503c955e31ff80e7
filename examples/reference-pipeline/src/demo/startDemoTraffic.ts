import { performance } from 'node:perf_hooks';
import { noopLogger } from '@ht/enricher-sdk';
import type { Logger } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core/errors';
import type { DemoExporterStats } from './CountingExporter.js';
import type { DemoEndpointName, DemoEndpoints } from './DemoEndpoints.js';
import { SHOP_SERVICES } from './shopServices.js';
import type { ShopServiceName } from './shopServices.js';
import { ShopSimulator } from './ShopSimulator.js';
import { ShopTracers } from './ShopTracers.js';
import { countSpans, planSpans } from './TracePlan.js';
import type { TracePlan } from './TracePlan.js';

/**
 * What {@link startDemoTraffic} takes: where to send, how fast, and the seed.
 *
 * @example
 * ```ts
 * const options: DemoTrafficOptions = {
 *   endpoints: demoEndpoints('127.0.0.1', { otlpHttp: 4318, otlpGrpc: 4317, zipkin: 9411, jaegerThriftHttp: 14268 }),
 *   spansPerSecond: 200,
 *   seed: 42,
 * };
 * ```
 */
export interface DemoTrafficOptions {
  /** Our receivers' URLs ({@link demoEndpoints} builds them from ports). */
  readonly endpoints: DemoEndpoints;
  /** About how many spans per second to send (default 200). */
  readonly spansPerSecond?: number;
  /** The shop's seed: the same seed gives the same sequence of trace shapes (default 42). */
  readonly seed?: number;
  /** The share of user actions whose traces carry an exception (default 0.02). */
  readonly errorRate?: number;
  /** The share of Postgres queries that are slow (default 0.03). */
  readonly slowRate?: number;
  /** Where export failures are reported (a pino logger fits); default: nowhere. */
  readonly logger?: Pick<Logger, 'info' | 'warn'>;
}

/**
 * What the demo traffic sent so far: counts of what the services recorded, and per exporter what was
 * exported or failed.
 *
 * @example
 * ```ts
 * const traffic = startDemoTraffic({ endpoints: { otlpHttp: 'http://127.0.0.1:4318/v1/traces' } });
 * const { traces, spans, errors }: DemoTrafficStats = traffic.stats();
 * console.log(`${traces} traces, ${spans} spans, ${errors} with an error`);
 * ```
 */
export interface DemoTrafficStats {
  /** User actions simulated (a checkout is one action with two traces). */
  readonly actions: number;
  readonly traces: number;
  readonly spans: number;
  /** Traces that carry an exception. */
  readonly errors: number;
  /** Slow Postgres queries planted. */
  readonly slowCalls: number;
  /** Spans recorded per service. */
  readonly perService: Readonly<Record<ShopServiceName, number>>;
  /** Per exporter in use (by the receiver endpoint it sends to). */
  readonly perExporter: Readonly<Partial<Record<DemoEndpointName, DemoExporterStats>>>;
}

/**
 * Running demo traffic.
 *
 * @example
 * ```ts
 * const traffic: DemoTraffic = startDemoTraffic({ endpoints: { jaegerThriftHttp: 'http://127.0.0.1:14268/api/traces' } });
 * console.log(traffic.exporters.inventory); // 'jaegerThriftHttp'
 * await traffic.stop();
 * ```
 */
export interface DemoTraffic {
  /** The exporter (receiver endpoint) each service sends through. */
  readonly exporters: Readonly<Record<ShopServiceName, DemoEndpointName>>;
  stats(): DemoTrafficStats;
  /** Stops making traffic, flushes every exporter and shuts the tracer providers down. Idempotent. */
  stop(): Promise<void>;
}

const TICK_MS = 50;

function checkRate(name: string, value: number, max: number): void {
  if (!(Number.isFinite(value) && value >= 0 && value <= max)) {
    throw new HtError('CONFIG_INVALID', `demo traffic: ${name} must be a number from 0 to ${max}, got ${value}`);
  }
}

/** Microseconds since the epoch, finer than `Date.now()`. */
function nowMicros(): number {
  return Math.round((performance.timeOrigin + performance.now()) * 1_000);
}

/**
 * Starts demo traffic: a seeded simulated shop of ten services (see {@link SHOP_SERVICES} and the
 * README's "Demo traffic") whose traces are recorded with the OTel JS SDK and sent to `endpoints` through
 * real exporters: OTLP/HTTP protobuf, OTLP gRPC, Zipkin and Jaeger, each service through its own. A
 * timer (unref'd, so it never keeps the process alive) plans user actions at about `spansPerSecond`;
 * each trace is recorded at once with simulated durations, ending now. The exporters flush every 500 ms.
 * Bad options throw `HtError` `CONFIG_INVALID`.
 *
 * @example
 * ```ts
 * const traffic = startDemoTraffic({ endpoints: demoEndpoints('127.0.0.1', { otlpHttp: 4318, otlpGrpc: 4317 }), seed: 7 });
 * setTimeout(() => void traffic.stop().then(() => console.log(traffic.stats())), 10_000);
 * ```
 */
export function startDemoTraffic(options: DemoTrafficOptions): DemoTraffic {
  const rate = options.spansPerSecond ?? 200;
  if (!(Number.isFinite(rate) && rate > 0)) {
    throw new HtError('CONFIG_INVALID', `demo traffic: spansPerSecond must be a positive number, got ${rate}`);
  }
  const seed = options.seed ?? 42;
  if (!Number.isInteger(seed))
    throw new HtError('CONFIG_INVALID', `demo traffic: seed must be an integer, got ${seed}`);
  checkRate('errorRate', options.errorRate ?? 0, 1);
  checkRate('slowRate', options.slowRate ?? 0, 1);

  const shop = new ShopSimulator({
    seed,
    ...(options.errorRate === undefined ? {} : { errorRate: options.errorRate }),
    ...(options.slowRate === undefined ? {} : { slowRate: options.slowRate }),
  });
  const tracers = new ShopTracers(options.endpoints, options.logger ?? noopLogger);
  const serviceNames = Object.keys(SHOP_SERVICES) as ShopServiceName[];
  const exporters = Object.fromEntries(serviceNames.map((s) => [s, tracers.exporterOf(s)])) as Record<
    ShopServiceName,
    DemoEndpointName
  >;
  const perService = Object.fromEntries(serviceNames.map((s) => [s, 0])) as Record<ShopServiceName, number>;
  const totals = { actions: 0, traces: 0, spans: 0, errors: 0, slowCalls: 0 };

  const emit = (plan: TracePlan): void => {
    tracers.emit(plan, nowMicros() - plan.extentMicros);
    totals.actions += 1;
    totals.traces += plan.traces.length;
    if (plan.failed) totals.errors += 1;
    totals.slowCalls += plan.slowCalls;
    for (const span of plan.traces.flatMap(planSpans)) {
      perService[span.service] += 1;
      totals.spans += 1;
    }
  };

  let pending = shop.next();
  let budget = 0;
  let last = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    const now = performance.now();
    const size = pending.traces.reduce((n, root) => n + countSpans(root), 0);
    // Never bank more than a second's worth (a stalled event loop must not cause a burst), but always
    // enough for the next action, however big.
    budget = Math.min(budget + (rate * (now - last)) / 1_000, Math.max(rate, size));
    last = now;
    let next = size;
    while (budget >= next) {
      emit(pending);
      budget -= next;
      pending = shop.next();
      next = pending.traces.reduce((n, root) => n + countSpans(root), 0);
    }
    timer = setTimeout(tick, TICK_MS * (0.5 + Math.random())).unref();
  };
  timer = setTimeout(tick, TICK_MS).unref();

  let stopping: Promise<void> | undefined;
  return {
    exporters,
    stats: () => ({
      ...totals,
      perService: { ...perService },
      perExporter: tracers.exporterStats(),
    }),
    stop: () => {
      stopping ??= (async () => {
        clearTimeout(timer);
        timer = undefined;
        try {
          await tracers.shutdown();
        } catch (error) {
          options.logger?.warn({ err: String(error) }, 'demo traffic: could not flush every exporter');
        }
      })();
      return stopping;
    },
  };
}
