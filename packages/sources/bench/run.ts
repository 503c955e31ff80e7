// Benchmarks of @ht/sources (docs/benchmarks.md, section "sources"): `pnpm --filter @ht/sources bench`.
// 1. Decode + normalize spans per CPU-second, per format, on the real clients' payloads.
// 2. OTLP/HTTP protobuf ingest over loopback: 512-span requests from a separate load process; spans per
//    CPU-second of the receiver process (target: at least 150k).
// Ends with one JSON line of the figures of both tables.
import { cpus, loadavg } from 'node:os';
import { decodeThroughput } from './decode.js';
import { otlpHttpIngest } from './ingest.js';
import { otlpExporterPayload } from './otlpPayload.js';

const seconds = Number(process.env['HT_BENCH_SECONDS'] ?? 5);
const payload = await otlpExporterPayload(512);
const load = loadavg()[0]!;
const results: { name: string; value: number; unit: string; [extra: string]: number | string }[] = [];

console.log(`decode + normalize (${seconds / 5} s per format), spans per CPU-second`);
console.log('| format | client | spans/request | bytes/request | spans per CPU-s |');
console.log('|---|---|---:|---:|---:|');
for (const r of decodeThroughput(seconds / 5, [
  { format: 'otlp_proto', client: '512-span request, @opentelemetry/exporter-trace-otlp-proto', payload },
])) {
  console.log(
    `| ${r.format} | ${r.client} | ${r.spansPerRequest} | ${r.bytesPerRequest} | ${r.spansPerCpuSecond.toLocaleString('en-US')} |`,
  );
  results.push({
    name: `decode + normalize: ${r.format}, ${r.client}`,
    value: r.spansPerCpuSecond,
    unit: 'spans/CPU-s',
    spansPerRequest: r.spansPerRequest,
    bytesPerRequest: r.bytesPerRequest,
  });
}

console.log(
  `\nOTLP/HTTP protobuf ingest over loopback, 512-span requests (${payload.length} bytes), ${seconds} s each`,
);
console.log('| concurrent requests | spans | spans/s (wall) | receiver CPU-s | spans per receiver CPU-s |');
console.log('|---:|---:|---:|---:|---:|');
for (const concurrency of [1, 4, 16]) {
  const r = await otlpHttpIngest(payload, seconds, concurrency);
  if (r.failedRequests > 0) throw new Error(`${r.failedRequests} requests failed`);
  const perCpu = Math.round(r.spans / r.receiverCpuSeconds);
  console.log(
    `| ${concurrency} | ${r.spans} | ${Math.round(r.spans / r.wallSeconds).toLocaleString('en-US')} | ${r.receiverCpuSeconds.toFixed(2)} | ${perCpu.toLocaleString('en-US')} |`,
  );
  const name = `OTLP/HTTP protobuf ingest, ${concurrency} concurrent requests`;
  results.push(
    {
      name,
      value: perCpu,
      unit: 'spans/receiver CPU-s',
      spans: r.spans,
      receiverCpuSeconds: Number(r.receiverCpuSeconds.toFixed(2)),
    },
    { name: `${name}, wall`, value: Math.round(r.spans / r.wallSeconds), unit: 'spans/s (wall)' },
  );
}
console.log(
  JSON.stringify({
    bench: '@ht/sources',
    loadAverage: Number(load.toFixed(2)),
    results,
    decodeSecondsPerFormat: seconds / 5,
    ingestSeconds: seconds,
    requestSpans: 512,
    requestBytes: payload.length,
    cores: cpus().length,
    node: process.version,
  }),
);
