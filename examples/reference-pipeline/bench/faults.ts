// The faults that do not fit in `npm test` (docs/reliability.md, "A broker restart mid-stream"): the
// distributed pipeline (`ht stage receiver|grouper|enricher|views`, each its own process) on a private
// Kafka broker of its own (tools/services `throwawayKafka`: free ports, a temporary dir), the shared
// schema registry and ClickHouse (`eval "$(node tools/services/dist/cli.js env)"` first). Clients send
// OTLP/HTTP and gRPC traces without pause; the broker is stopped (SIGTERM) for HT_FAULTS_BROKER_DOWN_MS
// (default 20 s) and started again on the same data. Checks that every span answered 2xx is queryable
// exactly once, and reports the answers meanwhile and how long each part took to recover.
//   pnpm --filter @ht/reference-pipeline bench:faults
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { throwawayKafka } from '@ht/services';
import { FaultClients } from '../test/stages/faults/faultClients.js';
import type { FaultOutcome, FaultTarget } from '../test/stages/faults/faultClients.js';
import { StagePipeline } from '../test/stages/stagePipeline.js';
import type { StageProcess } from '../test/stages/stageProcess.js';

const downMs = Number(process.env['HT_FAULTS_BROKER_DOWN_MS'] ?? 20_000);
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const answers = (outcomes: readonly FaultOutcome[]): string => {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.answer] = (counts[o.answer] ?? 0) + 1;
  return Object.entries(counts)
    .map(([answer, n]) => `${answer} × ${n}`)
    .join(', ');
};
const load = (): string => loadavg()[0]!.toFixed(1);
/** Where each stage's whole output is written at the end. */
const logDir = process.env['HT_FAULTS_LOG_DIR'] ?? mkdtempSync(join(tmpdir(), 'ht-faults-bench-'));

console.log(
  `@ht/reference-pipeline faults bench: ${cpus().length} cores, node ${process.version}, load average ${load()}; broker down ${downMs} ms`,
);
const kafka = await throwawayKafka();
let failed: boolean;
try {
  await kafka.start();
  const pipeline = await StagePipeline.create('benchfaults', { brokers: [kafka.broker] });
  const stages: StageProcess[] = [];
  const clients = new FaultClients();
  try {
    for (const name of ['receiver', 'grouper', 'enricher', 'views']) stages.push(await pipeline.start(name));
    const http: FaultTarget = { kind: 'http', url: `http://127.0.0.1:${pipeline.ports.otlpHttp}/v1/traces` };
    const grpc: FaultTarget = { kind: 'grpc', origin: `http://127.0.0.1:${pipeline.ports.otlpGrpc}` };
    clients.start('http', http, 200);
    clients.start('grpc', grpc, 200);
    await pause(10_000);

    const stoppedAt = Date.now();
    await kafka.stop();
    const stopMs = Date.now() - stoppedAt;
    await pause(Math.max(0, downMs - stopMs));
    const startAt = Date.now();
    await kafka.start();
    const brokerBackAt = Date.now();
    const whileDown = clients.since(stoppedAt).filter((o) => o.at < brokerBackAt);
    // Accepting again: the first 2xx of each client after the broker answered.
    const deadline = Date.now() + 120_000;
    while (!['http', 'grpc'].every((c) => clients.since(brokerBackAt, c).some((o) => o.ok)) && Date.now() < deadline) {
      await pause(200);
    }
    const firstOk = Math.max(
      ...['http', 'grpc'].map((c) => clients.since(brokerBackAt, c).find((o) => o.ok)?.at ?? Number.NaN),
    );
    await pause(10_000);
    await clients.stop();

    const accepted = clients.accepted();
    const wanted = new Set(accepted.map((s) => `${s.traceId}:${s.spanId}`));
    // Until every accepted span is stored, or 60 s without progress.
    const found = (rows: typeof stored): number => rows.filter((r) => wanted.has(`${r.trace_id}:${r.span_id}`)).length;
    let stored = await pipeline.storedSpans();
    let progressAt = Date.now();
    while (found(stored) < wanted.size && Date.now() - progressAt < 60_000) {
      await pause(2_000);
      const next = await pipeline.storedSpans();
      if (found(next) > found(stored)) progressAt = Date.now();
      stored = next;
    }
    const allStoredMs = Date.now() - brokerBackAt;
    const storedKeys = new Set(stored.map((r) => `${r.trace_id}:${r.span_id}`));
    const missing = accepted.filter((s) => !storedKeys.has(`${s.traceId}:${s.spanId}`));
    const twice = stored.filter((r) => r.copies !== 1);
    const attempted = new Set(clients.attempted().map((s) => `${s.traceId}:${s.spanId}`));
    const unknown = stored.filter((r) => !attempted.has(`${r.trace_id}:${r.span_id}`));
    const exits = await Promise.all(stages.map((s) => s.stop()));
    for (const [i, name] of ['receiver', 'grouper', 'enricher', 'views'].entries()) {
      writeFileSync(join(logDir, `${name}.log`), stages[i]?.output() ?? '');
    }

    console.log(
      `broker stopped in ${stopMs} ms, down ${brokerBackAt - stoppedAt} ms (its start took ${brokerBackAt - startAt} ms); ` +
        `${whileDown.length} requests meanwhile: ${answers(whileDown)}`,
    );
    console.log(
      `accepting again ${Number.isNaN(firstOk) ? 'never (120 s)' : `${firstOk - brokerBackAt} ms`} after the broker answered; ` +
        (missing.length === 0
          ? `every accepted span stored ${allStoredMs} ms after it answered`
          : `${missing.length} accepted spans still missing ${allStoredMs} ms after it answered (60 s without progress)`),
    );
    console.log(
      `${clients.outcomes.length} requests, ${accepted.length} spans accepted: ${missing.length} missing, ${twice.length} stored more than once, ` +
        `${unknown.length} stored that were never sent; ${stored.length - accepted.length} stored of requests not answered 2xx; ` +
        `stage exits ${exits.join(', ')}; load average ${load()}`,
    );
    failed = missing.length > 0 || twice.length > 0 || unknown.length > 0 || Number.isNaN(firstOk);
    if (exits.some((code) => code !== 0)) failed = true;
    console.log(`each stage's output: ${logDir}`);
  } finally {
    await clients.stop();
    await pipeline.close();
  }
} finally {
  await kafka.destroy();
}
console.log(failed ? 'FAILED' : 'OK: every accepted span queryable exactly once');
process.exitCode = failed ? 1 : 0;
