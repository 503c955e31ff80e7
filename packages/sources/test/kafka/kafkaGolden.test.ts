import { describe, expect, it } from 'vitest';
import { KAFKA_SPAN_ENCODINGS, kafkaSpanDecoder } from '../../src/kafka/kafkaSpanDecoder.js';
import type { KafkaSpanEncoding } from '../../src/kafka/kafkaSpanDecoder.js';
import { kafkaGoldenCaptures } from './kafkaGolden.js';
import { expectSpans } from '../support/expectSpans.js';

const captures = kafkaGoldenCaptures();

describe('Kafka span decoders on golden captures (test/kafka/recordGolden.ts, test/golden/)', () => {
  it('has a capture from the real producer (Jaeger v2) for every Collector encoding', () => {
    const fromJaeger = captures.filter((c) => c.name.endsWith('-jaeger-v2')).map((c) => c.encoding);
    expect(new Set(fromJaeger)).toEqual(new Set(Object.keys(KAFKA_SPAN_ENCODINGS)));
  });

  for (const { encoding, name, capture } of captures) {
    it(`${name}: ${capture.payloads.length} ${encoding} record(s) decode to the spans sent`, () => {
      const decoder = kafkaSpanDecoder(encoding as KafkaSpanEncoding);
      const spans = capture.payloads.flatMap((value, i) => {
        const decoded = decoder.decode({ topic: 't', partition: 0, offset: String(i), key: null, value, headers: {} });
        expect(decoded.rejected).toEqual([]);
        return decoded.values;
      });
      expectSpans(spans, capture.expected, capture.tenantId);
      // The Collector's zipkin status and link tags are read into the span, not left as attributes.
      if (encoding.startsWith('zipkin_')) {
        const leftover = spans.flatMap((s) =>
          [...s.attr.keys()].filter((k) => k.startsWith('otlp.link.') || k.startsWith('otel.status_')),
        );
        expect(leftover).toEqual([]);
      }
    });
  }
});
