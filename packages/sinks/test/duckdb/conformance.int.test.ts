import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDuckDbStore } from '../../src/index.js';
import type { DuckDbStore, ViewStore } from '../../src/index.js';
import { viewStoreConformance } from '../../src/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ht-sinks-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const paths = new WeakMap<ViewStore, string>();
const open = async (path: string): Promise<DuckDbStore> => {
  const store = await createDuckDbStore({ path });
  paths.set(store, path);
  return store;
};
const target = {
  name: 'duckdb (file)',
  create: () => open(join(dir, `store-${n++}.duckdb`)),
  reopen: (store: ViewStore) => open(paths.get(store)!),
};

describe('DuckDB store conformance (a file under a temporary data dir)', () => {
  it('reports its engine and capabilities', async () => {
    const store = await target.create();
    try {
      expect(store.capabilities).toMatchObject({
        dialect: 'duckdb',
        dedup: 'on-write',
        engine: expect.stringMatching(/^DuckDB v1\.5/) as unknown,
      });
    } finally {
      await store.close();
    }
  });
  it('refuses thread and writer counts that are not whole numbers ≥ 1, naming the option', async () => {
    await expect(createDuckDbStore({ path: ':memory:', threads: 0 })).rejects.toThrow(
      "DuckDB store option 'threads' must be a whole number ≥ 1, got 0",
    );
    await expect(createDuckDbStore({ path: ':memory:', writers: 1.5 })).rejects.toThrow(/option 'writers'/);
  });
  for (const c of viewStoreConformance(target)) it(c.name, c.run, 60_000);
});
