import { describe, expect, it } from 'vitest';
import { opencensusStreamDecoder, spanDecoders } from '../../src/index.js';
import type { Span } from '@ht/enricher-sdk';
import { expectSpans } from '../support/expectSpans.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';

const captures = loadGoldenCaptures();

describe('decoders on golden captures from real clients (test/golden/record.ts)', () => {
  it('has a capture for every receiver format', () => {
    expect(new Set([...captures.values()].map((c) => c.format))).toEqual(
      new Set([...Object.keys(spanDecoders), 'opencensus']),
    );
  });

  for (const [name, capture] of captures) {
    it(`${name}: ${capture.client} decodes to the spans it sent`, () => {
      const decoder = capture.format === 'opencensus' ? opencensusStreamDecoder() : spanDecoders[capture.format]!;
      const spans: Span[] = [];
      for (const payload of capture.payloads) {
        const decoded = decoder.decode(payload, { tenantId: capture.tenantId, receivedAtUnixNano: 42n });
        expect(decoded.rejected).toEqual([]);
        spans.push(...decoded.spans);
      }
      expectSpans(spans, capture.expected, capture.tenantId);
      expect(spans.every((s) => s.receivedAtUnixNano === 42n)).toBe(true);
    });
  }
});
