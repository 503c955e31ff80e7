/**
 * Metric labels (Prometheus labels, OTel attributes). Keep their values low-cardinality.
 *
 * @example
 * ```ts
 * const labels: Labels = { enricher: 'geo', result: 'hit' };
 * ```
 */
export type Labels = Readonly<Record<string, string>>;

/**
 * A monotonically increasing count.
 *
 * @example
 * ```ts
 * ctx.metrics.counter('geo_lookups_total', 'GeoIP lookups').inc(1, { result: 'hit' });
 * ```
 */
export interface Counter {
  inc(value?: number, labels?: Labels): void;
}

/**
 * A distribution of observed values (latencies in seconds, sizes in bytes).
 *
 * @example
 * ```ts
 * ctx.metrics.histogram('geo_lookup_seconds', 'GeoIP lookup time').observe(0.002);
 * ```
 */
export interface Histogram {
  observe(value: number, labels?: Labels): void;
}

/**
 * Where plugins create metrics. Names follow Prometheus (`snake_case`, `_total` for counters, base
 * units); the host adds an `enricher` label to every metric a plugin records. Asking twice for the same
 * name returns the same metric.
 *
 * @example
 * ```ts
 * const misses = ctx.metrics.counter('cache_misses_total', 'lookups that missed the cache');
 * misses.inc();
 * ```
 */
export interface Metrics {
  counter(name: string, help?: string): Counter;
  histogram(name: string, help?: string): Histogram;
}

const noopCounter: Counter = { inc: () => undefined };
const noopHistogram: Histogram = { observe: () => undefined };

/**
 * Metrics that record nothing: the default when none are given.
 *
 * @example
 * ```ts
 * noopMetrics.counter('x_total').inc();
 * ```
 */
export const noopMetrics: Metrics = {
  counter: () => noopCounter,
  histogram: () => noopHistogram,
};

/**
 * Wraps `metrics` so every value recorded carries `labels` too (the host labels a plugin's metrics
 * with its name this way).
 *
 * @example
 * ```ts
 * const pluginMetrics = labelledMetrics(metrics, { enricher: 'geo' });
 * ```
 */
export function labelledMetrics(metrics: Metrics, labels: Labels): Metrics {
  return {
    counter(name, help) {
      const counter = metrics.counter(name, help);
      return { inc: (value = 1, extra) => counter.inc(value, extra ? { ...extra, ...labels } : labels) };
    },
    histogram(name, help) {
      const histogram = metrics.histogram(name, help);
      return { observe: (value, extra) => histogram.observe(value, extra ? { ...extra, ...labels } : labels) };
    },
  };
}
