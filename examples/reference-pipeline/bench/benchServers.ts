import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PLUGINS_MODULE_URL, builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { loadPlugins } from '@ht/enricher-sdk/host';
import { count, createDuckDbStore } from '@ht/sinks';
import { freePort, jaegerBinary, portListening } from '@ht/services';

/** The built `ht` CLI (`pnpm exec tsc -b` first). */
const HT_CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/**
 * The node options on the `ht` bin's first line (`#!/usr/bin/env -S node …`): the benches start `ht` as
 * `npx ht` runs it, so what they measure is what users get. Read when a process starts, not on import
 * (the bench's pure helpers are imported by unit tests that need no build).
 */
export function htNodeFlags(): string[] {
  const firstLine = readFileSync(HT_CLI, 'utf8').split('\n', 1)[0]!;
  return (/^#!\/usr\/bin\/env -S node(.*)$/.exec(firstLine)?.[1] ?? '').split(/\s+/).filter((f) => f.length > 0);
}

/** The Jaeger v2 binary (`HT_JAEGER_BIN`, else where the services tool builds it). */
export const jaegerBin = jaegerBinary();

/** A server under load: its process, where the load goes, and how to stop it. */
export interface BenchServer {
  readonly name: 'ht' | 'jaeger';
  readonly pid: number;
  /** The OTLP/HTTP traces URL. */
  readonly url: string;
  /** ht: its ops server (`/metrics`, `/debug/heap`). */
  readonly opsUrl?: string;
  /** ht started with `graphql`: its GraphQL URL. */
  readonly graphqlUrl?: string;
  /**
   * Resolves once every span the server acknowledged to a client is stored (ht: its channel's
   * acknowledged count reached the accepted count; Jaeger: at once, it answers after writing).
   */
  stored(): Promise<void>;
  /** The V8 heap in use (ht: `nodejs_heap_size_used_bytes` of its `/metrics`; Jaeger: undefined). */
  heapUsedBytes(): Promise<number | undefined>;
  /** Stops the server (SIGTERM) and returns the spans its store holds (ht: rows of span_event_view). */
  stop(): Promise<number | undefined>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawns a server, keeps the tail of its output, and resolves once `ready()` says so. */
async function spawnServer(
  command: string,
  args: readonly string[],
  ready: () => Promise<boolean>,
): Promise<{ child: ChildProcess; exited: Promise<number | null>; log: () => string }> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer): void => void (log = (log + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!(await ready())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${command} ${args.join(' ')} did not start:\n${log}`);
    }
    await sleep(100);
  }
  return { child, exited, log: () => log };
}

/** The `ht run` config of the bench: only the OTLP/HTTP receiver, every built-in, DuckDB in `dir`. */
export function htBenchConfig(dir: string, receiverPort: number, opsPort: number): Record<string, unknown> {
  return {
    portOffset: 0,
    receivers: { host: '127.0.0.1', endpoints: ['otlpHttp'], ports: { otlpHttp: receiverPort } },
    // Each trace arrives whole in one request: a 1 s gap closes it soon after. The channel must hold what
    // arrives meanwhile (the rate × (gap + out-of-orderness + the sink's delay), ~90k spans at 30k/s); a
    // load that saturates the pipeline keeps it full, so its capacity is also what ht holds in memory.
    channel: { capacity: Number(process.env['HT_BENCH_CHANNEL_CAPACITY'] ?? 100_000) },
    grouper: { gapMs: '1s' },
    plugins: { builtins: 'all' },
    store: { type: 'duckdb', path: join(dir, 'ht.duckdb') },
    retention: 'off',
    ops: { enabled: true, host: '127.0.0.1', port: opsPort },
    ui: { enabled: false },
    logging: { level: 'warn', format: 'json' },
  };
}

/** Samples of `ht`'s `/metrics` by name (the first sample of each). */
async function readMetrics(opsUrl: string, names: readonly string[]): Promise<number[]> {
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  return names.map((name) => {
    const match = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text);
    return match ? Number(match[1]) : NaN;
  });
}

/** Rows of `span_event_view` (one per span) in the DuckDB file `ht` wrote, read after it stopped. */
async function storedSpans(path: string): Promise<number> {
  const store = await createDuckDbStore({ path });
  try {
    const plugins = await loadPlugins(
      {},
      { builtins: { enrichers: builtinEnrichers, views: builtinViews, moduleUrl: BUILTIN_PLUGINS_MODULE_URL } },
    );
    await store.ensureTables(plugins.views);
    const [row] = await store.query({ view: 'span_event_view', tenantId: 'default', select: [count('n')], limit: 1 });
    return Number(row?.['n'] ?? 0);
  } finally {
    await store.close();
  }
}

/** More of `ht` for {@link startHt}. */
export interface StartHtOptions {
  /** Serve GraphQL (`ui` enabled on a free port): {@link BenchServer.graphqlUrl}. */
  readonly graphql?: boolean;
  /** Config sections set over {@link htBenchConfig}'s (shallow: `{ store: {…} }` replaces the whole store). */
  readonly config?: Readonly<Record<string, unknown>>;
}

/**
 * Starts `ht run --config` with {@link htBenchConfig} as its own process (`nodeArgs` go to node, e.g.
 * `--cpu-prof`); resolves once its ops server answers `/readyz`.
 */
export async function startHt(
  dir: string,
  nodeArgs: readonly string[] = [],
  options: StartHtOptions = {},
): Promise<BenchServer> {
  const [receiverPort, opsPort] = [await freePort(), await freePort()];
  const uiPort = options.graphql === true ? await freePort() : undefined;
  const configFile = join(dir, 'ht.bench.json');
  const config: Record<string, unknown> = {
    ...htBenchConfig(dir, receiverPort, opsPort),
    ...(uiPort === undefined ? {} : { ui: { enabled: true, host: '127.0.0.1', port: uiPort } }),
    ...options.config,
  };
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const opsUrl = `http://127.0.0.1:${opsPort}`;
  const { child, exited, log } = await spawnServer(
    process.execPath,
    [...htNodeFlags(), ...nodeArgs, HT_CLI, 'run', '--config', configFile],
    async () => (await fetch(`${opsUrl}/readyz`).catch(() => undefined))?.status === 200,
  );
  return {
    name: 'ht',
    pid: child.pid!,
    url: `http://127.0.0.1:${receiverPort}/v1/traces`,
    opsUrl,
    ...(uiPort === undefined ? {} : { graphqlUrl: `http://127.0.0.1:${uiPort}/graphql` }),
    async stored() {
      for (;;) {
        const [accepted, acknowledged] = await readMetrics(opsUrl, [
          'ht_span_channel_spans_accepted_total',
          'ht_span_channel_spans_acknowledged_total',
        ]);
        if (acknowledged! >= accepted!) return;
        // Not faster: rendering /metrics costs ht a few ms of CPU each time, which would count as its own.
        await sleep(200);
      }
    },
    async heapUsedBytes() {
      return (await readMetrics(opsUrl, ['nodejs_heap_size_used_bytes']))[0];
    },
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`ht exited with ${code}:\n${log()}`);
      const store = config['store'] as { path?: unknown };
      return storedSpans(typeof store.path === 'string' ? store.path : join(dir, 'ht.duckdb'));
    },
  };
}

