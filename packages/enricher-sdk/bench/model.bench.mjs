// Throughput of the model's hot paths on this machine: building spans as a receiver does, typed
// attribute reads, and the Avro codecs. Run after a build: `pnpm --filter @ht/enricher-sdk run bench`
// (BENCH_SCALE=0.1 makes a quick run). Ends with one JSON line of the figures.
import { cpus, loadavg } from 'node:os';
import {
  Attributes,
  createResource,
  createSpan,
  createTrace,
  enrichedTraceCodec,
  rawSpanCodec,
} from '@ht/enricher-sdk';

const resource = createResource({
  attributes: { 'service.name': 'cart', 'host.name': 'cart-1', 'telemetry.sdk.name': 'opentelemetry' },
});

function span(i) {
  const attr = new Attributes()
    .set('http.request.method', 'GET')
    .set('http.route', '/cart/{id}')
    .set('url.path', `/cart/${i}`)
    .set('http.response.status_code', 200n)
    .set('server.address', 'cart')
    .set('server.port', 8080n)
    .set('user_agent.original', 'Mozilla/5.0')
    .set('net.ratio', 0.5);
  return createSpan({
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: (i + 1).toString(16).padStart(16, '0'),
    parentSpanId: '00000000000000ff',
    name: 'GET /cart/{id}',
    kind: 'SERVER',
    startTimeUnixNano: 1_700_000_000_000_000_000n + BigInt(i),
    endTimeUnixNano: 1_700_000_000_005_000_000n,
    attributes: attr,
    resource,
    sourceFormat: 'otlp',
  });
}

const load = loadavg()[0];
const results = [];

/** Prints `units` per second of `fn` (mean of 5 rounds after a warm-up) and keeps it for the JSON line. */
function measure(label, units, unit, fn, rounds = 5) {
  fn(); // warm up
  const start = performance.now();
  for (let r = 0; r < rounds; r++) fn();
  const seconds = (performance.now() - start) / 1000 / rounds;
  const perSecond = Math.round(units / seconds);
  console.log(`${label.padEnd(44)} ${perSecond.toLocaleString('en-US').padStart(12)} /s`);
  results.push({ name: label, value: perSecond, unit });
}

const N = Math.round(50_000 * Number(process.env.BENCH_SCALE ?? 1));
let spans = [];
measure('build span (8 attributes)', N, 'spans/s', () => {
  spans = Array.from({ length: N }, (_, i) => span(i));
});
measure('2 typed attribute reads', N, 'spans/s (2 reads each)', () => {
  let sum = 0;
  for (const s of spans)
    if (s.attr.string('http.request.method') === 'GET') sum += s.attr.int('http.response.status_code') ?? 0;
  return sum;
});
const batch = spans.slice(0, 5000);
let encoded = [];
measure('RawSpan encode (spans)', batch.length, 'spans/s', () => {
  encoded = batch.map((s) => rawSpanCodec.encode(s));
});
measure('RawSpan decode (spans)', batch.length, 'spans/s', () => {
  for (const b of encoded) rawSpanCodec.decode(b);
});
const trace = createTrace({ spans: spans.slice(0, 50) });
let traceBytes;
measure('EnrichedTrace encode, 50 spans (spans)', 50 * 200, 'spans/s', () => {
  for (let i = 0; i < 200; i++) traceBytes = enrichedTraceCodec.encode(trace);
});
measure('EnrichedTrace decode, 50 spans (spans)', 50 * 200, 'spans/s', () => {
  for (let i = 0; i < 200; i++) enrichedTraceCodec.decode(traceBytes);
});
console.log(`RawSpan size ${encoded[0].length} B; EnrichedTrace(50) size ${traceBytes.length} B`);
results.push(
  { name: 'RawSpan size', value: encoded[0].length, unit: 'bytes' },
  { name: 'EnrichedTrace(50) size', value: traceBytes.length, unit: 'bytes' },
);
console.log(
  JSON.stringify({
    bench: '@ht/enricher-sdk model',
    loadAverage: Number(load.toFixed(2)),
    results,
    spans: N,
    rounds: 5,
    cores: cpus().length,
    node: process.version,
  }),
);
