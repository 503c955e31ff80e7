import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadOptions, LoadResult } from './loadClient.js';

const LOAD_CLIENT = fileURLToPath(new URL('./loadClient.ts', import.meta.url));

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
      { cwd: fileURLToPath(new URL('..', import.meta.url)), maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the load client failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult);
      },
    );
  });
}
