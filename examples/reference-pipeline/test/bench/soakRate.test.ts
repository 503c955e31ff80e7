import { describe, expect, it } from 'vitest';
import { loweredSoakRate, meanOfferedRate, nextOfferedRate, sustainedRate } from '../../bench/soakRate.js';
import type { ProgressReading, SoakCheck } from '../../bench/soakRate.js';

describe('nextOfferedRate (the soak bench: searching for the sustainable rate)', () => {
  it('offers 25% more while the backlog is small', () => {
    expect(nextOfferedRate({ offered: 1_000, storedRate: 990, backlog: 3_500, previousBacklog: 3_000 })).toBe(1_250);
  });

  it('offers the stored rate while a backlog over 8 s of it shrinks', () => {
    expect(nextOfferedRate({ offered: 2_700, storedRate: 3_000, backlog: 30_000, previousBacklog: 40_000 })).toBe(
      3_000,
    );
  });

  it('offers 90% of the stored rate once the backlog is over 8 s of it and growing', () => {
    expect(nextOfferedRate({ offered: 4_000, storedRate: 3_000, backlog: 40_000, previousBacklog: 30_000 })).toBe(
      2_700,
    );
  });

  it('weighs the backlog against the first rate, and holds the rate while nothing was stored', () => {
    const first = { offered: 1_250, storedRate: 0, backlog: 4_500, previousBacklog: 2_000 };
    expect(nextOfferedRate(first, { startRate: 1_000 })).toBe(1_562.5);
    expect(nextOfferedRate(first)).toBe(1_250);
  });

  it('at most halves the rate in a step, and never offers less than the least rate', () => {
    expect(nextOfferedRate({ offered: 2_000, storedRate: 100, backlog: 50_000, previousBacklog: 40_000 })).toBe(1_000);
    expect(nextOfferedRate({ offered: 80, storedRate: 10, backlog: 5_000, previousBacklog: 4_000 })).toBe(50);
  });

  // A fake pipeline (our control law against a model, no services): it stores at most `capacity` spans/s,
  // each span `latency` s after it was accepted at the earliest.
  function simulate(capacity: number, latencySteps: number, steps: number): { stored: number[]; offered: number[] } {
    const stepSeconds = 2;
    const accepted: number[] = [0];
    const stored: number[] = [0];
    const offered: number[] = [];
    let rate = 1_000;
    for (let i = 1; i <= steps; i++) {
      offered.push(rate);
      accepted.push(accepted[i - 1]! + rate * stepSeconds);
      const ready = accepted[Math.max(0, i - latencySteps)]!;
      stored.push(Math.min(ready, stored[i - 1]! + capacity * stepSeconds));
      const windowStart = Math.max(0, i - 3);
      const storedRate = (stored[i]! - stored[windowStart]!) / ((i - windowStart) * stepSeconds);
      rate = nextOfferedRate(
        {
          offered: rate,
          storedRate,
          backlog: accepted[i]! - stored[i]!,
          previousBacklog: accepted[i - 1]! - stored[i - 1]!,
        },
        { startRate: 1_000 },
      );
    }
    return { stored, offered };
  }

  it('keeps a model pipeline storing at its capacity, with a bounded backlog, in its second half', () => {
    for (const capacity of [800, 3_000, 9_000]) {
      const { stored, offered } = simulate(capacity, 2, 45);
      const storedRate = (stored[45]! - stored[22]!) / (23 * 2);
      expect(storedRate).toBeGreaterThan(0.95 * capacity);
      expect(storedRate).toBeLessThanOrEqual(capacity);
      expect(Math.max(...offered.slice(22))).toBeLessThan(1.6 * capacity);
    }
  });

  it('holds the backlog at the latency budget: over 4.5 s of the stored rate, no more increase', () => {
    const atBudget = { offered: 8_000, storedRate: 8_000, backlog: 40_000, previousBacklog: 39_000 };
    expect(nextOfferedRate(atBudget, { backlogSeconds: 4.5 })).toBe(7_200);
    expect(nextOfferedRate(atBudget)).toBe(10_000);
  });
});

