import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeTypeOf } from '@ht/enricher-sdk';
import type { ReadonlyAttributes, Span } from '@ht/enricher-sdk';
import { spanDecoders } from '../../../src/index.js';
import { loadGoldenCaptures } from '../../support/goldenFile.js';

// The OTLP decoders build attributes with Attributes.fromTrusted (no per-value check): whatever the
// input, every value they produce must still be a valid attribute value.
const ctx = { tenantId: 'fuzz', receivedAtUnixNano: 1n };
const goldens = [...loadGoldenCaptures().values()];

function attributeSets(span: Span): ReadonlyAttributes[] {
  return [
    span.attr,
    span.resource.attr,
    span.scope.attr,
    ...span.events.map((e) => e.attr),
    ...span.links.map((l) => l.attr),
  ];
}

function invalidValues(payload: Uint8Array, encoding: string): string[] {
  let spans: readonly Span[];
  try {
    spans = spanDecoders[encoding]!.decode(payload, ctx).spans;
  } catch {
    return []; // refused input: nothing was built
  }
  return spans.flatMap((span) =>
    attributeSets(span).flatMap((attrs) =>
      [...attrs].filter(([, value]) => attributeTypeOf(value) === undefined).map(([key]) => key),
    ),
  );
}

describe('OTLP decoders build only valid attribute values (trusted attribute building)', () => {
  for (const encoding of ['otlp_proto', 'otlp_json']) {
    const samples = goldens.filter((g) => g.format === encoding).flatMap((g) => g.payloads);

    it(`${encoding}: real payloads, truncated and corrupted`, () => {
      expect(samples.length).toBeGreaterThan(0);
      for (const sample of samples) expect(invalidValues(sample, encoding)).toEqual([]);
      fc.assert(
        fc.property(
          fc.constantFrom(...samples),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
            maxLength: 4,
          }),
          (sample, cutAt, flips) => {
            const cut = Buffer.from(sample.subarray(0, Math.max(1, Math.floor(sample.length * cutAt))));
            for (const [at, value] of flips) cut[Math.floor(at * (cut.length - 1))] = value;
            expect(invalidValues(cut, encoding)).toEqual([]);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
