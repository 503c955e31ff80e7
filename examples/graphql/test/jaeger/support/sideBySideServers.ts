import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, jaegerBinary } from '@ht/services';

/**
 * The built `ht` CLI of examples/reference-pipeline (`tsc -b` builds it). The query API builds on the
 * packages, never on `ht` (eslint.boundaries.js), so the test runs `ht` as users do: as a process.
 */
const HT_CLI = fileURLToPath(new URL('../../../../reference-pipeline/dist/cli.js', import.meta.url));

/** A child process with the tail of its output. */
interface Child {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
  stop(): Promise<number | null>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function spawnChild(command: string, args: readonly string[]): Child {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

async function until(what: string, child: Child, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check().catch(() => false))) {
    if (child.child.exitCode !== null || Date.now() > deadline) {
      await child.stop();
      throw new Error(`${what} did not start:\n${child.output()}`);
    }
    await sleep(100);
  }
}

/** A server the test posts OTLP/JSON to. */
export interface OtlpServer {
  /** The OTLP/HTTP traces URL. */
  readonly otlpUrl: string;
  stop(): Promise<number | null>;
}

/** `ht run`: its OTLP/HTTP receiver and its query server (`queryUrl`: `/graphql` and the Jaeger API on `/api`). */
export interface HtServer extends OtlpServer {
  readonly queryUrl: string;
}

/** Jaeger v2 with its memory store, its OTLP/HTTP receiver and its query API (`queryUrl`). */
export interface JaegerServer extends OtlpServer {
  /** Where Jaeger's HTTP query API answers (`${queryUrl}/api/services`, …). */
  readonly queryUrl: string;
}

/**
 * Starts Jaeger v2 (`$HT_JAEGER_BIN`) with a config of its own in `dir`: the OTLP/HTTP receiver, the
 * memory store and the query extension, every port free (its all-in-one config would take ht's ports).
 */
export async function startJaeger(dir: string): Promise<JaegerServer> {
  const [otlpPort, httpPort, grpcPort] = [await freePort(), await freePort(), await freePort()];
  const config = join(dir, 'jaeger.yaml');
  writeFileSync(
    config,
    [
      'service:',
      '  extensions: [jaeger_storage, jaeger_query]',
      '  pipelines:',
      '    traces:',
      '      receivers: [otlp]',
      '      exporters: [jaeger_storage_exporter]',
      '  telemetry:',
      '    metrics:',
      '      level: none',
      '    logs:',
      '      level: warn',
      'extensions:',
      '  jaeger_storage:',
      '    backends:',
      '      memstore:',
      '        memory:',
      '          max_traces: 10000',
      '  jaeger_query:',
      '    storage:',
      '      traces: memstore',
      '    http:',
      `      endpoint: 127.0.0.1:${httpPort}`,
      '    grpc:',
      `      endpoint: 127.0.0.1:${grpcPort}`,
      'receivers:',
      '  otlp:',
      '    protocols:',
      '      http:',
      `        endpoint: 127.0.0.1:${otlpPort}`,
      'exporters:',
      '  jaeger_storage_exporter:',
      '    trace_storage: memstore',
      '',
    ].join('\n'),
  );
  const child = spawnChild(jaegerBinary(), ['--config', config]);
  const queryUrl = `http://127.0.0.1:${httpPort}`;
  await until('jaeger', child, async () => (await fetch(`${queryUrl}/api/services`)).status === 200);
  return { otlpUrl: `http://127.0.0.1:${otlpPort}/v1/traces`, queryUrl, stop: () => child.stop() };
}

/** The store of `ht run`'s config: a DuckDB file, or a ClickHouse database. */
export type HtStoreConfig =
  | { readonly type: 'duckdb'; readonly path: string }
  | { readonly type: 'clickhouse'; readonly url: string; readonly database: string };

/**
 * Starts `ht run` with `store`: only the OTLP/HTTP receiver, every built-in enricher and view, a 300 ms
 * grouper gap (each trace comes whole in one request), and its query server (the Jaeger API on `/api`)
 * on a free port.
 */
export async function startHt(dir: string, store: HtStoreConfig): Promise<HtServer> {
  const [otlpPort, opsPort, uiPort] = [await freePort(), await freePort(), await freePort()];
  const config = join(dir, 'ht.json');
  writeFileSync(
    config,
    JSON.stringify({
      receivers: { host: '127.0.0.1', endpoints: ['otlpHttp'], ports: { otlpHttp: otlpPort } },
      grouper: { gapMs: 300 },
      plugins: { builtins: 'all' },
      store,
      retention: 'off',
      ops: { enabled: true, host: '127.0.0.1', port: opsPort },
      ui: { enabled: true, host: '127.0.0.1', port: uiPort },
      logging: { level: 'warn', format: 'json' },
    }),
  );
  const child = spawnChild(process.execPath, [HT_CLI, 'run', '--config', config]);
  await until('ht', child, async () => (await fetch(`http://127.0.0.1:${opsPort}/readyz`)).status === 200);
  return {
    otlpUrl: `http://127.0.0.1:${otlpPort}/v1/traces`,
    queryUrl: `http://127.0.0.1:${uiPort}`,
    async stop() {
      const code = await child.stop();
      if (code !== 0) throw new Error(`ht exited with ${code}:\n${child.output()}`);
      return code;
    },
  };
}

/** Posts one OTLP/JSON request; throws unless the server took it. */
export async function postOtlp(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text}`);
}
