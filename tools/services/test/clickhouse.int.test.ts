import { createClient } from '@clickhouse/client';
import { afterAll, describe, expect, it } from 'vitest';
import { clickhouseUrl, uniqueName } from './endpoints.js';

const client = createClient({ url: clickhouseUrl });
afterAll(() => client.close());

describe('ClickHouse smoke (real server, @clickhouse/client)', () => {
  it('creates a table, inserts rows and selects them back', async () => {
    const table = uniqueName('smoke');
    const version = await (
      await client.query({ query: 'SELECT version() AS v', format: 'JSONEachRow' })
    ).json<{ v: string }>();
    expect(version[0]?.v).toMatch(/^\d+\.\d+/);
    await client.command({
      query: `CREATE TABLE ${table} (service String, duration_us UInt64, ts DateTime) ENGINE = MergeTree ORDER BY (service, ts)`,
    });
    try {
      await client.insert({
        table,
        format: 'JSONEachRow',
        values: [
          { service: 'frontend', duration_us: 120, ts: '2026-01-01 00:00:00' },
          { service: 'frontend', duration_us: 80, ts: '2026-01-01 00:00:01' },
          { service: 'backend', duration_us: 40, ts: '2026-01-01 00:00:02' },
        ],
      });
      const rows = await (
        await client.query({
          query: `SELECT service, count() AS calls, sum(duration_us) AS total FROM ${table} GROUP BY service ORDER BY service`,
          format: 'JSONEachRow',
          clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
        })
      ).json<{ service: string; calls: number; total: number }>();
      expect(rows).toEqual([
        { service: 'backend', calls: 1, total: 40 },
        { service: 'frontend', calls: 2, total: 200 },
      ]);
    } finally {
      await client.command({ query: `DROP TABLE IF EXISTS ${table}` });
    }
  });
});
