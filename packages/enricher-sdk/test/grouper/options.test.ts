import { HtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { GROUPER_DEFAULTS, GrouperStats, resolveGrouperOptions } from '../../src/grouper/index.js';
import type { GrouperOptions } from '../../src/grouper/index.js';
import type { Labels, Metrics } from '../../src/index.js';

describe('grouper options', () => {
  it('default to a 30 s gap, 10k spans per trace and an idle fallback of twice the gap', () => {
    expect(resolveGrouperOptions()).toEqual({ ...GROUPER_DEFAULTS, idleTimeoutMs: 60_000, metrics: undefined });
    expect(resolveGrouperOptions({ gapMs: 3_000 }).idleTimeoutMs).toBe(6_000);
    expect(resolveGrouperOptions({ idleTimeoutMs: Infinity }).idleTimeoutMs).toBe(Infinity);
  });

  it.each<[GrouperOptions, string]>([
    [{ gapMs: 0 }, 'grouper option gapMs must be a positive number of ms, got 0'],
    [{ gapMs: Infinity }, 'grouper option gapMs must be a positive number of ms, got Infinity'],
    [{ maxSpansPerTrace: 1.5 }, 'grouper option maxSpansPerTrace must be a positive integer, got 1.5'],
    [{ maxTraceDurationMs: -1 }, 'grouper option maxTraceDurationMs must be a positive number of ms, got -1'],
    [
      { maxSpansPerTrace: 100, maxOpenSpans: 99 },
      'grouper option maxOpenSpans must be an integer >= maxSpansPerTrace (100), got 99',
    ],
    [{ allowedLatenessMs: -5 }, 'grouper option allowedLatenessMs must be a finite number of ms >= 0, got -5'],
    [{ idleTimeoutMs: 0 }, 'grouper option idleTimeoutMs must be a positive number of ms or Infinity, got 0'],
    [{ name: '' }, 'grouper option name must be a non-empty string, got '],
  ])('refuse %j with CONFIG_INVALID', (options, message) => {
    const error = (() => {
      try {
        resolveGrouperOptions(options);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(HtError);
    expect(error).toMatchObject({ code: 'CONFIG_INVALID', message });
  });
});

describe('grouper stats', () => {
  it('count per reason, push counters to the Metrics interface and render Prometheus text', () => {
    const recorded: [string, number, Labels | undefined][] = [];
    const metrics: Metrics = {
      counter: (name) => ({ inc: (value = 1, labels) => void recorded.push([name, value, labels]) }),
      histogram: () => ({ observe: () => undefined }),
    };
    const stats = new GrouperStats(metrics);
    stats.attach(() => ({ openTraces: 2, openSpans: 7, trackedTraces: 3 }));
    stats.emitted('gap', 4);
    stats.emitted('memory-cap', 2);
    stats.lateSpan();
    stats.tooLateSpan();
    expect(recorded).toEqual([
      ['ht_grouper_traces_emitted_total', 1, { reason: 'gap' }],
      ['ht_grouper_spans_emitted_total', 4, { reason: 'gap' }],
      ['ht_grouper_traces_emitted_total', 1, { reason: 'memory-cap' }],
      ['ht_grouper_spans_emitted_total', 2, { reason: 'memory-cap' }],
      ['ht_grouper_late_spans_total', 1, undefined],
      ['ht_grouper_too_late_spans_total', 1, undefined],
    ]);
    const text = stats.toPrometheus({ job: 'grouper "eu"' });
    expect(text).toContain('# TYPE ht_grouper_open_spans gauge\nht_grouper_open_spans{job="grouper \\"eu\\""} 7\n');
    expect(text).toContain('ht_grouper_traces_emitted_total{job="grouper \\"eu\\"",reason="memory-cap"} 1\n');
    expect(text).toContain('ht_grouper_spans_emitted_total{job="grouper \\"eu\\"",reason="gap"} 4\n');
    expect(text).toContain('ht_grouper_late_spans_total{job="grouper \\"eu\\""} 1\n');
    expect(stats.snapshot()).toMatchObject({
      openTraces: 2,
      openSpans: 7,
      trackedTraces: 3,
      lateSpans: 1,
      tooLateSpans: 1,
    });
  });
});
