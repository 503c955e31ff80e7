import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDuckDbStore } from '../../src/index.js';
import type { CheckpointReport } from '../../src/index.js';
import { fixtureSpanEventView, fixtureTraces, viewRows } from '../../src/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ht-duckdb-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes in the store's write-ahead log: what was committed since the last checkpoint. */
const walBytes = (path: string): number => (existsSync(`${path}.wal`) ? statSync(`${path}.wal`).size : 0);

/**
 * Writes one batch of span rows into a fresh store at `path`; returns the WAL size before closing it, once
 * the checkpoint the commit started (the store's, after the commit) has ended, if one did.
 */
async function walAfterOneBatch(path: string, checkpointThreshold?: string): Promise<number> {
  const checkpoints: CheckpointReport[] = [];
  const store = await createDuckDbStore({
    path,
    ...(checkpointThreshold ? { checkpointThreshold } : {}),
    onCheckpoint: (report) => checkpoints.push(report),
  });
  try {
    await store.ensureTables([fixtureSpanEventView]);
    await store.write(fixtureSpanEventView.name, viewRows(fixtureSpanEventView, fixtureTraces({ traces: 200 })));
    if (checkpointThreshold !== undefined) await vi.waitFor(() => expect(checkpoints).toHaveLength(1));
    // Below the threshold nothing starts one: give it the time it would take.
    else await new Promise((resolve) => setTimeout(resolve, 300));
    expect(checkpoints).toHaveLength(checkpointThreshold === undefined ? 0 : 1);
    return walBytes(path);
  } finally {
    await store.close();
  }
}

describe('the DuckDB store checkpoints by WAL size', () => {
  it('keeps committed batches in the WAL below the threshold (default 256MB), checkpoints past it', async () => {
    // Default: one batch (~100 KB of WAL) stays in the WAL until the threshold or close.
    expect(await walAfterOneBatch(join(dir, 'default.duckdb'))).toBeGreaterThan(10_000);
    // A threshold below the batch's ~190 KB: the store checkpoints after its commit, the WAL is emptied.
    // (Not below a quarter of it: DuckDB's own automatic checkpoint, the backstop at 4x, would run first.)
    expect(await walAfterOneBatch(join(dir, 'small.duckdb'), '100KB')).toBeLessThan(10_000);
    // Closing checkpoints whatever the WAL held.
    expect(walBytes(join(dir, 'default.duckdb'))).toBe(0);
  }, 60_000);

  it('refuses a threshold that is not an amount of memory, naming the option and the value', async () => {
    await expect(
      createDuckDbStore({ path: join(dir, 'bad.duckdb'), checkpointThreshold: 'lots' }),
    ).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'DuckDB store option \'checkpointThreshold\' must be an amount of memory like 256MB or 1GB, got "lots"',
    });
  });
});
