import type { Counter, Histogram, Labels, Metrics } from '../context/Metrics.js';

function seriesKey(labels: Labels | undefined): string {
  if (labels === undefined) return '';
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k] ?? ''}`)
    .join(',');
}

/**
 * {@link Metrics} kept in memory, for assertions in tests: counter totals and histogram observations
 * per label set.
 *
 * @example
 * ```ts
 * const metrics = new MemoryMetrics();
 * metrics.counter('x_total').inc(2, { enricher: 'geo' });
 * metrics.value('x_total', { enricher: 'geo' }); // 2
 * ```
 */
export class MemoryMetrics implements Metrics {
  private readonly counters = new Map<string, Map<string, number>>();
  private readonly histograms = new Map<string, Map<string, number[]>>();

  counter(name: string): Counter {
    const series = this.counters.get(name) ?? new Map<string, number>();
    this.counters.set(name, series);
    return {
      inc: (value = 1, labels) => {
        const key = seriesKey(labels);
        series.set(key, (series.get(key) ?? 0) + value);
      },
    };
  }

  histogram(name: string): Histogram {
    const series = this.histograms.get(name) ?? new Map<string, number[]>();
    this.histograms.set(name, series);
    return {
      observe: (value, labels) => {
        const key = seriesKey(labels);
        const values = series.get(key) ?? [];
        values.push(value);
        series.set(key, values);
      },
    };
  }

  /** A counter's total for exactly these labels, or summed over all label sets when none are given. */
  value(name: string, labels?: Labels): number {
    const series = this.counters.get(name);
    if (series === undefined) return 0;
    if (labels === undefined) return [...series.values()].reduce((a, b) => a + b, 0);
    return series.get(seriesKey(labels)) ?? 0;
  }

  /** A histogram's observations for exactly these labels, or all of them when none are given. */
  observations(name: string, labels?: Labels): number[] {
    const series = this.histograms.get(name);
    if (series === undefined) return [];
    if (labels === undefined) return [...series.values()].flat();
    return [...(series.get(seriesKey(labels)) ?? [])];
  }
}
