import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { noopLogger } from '@ht/enricher-sdk';
import { EPHEMERAL_PORTS } from '@ht/sources';
import type { ReceiverName, ReceiverPorts } from '@ht/sources';
import { column, count, createDuckDbStore, isIn } from '@ht/sinks';
import { afterAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/config/index.js';
import { DEMO_FLUSH_INTERVAL_MS } from '../../src/demo/index.js';
import { latencyBudget, startLocalPipeline } from '../../src/local/index.js';
import type { LatencyBudget, LocalPipelineOptions } from '../../src/local/index.js';
import { PrometheusMetrics } from '../../src/ops/index.js';

/** One OTLP/HTTP request on loopback, with room for a loaded machine. */
const REQUEST_MS = 250;
/**
 * The store's write time allowed for: the sink's batches of the built-in views, two at a time, into DuckDB (at
 * `ht demo`'s 200 spans/s on 2 busy cores: 70 ms median, 400 ms p95, 720 ms max per batch; docs/guarantees.md).
 */
const WRITE_MS = 1_000;
const TRACES = 12;
const SPANS_PER_TRACE = 3;
/** Traces start this far apart, so the first ones close while spans still arrive and the last after they stop. */
const TRACE_EVERY_MS = 250;
const POLL_MS = 50;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function only(...names: ReceiverName[]): ReceiverPorts {
  const ports: ReceiverPorts = {};
  for (const name of Object.keys(EPHEMERAL_PORTS) as ReceiverName[]) ports[name] = names.includes(name) ? 0 : false;
  return ports;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The grouper's settings and the source's watermarks of one case (the rest is `ht demo`'s). */
interface Settings {
  readonly grouper: NonNullable<LocalPipelineOptions['grouper']>;
  readonly watermarks?: LocalPipelineOptions['watermarks'];
}

interface Measured {
  readonly budget: LatencyBudget;
  /** Per trace, ms from its newest span's end until all its spans were queryable, ascending. */
  readonly latencies: readonly number[];
  /** Trace fragments the grouper emitted on its processing-time fallback. */
  readonly idleEmissions: number;
}

/**
 * Runs the pipeline on DuckDB with OTLP/HTTP only, sends traces through a real OTel JS exporter flushing as
 * `ht demo`'s clients do, and polls the pipeline's store for each trace until all its spans are there.
 */
async function measure(settings: Settings): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-latency-'));
  dirs.push(dir);
  const config = demoConfig({ dataDir: dir });
  const budget = latencyBudget({
    exporterDelayMs: DEMO_FLUSH_INTERVAL_MS + REQUEST_MS,
    grouper: settings.grouper,
    ...(settings.watermarks === undefined ? {} : { watermarks: settings.watermarks }),
    sink: config.sink,
    writeMs: WRITE_MS,
  });
  const store = await createDuckDbStore({ path: join(dir, 'ht.duckdb') });
  const pipeline = await startLocalPipeline({
    store,
    plugins: config.plugins,
    receivers: { ports: only('otlpHttp') },
    grouper: settings.grouper,
    ...(settings.watermarks === undefined ? {} : { watermarks: settings.watermarks }),
    sink: config.sink,
    logger: noopLogger,
    metrics: new PrometheusMetrics(),
  });
  const address = pipeline.receivers.addresses.otlpHttp!;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout' }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `http://127.0.0.1:${address.port}/v1/traces` }), {
        scheduledDelayMillis: DEMO_FLUSH_INTERVAL_MS,
      }),
    ],
  });
  const tracer = provider.getTracer('latency');

  // When each trace's newest span (its root, ended last) ended; and how long until all its spans were queryable.
  const endedAt = new Map<string, number>();
  const latency = new Map<string, number>();
  const sending = (async () => {
    for (let i = 0; i < TRACES; i++) {
      const root = tracer.startSpan('POST /checkout', { kind: SpanKind.SERVER });
      const parent = trace.setSpan(context.active(), root);
      for (let c = 1; c < SPANS_PER_TRACE; c++) tracer.startSpan(`call ${c}`, { kind: SpanKind.CLIENT }, parent).end();
      root.end();
      endedAt.set(root.spanContext().traceId, Date.now());
      await sleep(TRACE_EVERY_MS);
    }
  })();

  let idleEmissions: number;
  const deadline = Date.now() + TRACES * TRACE_EVERY_MS + budget.totalMs + 5_000;
  try {
    while (latency.size < TRACES && Date.now() < deadline) {
      const pending = [...endedAt.keys()].filter((id) => !latency.has(id));
      if (pending.length > 0) {
        const rows = await store.query({
          view: 'span_event_view',
          tenantId: 'default',
          select: [column('trace_id'), count('spans')],
          where: [isIn('trace_id', pending)],
          groupBy: ['trace_id'],
        });
        const now = Date.now();
        for (const row of rows) {
          const id = row['trace_id'] as string;
          if (row['spans'] === SPANS_PER_TRACE) latency.set(id, now - endedAt.get(id)!);
        }
      }
      await sleep(POLL_MS);
    }
    await sending;
    const idle = /ht_grouper_traces_emitted_total\{[^}]*reason="idle"[^}]*\} (\d+)/.exec(pipeline.metricsText());
    idleEmissions = Number(idle?.[1]);
  } finally {
    await provider.shutdown();
    await pipeline.stop();
  }
  expect(latency.size).toBe(TRACES);
  const latencies = [...latency.values()].sort((a, b) => a - b);
  console.log(
    `receipt to queryable over ${TRACES} traces: ${latencies.join(', ')} ms; budget ${budget.totalMs} ms ` +
      `(exporter ${budget.exporterDelayMs} + grouping ${budget.groupingMs} + sink ${budget.sinkDelayMs} + write ${budget.writeMs})`,
  );
  return { budget, latencies, idleEmissions };
}

describe('receipt to queryable (docs/guarantees.md)', () => {
  it("ht demo's settings: traces close on event time, the last ones once the watermark follows the clock", async () => {
    const { budget, latencies, idleEmissions } = await measure({ grouper: demoConfig().grouper });
    expect(budget.groupingMs).toBe(budget.eventTimeMs);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(budget.totalMs);
    // A bound, not a guess: no trace closes before its gap has passed.
    expect(Math.min(...latencies)).toBeGreaterThanOrEqual(budget.gapMs);
    // The grouper's fallback (1.25 x 6 s) never came first.
    expect(idleEmissions).toBe(0);
  }, 40_000);

  it("a watermark that holds when idle: the grouper's processing-time fallback closes the last traces", async () => {
    const idleTimeoutMs = 1_600;
    const { budget, latencies, idleEmissions } = await measure({
      grouper: { gapMs: 1_000, idleTimeoutMs },
      watermarks: { whenAllIdle: 'hold' },
    });
    expect(budget.eventTimeMs).toBe(Infinity);
    expect(budget.groupingMs).toBe(1.25 * idleTimeoutMs);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(budget.totalMs);
    expect(idleEmissions).toBeGreaterThan(0);
  }, 40_000);
});
