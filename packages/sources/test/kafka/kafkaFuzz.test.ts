import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHtError } from '@ht/stream-core';
import { KAFKA_SPAN_ENCODINGS, kafkaSpanDecoder } from '../../src/kafka/kafkaSpanDecoder.js';
import type { KafkaSpanEncoding } from '../../src/kafka/kafkaSpanDecoder.js';
import type { KafkaRecordDecoder } from '../../src/kafka/KafkaRecordDecoder.js';
import { createSpan, createSpanEvent, rawSpanCodec, rawSpanSchema } from '@ht/enricher-sdk';
import { avroRegistryDecoder } from '../../src/kafka/avroRegistryDecoder.js';
import { kafkaGoldenCaptures } from './kafkaGolden.js';

const goldens = kafkaGoldenCaptures();
const message = (value: Buffer) => ({ topic: 'fuzz', partition: 0, offset: '0', key: null, value, headers: {} });

/** Decoding either gives values or throws INPUT_INVALID naming the encoding: never anything else. */
function decodesCleanly<T>(decoder: KafkaRecordDecoder<T>, payload: Buffer): boolean {
  try {
    const result = decoder.decode(message(payload));
    return Array.isArray(result.values) && Array.isArray(result.rejected);
  } catch (error) {
    if (!isHtError(error, 'INPUT_INVALID')) throw error;
    expect(error.message).toContain(decoder.name);
    return true;
  }
}

/** Truncates a sample and overwrites a few of its bytes. */
const corrupted = (samples: readonly Buffer[]) =>
  fc
    .tuple(
      fc.constantFrom(...samples),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
        maxLength: 4,
      }),
    )
    .map(([sample, cutAt, flips]) => {
      const cut = Buffer.from(sample.subarray(0, Math.floor(sample.length * cutAt)));
      for (const [at, value] of flips) if (cut.length > 0) cut[Math.floor(at * (cut.length - 1))] = value;
      return cut;
    });

describe('Kafka span decoders on hostile records: values or a clean INPUT_INVALID, never a crash', () => {
  for (const encoding of Object.keys(KAFKA_SPAN_ENCODINGS) as KafkaSpanEncoding[]) {
    const decoder = kafkaSpanDecoder(encoding);
    const samples = goldens.filter((g) => g.encoding === encoding).flatMap((g) => g.capture.payloads);

    it(`${encoding}: random bytes`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => decodesCleanly(decoder, Buffer.from(bytes))),
        { numRuns: 300 },
      );
    });

    it(`${encoding}: truncated and corrupted records of the real producer`, () => {
      expect(samples.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(corrupted(samples), (payload) => decodesCleanly(decoder, payload)),
        { numRuns: 300 },
      );
    });
  }

  it('jaeger_json: real records with fields replaced by any JSON value', () => {
    const decoder = kafkaSpanDecoder('jaeger_json');
    const samples = goldens
      .filter((g) => g.encoding === 'jaeger_json')
      .flatMap((g) => g.capture.payloads.map((p) => JSON.parse(p.toString('utf8')) as Record<string, unknown>));
    const fields = ['traceId', 'spanId', 'startTime', 'duration', 'tags', 'logs', 'references', 'process', 'flags'];
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.constantFrom(...fields), fc.jsonValue(), (span, field, value) =>
        decodesCleanly(decoder, Buffer.from(JSON.stringify({ ...span, [field]: value }))),
      ),
      { numRuns: 500 },
    );
  });

  it('avro via the registry: random bytes, and truncated or corrupted framed RawSpans', async () => {
    const schema = JSON.stringify(rawSpanSchema());
    const decoder = avroRegistryDecoder({
      registry: { schemaById: async (id) => ({ id, schemaType: 'AVRO', schema, subjects: ['fuzz-value'] }) },
      codec: rawSpanCodec,
      subject: 'fuzz-value',
    });
    const body = rawSpanCodec.encode(
      createSpan({
        tenantId: 't',
        traceId: '0af7651916cd43dd8448eb211c80319c',
        spanId: 'b7ad6b7169203331',
        name: 'x',
        startTimeUnixNano: 1n,
        endTimeUnixNano: 2n,
        attributes: { a: 'b', n: 3n, d: 0.5 },
        events: [createSpanEvent({ name: 'e', timeUnixNano: 1n, attributes: { k: true } })],
      }),
    );
    const sample = Buffer.concat([Buffer.from([0, 0, 0, 0, 7]), body]);
    const check = async (payload: Buffer): Promise<boolean> => {
      await decoder.prepare!([message(payload)]);
      return decodesCleanly(decoder, payload);
    };
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1024 }), (bytes) => check(Buffer.from(bytes))),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(corrupted([sample]), (payload) => check(payload)),
      { numRuns: 300 },
    );
  });
});
