import { describe, expect, it } from 'vitest';
import { nextOfferedRate } from '../../bench/soakRate.js';

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
});
