import { rawSpanCodec } from '@ht/enricher-sdk';
import { traceBuilder } from '@ht/enricher-sdk/testing';
import { isHtError } from '@ht/stream-core';
import type { KafkaProducerPort, KafkaRecord } from '@ht/stream-core/kafka';
import { describe, expect, it } from 'vitest';
import { KafkaSpanSink } from '../../src/index.js';

/** A producer double: sends resolve when the test acknowledges them, or fail when it says so. */
function fakeProducer(): KafkaProducerPort & {
  sends: { topic: string; records: readonly KafkaRecord[] }[];
  ack(): void;
  fail(error: unknown): void;
} {
  const pending: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const sends: { topic: string; records: readonly KafkaRecord[] }[] = [];
  return {
    sends,
    ack: () => pending.splice(0).forEach((p) => p.resolve()),
    fail: (error) => pending.splice(0).forEach((p) => p.reject(error)),
    send: (topic, records) =>
      new Promise<void>((resolve, reject) => {
        sends.push({ topic, records });
        pending.push({ resolve, reject });
      }),
    disconnect: async () => undefined,
  };
}

const trace = traceBuilder({ tenantId: 'acme' })
  .span('web', 'GET /')
  .call('cart', 'GET /cart')
  .call('db', 'SELECT')
  .build();
const meta = { tenantId: 'acme', receiver: 'otlpHttp', format: 'otlp_proto' };
const encoder = { encode: (span: (typeof trace.spans)[number]) => rawSpanCodec.encode(span) };

describe('KafkaSpanSink', () => {
  it('answers accepted only once Kafka acknowledged every span, keyed tenant:traceId', async () => {
    const producer = fakeProducer();
    const sink = new KafkaSpanSink({ producer, encoder });
    let answered = false;
    const answer = sink.accept(trace.spans, meta).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(answered).toBe(false);
    expect(sink.snapshot().pendingSpans).toBe(trace.spans.length);
    producer.ack();
    expect(await answer).toEqual({ status: 'accepted' });
    const records = producer.sends.flatMap((s) => s.records);
    expect(producer.sends.every((s) => s.topic === 'raw-spans')).toBe(true);
    expect(records.map((r) => r.key)).toEqual(trace.spans.map((s) => `acme:${s.traceId}`));
    expect(records.map((r) => rawSpanCodec.decode(r.value).spanId)).toEqual(trace.spans.map((s) => s.spanId));
    expect(sink.snapshot()).toMatchObject({ spansWritten: trace.spans.length, pendingSpans: 0 });
  });

  it('rejects with a retriable DEPENDENCY_UNAVAILABLE (503) when Kafka does not acknowledge within the deadline', async () => {
    const producer = fakeProducer();
    const sink = new KafkaSpanSink({ producer, encoder, sendTimeoutMs: 50 });
    const error: unknown = await sink.accept(trace.spans, meta).catch((e: unknown) => e);
    expect(isHtError(error) && error.code === 'DEPENDENCY_UNAVAILABLE' && error.retriable).toBe(true);
    expect(String(error)).toMatch(
      new RegExp(`did not acknowledge ${trace.spans.length} spans on raw-spans within 50 ms`),
    );
    expect(sink.toPrometheus()).toContain('ht_kafka_span_sink_requests_failed_total{sink="kafka:raw-spans"} 1');
    expect(sink.snapshot()).toMatchObject({ spansWritten: 0, pendingSpans: 0 });
  });

  it('turns a refused send into a retriable DEPENDENCY_UNAVAILABLE naming the cause', async () => {
    const producer = fakeProducer();
    const sink = new KafkaSpanSink({ producer, encoder });
    const answer = sink.accept(trace.spans, meta).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 5));
    producer.fail(new Error('broker gone'));
    const error = await answer;
    expect(isHtError(error) && error.code === 'DEPENDENCY_UNAVAILABLE').toBe(true);
    expect(String(error)).toContain('broker gone');
  });

  it('cuts a request into produce requests by bytes and answers full (429) past maxPendingSpans', async () => {
    const producer = fakeProducer();
    const sink = new KafkaSpanSink({ producer, encoder, maxRequestBytes: 300, maxPendingSpans: 5 });
    const first = sink.accept(trace.spans, meta);
    await new Promise((r) => setTimeout(r, 5));
    expect(producer.sends.length).toBeGreaterThan(1);
    expect(producer.sends.flatMap((s) => s.records)).toHaveLength(trace.spans.length);
    expect(await sink.accept(trace.spans, meta)).toMatchObject({ status: 'full' });
    producer.ack();
    await first;
    expect(sink.snapshot().requestsThrottled).toBe(1);
  });
});
