import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOtelCollector } from '@ht/services';
import type { RunningCollector } from '@ht/services';
import { afterAll, describe, expect, it } from 'vitest';
import { metricValues, startHtDemo, waitFor } from './htProcess.js';
import type { HtProcess } from './htProcess.js';
import { shopServices } from './shopClients.js';
import { everyService, recordShopTraces } from './shopTraces.js';
import type { ShopServices } from './shopTraces.js';
import { occurrences, readViews } from './storedViews.js';
import type { SentSpan } from './tracedService.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The spans each receiver endpoint accepted, from `ht_receiver_spans_accepted_total{receiver}`. */
async function acceptedPerReceiver(ht: HtProcess): Promise<Record<string, number>> {
  const accepted: Record<string, number> = {};
  for (const { labels, value } of await metricValues(ht.opsUrl, 'ht_receiver_spans_accepted_total')) {
    if (value > 0) accepted[labels['receiver'] ?? ''] = value;
  }
  return accepted;
}

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

describe('real trace clients → ht demo --no-traffic → DuckDB', () => {
  it('stores every span sent through OTLP (HTTP, gRPC), Zipkin, Jaeger and an OTel Collector once, enriched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ht-e2e-clients-'));
    dirs.push(dir);
    const ht = await startHtDemo(dir);
    let collector: RunningCollector | undefined;
    const sent: SentSpan[] = [];
    let services: ShopServices | undefined;
    let traceCount: number;
    try {
      collector = await startOtelCollector({
        receiver: 'grpc',
        exporters: { otlp: { kind: 'otlp', endpoint: new URL(ht.endpoints['otlpGrpc']!).host } },
      });
      services = shopServices(
        {
          otlpHttp: ht.endpoints['otlpHttp']!,
          otlpGrpc: ht.endpoints['otlpGrpc']!,
          zipkin: ht.endpoints['zipkin']!,
          jaegerThriftHttp: ht.endpoints['jaegerThriftHttp']!,
          collectorOtlpGrpc: collector.otlpUrl,
        },
        sent,
      );
      traceCount = recordShopTraces(services, Date.now() - 250);
      await Promise.all(everyService(services).map((s) => s.flush()));

      // Every client's spans reached its receiver; the collector's came in over OTLP gRPC.
      const perService = occurrences(sent.map((s) => s.service));
      const accepted = await waitFor(
        'every span accepted',
        () => acceptedPerReceiver(ht),
        (a) => total(a) >= sent.length,
      );
      expect(accepted).toEqual({
        otlpHttp: perService.get('web-frontend'),
        otlpGrpc: perService.get('api-gateway')! + perService.get('payment')!,
        zipkin: perService.get('catalog'),
        jaegerThriftHttp: perService.get('inventory'),
      });

      // ht's GraphQL (UI + GraphQL port) lists every service sent, and returns each trace whole, from the
      // store the pipeline writes.
      const graphql = ht.endpoints['GraphQL']!;
      expect(new URL(graphql).port).toBe(String(2020 + Number(new URL(ht.opsUrl).port) - 8099));
      const range = {
        startTime: new Date(Date.now() - 3600_000).toISOString(),
        endTime: new Date(Date.now() + 3600_000).toISOString(),
      };
      const ask = async <D>(query: string, variables: Record<string, unknown>): Promise<D> => {
        const response = await fetch(graphql, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data: D; errors?: unknown };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        return body.data;
      };
      const listed = await waitFor(
        'GraphQL lists every service',
        async () =>
          (
            await ask<{ services: { name: string; calls: number }[] }>(
              'query($s: String!, $e: String!) { services(startTime: $s, endTime: $e) { name calls } }',
              { s: range.startTime, e: range.endTime },
            )
          ).services,
        (list) => list.length >= perService.size,
      );
      expect(listed.map((s) => s.name)).toEqual([...perService.keys()].sort());
      const checkout = sent.find((s) => s.name === 'POST /checkout')!.traceId;
      const trace = await ask<{ trace: { spans: { spanId: string }[] } }>(
        'query($id: String!) { trace(traceId: $id) { spans { spanId } } }',
        { id: checkout },
      );
      expect(trace.trace.spans.map((s) => s.spanId).sort()).toEqual(
        sent
          .filter((s) => s.traceId === checkout)
          .map((s) => s.spanId)
          .sort(),
      );
    } finally {
      if (services) await Promise.allSettled(everyService(services).map((s) => s.shutdown()));
      await collector?.stop();
      const code = await ht.stop();
      expect(code, ht.output()).toBe(0);
    }

    const stored = await readViews(join(dir, 'ht.duckdb'), {
      span_event_view: [
        'trace_id',
        'span_id',
        'service_name',
        'span_kind',
        'span_type',
        'protocol',
        'api_name',
        'http_method',
        'grpc_endpoint',
        'backend_name',
        'error_count',
        'exception_count',
        'environment',
      ],
      raw_trace_view: ['trace_id', 'fragment', 'span_count', 'error_count', 'exception_count', 'has_error', 'services'],
      log_event_view: ['trace_id', 'span_id', 'service_name', 'is_exception', 'exception_type', 'exception_message'],
      service_call_view: ['trace_id', 'caller_service', 'callee_name', 'callee_type', 'error_count'],
    });

    // Every span sent is stored exactly once, and nothing else is.
    const spans = stored.span_event_view;
    const perSpan = occurrences(spans.map((r) => `${String(r['trace_id'])}/${String(r['span_id'])}`));
    expect([...perSpan.values()].every((n) => n === 1)).toBe(true);
    expect([...perSpan.keys()].sort()).toEqual(sent.map((s) => `${s.traceId}/${s.spanId}`).sort());

    // With the built-in enrichment.
    const bySpanId = new Map(spans.map((r) => [r['span_id'], r]));
    for (const span of sent) {
      const e = span.expected;
      expect(bySpanId.get(span.spanId), `${span.service} ${span.name}`).toMatchObject({
        service_name: span.service,
        span_kind: span.kind,
        span_type: e.spanType,
        protocol: e.protocol,
        api_name: e.apiName,
        http_method: e.httpMethod ?? '',
        grpc_endpoint: e.grpcEndpoint ?? '',
        backend_name: e.backendName ?? '',
        error_count: e.errorCount,
        exception_count: span.exceptions,
        // Zipkin has no resource (only the service name travels), so no environment either.
        environment: span.service === 'catalog' ? '' : 'e2e',
      });
    }

    // One raw_trace_view row per trace, holding all of its spans, the checkout's errors counted.
    const traces = stored.raw_trace_view;
    expect(traces).toHaveLength(traceCount!);
    const spansPerTrace = occurrences(sent.map((s) => s.traceId));
    for (const row of traces) {
      const traceId = String(row['trace_id']);
      const inTrace = sent.filter((s) => s.traceId === traceId);
      expect(row).toMatchObject({
        fragment: 0,
        span_count: spansPerTrace.get(traceId),
        error_count: inTrace.filter((s) => s.expected.errorCount === 1).length,
        exception_count: inTrace.reduce((n, s) => n + s.exceptions, 0),
      });
    }
    const checkoutId = sent.find((s) => s.name === 'POST /checkout')!.traceId;
    expect(traces.find((r) => r['trace_id'] === checkoutId)).toMatchObject({
      error_count: 2,
      exception_count: 1,
      has_error: true,
      services: ['api-gateway', 'catalog', 'inventory', 'payment', 'web-frontend'],
    });

    // The exception event is a log_event_view row of the payment span.
    const charge = sent.find((s) => s.service === 'payment' && s.traceId === checkoutId && s.kind === 'SERVER')!;
    expect(stored.log_event_view).toEqual([
      {
        trace_id: checkoutId,
        span_id: charge.spanId,
        service_name: 'payment',
        is_exception: true,
        exception_type: 'ProcessorUnavailableError',
        exception_message: 'card processor unavailable',
      },
    ]);

    // The checkout's calls are service_call_view edges, across every client, to services and backends.
    const edges = stored.service_call_view
      .filter((r) => r['trace_id'] === checkoutId)
      .map((r) => `${String(r['caller_service'])} → ${String(r['callee_name'])} (${String(r['callee_type'])})`)
      .sort();
    expect(edges).toEqual([
      'api-gateway → catalog (SERVICE)',
      'api-gateway → inventory (SERVICE)',
      'api-gateway → payment (SERVICE)',
      'catalog → postgresql:shop@pg:5432 (BACKEND)',
      'inventory → redis@cache:6379 (BACKEND)',
      'payment → postgresql:payments@pg:5432 (BACKEND)',
      'web-frontend → api-gateway (SERVICE)',
    ]);
    const paymentEdge = stored.service_call_view.find(
      (r) => r['trace_id'] === checkoutId && r['callee_name'] === 'payment',
    );
    expect(paymentEdge?.['error_count']).toBe(1);
  }, 60_000);
});
