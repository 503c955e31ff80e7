import { traceCodec } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import type { KafkaProducerPort, KafkaRecord } from '@ht/stream-core/kafka';
import { describe, expect, it } from 'vitest';
import { KafkaTraceSink } from '../../src/index.js';
import type { OversizeTrace } from '../../src/index.js';
import { fixtureTraces } from '../../src/testing/index.js';

/** A producer double acknowledging at once, refusing records over `maxBytes` as kafkajs does. */
function producer(
  maxBytes = Infinity,
): KafkaProducerPort & { sends: { topic: string; records: readonly KafkaRecord[] }[] } {
  const sends: { topic: string; records: readonly KafkaRecord[] }[] = [];
  return {
    sends,
    async send(topic, records) {
      if (records.reduce((n, r) => n + r.value.length, 0) > maxBytes) {
        const cause = Object.assign(new Error('The request included a message larger than the max message size'), {
          type: 'MESSAGE_TOO_LARGE',
        });
        throw new HtError('INTERNAL', `Kafka: send to ${topic} failed: ${cause.message}`, { cause });
      }
      sends.push({ topic, records });
    },
    disconnect: async () => undefined,
  };
}

const traces = fixtureTraces({ traces: 12 });
const encoder = { encode: (t: (typeof traces)[number]) => traceCodec.encode(t) };

describe('KafkaTraceSink', () => {
  it('writes one record per trace keyed tenant:traceId, in requests cut by bytes', async () => {
    const p = producer();
    const sink = new KafkaTraceSink({ producer: p, topic: 'structured-traces', encoder, maxRequestBytes: 2_000 });
    await sink.write(traces);
    expect(p.sends.length).toBeGreaterThan(1);
    const records = p.sends.flatMap((s) => s.records);
    expect(records.map((r) => r.key)).toEqual(traces.map((t) => `${t.tenantId}:${t.traceId}`));
    expect(records.map((r) => traceCodec.decode(r.value).spans.length)).toEqual(traces.map((t) => t.spans.length));
    expect(sink.tracesWritten).toBe(traces.length);
  });

  it('leaves out, reports and counts only the trace the topic refuses as too large', async () => {
    const sizes = traces.map((t) => traceCodec.encode(t).length);
    const largest = Math.max(...sizes);
    const p = producer(largest - 1);
    const refused: OversizeTrace[] = [];
    const sink = new KafkaTraceSink({
      producer: p,
      topic: 'structured-traces',
      encoder,
      maxRequestBytes: 1_000_000,
      onTooLarge: (t) => refused.push(t),
    });
    await sink.write(traces);
    const big = traces.filter((_, i) => sizes[i] === largest);
    expect(refused.map((r) => r.traceId)).toEqual(big.map((t) => t.traceId));
    expect(sink.tracesTooLarge).toBe(big.length);
    expect(sink.tracesWritten).toBe(traces.length - big.length);
    expect(sink.toPrometheus()).toContain(
      `ht_kafka_trace_sink_traces_too_large_total{sink="kafka:structured-traces"} ${big.length}`,
    );
  });

  it('passes other failures on (the engine retries retriable ones)', async () => {
    const failing: KafkaProducerPort = {
      send: () => Promise.reject(new HtError('DEPENDENCY_UNAVAILABLE', 'broker down', { retriable: true })),
      disconnect: async () => undefined,
    };
    const sink = new KafkaTraceSink({ producer: failing, topic: 't', encoder });
    await expect(sink.write(traces)).rejects.toThrow('broker down');
  });
});
