import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { column, count, createDuckDbStore, eq } from '../../src/index.js';
import { fixtureSpanEventView, fixtureTraces, viewRows } from '../../src/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ht-sinks-duckdb-reads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const path = (): string => join(dir, `store-${n++}.duckdb`);

const view = fixtureSpanEventView;
const batches = Array.from({ length: 6 }, (_, i) => viewRows(view, fixtureTraces({ traces: 400, seed: 100 + i })));
const totals = batches.map((_, i) => batches.slice(0, i + 1).reduce((sum, b) => sum + b.length, 0));
const spans = { view: view.name, tenantId: 'default', select: [count('n')] };

describe('DuckDB read connections', () => {
  it('queries running on the read connections while batches are merged see whole batches, never part of one', async () => {
    const store = await createDuckDbStore({ path: path(), readers: 2 });
    try {
      await store.ensureTables([view]);
      const seen: number[] = [];
      let writing = true;
      const writes = (async () => {
        for (const batch of batches) await store.write(view.name, batch);
        writing = false;
      })();
      const readers = Array.from({ length: 4 }, async () => {
        while (writing) {
          const [row] = await store.query(spans);
          seen.push(Number(row?.['n']));
        }
      });
      await Promise.all([writes, ...readers]);
      expect(seen.length).toBeGreaterThan(0);
      for (const s of seen) expect([0, ...totals]).toContain(s);
      expect(await store.query(spans)).toEqual([{ n: totals.at(-1) }]);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('close waits for the queries under way, which answer', async () => {
    const store = await createDuckDbStore({ path: path(), readers: 2 });
    await store.ensureTables([view]);
    await store.write(view.name, batches[0]!);
    const queries = Array.from({ length: 6 }, () =>
      store.query({
        view: view.name,
        tenantId: 'default',
        select: [column('service_name'), count('n')],
        groupBy: ['service_name'],
      }),
    );
    await store.close();
    const answers = await Promise.all(queries);
    for (const rows of answers) expect(rows.reduce((sum, r) => sum + Number(r['n']), 0)).toBe(totals[0]);
    await expect(store.query(spans)).rejects.toThrow(/closed/);
  });

  it('readers: 0 runs queries on the main connection, one at a time; a negative count is refused', async () => {
    const store = await createDuckDbStore({ path: ':memory:', readers: 0 });
    try {
      await store.ensureTables([view]);
      await store.write(view.name, batches[1]!);
      const [all, errors] = await Promise.all([
        store.query(spans),
        store.query({ ...spans, where: [eq('status_code', 'ERROR')] }),
      ]);
      expect(all).toEqual([{ n: batches[1]!.length }]);
      expect(errors).toEqual([{ n: batches[1]!.filter((r) => r['status_code'] === 'ERROR').length }]);
    } finally {
      await store.close();
    }
    await expect(createDuckDbStore({ path: ':memory:', readers: -1 })).rejects.toThrow(
      "DuckDB store option 'readers' must be a whole number ≥ 0, got -1",
    );
  });
});
