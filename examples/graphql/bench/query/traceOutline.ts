/**
 * `pnpm bench:trace-outline` (docs/benchmarks.md, "web UI"): what the trace page's first query costs on one
 * large trace, before and after the outline. Seeds a DuckDB store (in memory) with one trace of N spans
 * (`HT_BENCH_OUTLINE_SPANS`, default 100,000; in fragments of 10,000, the grouper's cap), each with 8 client
 * and 10 enriched attributes, then times (warm, `HT_BENCH_OUTLINE_RUNS` runs, default 3, the median) the
 * query the page asked before (`trace` with every span's attributes, events and links) and the one it asks
 * now (`traceOutline`), through `createQueryServer` on loopback: ms to the whole answer, and its size.
 * Prints a table, then one JSON line.
 */
import { loadavg } from 'node:os';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import { createDuckDbStore } from '@ht/sinks';
import type { ViewRow } from '@ht/sinks';
import { createQueryServer } from '../../src/index.js';

const SPANS = Number(process.env['HT_BENCH_OUTLINE_SPANS'] ?? 100_000);
const RUNS = Number(process.env['HT_BENCH_OUTLINE_RUNS'] ?? 3);
const FRAGMENT = 10_000;
const TRACE = 'b16b16b16b16b16b16b16b16b16b16b1';
const T0 = Date.UTC(2026, 11, 7, 12) * 1_000;

/** The trace page's query before the outline (the UI's former TRACE_QUERY). */
const WHOLE = `query($t: String!) { trace(traceId: $t) { traceId spans {
  spanId parentSpanId serviceName name kind startTime durationMicros statusCode apiName spanType protocol errorCount
  clientAttributes { key value } enrichedAttributes { key value } resourceAttributes { key value }
  events { time name level message isException exceptionType exceptionMessage exceptionStacktrace }
  links { traceId spanId attributes { key value } } } } }`;
/** The trace page's first query now (the UI's TRACE_OUTLINE_QUERY). */
const OUTLINE = `query($t: String!) { traceOutline(traceId: $t) { traceId spans {
  spanId parentSpanId serviceName name kind startTime durationMicros statusCode apiName spanType protocol errorCount
  onCriticalPath } } }`;

const spanView = builtinViews.find((v) => v.name === 'span_event_view');
if (spanView === undefined) throw new Error('no span_event_view among the built-in views');

/** A span_event_view row: every column at its zero value, then `values`. */
function row(values: Record<string, unknown>): ViewRow {
  const out: Record<string, unknown> = {};
  for (const [name, { type }] of Object.entries(spanView!.columns)) {
    out[name] = type.endsWith('Array') ? [] : type === 'bool' ? false : /string/i.test(type) ? '' : 0;
  }
  return Object.assign(out, values);
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
const clientKeys = [
  'http.request.method',
  'http.route',
  'http.response.status_code',
  'item.index',
  'net.peer.name',
  'server.address',
  'thread.name',
  'user_agent.original',
];
const enrichedKeys = [
  'ht.api.is_external',
  'ht.resource.host.name',
  'ht.resource.service.version',
  'ht.service.name',
  'ht.span.critical_path',
  'ht.span.critical_path_micros',
  'ht.span.depth',
  'ht.span.self_time_micros',
  'ht.trace.span_count',
  'ht.tier',
];

function spanRow(i: number): ViewRow {
  const parent = i === 0 ? '' : i <= 100 ? hex(1, 16) : hex(2 + ((i - 101) % 100), 16);
  const start = T0 + i * 100;
  return row({
    tenant_id: 'default',
    trace_id: TRACE,
    span_id: hex(i + 1, 16),
    parent_span_id: parent,
    service_name: i <= 100 ? 'bulk-api' : `worker-${i % 5}`,
    span_name: i === 0 ? 'POST /bulk' : i <= 100 ? `batch ${i}` : `item ${i}`,
    span_kind: i === 0 ? 'SERVER' : 'INTERNAL',
    start_time: start,
    end_time: start + 80,
    duration_micros: 80,
    status_code: i % 50 === 0 ? 'ERROR' : 'UNSET',
    error_count: i % 50 === 0 ? 1 : 0,
    attribute_keys: clientKeys,
    attribute_values: [
      'POST',
      '/bulk/items/:id',
      '200',
      String(i),
      'db.internal.example',
      'worker.internal',
      `pool-${i % 8}`,
      'Mozilla/5.0 (X11; Linux x86_64) bench',
    ],
    enriched_attribute_keys: enrichedKeys,
    enriched_attribute_values: [
      'false',
      'host-1.internal',
      '1.4.2',
      'worker',
      i < 100 ? 'true' : 'false',
      '80',
      String(i % 3),
      '80',
      String(SPANS),
      'gold',
    ],
  });
}

async function timed(url: string, query: string): Promise<{ ms: number; bytes: number; spans: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { t: TRACE } }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as { data?: Record<string, { spans: unknown[] } | null>; errors?: unknown };
  if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  const spans = Object.values(body.data ?? {})[0]?.spans.length ?? 0;
  return { ms, bytes: Buffer.byteLength(text), spans };
}

const store = await createDuckDbStore({ path: ':memory:' });
await store.ensureTables(builtinViews);
for (let from = 0; from < SPANS; from += FRAGMENT) {
  await store.write(
    'span_event_view',
    Array.from({ length: Math.min(FRAGMENT, SPANS - from) }, (_, k) => spanRow(from + k)),
  );
}
const server = await createQueryServer({ store, views: builtinViews, port: 0 });
const results: Record<string, { ms: number; mb: number; spans: number }> = {};
try {
  for (const [name, query] of [
    ['trace (every attribute, events, links)', WHOLE],
    ['traceOutline', OUTLINE],
  ] as const) {
    await timed(server.url, query); // warm
    const runs: { ms: number; bytes: number; spans: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(server.url, query));
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[Math.floor(runs.length / 2)]!;
    results[name] = { ms: Math.round(median.ms), mb: Number((median.bytes / 1e6).toFixed(1)), spans: median.spans };
  }
} finally {
  await server.close();
  await store.close();
}
console.log(
  `one trace of ${SPANS} spans, DuckDB in memory, median of ${RUNS} warm runs (load ${loadavg()[0]!.toFixed(1)})`,
);
for (const [name, r] of Object.entries(results)) {
  console.log(`  ${name.padEnd(40)} ${String(r.ms).padStart(7)} ms ${String(r.mb).padStart(7)} MB  ${r.spans} spans`);
}
console.log(JSON.stringify({ spans: SPANS, runs: RUNS, load: loadavg()[0], results }));