describe('sustainedRate (the soak bench: the rate a search found)', () => {
  /** Readings every 2 s from t = 0, storing `rateAt(seconds)` spans/s. */
  function readings(seconds: number, rateAt: (s: number) => number): ProgressReading[] {
    const out: ProgressReading[] = [{ at: 0, progress: { accepted: 0, stored: 0 } }];
    for (let t = 2; t <= seconds; t += 2) {
      const stored = out.at(-1)!.progress.stored + 2 * rateAt(t);
      out.push({ at: t * 1000, progress: { accepted: stored + 1_000, stored } });
    }
    return out;
  }

  it('is the lowest rate of the minutes measured: a store slowing down shows in its last minute', () => {
    const slowing = readings(300, (t) => (t <= 180 ? 9_000 : t <= 240 ? 8_000 : 7_000));
    const measured = sustainedRate(slowing, 120_000, 60_000);
    expect(measured.windows).toEqual([9_000, 8_000, 7_000]);
    expect(measured.spansPerSecond).toBe(7_000);
  });

  it('cuts the span measured into as many windows as it holds, readings a little apart or not', () => {
    // Readings every 2.3 s: 178 s from 120 s on are three windows of about a minute, not two.
    const uneven: ProgressReading[] = [];
    for (let t = 0, stored = 0; t <= 299; t += 2.3) {
      uneven.push({ at: t * 1000, progress: { accepted: stored + 1_000, stored } });
      stored += 2.3 * (t < 240 ? 6_000 : 3_000);
    }
    const measured = sustainedRate(uneven, 120_000, 60_000);
    expect(measured.windows).toHaveLength(3);
    expect(measured.windows[0]).toBeCloseTo(6_000, 0);
    expect(measured.spansPerSecond).toBeLessThan(3_600);
    // A span of 1.4 windows is one window.
    const steady = readings(204, (t) => (t <= 180 ? 6_000 : 3_000));
    expect(sustainedRate(steady, 120_000, 60_000).windows).toEqual([(60 * 6_000 + 24 * 3_000) / 84]);
  });

  it('is NaN when the readings measured span less than half a window', () => {
    expect(
      sustainedRate(
        readings(88, () => 5_000),
        60_000,
        60_000,
      ).spansPerSecond,
    ).toBeNaN();
  });
});

describe('loweredSoakRate (the soak bench: a soak that falls behind in its first minutes)', () => {
  const guard = { backlogSeconds: 4.5, share: 0.8 };
  const check = (storedRate: number, backlog: number): SoakCheck => ({ storedRate, backlog });

  it('lowers the rate to 80% of the stored rate once the backlog was over the budget and grew three checks in a row', () => {
    const behind = [check(7_000, 30_000), check(7_000, 40_000), check(7_000, 50_000), check(7_000, 60_000)];
    expect(loweredSoakRate(8_000, behind, guard)).toBe(5_600);
  });

  it('keeps the rate while the backlog is within the budget, shrinks, or was over it too briefly', () => {
    const within = [check(8_000, 20_000), check(8_000, 24_000), check(8_000, 28_000), check(8_000, 32_000)];
    expect(loweredSoakRate(8_000, within, guard)).toBeUndefined();
    const shrinking = [check(7_000, 60_000), check(7_000, 50_000), check(7_000, 45_000), check(7_000, 40_000)];
    expect(loweredSoakRate(8_000, shrinking, guard)).toBeUndefined();
    const brief = [check(7_000, 30_000), check(7_000, 40_000), check(7_000, 50_000)];
    expect(loweredSoakRate(8_000, brief, guard)).toBeUndefined();
  });

  it('never raises the rate, and holds it while nothing is stored', () => {
    const behindAtHigherRate = [check(9_900, 45_000), check(9_900, 46_000), check(9_900, 47_000), check(9_900, 48_000)];
    expect(loweredSoakRate(5_000, behindAtHigherRate, { backlogSeconds: 4.5, share: 0.8 })).toBeUndefined();
    const stalled = [check(0, 10_000), check(0, 20_000), check(0, 30_000), check(0, 40_000)];
    expect(loweredSoakRate(5_000, stalled, guard)).toBeUndefined();
  });
});

describe('meanOfferedRate (the soak bench: the rate accepted spans are judged against)', () => {
  it('weighs each rate by the seconds it was offered', () => {
    expect(meanOfferedRate(10_000, [{ seconds: 60, to: 8_000 }], 600)).toBe(8_200);
    expect(
      meanOfferedRate(
        10_000,
        [
          { seconds: 100, to: 8_000 },
          { seconds: 200, to: 6_000 },
        ],
        400,
      ),
    ).toBe(7_500);
    expect(meanOfferedRate(3_000, [], 600)).toBe(3_000);
  });
});
