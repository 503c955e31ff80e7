import { describe, expect, it } from 'vitest';
import { demoConfig, validateConfig } from '../../src/config/index.js';
import { latencyBudget, latencyBudgetMs } from '../../src/local/index.js';

describe('latencyBudget', () => {
  it("gives ht demo's budget term by term (docs/guarantees.md)", () => {
    const config = demoConfig({ dataDir: '/tmp/ht-demo' });
    expect(latencyBudget({ exporterDelayMs: 750, grouper: config.grouper, sink: config.sink, writeMs: 1_000 })).toEqual(
      {
        exporterDelayMs: 750,
        outOfOrdernessMs: 1_000,
        gapMs: 3_000,
        watermarkIdleMs: 1_000,
        eventTimeMs: 5_000,
        grouperFallbackMs: 7_500,
        groupingMs: 5_000,
        sinkDelayMs: 1_000,
        writeMs: 1_000,
        totalMs: 7_750,
      },
    );
  });

  it("gives ht run's with its defaults and an OTel SDK client at its 5 s flush", () => {
    const config = validateConfig({}, { source: 'test' });
    expect(latencyBudgetMs({ exporterDelayMs: 5_000, grouper: config.grouper, sink: config.sink, writeMs: 0 })).toBe(
      5_000 + 32_000 + 1_000,
    );
  });

  it("takes the grouper's fallback when it comes first, or when the watermark holds", () => {
    const early = latencyBudget({ exporterDelayMs: 0, grouper: { gapMs: 3_000, idleTimeoutMs: 2_000 }, writeMs: 0 });
    expect(early).toMatchObject({ eventTimeMs: 5_000, grouperFallbackMs: 2_500, groupingMs: 2_500, totalMs: 3_500 });
    const hold = latencyBudget({
      exporterDelayMs: 500,
      grouper: { gapMs: 1_000 },
      watermarks: { whenAllIdle: 'hold' },
      sink: { maxDelayMs: 200 },
      writeMs: 100,
    });
    expect(hold).toMatchObject({ watermarkIdleMs: Infinity, eventTimeMs: Infinity, groupingMs: 2_500, totalMs: 3_300 });
  });

  it('is unbounded when nothing closes an idle trace', () => {
    const budget = latencyBudget({
      exporterDelayMs: 500,
      grouper: { gapMs: 1_000, idleTimeoutMs: Infinity },
      watermarks: { idleTimeoutMs: Infinity },
      writeMs: 100,
    });
    expect(budget.totalMs).toBe(Infinity);
  });
});
