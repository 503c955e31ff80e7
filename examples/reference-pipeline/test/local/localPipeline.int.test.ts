import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { defineView, noopLogger } from '@ht/enricher-sdk';
import { builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import type { Trace } from '@ht/enricher-sdk';
import { EPHEMERAL_PORTS } from '@ht/sources';
import type { ReceiverName, ReceiverPorts } from '@ht/sources';
import { count, createDuckDbStore, eq } from '@ht/sinks';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalPipeline } from '../../src/local/index.js';
import { PrometheusMetrics } from '../../src/ops/index.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function only(...names: ReceiverName[]): ReceiverPorts {
  const ports: ReceiverPorts = {};
  for (const name of Object.keys(EPHEMERAL_PORTS) as ReceiverName[]) ports[name] = names.includes(name) ? 0 : false;
  return ports;
}

async function eventually<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the one-process pipeline (receivers → grouper → enrichers → views → DuckDB)', () => {
  it('stores what a real OTel JS exporter sends, enriched, past a throwing view and a misfit one, and drains on stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ht-local-'));
    dirs.push(dir);
    const store = await createDuckDbStore({ path: join(dir, 'ht.duckdb') });
    // A user view that throws on every trace: counted, and the other views still get their rows.
    const broken = defineView({
      name: 'broken_view',
      version: '1',
      columns: { tenant_id: { type: 'string' }, trace_id: { type: 'string' } },
      key: ['tenant_id', 'trace_id'],
      fromTrace(trace: Trace): Iterable<{ tenant_id: string; trace_id: string }> {
        throw new Error(`no rows for ${trace.traceId}`);
      },
    });
    // A user view whose rows do not fit its columns: each row is left out and counted; the job goes on.
    const misfit = defineView({
      name: 'misfit_view',
      version: '1',
      columns: { tenant_id: { type: 'string' }, trace_id: { type: 'string' }, span_count: { type: 'uint64' } },
      key: ['tenant_id', 'trace_id'],
      fromTrace: (trace: Trace) => [{ tenant_id: trace.tenantId, trace_id: trace.traceId, span_count: -1 }],
    });
    const metrics = new PrometheusMetrics();
    const pipeline = await startLocalPipeline({
      store,
      plugins: {},
      builtins: { enrichers: builtinEnrichers, views: [...builtinViews, broken, misfit] },
      receivers: { ports: only('otlpHttp') },
      grouper: { gapMs: 300 },
      logger: noopLogger,
      metrics,
    });
    const address = pipeline.receivers.addresses.otlpHttp!;
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'checkout' }),
      spanProcessors: [
        new SimpleSpanProcessor(new OTLPTraceExporter({ url: `http://127.0.0.1:${address.port}/v1/traces` })),
      ],
    });
    const tracer = provider.getTracer('test');
    for (let i = 0; i < 5; i++) {
      const root = tracer.startSpan('GET /cart', {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': 'GET', 'http.route': '/cart', 'http.response.status_code': 200 },
      });
      root.setStatus({ code: i === 0 ? SpanStatusCode.ERROR : SpanStatusCode.OK });
      root.end();
    }
    await provider.forceFlush();

    const rows = await eventually(
      'five stored spans',
      () =>
        store.query({
          view: 'span_event_view',
          tenantId: 'default',
          select: [count('n')],
          where: [eq('service_name', 'checkout')],
        }),
      (r) => r[0]?.['n'] === 5,
    );
    expect(rows).toEqual([{ n: 5 }]);
    expect(pipeline.counters()).toMatchObject({ spansIn: 5, tracesOut: 5 });
    const text = await metrics.toPrometheus();
    expect(text).toMatch(/ht_view_errors_total\{[^}]*view="broken_view"[^}]*\} 5/);
    expect(text).toMatch(/ht_view_rows_invalid_total\{view="misfit_view"\} 5/);

    await provider.shutdown();
    await pipeline.stop();
    await pipeline.done;
    expect(pipeline.counters().queue).toBe(0);
  }, 60_000);
});
