import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { WindowResult } from './crash/windowJob.js';
import { buildJob, readResults, writeInput } from './crash/windowJob.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'ht-crash-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A seeded random source, so a failing kill schedule can be replayed (the seed is in the test name). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Runs the job in a child; kills it with SIGKILL `killAfterMs` after it started (or lets it finish). */
function runChild(dir: string, killAfterMs: number | undefined): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/crash/main.ts', dir], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (killAfterMs !== undefined && timer === undefined && chunk.toString().includes('started')) {
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`job exited with ${code}`));
    });
  });
}

const byKey = (results: readonly WindowResult[]): Map<string, WindowResult> =>
  new Map(results.map((r) => [`${r.key}@${r.start}`, r]));

const seed = Number(process.env['HT_CRASH_SEED'] ?? Date.now() % 100_000);

describe('crash recovery (child process, SIGKILL)', () => {
  it(`killed at 10 random points and restarted, writes what an uninterrupted run writes (seed ${seed})`, async () => {
    const perPartition = 1_500;
    const referenceDir = tempDir();
    const input = writeInput(referenceDir, perPartition, 13);
    const reference = buildJob(referenceDir, { batch: 200, tickMs: 0, checkpointMs: 1_000 });
    await reference.start();
    await reference.done;
    const expected = byKey(readResults(referenceDir));
    expect([...expected.values()].flatMap((r) => r.ids).sort((a, b) => a - b)).toEqual(input.map((i) => i.id));

    const dir = tempDir();
    writeInput(dir, perPartition, 13);
    const rand = random(seed);
    let kills = 0;
    let finished = false;
    for (let attempt = 0; attempt < 10; attempt++) {
      const outcome = await runChild(dir, 30 + Math.floor(rand() * 400));
      if (outcome === 'killed') kills++;
      else {
        finished = true;
        break;
      }
    }
    while (!finished) finished = (await runChild(dir, undefined)) === 'finished';
    expect(existsSync(join(dir, 'done'))).toBe(true);
    expect(kills).toBe(10);

    const written = readResults(dir);
    const deduplicated = byKey(written);
    const differing = [...expected].filter(([k, r]) => JSON.stringify(deduplicated.get(k)) !== JSON.stringify(r));
    expect(differing.map(([k, r]) => [k, r.ids, deduplicated.get(k)?.ids])).toEqual([]);
    expect(deduplicated).toEqual(expected);
    // Duplicates are identical results written again after a restart, never different ones.
    for (const r of written) expect(expected.get(`${r.key}@${r.start}`)).toEqual(r);
    const ids = [...deduplicated.values()].flatMap((r) => r.ids).sort((a, b) => a - b);
    expect(ids).toEqual(input.map((i) => i.id));
  }, 120_000);
});
