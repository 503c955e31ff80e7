import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClickHouseStore } from '../../src/index.js';
import type { ClickHouseStore, ViewStore } from '../../src/index.js';
import { chdbExecutor, fixtureSpanEventView, viewStoreConformance } from '../../src/testing/index.js';
import type { ChdbExecutor } from '../../src/testing/index.js';
import { chdbPython } from '../support/endpoints.js';

const executors = new WeakMap<ViewStore, ChdbExecutor>();
const open = async (path?: string): Promise<ClickHouseStore> => {
  const executor = chdbExecutor({ python: chdbPython, path: path ?? mkdtempSync(join(tmpdir(), 'ht-sinks-chdb-')) });
  const store = await createClickHouseStore({ executor, database: 'ht', retentionDays: 3650 });
  executors.set(store, executor);
  return store;
};
const target = {
  name: 'clickhouse modern (chDB 26)',
  create: () => open(),
  // The tables stay in the executor's folder: a second session on it finds them.
  reopen: (store: ViewStore) => open(executors.get(store)!.path),
  destroy: async (store: ViewStore) => rmSync(executors.get(store)!.path, { recursive: true, force: true }),
};

describe('ClickHouse store conformance, modern branch executed on chDB (ClickHouse 26)', () => {
  it('detects the modern engine and executes its DDL (DateTime64, Bool, codecs, skip index, TTL)', async () => {
    const store = await target.create();
    try {
      expect(store.features.modern).toBe(true);
      expect(store.capabilities).toMatchObject({ dialect: 'clickhouse', retention: 'ttl' });
      await store.ensureTables([fixtureSpanEventView]);
      const [table] = await executors
        .get(store)!
        .query(
          "SELECT engine_full, sorting_key FROM system.tables WHERE database = 'ht' AND name = 'fixture_span_event_view'",
        );
      expect(table?.['engine_full']).toMatch(/ReplacingMergeTree.*PARTITION BY toYYYYMMDD\(start_time\).*TTL/);
      const columns = await executors
        .get(store)!
        .query(
          "SELECT name, type, compression_codec FROM system.columns WHERE database = 'ht' AND table = 'fixture_span_event_view' AND name IN ('start_time', 'is_entry')",
        );
      expect(columns).toEqual([
        { name: 'start_time', type: 'DateTime64(6)', compression_codec: 'CODEC(DoubleDelta, ZSTD(1))' },
        { name: 'is_entry', type: 'Bool', compression_codec: '' },
      ]);
      const [index] = await executors
        .get(store)!
        .query(
          "SELECT name, type FROM system.data_skipping_indices WHERE database = 'ht' AND table = 'fixture_span_event_view'",
        );
      expect(index).toEqual({ name: 'idx_trace_id', type: 'bloom_filter' });
    } finally {
      await store.close();
      await target.destroy(store);
    }
  }, 60_000);
  for (const c of viewStoreConformance(target)) it(c.name, c.run, 120_000);
});
