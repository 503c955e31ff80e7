import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreparedWrites } from '../../src/duckdb/PreparedWrites.js';
import { count, createDuckDbStore } from '../../src/index.js';
import type { DuckDbStore, ViewRow } from '../../src/index.js';
import { fixtureSpanEventView, fixtureTraces, viewRows } from '../../src/testing/index.js';

/*
 * A batch is appended straight into its table and kept when the table then holds no key twice in its time
 * range; otherwise it takes the staged merge, which skips the table lookup for keys provably new: rows
 * later than the latest time the table holds (docs/stores.md, "How the DuckDB store writes"). Replays
 * must still be dropped whatever path a batch takes: entirely later, overlapping, entirely earlier, and
 * after the store is opened again.
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
  it('appends new data directly; the staged merge counts only repeats for a later batch, looks up the rest', async () => {
    expect(new Set(rows.map((r) => r['start_time'])).size).toBeGreaterThan(rows.length / 2);
    const duplicates = vi.spyOn(PreparedWrites.prototype, 'duplicates');
    const check = vi.spyOn(PreparedWrites.prototype, 'check');
    const repeats = vi.spyOn(PreparedWrites.prototype, 'repeats');
    // Into an empty table: the direct path. Entirely later, repeating a key: rolled back, then merged with
    // no lookup (only the count of repeats); the repeated key is kept once.
    await store.write(VIEW, early);
    await store.write(VIEW, [...middle, middle[0]!]);
    expect([duplicates.mock.calls.length, check.mock.calls.length, repeats.mock.calls.length]).toEqual([2, 0, 1]);
    expect(await stored()).toBe(early.length + middle.length);
    // A replay (entirely earlier) and an overlapping batch: rolled back, then looked up: nothing stored twice.
    await store.write(VIEW, early);
    await store.write(VIEW, [...middle.slice(-10), ...late]);
    expect(check.mock.calls.length).toBe(2);
    expect(await stored()).toBe(rows.length);
    await store.write(VIEW, rows);
    expect(await stored()).toBe(rows.length);
    expect(duplicates.mock.calls.length).toBe(5);
  });

  it('reads the latest stored time when opened again: a replay into the reopened store is dropped', async () => {
    await store.write(VIEW, [...early, ...middle]);
    await store.close();
    store = await open();
    const check = vi.spyOn(PreparedWrites.prototype, 'check');
    const repeats = vi.spyOn(PreparedWrites.prototype, 'repeats');
    await store.write(VIEW, middle);
    await store.write(VIEW, early.slice(0, 5));
    expect([check.mock.calls.length, repeats.mock.calls.length]).toEqual([2, 0]);
    expect(await stored()).toBe(early.length + middle.length);
    // New data: the direct path, then a repeat of it: the staged merge, with the bound the direct path raised.
    await store.write(VIEW, late);
    await store.write(VIEW, late.slice(0, 3));
    expect([check.mock.calls.length, repeats.mock.calls.length]).toEqual([3, 0]);
    expect(await stored()).toBe(rows.length);
  });

  it('keeps new rows earlier than the latest stored time (a late fragment)', async () => {
    await store.write(VIEW, [...early.filter((_, i) => i % 2 === 0), ...middle]);
    await store.write(VIEW, early);
    expect(await stored()).toBe(early.length + middle.length);
  });
});
