import type { Counter, Histogram, Labels } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core/errors';
import { prometheusLabelName } from './prometheusName.js';

/** One exposed sample, in the shape prom-client's `Registry` renders (`Metric.get()`'s `values`). */
interface Sample {
  readonly metricName?: string;
  readonly labels: Readonly<Record<string, string | number>>;
  readonly value: number;
}

/** What prom-client's `Registry` reads from a registered metric when it renders the exposition. */
export interface RenderedMetric {
  readonly name: string;
  readonly help: string;
  readonly type: 'counter' | 'histogram';
  readonly aggregator: 'sum';
  readonly values: readonly Sample[];
}

/**
 * The series of one SDK metric, keyed by their labels. The SDK's `Metrics` contract lets the label set
 * vary per call while prom-client fixes a metric's label names when it is created, so the series are kept
 * here: label names are sanitized and declared as they first appear, a value of `''` is the same as the
 * label being absent (as in Prometheus), and at scrape time every series is shown with every label name
 * the metric has seen, missing ones as `''`.
 */
abstract class LabelledSeries<S> {
  private readonly series = new Map<string, { labels: Record<string, string>; state: S }>();
  /**
   * The state of each label set as callers pass it (names and values in their order, unsanitized): the
   * hot path (an enricher's or view's observation per trace) is one string and one map lookup.
   */
  private readonly byRawLabels = new Map<string, S>();
  private readonly labelNames = new Set<string>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly reserved: readonly string[],
  ) {}

  /** The state of the series `labels` names, created on first use. */
  protected at(labels: Labels | undefined): S {
    let raw = '';
    if (labels !== undefined) for (const name in labels) raw += `${name}\u0000${String(labels[name])}\u0001`;
    let state = this.byRawLabels.get(raw);
    if (state === undefined) {
      state = this.canonical(labels);
      this.byRawLabels.set(raw, state);
    }
    return state;
  }

  /** The series of `labels` after sanitizing and sorting their names, created on first use. */
  private canonical(labels: Labels | undefined): S {
    const own: Record<string, string> = {};
    for (const [raw, value] of Object.entries(labels ?? {})) {
      if (value === '') continue;
      let label = prometheusLabelName(raw);
      if (this.reserved.includes(label)) label = `exported_${label}`;
      own[label] = String(value);
    }
    const key = Object.keys(own)
      .sort()
      .map((label) => `${label}=${JSON.stringify(own[label])}`)
      .join(',');
    let entry = this.series.get(key);
    if (entry === undefined) {
      for (const label of Object.keys(own)) this.labelNames.add(label);
      entry = { labels: own, state: this.initial() };
      this.series.set(key, entry);
    }
    return entry.state;
  }

  /** Every series, each with every label name seen (missing ones `''`), in first-seen order. */
  protected entries(): { labels: Record<string, string>; state: S }[] {
    const names = [...this.labelNames].sort();
    return [...this.series.values()].map(({ labels, state }) => ({
      labels: Object.fromEntries(names.map((n) => [n, labels[n] ?? ''])),
      state,
    }));
  }

  /** Forgets every series (prom-client's `Registry.resetMetrics`). */
  reset(): void {
    this.series.clear();
    this.byRawLabels.clear();
  }

  protected checkValue(value: number, what: string): void {
    if (!Number.isFinite(value)) {
      throw new HtError('INPUT_INVALID', `metric ${this.name}: ${what} must be a finite number, got ${value}`);
    }
  }

  protected abstract initial(): S;
}

/** A counter of the SDK's `Metrics`, rendered by prom-client as `<name>{labels} <total>`. */
export class SdkCounter extends LabelledSeries<{ value: number }> implements Counter {
  readonly type = 'counter';
  readonly aggregator = 'sum';

  constructor(name: string, help: string) {
    super(name, help, []);
  }

  inc(value = 1, labels?: Labels): void {
    this.checkValue(value, 'a counter increment');
    if (value < 0) throw new HtError('INPUT_INVALID', `metric ${this.name}: a counter cannot decrease (inc ${value})`);
    this.at(labels).value += value;
  }

  /** The samples prom-client renders (its `Metric.get()`). */
  get(): Promise<RenderedMetric> {
    const values = this.entries().map(({ labels, state }) => ({ labels, value: state.value }));
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }

  protected initial(): { value: number } {
    return { value: 0 };
  }
}

interface HistogramState {
  /** Observations per bucket (not cumulative); the last slot is `+Inf`. */
  readonly counts: number[];
  sum: number;
  count: number;
}

/**
 * A histogram of the SDK's `Metrics` with fixed bucket upper bounds, rendered by prom-client as
 * `<name>_bucket{…,le="…"}` (cumulative), `<name>_sum` and `<name>_count`. A label named `le` is shown as
 * `exported_le`.
 */
export class SdkHistogram extends LabelledSeries<HistogramState> implements Histogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';

  constructor(
    name: string,
    help: string,
    private readonly bounds: readonly number[],
  ) {
    super(name, help, ['le']);
  }

  observe(value: number, labels?: Labels): void {
    this.checkValue(value, 'an observed value');
    const state = this.at(labels);
    const bucket = this.bounds.findIndex((bound) => value <= bound);
    state.counts[bucket === -1 ? this.bounds.length : bucket]! += 1;
    state.sum += value;
    state.count += 1;
  }

  /** The samples prom-client renders (its `Metric.get()`). */
  get(): Promise<RenderedMetric> {
    const values: Sample[] = [];
    for (const { labels, state } of this.entries()) {
      let cumulative = 0;
      this.bounds.forEach((bound, i) => {
        cumulative += state.counts[i] ?? 0;
        values.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: bound }, value: cumulative });
      });
      values.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: '+Inf' }, value: state.count });
      values.push({ metricName: `${this.name}_sum`, labels, value: state.sum });
      values.push({ metricName: `${this.name}_count`, labels, value: state.count });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }

  protected initial(): HistogramState {
    return { counts: new Array<number>(this.bounds.length + 1).fill(0), sum: 0, count: 0 };
  }
}
