import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIGINT, DuckDBDataChunk, DuckDBInstance, VARCHAR } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreCheckpoints } from '../../src/duckdb/StoreCheckpoints.js';
import type { CheckpointReport } from '../../src/duckdb/StoreCheckpoints.js';
import { WriteSlots } from '../../src/duckdb/WriteSlots.js';

const dir = mkdtempSync(join(tmpdir(), 'ht-duckdb-store-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const walBytes = (path: string): number => (existsSync(`${path}.wal`) ? statSync(`${path}.wal`).size : 0);

/** The longest the event loop went without running a 5-ms timer while `work` ran (ms). */
async function longestStall(work: () => Promise<void>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return longest;
}

describe('StoreCheckpoints: the DuckDB store checkpoints without stopping the JavaScript thread', () => {
  it('checkpoints past the threshold while batches keep appending, and no flush waits for it synchronously', async () => {
    const path = join(dir, 'busy.duckdb');
    // DuckDB's own automatic checkpoint off: the store's is the one under test.
    const instance = await DuckDBInstance.create(path, { checkpoint_threshold: '1TB', threads: '1' });
    const setup = await instance.connect();
    await setup.run('CREATE TABLE t (id BIGINT, s VARCHAR)');
    // ~80 MB of WAL: a checkpoint of a second or more on these machines.
    for (let i = 0; i < 160; i++) {
      await setup.run(
        `INSERT INTO t SELECT i, md5(i::VARCHAR) || repeat('x', 60) FROM range(${i * 5000}, ${(i + 1) * 5000}) r(i)`,
      );
    }
    const threshold = walBytes(path) / 2;
    const slots = new WriteSlots([await instance.connect()]);
    const reports: CheckpointReport[] = [];
    const checkpoints = new StoreCheckpoints({
      walPath: `${path}.wal`,
      thresholdBytes: threshold,
      connection: await instance.connect(),
      exclusive: (step) => slots.exclusive(step),
      onCheckpoint: (report) => reports.push(report),
      checkEveryMs: 0,
    });
    let batches = 0;
    /** One 100-row batch the way the store appends one: an appender flushed synchronously, in the staging lock. */
    const appendBatch = (): Promise<void> =>
      slots.use(async (connection, { stage }) => {
        await connection.run('BEGIN TRANSACTION');
        await stage(async () => {
          const appender = await connection.createAppender('t');
          const chunk = DuckDBDataChunk.create([BIGINT, VARCHAR], 100);
          chunk.setColumns([Array.from({ length: 100 }, (_, i) => BigInt(i)), Array.from({ length: 100 }, () => 'y')]);
          appender.appendDataChunk(chunk);
          appender.flushSync();
          appender.closeSync();
        });
        await connection.run('COMMIT');
        batches++;
        checkpoints.afterCommit();
      });

    const stall = await longestStall(async () => {
      // The first commit starts the checkpoint; batches go on until it has ended, then a few more.
      await appendBatch();
      while (reports.length === 0) await appendBatch();
      for (let i = 0; i < 5; i++) await appendBatch();
    });
    await checkpoints.close();
    slots.closeAll();
    const [count] = (await setup.runAndReadAll('SELECT count(*) FROM t')).getRows()[0] ?? [];
    setup.closeSync();
    instance.closeSync();

    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report!.walBytes).toBeGreaterThanOrEqual(threshold);
    // Meaningful only for a checkpoint long enough to see: DuckDB's automatic one froze the thread this long.
    expect(report!.durationMs).toBeGreaterThan(200);
    expect(stall).toBeLessThan(report!.durationMs / 2);
    expect(Number(count)).toBe(160 * 5000 + batches * 100);
    // The WAL was emptied by the checkpoint (what came after it is all that is left).
    expect(walBytes(path)).toBeLessThan(threshold / 4);
  }, 120_000);
});
