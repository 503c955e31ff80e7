import { describe, expect, it } from 'vitest';
import { judgeSoak, SOAK_THRESHOLDS } from '../../bench/soakJudge.js';
import type { SoakMeasurement } from '../../bench/soakJudge.js';
import type { MemorySample } from '../../bench/memorySamples.js';

const samples = (count: number, afterGc = true): MemorySample[] =>
  Array.from({ length: count }, (_, i) => ({ seconds: i * 10, rssMiB: 500, heapMiB: 80, externalMiB: 5, afterGc }));

const good: SoakMeasurement = {
  offeredSpansPerSecond: 2_000,
  sustainedSpansPerSecond: 1_998,
  processes: [{ name: 'ht', samples: samples(60), rssSlopeMiBPerMinute: 0.5, heapSlopeMiBPerMinute: 0.1 }],
  warmUpSeconds: 200,
  p50Ms: 2_500,
  p99Ms: 4_000,
  probes: 600,
  unansweredProbes: 0,
  failedRequests: 0,
  budgetMs: 4_500,
  accepted: 1_200_600,
  stored: 1_200_600,
  exitCodes: { ht: 0 },
};

const failed = (m: SoakMeasurement): string[] =>
  judgeSoak(m)
    .filter((j) => !j.pass)
    .map((j) => j.name);

describe('judgeSoak (the soak bench, docs/reliability.md "Load and soak")', () => {
  it('passes a flat, fast, lossless run, judging each process', () => {
    const judgements = judgeSoak(good);
    expect(judgements.every((j) => j.pass)).toBe(true);
    expect(judgements.map((j) => j.name)).toEqual([
      'ht: memory samples after the warm-up',
      'ht: RSS slope',
      'ht: heap slope',
      'spans/s accepted',
      'receipt → queryable p50',
      'receipt → queryable p99',
      'probes answered',
      'probes never answered',
      'requests failed',
      'spans stored − spans accepted',
      'processes not stopped cleanly',
    ]);
  });

  it('fails a process whose RSS or heap grows faster than the limits', () => {
    const views = { name: 'views', samples: samples(60), rssSlopeMiBPerMinute: 12, heapSlopeMiBPerMinute: 1.5 };
    expect(failed({ ...good, processes: [...good.processes, views] })).toEqual([
      'views: RSS slope',
      'views: heap slope',
    ]);
  });

  it('does not judge a heap not read after a forced GC, and fails too few samples after the warm-up', () => {
    const noGc = { name: 'ht', samples: samples(25, false), rssSlopeMiBPerMinute: 0, heapSlopeMiBPerMinute: 9 };
    const names = judgeSoak({ ...good, processes: [noGc] }).map((j) => j.name);
    expect(names).not.toContain('ht: heap slope');
    expect(failed({ ...good, processes: [noGc] })).toEqual(['ht: memory samples after the warm-up']);
  });

  it('fails a p99 over the budget plus the probes’ polling, a lost span, a failed request, an unclean stop', () => {
    const limit = good.budgetMs + SOAK_THRESHOLDS.probePollMs;
    expect(failed({ ...good, p99Ms: limit })).toEqual([]);
    expect(failed({ ...good, p99Ms: limit + 1 })).toEqual(['receipt → queryable p99']);
    expect(failed({ ...good, stored: good.accepted - 1 })).toEqual(['spans stored − spans accepted']);
    expect(failed({ ...good, stored: NaN })).toEqual(['spans stored − spans accepted']);
    expect(failed({ ...good, failedRequests: 1 })).toEqual(['requests failed']);
    expect(failed({ ...good, exitCodes: { ht: null } })).toEqual(['processes not stopped cleanly']);
    expect(failed({ ...good, sustainedSpansPerSecond: 1_800 })).toEqual(['spans/s accepted']);
  });

  it('fails a run without probe answers (no latency to judge)', () => {
    expect(failed({ ...good, probes: 0, p50Ms: NaN, p99Ms: NaN })).toEqual([
      'receipt → queryable p50',
      'receipt → queryable p99',
      'probes answered',
    ]);
  });
});
