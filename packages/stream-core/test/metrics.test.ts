import { describe, expect, it } from 'vitest';
import { BucketHistogram, Job, MetricsRegistry, countAggregate, escapeLabel, tumblingWindows } from '../src/index.js';
import { MemorySink, MemorySource, VirtualClock } from '../src/testing/index.js';

describe('metrics', () => {
  it('count records per operator and export Prometheus text', async () => {
    const clock = new VirtualClock(1_000);
    const records = Array.from({ length: 10 }, (_, i) => ({ k: i % 2 === 0 ? 'a' : 'b', t: i }));
    const job = new Job({ name: 'metrics', clock });
    job
      .source(new MemorySource({ partitions: { p0: records }, batchSize: 4 }), { timestamp: (r) => r.t })
      .filter((r) => r.t !== 3, { name: 'drop-3' })
      .keyBy((r) => r.k)
      .window(tumblingWindows({ sizeMs: 5 }))
      .aggregate(countAggregate(), { name: 'count' })
      .to(new MemorySink<number>({ name: 'out' }));
    await job.start();
    await job.done;
    const byName = new Map(job.metrics.snapshot().map((m) => [m.operator, m]));
    expect(byName.get('memory-source')).toMatchObject({ recordsIn: 10, recordsOut: 10, kind: 'source' });
    expect(byName.get('drop-3')).toMatchObject({ recordsIn: 10, recordsOut: 9, dropped: 1 });
    expect(byName.get('count')).toMatchObject({ recordsIn: 9, recordsOut: 4, late: 0 });
    expect(byName.get('out')).toMatchObject({ recordsIn: 4, recordsOut: 4, queueDepth: 0 });
    const text = job.metrics.toPrometheus();
    expect(text).toContain('# TYPE ht_stream_records_in_total counter');
    expect(text).toContain('ht_stream_records_dropped_total{job="metrics",operator="drop-3",kind="operator"} 1');
    expect(text).toContain('ht_stream_records_out_total{job="metrics",operator="count",kind="window"} 4');
    expect(text).toMatch(
      /ht_stream_batch_seconds_bucket\{job="metrics",operator="count",kind="window",le="\+Inf"\} \d+/,
    );
    expect(text).toMatch(/ht_stream_end_to_end_seconds_count\{job="metrics",operator="out",kind="sink"\} \d+/);
    for (const line of text.trim().split('\n')) {
      expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+\{[^}]*\} [-\d.e+Inf]+)$/);
    }
  });

  it('reports watermark lag against the clock', () => {
    const clock = new VirtualClock(5_000);
    const registry = new MetricsRegistry(clock);
    const m = registry.register('j', 'op', 'window');
    expect(registry.snapshot()[0]?.watermarkLagMs).toBeNull();
    m.watermark = 4_000;
    expect(registry.snapshot()[0]?.watermarkLagMs).toBe(1_000);
    expect(registry.toPrometheus()).toContain('ht_stream_watermark_lag_ms{job="j",operator="op",kind="window"} 1000');
  });

  it('histograms are cumulative and labels are escaped', () => {
    const h = new BucketHistogram([1, 10]);
    h.observe(0.5);
    h.observe(5);
    h.observe(50);
    expect(h.counts).toEqual([1, 1, 1]);
    expect(h.quantile(0.5)).toBe(10);
    expect(escapeLabel('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd');
  });
});
