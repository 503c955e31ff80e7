import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, jaegerBinary } from '@ht/services';

/*
 * A real OpenTelemetry Collector build between a client and `ht`: the Jaeger v2 binary the services tool
 * builds (`scripts/services up jaeger`), run with a config of our own. Adapted from the Kafka source's
 * test helper (packages/sources/test/kafka/jaegerV2.ts), which exports to Kafka instead.
 */

/** The Jaeger v2 binary (`HT_JAEGER_BIN`, else where the services tool builds it). */
export const jaegerBin = jaegerBinary();

/**
 * The collector's config: one `otlp` receiver (gRPC) on `receiverPort` → one `otlp` exporter to
 * `exportTo` (`host:port` of an OTLP gRPC server, plain text). No processors, no extensions (no storage,
 * no query or UI ports), internal metrics off.
 */
export function collectorConfig(receiverPort: number, exportTo: string): string {
  return [
    'service:',
    '  pipelines:',
    '    traces:',
    '      receivers: [otlp]',
    '      exporters: [otlp]',
    '  telemetry:',
    '    metrics:',
    '      level: none',
    '    logs:',
    '      level: warn',
    'receivers:',
    '  otlp:',
    '    protocols:',
    '      grpc:',
    `        endpoint: 127.0.0.1:${receiverPort}`,
    'exporters:',
    '  otlp:',
    `    endpoint: ${exportTo}`,
    '    tls:',
    '      insecure: true',
    '',
  ].join('\n');
}

/** A running collector. */
export interface RunningCollector {
  /** Its OTLP gRPC receiver (`http://127.0.0.1:<port>`), what an OTLP gRPC exporter is given. */
  readonly otlpGrpcUrl: string;
  /** Its stderr so far. */
  log(): string;
  /** SIGTERM (it drains its exporter's queue first), then removes its config. */
  stop(): Promise<void>;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts the collector exporting to `exportTo` (`127.0.0.1:4317`); resolves once its receiver listens. */
export async function startCollector(exportTo: string): Promise<RunningCollector> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ht-collector-'));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, collectorConfig(port, exportTo));
  const child = spawn(jaegerBin, ['--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the collector (${jaegerBin}) did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { otlpGrpcUrl: `http://127.0.0.1:${port}`, log: () => log, stop };
}
