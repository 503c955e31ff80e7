import { builtinViews } from '@ht/enricher-sdk/builtins';
import { MemoryLogger } from '@ht/enricher-sdk/testing';
import type { ViewStore } from '@ht/sinks';
import { describe, expect, it, vi } from 'vitest';
import { StoreMaintenance } from '../../src/local/index.js';

/** A store double that records expiry calls and fails the ones named in `failing`. */
function expiringStore(failing: ReadonlySet<string> = new Set()) {
  const calls: { view: string; beforeMicros: number }[] = [];
  const store = {
    expire: (view: string, beforeMicros: number): Promise<void> => {
      calls.push({ view, beforeMicros });
      return failing.has(view) ? Promise.reject(new Error(`disk full under ${view}`)) : Promise.resolve();
    },
  } as unknown as ViewStore;
  return { store, calls };
}

const timed = builtinViews.filter((v) => v.timeColumn !== '').map((v) => v.name);

describe('StoreMaintenance', () => {
  it('expires every view with a time column at start and then every everyMs, before now minus the retention', async () => {
    vi.useFakeTimers();
    try {
      const { store, calls } = expiringStore();
      const now = Date.UTC(2026, 11, 7, 12);
      const upkeep = new StoreMaintenance(store, builtinViews, {
        retentionMs: 86_400_000,
        everyMs: 60_000,
        now: () => now,
      });
      upkeep.start();
      await vi.advanceTimersByTimeAsync(0);
      expect(timed.length).toBeGreaterThan(0);
      expect(calls.map((c) => c.view)).toEqual(timed);
      expect(new Set(calls.map((c) => c.beforeMicros))).toEqual(new Set([(now - 86_400_000) * 1_000]));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toHaveLength(2 * timed.length);
      await upkeep.stop();
      await vi.advanceTimersByTimeAsync(180_000);
      expect(calls).toHaveLength(2 * timed.length);
    } finally {
      vi.useRealTimers();
    }
  });

  it('logs a failed expiry naming the view, goes on with the other views, and tries again at the next pass', async () => {
    vi.useFakeTimers();
    try {
      const [first] = timed;
      const { store, calls } = expiringStore(new Set([first!]));
      const logger = new MemoryLogger();
      const upkeep = new StoreMaintenance(store, builtinViews, { retentionMs: 3_600_000, everyMs: 1_000, logger });
      upkeep.start();
      await vi.advanceTimersByTimeAsync(0);
      expect(calls.map((c) => c.view)).toEqual(timed);
      expect(logger.entries.map((r) => r.msg)).toEqual([
        `expiring rows of ${first} failed; trying again at the next pass`,
      ]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(calls.filter((c) => c.view === first)).toHaveLength(2);
      await upkeep.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing without a retention', async () => {
    const { store, calls } = expiringStore();
    const upkeep = new StoreMaintenance(store, builtinViews, {});
    upkeep.start();
    await upkeep.stop();
    expect(calls).toEqual([]);
  });
});
