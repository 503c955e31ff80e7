import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCEPTED, EPHEMERAL_PORTS, startReceivers } from '../src/index.js';
import type { ReceiverName, ReceiverPorts, SpanSink } from '../src/index.js';

/** One run of the OTLP/HTTP ingest benchmark. */
export interface IngestResult {
  readonly spans: number;
  readonly wallSeconds: number;
  /** User + system CPU time of this (the receiver's) process during the load. */
  readonly receiverCpuSeconds: number;
  readonly failedRequests: number;
}

/**
 * OTLP/HTTP protobuf ingest over loopback: a separate load process posts `payload` (a 512-span request)
 * for `seconds` while this process runs the receiver (decode, normalize, hand to a sink that accepts at
 * once). Returns spans accepted and the receiver's CPU time.
 */
export async function otlpHttpIngest(payload: Buffer, seconds: number, concurrency: number): Promise<IngestResult> {
  let spans = 0;
  const sink: SpanSink = {
    accept(batch) {
      spans += batch.length;
      return ACCEPTED;
    },
  };
  const ports: ReceiverPorts = { otlpHttp: 0 };
  for (const name of Object.keys(EPHEMERAL_PORTS) as ReceiverName[]) if (name !== 'otlpHttp') ports[name] = false;
  const receivers = await startReceivers({ sink, ports });
  const file = join(tmpdir(), `ht-otlp-bench-${process.pid}.bin`);
  writeFileSync(file, payload);
  const url = `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
  const load = fileURLToPath(new URL('./otlpLoad.mjs', import.meta.url));
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, [load, url, file, String(seconds), String(concurrency)], (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  await receivers.close();
  const { failed } = JSON.parse(out) as { ok: number; failed: number };
  return { spans, wallSeconds, receiverCpuSeconds: (cpu.user + cpu.system) / 1e6, failedRequests: failed };
}
