import { labelledMetrics } from '@ht/enricher-sdk/host';
import { isHtError } from '@ht/stream-core/errors';
import { register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import {
  bucketsByUnit,
  LATENCY_SECONDS_BUCKETS,
  PrometheusMetrics,
  prometheusLabelName,
  prometheusMetricName,
  SIZE_BUCKETS,
} from '../../src/ops/index.js';
import { parseExposition, samplesOf } from './parseExposition.js';

const parsed = async (metrics: PrometheusMetrics) => parseExposition(await metrics.toPrometheus());

describe('PrometheusMetrics', () => {
  it('shows counters with their labels, help and type exactly', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    const lookups = metrics.counter('geo_lookups_total', 'GeoIP lookups');
    lookups.inc(1, { result: 'hit' });
    lookups.inc(2, { result: 'hit' });
    lookups.inc(1, { result: 'miss' });
    const text = await parsed(metrics);
    expect(text.types.get('geo_lookups_total')).toBe('counter');
    expect(text.helps.get('geo_lookups_total')).toBe('GeoIP lookups');
    expect(samplesOf(text, 'geo_lookups_total')).toEqual({
      'geo_lookups_total{result="hit"}': 3,
      'geo_lookups_total{result="miss"}': 1,
    });
  });

  it('fills the label names a call left out with "" and merges "" with absent', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    const counter = metrics.counter('calls_total');
    counter.inc();
    counter.inc(5, { enricher: 'geo', result: 'hit' });
    counter.inc(1, { result: '' });
    counter.inc(2, { enricher: 'geo' });
    const text = await parsed(metrics);
    expect(text.helps.get('calls_total')).toBe('calls_total');
    expect(samplesOf(text, 'calls_total')).toEqual({
      'calls_total{enricher="",result=""}': 2,
      'calls_total{enricher="geo",result="hit"}': 5,
      'calls_total{enricher="geo",result=""}': 2,
    });
  });

  it('adds to one series whatever the order of the labels and however their names are spelled', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    const counter = metrics.counter('order_total');
    const histogram = metrics.histogram('order_seconds');
    const sets: Record<string, string>[] = [
      { a: 'x', b: 'y' },
      { b: 'y', a: 'x' },
      { 'a.': 'z', b: 'y' },
      { b: 'y', a_: 'z' },
      { b: 'y', a_: 'z' },
    ];
    for (const labels of sets) {
      counter.inc(1, labels);
      histogram.observe(0.5, labels);
    }
    const text = await parsed(metrics);
    expect(samplesOf(text, 'order_total')).toEqual({
      'order_total{a="x",a_="",b="y"}': 2,
      'order_total{a="",a_="z",b="y"}': 3,
    });
    expect(samplesOf(text, 'order_seconds_count')).toEqual({
      'order_seconds_count{a="x",a_="",b="y"}': 2,
      'order_seconds_count{a="",a_="z",b="y"}': 3,
    });
  });

  it('escapes label values and sanitizes label names', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    metrics.counter('odd_total').inc(1, { 'http.route': 'a"b\\c\nd' });
    expect(await metrics.toPrometheus()).toContain('odd_total{http_route="a\\"b\\\\c\\nd"} 1\n');
  });

  it('works behind the host’s labelledMetrics (the enricher label on every value)', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    const plugin = labelledMetrics(metrics, { enricher: 'geo' });
    plugin.counter('cache_misses_total', 'misses').inc();
    plugin.counter('cache_misses_total', 'misses').inc(1, { tier: 'gold' });
    expect(samplesOf(await parsed(metrics), 'cache_misses_total')).toEqual({
      'cache_misses_total{enricher="geo",tier=""}': 1,
      'cache_misses_total{enricher="geo",tier="gold"}': 1,
    });
  });

  it('shows histograms as cumulative buckets, sum and count per label set', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false, buckets: () => [0.1, 1] });
    const duration = metrics.histogram('step_seconds', 'time per step');
    duration.observe(0.05, { step: 'a' });
    duration.observe(0.5, { step: 'a' });
    duration.observe(7, { step: 'a' });
    duration.observe(0.2, { step: 'b' });
    const text = await parsed(metrics);
    expect(text.types.get('step_seconds')).toBe('histogram');
    expect(samplesOf(text, 'step_seconds')).toEqual({
      'step_seconds_bucket{le="0.1",step="a"}': 1,
      'step_seconds_bucket{le="1",step="a"}': 2,
      'step_seconds_bucket{le="+Inf",step="a"}': 3,
      'step_seconds_sum{step="a"}': 7.55,
      'step_seconds_count{step="a"}': 3,
      'step_seconds_bucket{le="0.1",step="b"}': 0,
      'step_seconds_bucket{le="1",step="b"}': 1,
      'step_seconds_bucket{le="+Inf",step="b"}': 1,
      'step_seconds_sum{step="b"}': 0.2,
      'step_seconds_count{step="b"}': 1,
    });
  });

  it('a label named le on a histogram is shown as exported_le', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false, buckets: () => [1] });
    metrics.histogram('x_seconds').observe(0.5, { le: 'mine' });
    expect(samplesOf(await parsed(metrics), 'x_seconds_count')).toEqual({ 'x_seconds_count{exported_le="mine"}': 1 });
  });

  it('chooses buckets by the name’s unit: latencies for _seconds, sizes otherwise', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    metrics.histogram('lookup_seconds').observe(0.002);
    metrics.histogram('trace_spans').observe(3);
    const text = await parsed(metrics);
    const bounds = (name: string) =>
      [...text.samples.keys()]
        .filter((k) => k.startsWith(`${name}_bucket`))
        .map((k) => /le="([^"]+)"/.exec(k)?.[1])
        .filter((le) => le !== '+Inf')
        .map(Number);
    expect(bounds('lookup_seconds')).toEqual([...LATENCY_SECONDS_BUCKETS]);
    expect(bounds('trace_spans')).toEqual([...SIZE_BUCKETS]);
    expect(text.samples.get('lookup_seconds_bucket{le="0.0025"}')).toBe(1);
    expect(text.samples.get('lookup_seconds_bucket{le="0.001"}')).toBe(0);
    expect(text.samples.get('trace_spans_bucket{le="4"}')).toBe(1);
    expect(text.samples.get('trace_spans_bucket{le="1"}')).toBe(0);
    expect(bucketsByUnit('ht_enricher_duration_seconds')).toBe(LATENCY_SECONDS_BUCKETS);
    expect(bucketsByUnit('ht_view_batch_rows')).toBe(SIZE_BUCKETS);
  });

  it('returns the same instrument for the same (sanitized) name', () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    expect(metrics.counter('a.b_total')).toBe(metrics.counter('a_b_total'));
    expect(metrics.histogram('h_seconds')).toBe(metrics.histogram('h_seconds', 'other help'));
  });

  it('refuses one name as both a counter and a histogram, naming it', () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    metrics.counter('work_total');
    let error: unknown;
    try {
      metrics.histogram('work.total');
    } catch (e) {
      error = e;
    }
    expect(isHtError(error, 'CONFIG_INVALID')).toBe(true);
    expect((error as Error).message).toBe(
      'metric work_total is a counter already and cannot also be a histogram: give the histogram another name',
    );
    metrics.histogram('size_bytes');
    expect(() => metrics.counter('size_bytes')).toThrow(/metric size_bytes is a histogram already/);
  });

  it('refuses the name of a process metric, a decreasing counter and non-finite values', () => {
    const metrics = new PrometheusMetrics();
    expect(() => metrics.counter('process_cpu_seconds_total')).toThrow(
      'metric process_cpu_seconds_total is one of the process metrics already: use another name',
    );
    expect(() => metrics.counter('x_total').inc(-1)).toThrow('metric x_total: a counter cannot decrease (inc -1)');
    expect(() => metrics.histogram('y_seconds').observe(Number.NaN)).toThrow(
      'metric y_seconds: an observed value must be a finite number, got NaN',
    );
  });

  it('adds the process metrics (CPU, RSS, event-loop lag) to its own registry, not the global one', async () => {
    const before = (await globalRegistry.getMetricsAsJSON()).length;
    const metrics = new PrometheusMetrics();
    const text = await parsed(metrics);
    expect(text.types.get('process_cpu_seconds_total')).toBe('counter');
    expect(text.types.get('process_resident_memory_bytes')).toBe('gauge');
    expect(text.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    expect((await globalRegistry.getMetricsAsJSON()).length).toBe(before);
    const prefixed = await parsed(new PrometheusMetrics({ defaultMetrics: { prefix: 'ht_' } }));
    expect(prefixed.types.get('ht_process_cpu_seconds_total')).toBe('counter');
    expect(metrics.contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
  });
});

describe('Prometheus names', () => {
  it('sanitizes metric names', () => {
    expect(prometheusMetricName('geo.lookups-total')).toBe('geo_lookups_total');
    expect(prometheusMetricName('5xx_total')).toBe('_5xx_total');
    expect(prometheusMetricName('ns:rule_total')).toBe('ns:rule_total');
    expect(() => prometheusMetricName('')).toThrow('a metric name must not be empty');
  });

  it('sanitizes label names', () => {
    expect(prometheusLabelName('http.method')).toBe('http_method');
    expect(prometheusLabelName('__name__')).toBe('_name__');
    expect(prometheusLabelName('a:b')).toBe('a_b');
    expect(prometheusLabelName('1st')).toBe('_1st');
  });
});
