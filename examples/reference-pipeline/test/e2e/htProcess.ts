import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { portsFreeAt } from '../support/freePorts.js';

/** The built `ht` CLI (`tsc -b` builds it; the tests run what users run). */
export const HT_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/**
 * `ht demo` runs every receiver, so an offset must keep the highest default port (OpenCensus, 55678) at
 * or below 65535: at most 9857. These offsets (1100-1190) are the e2e tests' own; another process holding
 * one of their ports moves the test on to the next one.
 */
export const E2E_PORT_OFFSETS: readonly number[] = Array.from({ length: 10 }, (_, i) => 1100 + i * 10);

/** A running `ht` child process, with the addresses its banner printed. */
export interface HtProcess {
  readonly child: ChildProcess;
  /** Receiver endpoint name → URL (`http://127.0.0.1:5418/v1/traces`, `udp://127.0.0.1:7931`). */
  readonly endpoints: Readonly<Record<string, string>>;
  /** `http://127.0.0.1:<ops port>`. */
  readonly opsUrl: string;
  /** Everything it wrote to stdout and stderr so far (banner, JSON logs). */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once it exited (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<number | null>;
}

const BANNER_LINE = /^ {2}(\w+) +((?:http|udp):\/\/[^\s]+)/;

/** Receiver URLs and the ops URL from the banner `ht` prints once it runs. */
function parseBanner(output: string): { endpoints: Record<string, string>; opsUrl?: string } {
  const endpoints: Record<string, string> = {};
  let opsUrl: string | undefined;
  for (const line of output.split('\n')) {
    const match = BANNER_LINE.exec(line);
    if (!match) continue;
    const [, name, url] = match as unknown as [string, string, string];
    if (name === 'ops') opsUrl = new URL(url).origin;
    else endpoints[name] = url;
  }
  return opsUrl === undefined ? { endpoints } : { endpoints, opsUrl };
}

async function ready(opsUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${opsUrl}/readyz`);
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Thrown when `ht` exited before it was ready, with its output. */
export class HtExitedEarly extends Error {
  constructor(
    readonly code: number | null,
    readonly output: string,
  ) {
    super(`ht exited with ${code} before it was ready:\n${output}`);
  }
}

/**
 * Spawns `node dist/cli.js <args>` and resolves once its banner is out and `GET /readyz` answers 200 on
 * its ops port. Throws {@link HtExitedEarly} when it exits first.
 */
export async function startHt(
  args: readonly string[],
  options: {
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    /** A command that runs `node` (it must exec it, so the child's pid is node's): `['setpriv', '--reuid=nobody', …]`. */
    wrapper?: readonly string[];
    /** Options of node itself (`--expose-gc`). */
    nodeArgs?: readonly string[];
  } = {},
): Promise<HtProcess> {
  const argv: string[] = [...(options.wrapper ?? []), process.execPath, ...(options.nodeArgs ?? []), HT_CLI, ...args];
  const child = spawn(argv[0]!, argv.slice(1), {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (timeoutMs = 30_000): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new HtExitedEarly(await exited, output);
    const banner = parseBanner(output);
    if (banner.opsUrl !== undefined && (await ready(banner.opsUrl))) {
      return { child, endpoints: banner.endpoints, opsUrl: banner.opsUrl, output: () => output, stop };
    }
    if (Date.now() > deadline) {
      await stop(1_000);
      throw new Error(`ht did not get ready within ${options.timeoutMs ?? 30_000} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * `ht demo --no-traffic` on the first of {@link E2E_PORT_OFFSETS} whose ports are free (moving on when another
 * process takes one meanwhile), its DuckDB file in `dataDir`.
 */
export async function startHtDemo(dataDir: string): Promise<HtProcess> {
  let last: unknown;
  for (const offset of E2E_PORT_OFFSETS) {
    if (!(await portsFreeAt(offset))) continue;
    try {
      return await startHt(['demo', '--no-traffic', '--port-offset', String(offset), '--data-dir', dataDir]);
    } catch (error) {
      if (!(error instanceof HtExitedEarly) || !/taken|EADDRINUSE|in use/i.test(error.output)) throw error;
      last = error;
    }
  }
  throw new Error(`no free port offset among ${E2E_PORT_OFFSETS.join(', ')}`, { cause: last });
}

/** One sample of a metric family in `ht`'s `/metrics`: its labels and value. */
export interface MetricSample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const SAMPLE = /^(\w+)(?:\{(.*)\})? (\S+)$/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

/** Every sample of the metric family `family` in `ht`'s `/metrics` (Prometheus text). */
export async function metricValues(opsUrl: string, family: string): Promise<MetricSample[]> {
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  const samples: MetricSample[] = [];
  for (const line of text.split('\n')) {
    const match = SAMPLE.exec(line);
    if (match?.[1] !== family) continue;
    const labels: Record<string, string> = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(LABEL)) labels[name!] = value!;
    samples.push({ labels, value: Number(match[3]) });
  }
  return samples;
}

/** Polls `read` until `done` holds for what it returned, failing with the last value after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