/**
 * The Jaeger v2 config of the bench: the OTLP/HTTP receiver on `port`, no processor, the
 * `jaeger_storage_exporter` (no queue: the receiver answers once Badger wrote the spans) into a Badger
 * store in `dir` (`ephemeral: false`), no query service, internal metrics off: it binds no other port.
 */
export function jaegerBenchConfig(dir: string, port: number): string {
  return [
    'service:',
    '  extensions: [jaeger_storage]',
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
    '      bench_store:',
    '        badger:',
    '          directories:',
    `            keys: ${join(dir, 'keys')}`,
    `            values: ${join(dir, 'values')}`,
    '          ephemeral: false',
    'receivers:',
    '  otlp:',
    '    protocols:',
    '      http:',
    `        endpoint: 127.0.0.1:${port}`,
    'exporters:',
    '  jaeger_storage_exporter:',
    '    trace_storage: bench_store',
    '',
  ].join('\n');
}

/** Starts Jaeger v2 with {@link jaegerBenchConfig}; resolves once its OTLP receiver listens. */
export async function startJaeger(dir: string): Promise<BenchServer> {
  const port = await freePort();
  const configFile = join(dir, 'jaeger.yaml');
  writeFileSync(configFile, jaegerBenchConfig(dir, port));
  const { child, exited } = await spawnServer(jaegerBin, ['--config', configFile], () => portListening(port));
  return {
    name: 'jaeger',
    pid: child.pid!,
    url: `http://127.0.0.1:${port}/v1/traces`,
    async stored() {},
    async heapUsedBytes() {
      return undefined;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      return undefined;
    },
  };
}
