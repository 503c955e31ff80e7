import { createClient } from '@clickhouse/client';
import { afterAll, describe, expect, it } from 'vitest';
import { httpExecutor } from '../../src/clickhouse/httpExecutor.js';
import { clickhouseUrl, uniqueName } from '../support/endpoints.js';

const client = createClient({ url: clickhouseUrl });
const executor = httpExecutor(client, {});
afterAll(() => client.close());

/** A query that never ends by itself, marked so system.processes can find it. */
const endless = (marker: string): string => `SELECT count() FROM system.numbers WHERE toString(number) != '${marker}'`;

async function running(marker: string): Promise<number> {
  const rows = await executor.query(
    `SELECT count() AS n FROM system.processes WHERE query LIKE '%${marker}%' AND query NOT LIKE '%system.processes%'`,
  );
  return Number(rows[0]?.['n']);
}

describe('ClickHouse query limits on the live server (18.16)', () => {
  it('an aborted signal ends the request and kills the query on the server', async () => {
    const marker = uniqueName('abort');
    const controller = new AbortController();
    const query = executor.query(endless(marker), { signal: controller.signal });
    await expect.poll(() => running(marker), { timeout: 5_000, interval: 50 }).toBe(1);
    controller.abort(new Error('cancelled by the test'));
    await expect(query).rejects.toThrow();
    await expect.poll(() => running(marker), { timeout: 5_000, interval: 100 }).toBe(0);
  }, 15_000);

  it('timeoutMs sets max_execution_time: the server stops the query itself (TIMEOUT, code 159)', async () => {
    const started = Date.now();
    await expect(executor.query(endless(uniqueName('deadline')), { timeoutMs: 900 })).rejects.toMatchObject({
      code: 'TIMEOUT',
      context: { code: 159 },
    });
    expect(Date.now() - started).toBeLessThan(4_000);
  }, 15_000);
});
