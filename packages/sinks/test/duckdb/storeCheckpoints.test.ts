import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { StoreCheckpoints } from '../../src/duckdb/StoreCheckpoints.js';
import type { CheckpointReport } from '../../src/duckdb/StoreCheckpoints.js';

const dir = mkdtempSync(join(tmpdir(), 'ht-store-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A connection that records the SQL it is given and answers with `answers` in turn (then succeeds). */
function fakeConnection(answers: (Error | undefined)[]): { connection: DuckDBConnection; statements: string[] } {
  const statements: string[] = [];
  const connection = {
    run: async (sql: string) => {
      statements.push(sql);
      const error = answers.shift();
      if (error !== undefined) throw error;
    },
    closeSync: () => undefined,
  } as unknown as DuckDBConnection;
  return { connection, statements };
}

describe('StoreCheckpoints', () => {
  it('checkpoints only once the WAL reached the threshold, in the exclusive lock, one at a time', async () => {
    const walPath = join(dir, 'a.wal');
    writeFileSync(walPath, Buffer.alloc(999));
    const { connection, statements } = fakeConnection([]);
    const reports: CheckpointReport[] = [];
    let locked = 0;
    const checkpoints = new StoreCheckpoints({
      walPath,
      thresholdBytes: 1000,
      connection,
      exclusive: async (step) => {
        locked++;
        await step();
      },
      onCheckpoint: (r) => reports.push(r),
      checkEveryMs: 0,
    });
    checkpoints.afterCommit();
    await new Promise((r) => setTimeout(r, 20));
    expect(statements).toEqual([]);
    expect(locked).toBe(0);

    writeFileSync(walPath, Buffer.alloc(1000));
    checkpoints.afterCommit();
    // A second commit while the first's check runs starts nothing more.
    checkpoints.afterCommit();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(statements).toEqual(['CHECKPOINT']);
    expect(locked).toBe(1);
    expect(reports[0]!.walBytes).toBe(1000);
    await checkpoints.close();
  });

  it('reads the WAL at most every checkEveryMs', async () => {
    const walPath = join(dir, 'b.wal');
    writeFileSync(walPath, Buffer.alloc(10));
    const { connection, statements } = fakeConnection([]);
    const checkpoints = new StoreCheckpoints({
      walPath,
      thresholdBytes: 10,
      connection,
      exclusive: (step) => step(),
      checkEveryMs: 60_000,
    });
    checkpoints.afterCommit();
    await vi.waitFor(() => expect(statements).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    checkpoints.afterCommit();
    await new Promise((r) => setTimeout(r, 20));
    expect(statements).toHaveLength(1);
    await checkpoints.close();
  });

  it('reports a failed checkpoint and tries again after a later commit; starts nothing once closed', async () => {
    const walPath = join(dir, 'c.wal');
    writeFileSync(walPath, Buffer.alloc(100));
    const { connection, statements } = fakeConnection([new Error('Cannot CHECKPOINT: other transactions')]);
    const failures: Error[] = [];
    const reports: CheckpointReport[] = [];
    const checkpoints = new StoreCheckpoints({
      walPath,
      thresholdBytes: 50,
      connection,
      exclusive: (step) => step(),
      onCheckpoint: (r) => reports.push(r),
      onCheckpointFailed: (e) => failures.push(e),
      checkEveryMs: 0,
    });
    checkpoints.afterCommit();
    await vi.waitFor(() => expect(failures.map((e) => e.message)).toEqual(['Cannot CHECKPOINT: other transactions']));
    await new Promise((r) => setTimeout(r, 10));
    checkpoints.afterCommit();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    await checkpoints.close();
    checkpoints.afterCommit();
    await new Promise((r) => setTimeout(r, 20));
    expect(statements).toEqual(['CHECKPOINT', 'CHECKPOINT']);
  });

  it('counts a missing WAL (nothing committed since the last checkpoint) as empty', async () => {
    const { connection, statements } = fakeConnection([]);
    const checkpoints = new StoreCheckpoints({
      walPath: join(dir, 'none.wal'),
      thresholdBytes: 1,
      connection,
      exclusive: (step) => step(),
      checkEveryMs: 0,
    });
    checkpoints.afterCommit();
    await checkpoints.close();
    expect(statements).toEqual([]);
  });
});
