import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { opentelemetry } from '#generated/proto/otlp.js';
import {
  CollectingSpanSink,
  InMemoryReceiverMetrics,
  isTooManySpans,
  opencensusStreamDecoder,
  ReceiverCounter,
  spanDecoders,
  startReceivers,
} from '../../src/index.js';
import type { SpanDecoder } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';
import type { RunningReceivers } from '../../src/index.js';
import { countProtoFields } from '../../src/wire/countProtoFields.js';
import { SpanBatchBuilder } from '../../src/ingest/SpanBatchBuilder.js';
import { post } from '../support/rawClients.js';
import { onlyReceivers } from '../support/onlyReceivers.js';

const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;
const PROTO = { 'content-type': 'application/x-protobuf' };

/** An OTLP request with `shape[r][s]` spans in scope s of resource r. */
function otlpRequest(shape: readonly (readonly number[])[]): Uint8Array {
  let n = 0;
  const span = (): object => ({
    traceId: Buffer.alloc(16, 1),
    spanId: Buffer.from((++n).toString(16).padStart(16, '0'), 'hex'),
    name: 'op',
    startTimeUnixNano: 1,
    endTimeUnixNano: 2,
  });
  return ExportTraceServiceRequest.encode({
    resourceSpans: shape.map((scopes) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'svc' } }] },
      scopeSpans: scopes.map((count) => ({ scope: { name: 's' }, spans: Array.from({ length: count }, span) })),
    })),
  }).finish();
}

describe('the span-count limit is refused while decoding (docs/reliability.md)', () => {
  const sink = new CollectingSpanSink();
  const metrics = new InMemoryReceiverMetrics();
  let receivers: RunningReceivers;
  const url = (): string => `http://127.0.0.1:${receivers.addresses.otlpHttp!.port}/v1/traces`;
  beforeAll(async () => {
    receivers = await startReceivers({
      sink,
      metrics,
      ports: onlyReceivers('otlpHttp'),
      limits: { maxSpansPerRequest: 5 },
    });
  });
  afterAll(() => receivers.close());

  it('counts spans on the protobuf wire exactly as the decoder would find them', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }), { maxLength: 4 }), (shape) => {
        const bytes = otlpRequest(shape);
        const decoded = ExportTraceServiceRequest.decode(bytes);
        const spans = decoded.resourceSpans.flatMap((r) => (r.scopeSpans ?? []).flatMap((s) => s.spans ?? [])).length;
        return countProtoFields(bytes, [1, 2, 2]) === spans;
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a 50 000-span OTLP protobuf body 413 without running the protobuf decoder', async () => {
    const body = otlpRequest([[25_000], [25_000]]);
    const decode = vi.spyOn(ExportTraceServiceRequest, 'decode');
    try {
      const answer = await post(url(), body, PROTO);
      expect(answer.status).toBe(413);
      const { google } = await import('#generated/proto/otlp.js');
      expect(google.rpc.Status.decode(answer.body).message).toBe(
        'the request carries 50000 spans, more than the limit of 5: send smaller batches',
      );
      expect(decode).not.toHaveBeenCalled();
    } finally {
      decode.mockRestore();
    }
    expect(sink.spanCount).toBe(0);
    expect(metrics.get('otlpHttp', ReceiverCounter.SPANS_RECEIVED)).toBe(0);
    expect(metrics.get('otlpHttp', ReceiverCounter.REQUESTS_TOO_LARGE)).toBe(1);
  });

  it('refuses a JSON body over the limit counted on the parse tree, naming the count (413, nothing passed on)', async () => {
    const spans = Array.from({ length: 50 }, (_, i) => ({
      traceId: '01'.repeat(16),
      spanId: (i + 1).toString(16).padStart(16, '0'),
      name: 'op',
      startTimeUnixNano: '1',
      endTimeUnixNano: '2',
    }));
    const body = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans }] }] });
    const answer = await post(url(), body, { 'content-type': 'application/json' });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body.toString())).toMatchObject({
      message: 'the request carries 50 spans, more than the limit of 5: send smaller batches',
    });
    expect(sink.spanCount).toBe(0);
  });

  it('every JSON decoder counts the spans on the parse tree, before mapping one', () => {
    const ctx = { tenantId: 't', receivedAtUnixNano: 1n, maxSpans: 2 };
    const otlp = {
      resourceSpans: [{ scopeSpans: [{ spans: [{}, {}] }, { spans: [{}] }] }, null, { scopeSpans: 'not a list' }],
    };
    // Spans that could not be mapped (no ids): refused for their count, not for their content.
    const zipkin = [{}, {}, {}];
    for (const [encoding, body] of [
      ['otlp_json', otlp],
      ['zipkin_json', zipkin],
      ['zipkin_v1_json', zipkin],
    ] as const) {
      let refused: unknown;
      try {
        spanDecoders[encoding]!.decode(Buffer.from(JSON.stringify(body)), ctx);
      } catch (error) {
        refused = error;
      }
      expect(isTooManySpans(refused), encoding).toBe(true);
      expect((refused as Error).message, encoding).toBe(
        'the request carries 3 spans, more than the limit of 2: send smaller batches',
      );
    }
  });

  it('every protobuf and Thrift decoder refuses on the wire, naming the exact count, before building a span', () => {
    const wireCounted = [
      'otlp_proto',
      'zipkin_proto',
      'jaeger_proto_batch',
      'opencensus',
      'jaeger_thrift',
      'zipkin_thrift',
    ];
    const checked = new Set<string>();
    for (const capture of loadGoldenCaptures().values()) {
      if (!wireCounted.includes(capture.format)) continue;
      checked.add(capture.format);
      const payload = capture.payloads[capture.payloads.length - 1]!;
      const decoder: SpanDecoder =
        capture.format === 'opencensus' ? opencensusStreamDecoder() : spanDecoders[capture.format]!;
      const count = decoder.decode(payload, { tenantId: 't', receivedAtUnixNano: 1n }).spans.length;
      expect(count, capture.format).toBeGreaterThan(0);
      let refused: unknown;
      try {
        decoder.decode(payload, { tenantId: 't', receivedAtUnixNano: 1n, maxSpans: count - 1 });
      } catch (error) {
        refused = error;
      }
      expect(isTooManySpans(refused), capture.format).toBe(true);
      expect((refused as { context: { spans?: number } }).context.spans, capture.format).toBe(count);
      expect(decoder.decode(payload, { tenantId: 't', receivedAtUnixNano: 1n, maxSpans: count }).spans).toHaveLength(
        count,
      );
    }
    expect([...checked].sort()).toEqual([...wireCounted].sort());
  });

  it('the batch builder builds no span past maxSpans', () => {
    const out = new SpanBatchBuilder({ tenantId: 't', receivedAtUnixNano: 1n, maxSpans: 2 }, 'otlp');
    out.reject('bad');
    out.reject('bad');
    expect(() => out.reject('bad')).toThrow(/more spans than the limit of 2/);
    expect(out.result().rejected).toHaveLength(2);
  });
});
