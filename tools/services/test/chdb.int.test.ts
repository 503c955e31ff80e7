import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChdb } from '../src/index.js';

describe('chDB smoke (ClickHouse engine in-process, via the Python runner)', () => {
  it('runs modern SQL and keeps MergeTree tables under a path', async () => {
    const path = mkdtempSync(join(tmpdir(), 'ht-chdb-'));
    try {
      const [version] = await runChdb({ queries: ['SELECT version() AS v'] });
      expect(Number((JSON.parse(version!) as { v: string }).v.split('.')[0])).toBeGreaterThanOrEqual(23);
      const results = await runChdb({
        path,
        queries: [
          'CREATE DATABASE IF NOT EXISTS smoke',
          'CREATE TABLE smoke.spans (service LowCardinality(String), ts DateTime64(6), attrs Map(String, String)) ENGINE = MergeTree ORDER BY (service, ts) TTL toDateTime(ts) + INTERVAL 10 YEAR',
          'INSERT INTO smoke.spans FORMAT JSONEachRow {"service":"frontend","ts":"2026-01-01 00:00:00.123456","attrs":{"http.method":"GET"}}',
        ],
      });
      expect(results).toHaveLength(3);
      // A second session on the same path sees the table: the data persisted.
      const [rows] = await runChdb({
        path,
        queries: ["SELECT service, toString(ts) AS ts, attrs['http.method'] AS m FROM smoke.spans"],
      });
      expect(JSON.parse(rows!)).toEqual({ service: 'frontend', ts: '2026-01-01 00:00:00.123456', m: 'GET' });
    } finally {
      rmSync(path, { recursive: true, force: true });
    }
  }, 60_000);

  it('rejects with the failing statement and the engine error', async () => {
    await expect(runChdb({ queries: ['SELECT no_such_function(1)'] })).rejects.toThrow(
      /statement 1 failed.*no_such_function/s,
    );
  });
});
