import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `ht` CLI of the workspace (built by `tsc -b`). */
const CLI = fileURLToPath(new URL('../../../reference-pipeline/dist/cli.js', import.meta.url));

/** A running `ht demo`: its UI's URL, and how to stop it. */
export interface RunningDemo {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

function startOnce(offset: number, dataDir: string, traffic: boolean): Promise<RunningDemo | undefined> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [
        CLI,
        'demo',
        '--port-offset',
        String(offset),
        '--data-dir',
        dataDir,
        ...(traffic ? ['--rate', '300'] : ['--no-traffic']),
        '--log-level',
        'warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let text = '';
    let settled = false;
    const stop = (): Promise<void> =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
      });
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      const match = /^\s+UI\s+(http:\/\/\S+?)\/?$/m.exec(text);
      if (match?.[1] && !settled) {
        settled = true;
        resolve({ url: match[1], output: () => text, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      if (settled) return;
      settled = true;
      // 2: a port of this offset is taken (another suite or engineer); the caller tries the next one.
      if (code === 2) resolve(undefined);
      else reject(new Error(`ht demo exited ${code ?? 'on a signal'} before serving the UI:\n${text}`));
    });
  });
}

/**
 * Starts `ht demo` (demo traffic at 300 a second, or none with `traffic: false`; DuckDB in a temporary
 * folder) at the first of `offsets` whose ports are free, and resolves once it prints the UI's URL.
 *
 * @example
 * ```ts
 * const demo = await startDemo([2200, 2210]);
 * ```
 */
export async function startDemo(
  offsets: readonly number[],
  options: { readonly traffic?: boolean } = {},
): Promise<RunningDemo> {
  for (const offset of offsets) {
    const dataDir = mkdtempSync(join(tmpdir(), 'ht-ui-test-'));
    const demo = await startOnce(offset, dataDir, options.traffic ?? true);
    if (demo) {
      return {
        ...demo,
        stop: async () => {
          await demo.stop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  throw new Error(`ht demo could not start at any port offset of ${offsets.join(', ')}`);
}

/**
 * Waits until the demo's query API answers services with calls and traces with errors (the demo's
 * traffic reached the store).
 */
export async function waitForData(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const query = `query($s: String!, $e: String!) {
    services(startTime: $s, endTime: $e) { name calls }
    traces(filter: { startTime: $s, endTime: $e, hasError: true }, limit: 1) { traceId }
  }`;
  let last = '';
  while (Date.now() < deadline) {
    const now = Date.now();
    const variables = { s: new Date(now - 3_600_000).toISOString(), e: new Date(now + 60_000).toISOString() };
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        data?: { services: { name: string; calls: number }[]; traces: unknown[] };
      };
      last = JSON.stringify(body).slice(0, 300);
      if ((body.data?.services.length ?? 0) >= 5 && (body.data?.traces.length ?? 0) > 0) return;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`no demo data within ${timeoutMs} ms; last answer: ${last}`);
}
