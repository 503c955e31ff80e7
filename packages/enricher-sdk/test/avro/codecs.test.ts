import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import {
  createTrace,
  enrichedTraceCodec,
  rawSpanCodec,
  spanToJson,
  traceCodec,
  traceSchema,
  traceToJson,
} from '../../src/index.js';
import type { Attributes } from '../../src/index.js';
import { bigintAvroType } from '../../src/avro/bigintLong.js';
import { ABOVE_2_53, enrichedTrace, fullSpan, serviceResource } from './fixtures.js';

describe('bigint long type', () => {
  it('round-trips int64 values above 2^53, at the extremes and negative', () => {
    const type = bigintAvroType('long');
    for (const n of [0n, 1n, -1n, ABOVE_2_53, -ABOVE_2_53, 2n ** 63n - 1n, -(2n ** 63n), 1_700_000_000_123_456_789n]) {
      expect(type.fromBuffer(type.toBuffer(n))).toBe(n);
    }
    expect(() => type.toBuffer(2n ** 63n)).toThrow();
    expect(() => type.toBuffer(5)).toThrow();
  });

  it('reads int-typed writer data as bigint (int -> long promotion)', () => {
    const writer = bigintAvroType('int');
    const reader = bigintAvroType('long');
    expect(reader.fromBuffer(writer.toBuffer(42), reader.createResolver(writer))).toBe(42n);
  });
});

describe('RawSpan codec', () => {
  it('round-trips every field of a span, nanosecond times above 2^53 exactly', () => {
    const span = fullSpan('00000000000000a1', serviceResource('frontend'));
    const back = rawSpanCodec.decode(rawSpanCodec.encode(span));
    const { enriched: _dropped, ...expected } = spanToJson(span);
    const { enriched, ...actual } = spanToJson(back);
    expect(actual).toEqual(expected);
    // RawSpan carries no enrichment.
    expect(enriched).toEqual({});
    expect(back.endTimeUnixNano).toBe(span.endTimeUnixNano);
    expect(back.endTimeUnixNano > 2n ** 53n).toBe(true);
    expect(back.attr.bigint('neg')).toBe(-(2n ** 63n));
    expect(back.attr.bigints('is')).toEqual([ABOVE_2_53, -1n]);
    expect((back.attr as Attributes).isFrozen).toBe(true);
  });

  it('rejects truncated bytes with INPUT_INVALID', () => {
    const bytes = rawSpanCodec.encode(fullSpan('00000000000000a1', serviceResource('frontend')));
    try {
      rawSpanCodec.decode(bytes.subarray(0, bytes.length - 5));
      expect.unreachable();
    } catch (e) {
      expect(isHtError(e, 'INPUT_INVALID')).toBe(true);
      expect((e as Error).message).toMatch(/cannot decode RawSpan/);
    }
  });
});

describe('Trace and EnrichedTrace codecs', () => {
  it('round-trips an enriched trace with entities, edges and errors', () => {
    const trace = enrichedTrace();
    const back = enrichedTraceCodec.decode(enrichedTraceCodec.encode(trace));
    expect(traceToJson(back)).toEqual(traceToJson(trace));
    expect(back.spans[0]!.enriched.bigint('ht.exit.count')).toBe(ABOVE_2_53);
  });

  it('stores equal resources once and shares them after decoding', () => {
    const trace = enrichedTrace();
    const back = traceCodec.decode(traceCodec.encode(trace));
    const [a1, a2, a3, b1] = back.spans;
    expect(a1!.resource).toBe(a2!.resource);
    expect(a1!.resource).toBe(a3!.resource);
    expect(b1!.resource).not.toBe(a1!.resource);
    expect(b1!.resource.attr.string('service.name')).toBe('backend');
    expect(a1!.scope).toBe(b1!.scope);
  });

  it('Trace leaves enrichment out; EnrichedTrace reads Trace bytes with empty enrichment', () => {
    const trace = enrichedTrace();
    const grouped = traceCodec.decode(traceCodec.encode(trace));
    expect(grouped.entities).toEqual([]);
    expect(grouped.spans[0]!.enriched.size).toBe(0);
    expect(grouped.enriched.size).toBe(0);
    const asEnriched = enrichedTraceCodec.decode(traceCodec.encode(trace), traceSchema());
    expect(traceToJson(asEnriched)).toEqual(traceToJson(grouped));
    expect(asEnriched.fragment).toBe(3);
  });

  it('round-trips the grouper session, above 2^31 ms, in Trace and EnrichedTrace', () => {
    const { spans } = enrichedTrace();
    const session = 2 ** 31 + 7; // and real sessions (unix ms, ~1.7 * 10^12) are far above it
    for (const at of [session, 1_767_225_600_123]) {
      const trace = createTrace({ spans, fragment: 1, session: at });
      expect(traceCodec.decode(traceCodec.encode(trace)).session).toBe(at);
      const back = enrichedTraceCodec.decode(enrichedTraceCodec.encode(trace));
      expect(back.session).toBe(at);
      expect(back.fragment).toBe(1);
      expect(enrichedTraceCodec.decode(traceCodec.encode(trace), traceSchema()).session).toBe(at);
    }
  });

  it('encodes traces of every size the same as a one-off encoding, small ones after big ones', () => {
    const { spans } = enrichedTrace();
    // 1.8 kB, 72 kB (past the first buffer), 1.8 MB and 4.5 MB (past the 4 MiB cap): each encoding must equal a fresh avsc encoding.
    for (const copies of [1, 40, 1_000, 2_500, 3]) {
      const many = Array.from({ length: copies }, (_, i) =>
        spans.map((span) => ({ ...span, spanId: `${i.toString(16).padStart(8, '0')}${span.spanId.slice(8)}` })),
      ).flat();
      const trace = createTrace({ spans: many, fragment: 1, session: 1 });
      const bytes = enrichedTraceCodec.encode(trace);
      const reference = bigintAvroType(enrichedTraceCodec.schema).toBuffer(
        bigintAvroType(enrichedTraceCodec.schema).fromBuffer(bytes),
      );
      expect(bytes.equals(reference)).toBe(true);
      expect(enrichedTraceCodec.decode(bytes).spans).toHaveLength(many.length);
    }
  });

  it('is smaller than the JSON debug form', () => {
    const trace = enrichedTrace();
    const avroSize = enrichedTraceCodec.encode(trace).length;
    expect(avroSize).toBeLessThan(JSON.stringify(traceToJson(trace)).length / 2);
  });
});
