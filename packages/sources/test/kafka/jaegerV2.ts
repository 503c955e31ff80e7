import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaBrokers } from './broker.js';
import { freePort, jaegerBinary } from '@ht/services';

/** The Jaeger v2 binary (`HT_JAEGER_BIN`, else where the services tool builds it). */
export const jaegerBin = jaegerBinary();

/**
 * Our own Jaeger v2 config: one OTLP/HTTP receiver on `port`, one `kafka` exporter per encoding (each to
 * its topic), no other receivers, no extensions, no query/UI ports, internal metrics off.
 */
export function jaegerConfig(port: number, topics: Readonly<Record<string, string>>): string {
  const encodings = Object.keys(topics);
  const pipelines = encodings
    .map((e) => `    traces/${e}:\n      receivers: [otlp]\n      exporters: [kafka/${e}]`)
    .join('\n');
  const exporters = encodings
    .map(
      (e) =>
        `  kafka/${e}:\n    brokers: ["${kafkaBrokers}"]\n    traces:\n      topic: ${topics[e]}\n      encoding: ${e}`,
    )
    .join('\n');
  return [
    'service:',
    '  pipelines:',
    pipelines,
    '  telemetry:',
    '    metrics:',
    '      level: none',
    '    logs:',
    '      level: warn',
    'receivers:',
    '  otlp:',
    '    protocols:',
    '      http:',
    `        endpoint: 127.0.0.1:${port}`,
    'exporters:',
    exporters,
    '',
  ].join('\n');
}

/** A running Jaeger v2 collector. */
export interface RunningJaeger {
  /** The OTLP/HTTP traces URL (`…/v1/traces`). */
  readonly otlpHttpUrl: string;
  readonly process: ChildProcess;
  /** Stops it (SIGTERM: it flushes its exporters first) and removes its config. */
  stop(): Promise<void>;
}

/** Starts Jaeger v2 with {@link jaegerConfig}; resolves once its OTLP receiver listens. */
export async function startJaegerV2(topics: Readonly<Record<string, string>>): Promise<RunningJaeger> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ht-jaeger-'));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, jaegerConfig(port, topics));
  const child = spawn(jaegerBin, ['--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
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
      throw new Error(`Jaeger v2 (${jaegerBin}) did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { otlpHttpUrl: `http://127.0.0.1:${port}/v1/traces`, process: child, stop };
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
