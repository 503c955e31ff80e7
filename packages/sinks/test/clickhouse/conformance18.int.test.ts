import { createClient } from '@clickhouse/client';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClickHouseStore } from '../../src/index.js';
import { createClickHouseStore } from '../../src/index.js';
import { viewStoreConformance } from '../../src/testing/index.js';
import { clickhouseUrl, uniqueName } from '../support/endpoints.js';

const admin = createClient({ url: clickhouseUrl });
afterAll(() => admin.close());

const target = {
  name: 'clickhouse 18.16 (HTTP)',
  create: () => createClickHouseStore({ url: clickhouseUrl, database: uniqueName('ht_conf') }),
  reopen: (store: unknown) =>
    createClickHouseStore({ url: clickhouseUrl, database: (store as ClickHouseStore).database }),
  destroy: async (store: unknown) => {
    await admin.command({ query: `DROP DATABASE IF EXISTS ${(store as ClickHouseStore).database}` });
  },
};

describe('ClickHouse store conformance on the live server (18.16)', () => {
  it('runs the 18.x branch of the live server', async () => {
    const store = await target.create();
    try {
      expect(store.capabilities.dialect).toBe('clickhouse18');
      expect(store.features.version).toMatch(/^18\./);
    } finally {
      await store.close();
      await target.destroy(store);
    }
  });
  for (const c of viewStoreConformance(target)) it(c.name, c.run, 60_000);
});
