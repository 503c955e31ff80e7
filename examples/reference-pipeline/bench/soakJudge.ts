import type { ProcessMemory } from './memorySamples.js';

/** The limits the soak judges against (docs/reliability.md, "Load and soak", gives the reasons). */
export interface SoakThresholds {
  /** RSS slope of each process after the warm-up, MiB per minute, at most. */
  readonly rssSlopeMiBPerMinute: number;
  /** V8 heap slope (after a forced GC) of each process after the warm-up, MiB per minute, at most. */
  readonly heapSlopeMiBPerMinute: number;
  /** Memory samples after the warm-up, per process, at least (fewer fit no slope worth judging). */
  readonly minSamples: number;
  /** Share of the offered rate the pipeline must accept. */
  readonly sustainedShare: number;
  /** How often probes are polled: a probe is seen up to this late, added to the latency budget. */
  readonly probePollMs: number;
}

/** The soak's limits. */
export const SOAK_THRESHOLDS: SoakThresholds = Object.freeze({
  rssSlopeMiBPerMinute: 5,
  heapSlopeMiBPerMinute: 1,
  minSamples: 8,
  sustainedShare: 0.95,
  probePollMs: 250,
});

/** What one mode's soak measured, as the judge needs it. */
export interface SoakMeasurement {
  readonly offeredSpansPerSecond: number;
  /** Spans accepted per second of load. */
  readonly sustainedSpansPerSecond: number;
  /** Every process of the pipeline, its samples and slopes after the warm-up. */
  readonly processes: readonly Pick<
    ProcessMemory,
    'name' | 'samples' | 'heapSlopeMiBPerMinute' | 'rssSlopeMiBPerMinute'
  >[];
  readonly warmUpSeconds: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly probes: number;
  readonly unansweredProbes: number;
  /** Load requests and probes answered neither 2xx nor 429/503 (or not answered). */
  readonly failedRequests: number;
  /** The latency budget of the pipeline's settings (docs/guarantees.md), ms. */
  readonly budgetMs: number;
  /** Spans the clients were answered 2xx for (the load's and the probes'). */
  readonly accepted: number;
  /** Distinct spans stored once the pipeline drained. */
  readonly stored: number;
  /** Exit codes of the pipeline's processes when stopped. */
  readonly exitCodes: Readonly<Record<string, number | null>>;
}

/** One judgement: a figure against its limit. */
export interface Judgement {
  readonly name: string;
  readonly value: number;
  /** The limit, as printed (`≤ 5 MiB/min`). */
  readonly limit: string;
  readonly pass: boolean;
}

/**
 * Judges one mode's soak: per process the RSS and heap slopes after the warm-up (and enough samples to fit
 * them), the rate sustained, receipt → queryable p50 and p99 within the budget (plus the probes' polling),
 * every probe answered, no request failed (429/503 sent again are throttling, not failures), every accepted
 * span stored, and a clean stop.
 *
 * @example
 * ```ts
 * const failed = judgeSoak(measurement).filter((j) => !j.pass);
 * ```
 */
export function judgeSoak(m: SoakMeasurement, limits: SoakThresholds = SOAK_THRESHOLDS): Judgement[] {
  const judgements: Judgement[] = [];
  const atMost = (name: string, value: number, limit: number, unit: string): void => {
    judgements.push({ name, value, limit: `≤ ${limit}${unit}`, pass: value <= limit });
  };
  for (const p of m.processes) {
    const warm = p.samples.filter((s) => s.seconds >= m.warmUpSeconds);
    judgements.push({
      name: `${p.name}: memory samples after the warm-up`,
      value: warm.length,
      limit: `≥ ${limits.minSamples}`,
      pass: warm.length >= limits.minSamples,
    });
    atMost(`${p.name}: RSS slope`, p.rssSlopeMiBPerMinute, limits.rssSlopeMiBPerMinute, ' MiB/min');
    // Judged only after a forced GC (`/debug/heap`): the heap as it is swings with the garbage not yet collected.
    if (warm.length > 0 && warm.every((s) => s.afterGc)) {
      atMost(`${p.name}: heap slope`, p.heapSlopeMiBPerMinute, limits.heapSlopeMiBPerMinute, ' MiB/min');
    }
  }
  const minRate = Math.round(limits.sustainedShare * m.offeredSpansPerSecond);
  judgements.push({
    name: 'spans/s accepted',
    value: Math.round(m.sustainedSpansPerSecond),
    limit: `≥ ${minRate}`,
    pass: m.sustainedSpansPerSecond >= minRate,
  });
  const budget = Math.round(m.budgetMs + limits.probePollMs);
  atMost('receipt → queryable p50', Math.round(m.p50Ms), budget, ' ms');
  atMost('receipt → queryable p99', Math.round(m.p99Ms), budget, ' ms');
  judgements.push({ name: 'probes answered', value: m.probes, limit: '≥ 1', pass: m.probes >= 1 });
  atMost('probes never answered', m.unansweredProbes, 0, '');
  atMost('requests failed', m.failedRequests, 0, '');
  judgements.push({
    name: 'spans stored − spans accepted',
    value: m.stored - m.accepted,
    limit: `= 0 (of ${m.accepted})`,
    pass: m.stored === m.accepted,
  });
  const unclean = Object.values(m.exitCodes).filter((code) => code !== 0).length;
  judgements.push({ name: 'processes not stopped cleanly', value: unclean, limit: '= 0', pass: unclean === 0 });
  return judgements;
}
