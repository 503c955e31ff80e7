import { spawn } from 'node:child_process';
import { loadServicesConfig } from './config.js';
import { serviceEndpoints } from './endpoints.js';

/** What to run on chDB. */
export interface ChdbRequest {
  /** Statements run in order in one session; each result is returned. */
  readonly queries: readonly string[];
  /** Folder holding the session's databases (MergeTree tables persist there). A temporary one when omitted. */
  readonly path?: string;
  /** Output format of every query (default `JSONEachRow`). */
  readonly format?: string;
}

/**
 * Runs SQL on chDB (the ClickHouse 26 engine in-process) through `infra/chdb/runner.py` in the venv that
 * `ht-services up chdb` installs. Resolves to each query's output text; rejects with chDB's error message
 * and the failing statement.
 *
 * @example
 * ```ts
 * const [out] = await runChdb({ queries: ['SELECT version() AS v'] });
 * ```
 */
export function runChdb(request: ChdbRequest): Promise<string[]> {
  const endpoints = serviceEndpoints(loadServicesConfig());
  const python = process.env['HT_CHDB_PYTHON'] ?? endpoints.chdbPython;
  const runner = process.env['HT_CHDB_RUNNER'] ?? endpoints.chdbRunner;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(python, [runner], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) =>
      reject(new Error(`could not start chDB runner (${python}): ${error.message}; run 'npm run services up chdb'`)),
    );
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) return reject(new Error(`chDB failed: ${stderr || `exit code ${code}`}`));
      try {
        resolvePromise((JSON.parse(Buffer.concat(out).toString('utf8')) as { results: string[] }).results);
      } catch (error) {
        reject(new Error(`chDB runner printed something other than JSON: ${String(error)}`));
      }
    });
    child.stdin.end(
      JSON.stringify({ queries: request.queries, path: request.path ?? null, format: request.format ?? 'JSONEachRow' }),
    );
  });
}
