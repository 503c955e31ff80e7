import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHtError } from '@ht/stream-core';
import { opencensusStreamDecoder, spanDecoders } from '../../src/index.js';
import type { SpanDecoder } from '../../src/index.js';
import { loadGoldenCaptures } from '../support/goldenFile.js';

const ctx = { tenantId: 'fuzz', receivedAtUnixNano: 1n };
const decoders: [string, () => SpanDecoder][] = [
  ...Object.entries(spanDecoders).map(([name, d]) => [name, () => d] as [string, () => SpanDecoder]),
  ['opencensus', () => opencensusStreamDecoder()],
];
const goldens = [...loadGoldenCaptures().values()];

/** Decoding either succeeds or throws an INPUT_INVALID HtError naming the encoding: nothing else. */
function decodesCleanly(decoder: SpanDecoder, payload: Uint8Array): boolean {
  try {
    const result = decoder.decode(payload, ctx);
    return Array.isArray(result.spans) && Array.isArray(result.rejected);
  } catch (error) {
    if (!isHtError(error, 'INPUT_INVALID')) throw error;
    expect(error.message).toContain(decoder.encoding);
    return true;
  }
}

describe('every decoder on hostile input: a result or a clean INPUT_INVALID, never a crash', () => {
  for (const [name, make] of decoders) {
    const samples = goldens.filter((g) => g.format === name).flatMap((g) => g.payloads);

    it(`${name}: random bytes`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => decodesCleanly(make(), bytes)),
        { numRuns: 300 },
      );
    });

    it(`${name}: truncated and corrupted real payloads`, () => {
      expect(samples.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(
          fc.constantFrom(...samples),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
            maxLength: 4,
          }),
          (sample, cutAt, flips) => {
            const cut = Buffer.from(sample.subarray(0, Math.floor(sample.length * cutAt)));
            for (const [at, value] of flips) if (cut.length > 0) cut[Math.floor(at * (cut.length - 1))] = value;
            return decodesCleanly(make(), cut);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
