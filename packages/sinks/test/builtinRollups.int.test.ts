import { describe, expect, it } from 'vitest';
import { builtinRollups } from '../src/index.js';
import type { QueryRow, RollupDefinition, RollupRange, ViewStore } from '../src/index.js';
import { rollupQuery } from '../src/rollup/rollupOnQuery.js';
import { rollupFixture } from './support/rollupFixture.js';

const { minute, stores, fill } = await rollupFixture('ht_rollups', 120, 5);

/** Rollup rows with the measures ClickHouse keeps as Float64 (sum, min, max, quantiles) rounded to compare. */
function comparable(rows: readonly QueryRow[]): Record<string, unknown>[] {
  const floats = new Set(['duration_sum', 'duration_min', 'duration_max', 'p50', 'p95', 'p99']);
  return rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, floats.has(k) ? Number(Number(v).toPrecision(9)) : v])),
  );
}

async function expectRollupEqualsBase(store: ViewStore, rollup: RollupDefinition, range: RollupRange): Promise<void> {
  const fromRollup = await store.queryRollup(rollup.name, range);
  const fromBase = await store.query(rollupQuery(rollup, range));
  expect(fromRollup.length, `${rollup.name} has rows`).toBeGreaterThan(0);
  expect(comparable(fromRollup), `${rollup.name} ${JSON.stringify(range)}`).toEqual(comparable(fromBase));
}

describe('the built-in rollups on every store', () => {
  for (const [name, create, destroy] of stores) {
    it(`${name}: reads of rebuilt minutes plus open minutes from the base equal the base-view query, after replays and late fragments`, async () => {
      const store = await create();
      try {
        // Minutes [0, 12) rebuilt, then replays and late fragments and minutes [0, 14) rebuilt.
        await fill(store);
        const rebuilds = store.capabilities.rollups === 'rebuilt';
        for (const rollup of builtinRollups) {
          expect(await store.rebuiltRollupMinutes(rollup.name)).toEqual(
            rebuilds ? { fromMicros: minute(0), toMicros: minute(14) } : undefined,
          );
          for (const byMinute of [false, true]) {
            // The whole range (rebuilt minutes, then open ones), and one starting and ending inside minutes rebuilt.
            for (const [from, to] of [
              [minute(-1), minute(21)],
              [minute(5), minute(10)],
              [minute(10), minute(18)],
            ] as const) {
              await expectRollupEqualsBase(store, rollup, {
                tenantId: 'default',
                fromMicros: from,
                toMicros: to,
                byMinute,
              });
            }
          }
          expect(
            await store.queryRollup(rollup.name, { tenantId: 'other', fromMicros: minute(0), toMicros: minute(21) }),
          ).toEqual([]);
        }
      } finally {
        await store.close();
        await destroy(store);
      }
    }, 60_000);
  }
});
