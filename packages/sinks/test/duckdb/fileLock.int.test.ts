import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createDuckDbStore } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ht-duckdb-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A script that opens the DuckDB file named by its argument, says so, and keeps it open until killed. */
const HOLD_OPEN = `
import { DuckDBInstance } from '@duckdb/node-api';
const instance = await DuckDBInstance.create(process.argv[1]);
await instance.connect();
console.log('open');
setInterval(() => {}, 60_000);
`;

describe('a DuckDB file is held by one process', () => {
  it('refuses to open a file another process has open, retriably, quoting the lock error', async () => {
    const path = join(dir, 'held.duckdb');
    const holder = spawn(process.execPath, ['--input-type=module', '-e', HOLD_OPEN, path], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('open') ? resolve() : undefined));
        holder.once('exit', (code) => reject(new Error(`the holder exited (${code}) before opening the file`)));
      });
      await expect(createDuckDbStore({ path })).rejects.toMatchObject({
        code: 'DEPENDENCY_UNAVAILABLE',
        retriable: true,
        message: expect.stringMatching(
          /^cannot open DuckDB at .*held\.duckdb: another process has it open \(.*Could not set lock on file/,
        ) as unknown,
      });
    } finally {
      holder.kill('SIGKILL');
      await exited;
    }
    // Once that process is gone, the file opens.
    const store = await createDuckDbStore({ path });
    await store.close();
  }, 30_000);
});
