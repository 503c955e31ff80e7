import type { Counter, Histogram, Metrics } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core/errors';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Metric, PrometheusContentType } from 'prom-client';
import { bucketsByUnit } from './histogramBuckets.js';
import { prometheusMetricName } from './prometheusName.js';
import { SdkCounter, SdkHistogram } from './SdkInstruments.js';

/**
 * Options of {@link PrometheusMetrics}.
 *
 * @example
 * ```ts
 * const options: PrometheusMetricsOptions = { defaultMetrics: false, buckets: () => [0.1, 1, 10] };
 * ```
 */
export interface PrometheusMetricsOptions {
  /**
   * The process metrics of prom-client's `collectDefaultMetrics` (CPU, resident memory, heap, event-loop
   * lag, GC, handles) on this registry: `true` (default), `false`, or `{ prefix }` to prefix their names.
   */
  readonly defaultMetrics?: boolean | { readonly prefix: string };
  /** A histogram's bucket upper bounds, from its sanitized name (default {@link bucketsByUnit}). */
  readonly buckets?: (name: string) => readonly number[];
}

/**
 * The SDK's `Metrics` contract on prom-client, in a `Registry` of its own (never prom-client's global
 * one), with the process metrics of `collectDefaultMetrics`. Names are sanitized to Prometheus rules
 * (`geo.lookups` → `geo_lookups`); asking twice for a name returns the same instrument; asking for one
 * name as both a counter and a histogram is an `HtError` (`CONFIG_INVALID`) naming it. Labels may differ
 * from call to call: every series is shown with every label name its metric has seen, missing ones as
 * `''` (the same as absent in Prometheus). Histogram buckets follow the name's unit (`_seconds` →
 * latencies, anything else → sizes) unless `buckets` says otherwise.
 *
 * @example
 * ```ts
 * const metrics = new PrometheusMetrics();
 * metrics.counter('geo_lookups_total', 'GeoIP lookups').inc(1, { result: 'hit' });
 * metrics.histogram('geo_lookup_seconds', 'GeoIP lookup time').observe(0.002);
 * const text = await metrics.toPrometheus(); // '# HELP geo_lookups_total GeoIP lookups\n…'
 * ```
 */
export class PrometheusMetrics implements Metrics {
  /** The prom-client registry holding these metrics (and the process metrics). */
  readonly registry: Registry<PrometheusContentType> = new Registry();
  private readonly instruments = new Map<string, SdkCounter | SdkHistogram>();
  private readonly buckets: (name: string) => readonly number[];

  constructor(options: PrometheusMetricsOptions = {}) {
    this.buckets = options.buckets ?? bucketsByUnit;
    const defaults = options.defaultMetrics ?? true;
    if (defaults !== false) {
      collectDefaultMetrics({ register: this.registry, ...(defaults === true ? {} : { prefix: defaults.prefix }) });
    }
  }

  /** The counter `name` (sanitized), created on first use. */
  counter(name: string, help?: string): Counter {
    return this.instrument(name, 'counter', (n) => new SdkCounter(n, help ?? n));
  }

  /** The histogram `name` (sanitized), created on first use with the buckets its name calls for. */
  histogram(name: string, help?: string): Histogram {
    return this.instrument(name, 'histogram', (n) => new SdkHistogram(n, help ?? n, this.buckets(n)));
  }

  /** The Prometheus text exposition (format 0.0.4) of every metric of the registry. */
  toPrometheus(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of {@link PrometheusMetrics.toPrometheus}'s text. */
  get contentType(): PrometheusContentType {
    return this.registry.contentType;
  }

  private instrument<I extends SdkCounter | SdkHistogram>(
    requested: string,
    type: I['type'],
    create: (name: string) => I,
  ): I {
    const name = prometheusMetricName(requested);
    const existing = this.instruments.get(name);
    if (existing !== undefined) {
      if (existing.type !== type) {
        throw new HtError(
          'CONFIG_INVALID',
          `metric ${name} is a ${existing.type} already and cannot also be a ${type}: give the ${type} another name`,
          { context: { metric: name, requested } },
        );
      }
      return existing as I;
    }
    if (this.registry.getSingleMetric(name) !== undefined) {
      throw new HtError('CONFIG_INVALID', `metric ${name} is one of the process metrics already: use another name`, {
        context: { metric: name, requested },
      });
    }
    const instrument = create(name);
    // prom-client renders any registered metric from its `get()`: these keep their own series (see SdkInstruments).
    this.registry.registerMetric(instrument as unknown as Metric);
    this.instruments.set(name, instrument);
    return instrument;
  }
}
