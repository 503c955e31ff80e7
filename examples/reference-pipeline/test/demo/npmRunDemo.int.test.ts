import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import { column, count, createDuckDbStore } from '@ht/sinks';
import { afterAll, describe, expect, it } from 'vitest';
import { portTable } from '../../src/ports.js';
import { freePortOffset } from '../support/freePorts.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** The node options `ht` runs with (docs/operations.md, "The node options `ht` runs with"). */
const nodeFlags = ['--max-semi-space-size=32'];
const dir = mkdtempSync(join(tmpdir(), 'ht-npm-run-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Port offsets this test tries (others running `ht demo` on the same machine use other ranges). */
const OFFSETS = { from: 2_000, to: 2_999 };
const STORED_WITHIN_MS = 30_000;
const EXITS_WITHIN_MS = 10_000;
const MIN_SERVICES = 8;
/** The check: GraphQL's `services` lists >= MIN_SERVICES services within this long of the URLs printing. */
const SERVICES_WITHIN_MS = 30_000;

/** An offset in {@link OFFSETS} under which every port of `ht demo` is free (30 random tries). */
function freeOffset(): Promise<number> {
  const span = OFFSETS.to - OFFSETS.from + 1;
  return freePortOffset(Array.from({ length: 30 }, () => OFFSETS.from + Math.floor(Math.random() * span)));
}

/** Runs the CLI to its end; its exit code and everything it printed. */
function runToEnd(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [cli, ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

interface ProgressLine {
  readonly msg: string;
  readonly rowsStored: number;
  readonly services: number;
  readonly queue: number;
}

/** The services GraphQL's contract query `services` lists now (tenant `default`, the last and next hour). */
async function servicesNow(graphqlUrl: string): Promise<string[]> {
  const hour = 3_600_000;
  const range = `startTime: "${new Date(Date.now() - hour).toISOString()}", endTime: "${new Date(Date.now() + hour).toISOString()}"`;
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ services(${range}) { name calls } }` }),
  }).catch(() => undefined);
  if (!response?.ok) return [];
  const body = (await response.json()) as { data?: { services: { name: string }[] } };
  return (body.data?.services ?? []).map((s) => s.name);
}

function progressOf(line: string): ProgressLine | undefined {
  if (!line.startsWith('{')) return undefined;
  const record = JSON.parse(line) as Partial<ProgressLine>;
  return typeof record.rowsStored === 'number' ? (record as ProgressLine) : undefined;
}

describe('npm run demo (smoke)', () => {
  it('runs what scripts/demo.sh runs: ht demo, from the built CLI', () => {
    const scripts = (
      JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['demo']).toBe('bash scripts/demo.sh');
    // After bootstrap.sh (pnpm install, tsc -b), which the test run has done already, demo.sh is exactly this,
    // with the node options of the bin's first line (as `npx ht` runs it).
    expect(readFileSync(cli, 'utf8').split('\n', 1)[0]).toBe(`#!/usr/bin/env -S node ${nodeFlags.join(' ')}`);
    expect(readFileSync(join(repo, 'scripts/demo.sh'), 'utf8')).toContain(
      `\nexec node ${nodeFlags.join(' ')} examples/reference-pipeline/dist/cli.js demo "$@"\n`,
    );
  });

  it(`comes up, stores traffic from >= ${MIN_SERVICES} services within 30 s (its progress line shows them, GraphQL's services lists them within 30 s of the URLs printing), and exits 0 within 10 s of Ctrl-C`, async () => {
    const offset = await freeOffset();
    const startedAt = Date.now();
    const child = spawn(
      process.execPath,
      [...nodeFlags, cli, 'demo', '--port-offset', String(offset), '--data-dir', dir],
      {
        cwd: repo,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines: string[] = [];
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
    // Resolves with the GraphQL URL and when it printed (the URLs print together, once everything listens).
    let graphqlPrinted: (printed: { url: string; at: number }) => void = () => undefined;
    const printed = new Promise<{ url: string; at: number }>((resolve) => (graphqlPrinted = resolve));
    // When a progress line first showed >= MIN_SERVICES services.
    let servicesShownAt: number | undefined;
    // Resolves with the time of the first progress line (JSON when stdout is not a terminal) with stored rows.
    const stored = new Promise<number>((resolve, reject) => {
      let partial = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          const graphql = /^ {2}GraphQL +(http:\/\/\S+\/graphql)/.exec(line);
          if (graphql) graphqlPrinted({ url: graphql[1]!, at: Date.now() });
          if ((progressOf(line)?.rowsStored ?? 0) > 0) resolve(Date.now());
          if ((progressOf(line)?.services ?? 0) >= MIN_SERVICES) servicesShownAt ??= Date.now();
        }
      });
      void exited.then(({ code }) =>
        reject(new Error(`ht demo exited (${code}) first:\n${lines.join('\n')}\n${stderr}`)),
      );
      setTimeout(
        () => reject(new Error(`no stored rows within 30 s:\n${lines.join('\n')}\n${stderr}`)),
        STORED_WITHIN_MS,
      );
    });

    try {
      const storedAt = await stored;
      expect(storedAt - startedAt).toBeLessThanOrEqual(STORED_WITHIN_MS);
      // On a fresh data dir, GraphQL's services query lists >= MIN_SERVICES within 30 s of the URLs printing.
      const graphql = await printed;
      let services: string[] = [];
      while (Date.now() - graphql.at <= SERVICES_WITHIN_MS) {
        services = await servicesNow(graphql.url);
        if (services.length >= MIN_SERVICES) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const listedAfterMs = Date.now() - graphql.at;
      // The live line says so too (the check): a progress line within 30 s shows the services.
      expect(servicesShownAt, lines.join('\n')).toBeDefined();
      expect(servicesShownAt! - startedAt).toBeLessThanOrEqual(STORED_WITHIN_MS);
      expect(
        services.length,
        `services ${listedAfterMs} ms after the URLs: ${services.join(', ')}`,
      ).toBeGreaterThanOrEqual(MIN_SERVICES);
      expect(listedAfterMs).toBeLessThanOrEqual(SERVICES_WITHIN_MS);
      console.log(
        `ht demo: GraphQL's services listed ${services.length} services ${listedAfterMs} ms after the URLs printed`,
      );
      // DuckDB is one process: while ht runs, neither this process nor a second ht can open the file.
      await expect(createDuckDbStore({ path: join(dir, 'ht.duckdb') })).rejects.toMatchObject({
        code: 'DEPENDENCY_UNAVAILABLE',
        message: expect.stringContaining('another process has it open') as unknown,
      });
      const second = await runToEnd(['demo', '--no-traffic', '--port-offset', String(offset), '--data-dir', dir]);
      expect(second.code).toBe(3);
      expect(second.output).toContain('Could not set lock on file');
      // Ctrl-C: SIGINT to the child (node spawned it, so it does not ignore the signal).
      const stopAt = Date.now();
      child.kill('SIGINT');
      const exit = await Promise.race([
        exited,
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), EXITS_WITHIN_MS + 5_000)),
      ]);
      expect(exit, `ht demo still running 15 s after SIGINT:\n${lines.join('\n')}\n${stderr}`).toBeDefined();
      expect({ code: exit!.code, signal: exit!.signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
      expect(exit!.at - stopAt).toBeLessThanOrEqual(EXITS_WITHIN_MS);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }

    // It printed where to look: a receiver URL, the ops endpoints and the store, under the offset.
    const otlpHttp = portTable(offset).find((row) => row.name === 'otlpHttp')!.port;
    expect(lines).toContain(`  ${'otlpHttp'.padEnd(20)} http://127.0.0.1:${otlpHttp}/v1/traces`);
    expect(lines.some((line) => line.includes('/readyz') && line.includes('/metrics'))).toBe(true);
    expect(lines.some((line) => line.includes(`DuckDB ${join(dir, 'ht.duckdb')}`))).toBe(true);
    // Its last line says it drained everything it accepted.
    const last = lines.map(progressOf).filter((p) => p !== undefined);
    expect(last.at(-1)).toMatchObject({ msg: expect.stringMatching(/^done in /) as unknown, queue: 0 });

    // DuckDB is one process: read the file once ht has stopped.
    const store = await createDuckDbStore({ path: join(dir, 'ht.duckdb') });
    try {
      await store.ensureTables(builtinViews);
      const services = await store.query({
        view: 'span_event_view',
        tenantId: 'default',
        select: [column('service_name'), count('spans')],
        groupBy: ['service_name'],
      });
      expect(services.length).toBeGreaterThanOrEqual(MIN_SERVICES);
      const perView: Record<string, unknown> = {};
      for (const view of builtinViews) {
        const [row] = await store.query({ view: view.name, tenantId: 'default', select: [count('n')] });
        perView[view.name] = row?.['n'];
      }
      expect(Object.keys(perView)).toHaveLength(8);
      const empty = Object.keys(perView).filter((view) => !((perView[view] as number) > 0));
      expect(empty, `rows per view: ${JSON.stringify(perView)}`).toEqual([]);
    } finally {
      await store.close();
    }
  }, 90_000);
});
