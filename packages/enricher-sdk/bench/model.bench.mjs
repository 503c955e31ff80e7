// Throughput of the model's hot paths on this machine: building spans as a receiver does, typed
// attribute reads, and the Avro codecs. Run after a build: `pnpm --filter @ht/enricher-sdk run bench`.
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

function measure(label, units, fn, rounds = 5) {
  fn(); // warm up
  const start = performance.now();
  for (let r = 0; r < rounds; r++) fn();
  const seconds = (performance.now() - start) / 1000 / rounds;
  console.log(
    `${label.padEnd(44)} ${Math.round(units / seconds)
      .toLocaleString('en-US')
      .padStart(12)} /s`,
  );
}

const N = 50_000;
let spans = [];
measure('build span (8 attributes)', N, () => {
  spans = Array.from({ length: N }, (_, i) => span(i));
});
measure('2 typed attribute reads', N, () => {
  let sum = 0;
  for (const s of spans)
    if (s.attr.string('http.request.method') === 'GET') sum += s.attr.int('http.response.status_code') ?? 0;
  return sum;
});
const batch = spans.slice(0, 5000);
let encoded = [];
measure('RawSpan encode (spans)', batch.length, () => {
  encoded = batch.map((s) => rawSpanCodec.encode(s));
});
measure('RawSpan decode (spans)', batch.length, () => {
  for (const b of encoded) rawSpanCodec.decode(b);
});
const trace = createTrace({ spans: spans.slice(0, 50) });
let traceBytes;
measure('EnrichedTrace encode, 50 spans (spans)', 50 * 200, () => {
  for (let i = 0; i < 200; i++) traceBytes = enrichedTraceCodec.encode(trace);
});
measure('EnrichedTrace decode, 50 spans (spans)', 50 * 200, () => {
  for (let i = 0; i < 200; i++) enrichedTraceCodec.decode(traceBytes);
});
console.log(`RawSpan size ${encoded[0].length} B; EnrichedTrace(50) size ${traceBytes.length} B`);
