import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadOptions, LoadResult } from './loadClient.js';

const LOAD_CLIENT = fileURLToPath(new URL('./loadClient.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The last line of the load client's output: its {@link LoadResult}. */
function resultOf(stdout: string): LoadResult {
  return JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
}

/**
 * Runs the load client (`bench/loadClient.ts`) as its own process, so its CPU is never the measured
 * server's, and resolves with what it sent.
 *
 * @example
 * ```ts
 * const load = await runLoad({ url, templateFile, concurrency: 8, spans: 1_000_000 });
 * ```
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', LOAD_CLIENT, JSON.stringify(options)],
      { cwd: PACKAGE_DIR, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the load client failed: ${error.message}\n${stderr}`));
        else resolve(resultOf(stdout));
      },
    );
  });
}

/** A load client running at a rate that can be changed while it runs (see {@link startLoad}). */
export interface AdjustableLoad {
  /** Paces the following requests to this rate (spans/s, > 0). */
  setRate(spansPerSecond: number): void;
  /** Ends the load: requests in flight are answered, no new one is sent; `done` then resolves. */
  stop(): void;
  /** What it sent, once it ended (stopped, or its `durationMs` or `spans` reached). */
  readonly done: Promise<LoadResult>;
}

/**
 * Starts the load client as its own process like {@link runLoad}, with a rate that can be changed while
 * it runs (`setRate`, written to its stdin) and an end of the caller's choosing (`stop`).
 *
 * @example
 * ```ts
 * const load = startLoad({ url, templateFile, concurrency: 8, spansPerSecond: 1_000 });
 * load.setRate(1_500);
 * load.stop();
 * const { spans } = await load.done;
 * ```
 */
export function startLoad(options: Omit<LoadOptions, 'adjustable'>): AdjustableLoad {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', LOAD_CLIENT, JSON.stringify({ ...options, adjustable: true } satisfies LoadOptions)],
    { cwd: PACKAGE_DIR, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-10_000)));
  // The client may end (its duration up) before the caller writes again: a closed stdin is not an error.
  child.stdin.on('error', () => undefined);
  const done = new Promise<LoadResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(resultOf(stdout));
      else reject(new Error(`the load client exited with ${code}:\n${stderr}`));
    });
  });
  return {
    setRate(spansPerSecond) {
      if (child.stdin.writable) child.stdin.write(`${spansPerSecond}\n`);
    },
    stop() {
      child.stdin.end();
    },
    done,
  };
}
