import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDuckDbStore } from '../../src/index.js';
import { fixtureSpanEventView, fixtureTraces, viewRows } from '../../src/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ht-duckdb-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes in the store's write-ahead log: what was committed since the last checkpoint. */
const walBytes = (path: string): number => (existsSync(`${path}.wal`) ? statSync(`${path}.wal`).size : 0);

/** Writes one batch of span rows into a fresh store at `path`; returns the WAL size before closing it. */
async function walAfterOneBatch(path: string, checkpointThreshold?: string): Promise<number> {
  const store = await createDuckDbStore({ path, ...(checkpointThreshold ? { checkpointThreshold } : {}) });
  try {
    await store.ensureTables([fixtureSpanEventView]);
    await store.write(fixtureSpanEventView.name, viewRows(fixtureSpanEventView, fixtureTraces({ traces: 200 })));
    return walBytes(path);
  } finally {
    await store.close();
  }
}

describe('the DuckDB store checkpoints by WAL size', () => {
  it('keeps committed batches in the WAL below the threshold (default 256MB), checkpoints past it', async () => {
    // Default: one batch (~100 KB of WAL) stays in the WAL until the threshold or close.
    expect(await walAfterOneBatch(join(dir, 'default.duckdb'))).toBeGreaterThan(10_000);
    // A tiny threshold checkpoints at every commit: the WAL is emptied.
    expect(await walAfterOneBatch(join(dir, 'tiny.duckdb'), '1KB')).toBeLessThan(10_000);
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
