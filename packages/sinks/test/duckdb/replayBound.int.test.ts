import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreparedWrites } from '../../src/duckdb/PreparedWrites.js';
import { count, createDuckDbStore } from '../../src/index.js';
import type { DuckDbStore, ViewRow } from '../../src/index.js';
import { fixtureSpanEventView, fixtureTraces, viewRows } from '../../src/testing/index.js';

/*
 * The DuckDB store skips the table lookup for keys provably new: rows later than the latest time the
 * table holds (docs/stores.md, "How the DuckDB store writes"). Replays must still be dropped whatever
 * path a batch takes: entirely later, overlapping, entirely earlier, and after the store is opened again.
 */

const VIEW = fixtureSpanEventView.name;
let dir: string;
let store: DuckDbStore;

const rows: ViewRow[] = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 60, seed: 11 })).sort(
  (a, b) => a.start_time - b.start_time,
);
const [early, middle, late] = [rows.slice(0, 70), rows.slice(70, 140), rows.slice(140)];

const stored = async (): Promise<number> =>
  Number((await store.query({ view: VIEW, tenantId: 'default', select: [count('n')] }))[0]?.['n'] ?? 0);
const open = async (): Promise<DuckDbStore> => {
  const s = await createDuckDbStore({ path: join(dir, 'views.duckdb') });
  await s.ensureTables([fixtureSpanEventView]);
  return s;
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ht-replay-bound-'));
  store = await open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('DuckDB store: keys provably new are not looked up, replays still dropped', () => {
  it('counts only repeats for a batch later than the table, looks up the rest', async () => {
    expect(new Set(rows.map((r) => r['start_time'])).size).toBeGreaterThan(rows.length / 2);
    const check = vi.spyOn(PreparedWrites.prototype, 'check');
    const repeats = vi.spyOn(PreparedWrites.prototype, 'repeats');
    // Into an empty table, then entirely later: no lookup; a key repeated within the batch is kept once.
    await store.write(VIEW, early);
    await store.write(VIEW, [...middle, middle[0]!]);
    expect([check.mock.calls.length, repeats.mock.calls.length]).toEqual([0, 2]);
    expect(await stored()).toBe(early.length + middle.length);
    // A replay (entirely earlier) and an overlapping batch are looked up: nothing stored twice.
    await store.write(VIEW, early);
    await store.write(VIEW, [...middle.slice(-10), ...late]);
    expect(check.mock.calls.length).toBe(2);
    expect(await stored()).toBe(rows.length);
    await store.write(VIEW, rows);
    expect(await stored()).toBe(rows.length);
  });

  it('reads the latest stored time when opened again: a replay into the reopened store is dropped', async () => {
    await store.write(VIEW, [...early, ...middle]);
    await store.close();
    store = await open();
    const repeats = vi.spyOn(PreparedWrites.prototype, 'repeats');
    await store.write(VIEW, middle);
    await store.write(VIEW, early.slice(0, 5));
    expect(repeats.mock.calls.length).toBe(0);
    expect(await stored()).toBe(early.length + middle.length);
    await store.write(VIEW, late);
    expect(repeats.mock.calls.length).toBe(1);
    expect(await stored()).toBe(rows.length);
  });

  it('keeps new rows earlier than the latest stored time (a late fragment)', async () => {
    await store.write(VIEW, [...early.filter((_, i) => i % 2 === 0), ...middle]);
    await store.write(VIEW, early);
    expect(await stored()).toBe(early.length + middle.length);
  });
});
