import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.js';
import { portListening } from './portListening.js';
import { jaegerBinary } from './services/jaeger.js';

/**
 * Where a collector sends what it receives: to an OTLP gRPC server (plain text), or to a Kafka topic in
 * one of the Collector `kafka` exporter's encodings (`otlp_proto`, `otlp_json`, `jaeger_proto`,
 * `jaeger_json`, `zipkin_proto`, `zipkin_json`).
 *
 * @example
 * ```ts
 * const toHt: CollectorExporter = { kind: 'otlp', endpoint: '127.0.0.1:4317' };
 * const toKafka: CollectorExporter = { kind: 'kafka', brokers: ['127.0.0.1:9092'], topic: 'spans', encoding: 'otlp_json' };
 * ```
 */
export type CollectorExporter =
  | { readonly kind: 'otlp'; readonly endpoint: string }
  | { readonly kind: 'kafka'; readonly brokers: readonly string[]; readonly topic: string; readonly encoding: string };

/**
 * A collector's config: one `otlp` receiver on 127.0.0.1 (`grpc` or `http`) and one traces pipeline
 * sending to every exporter, each under its name (`otlp`, `kafka/otlp_json`, …).
 *
 * @example
 * ```ts
 * const options: CollectorOptions = { receiver: 'http', exporters: { otlp: { kind: 'otlp', endpoint: '127.0.0.1:4317' } } };
 * ```
 */
export interface CollectorOptions {
  readonly receiver: 'grpc' | 'http';
  /** Exporter name → where it sends (at least one). */
  readonly exporters: Readonly<Record<string, CollectorExporter>>;
}

function exporterYaml(name: string, exporter: CollectorExporter): string[] {
  if (exporter.kind === 'otlp') {
    return [`  ${name}:`, `    endpoint: ${exporter.endpoint}`, '    tls:', '      insecure: true'];
  }
  return [
    `  ${name}:`,
    `    brokers: [${exporter.brokers.map((b) => JSON.stringify(b)).join(', ')}]`,
    '    traces:',
    `      topic: ${exporter.topic}`,
    `      encoding: ${exporter.encoding}`,
  ];
}

/**
 * The YAML of an OpenTelemetry Collector config (the Jaeger v2 binary is a Collector build) for
 * `options`, its receiver on `receiverPort`: no processors, no extensions (no storage, no query or UI
 * ports), internal metrics off, logs at warn.
 *
 * @example
 * ```ts
 * otelCollectorConfig({ receiver: 'grpc', exporters: { otlp: { kind: 'otlp', endpoint: '127.0.0.1:4317' } } }, 14317);
 * ```
 */
export function otelCollectorConfig(options: CollectorOptions, receiverPort: number): string {
  const names = Object.keys(options.exporters);
  if (names.length === 0) throw new Error('otelCollectorConfig: give at least one exporter');
  return [
    'service:',
    '  pipelines:',
    '    traces:',
    '      receivers: [otlp]',
    `      exporters: [${names.join(', ')}]`,
    '  telemetry:',
    '    metrics:',
    '      level: none',
    '    logs:',
    '      level: warn',
    'receivers:',
    '  otlp:',
    '    protocols:',
    `      ${options.receiver}:`,
    `        endpoint: 127.0.0.1:${receiverPort}`,
    'exporters:',
    ...names.flatMap((name) => exporterYaml(name, options.exporters[name]!)),
    '',
  ].join('\n');
}

/**
 * A running collector ({@link startOtelCollector}).
 *
 * @example
 * ```ts
 * const exporter = new OTLPTraceExporter({ url: collector.otlpUrl });
 * ```
 */
export interface RunningCollector {
  /**
   * What an OTLP exporter is given: `http://127.0.0.1:<port>` for a gRPC receiver,
   * `http://127.0.0.1:<port>/v1/traces` for an HTTP one.
   */
  readonly otlpUrl: string;
  /** The last 20 000 characters of its stderr. */
  log(): string;
  /** SIGTERM (it drains its exporters' queues first), then removes its config. */
  stop(): Promise<void>;
}

/**
 * Starts a real OpenTelemetry Collector, the Jaeger v2 binary ({@link jaegerBinary}), with
 * {@link otelCollectorConfig} on a free port; resolves once its receiver listens (throws with its log
 * when it exits or is not listening within 30 s).
 *
 * @example
 * ```ts
 * const collector = await startOtelCollector({
 *   receiver: 'http',
 *   exporters: { 'kafka/otlp_json': { kind: 'kafka', brokers: ['127.0.0.1:9092'], topic: 'spans', encoding: 'otlp_json' } },
 * });
 * try {
 *   // send to collector.otlpUrl
 * } finally {
 *   await collector.stop();
 * }
 * ```
 */
export async function startOtelCollector(options: CollectorOptions): Promise<RunningCollector> {
  const bin = jaegerBinary();
  if (!existsSync(bin)) {
    throw new Error(
      `the collector binary ${bin} is missing: build it with \`node tools/services/dist/cli.js up jaeger\``,
    );
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ht-collector-'));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, otelCollectorConfig(options, port));
  const child = spawn(bin, ['--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  // A process that could not be spawned emits 'error' and never 'exit'.
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      spawnError = error;
      resolve();
    });
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (!(await portListening(port))) {
    if (spawnError !== undefined || child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the collector (${bin}) did not start: ${spawnError?.message ?? ''}\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const origin = `http://127.0.0.1:${port}`;
  return { otlpUrl: options.receiver === 'grpc' ? origin : `${origin}/v1/traces`, log: () => log, stop };
}
