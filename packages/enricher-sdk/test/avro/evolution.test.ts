import { readFileSync } from 'node:fs';
import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import {
  AVRO_SCHEMA_VERSION,
  enrichedTraceSchema,
  rawSpanCodec,
  rawSpanSchema,
  spanToJson,
  traceSchema,
} from '../../src/index.js';
import type { AvroSchema } from '../../src/index.js';
import { bigintAvroType } from '../../src/avro/bigintLong.js';
import { rawSpanToRecord } from '../../src/avro/spanAvro.js';
import { fullSpan, serviceResource, TRACE_ID } from './fixtures.js';

/** What a first writer could have produced: a RawSpan without most optional fields. */
const oldRawSpan = {
  type: 'record',
  name: 'RawSpan',
  namespace: 'ht.tracing',
  fields: [
    { name: 'traceId', type: 'string' },
    { name: 'spanId', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'startTimeUnixNano', type: 'long' },
    { name: 'endTimeUnixNano', type: 'long' },
    {
      name: 'kind',
      type: { type: 'enum', name: 'SpanKind', symbols: ['SERVER', 'CLIENT', 'INTERNAL'], default: 'INTERNAL' },
    },
  ],
};

function fixtureSchema(name: string): AvroSchema {
  return JSON.parse(readFileSync(new URL(`../fixtures/avro/v1/${name}.avsc`, import.meta.url), 'utf8')) as AvroSchema;
}

describe('schema evolution', () => {
  it('reads data from an old writer, filling new fields with their defaults', () => {
    const writer = bigintAvroType(oldRawSpan);
    const bytes = writer.toBuffer({
      traceId: TRACE_ID,
      spanId: '00000000000000a1',
      name: 'GET /',
      startTimeUnixNano: 2n ** 60n,
      endTimeUnixNano: 2n ** 60n + 5n,
      kind: 'SERVER',
    });
    const span = rawSpanCodec.decode(bytes, oldRawSpan);
    expect(span.startTimeUnixNano).toBe(2n ** 60n);
    expect(span.kind).toBe('SERVER');
    expect(span.tenantId).toBe('default');
    expect(span.parentSpanId).toBe('');
    expect(span.statusCode).toBe('UNSET');
    expect(span.attr.size).toBe(0);
    expect(span.resource.attr.size).toBe(0);
    expect(span.events).toEqual([]);
    expect(span.sourceFormat).toBe('internal');
    expect(span.receivedAtUnixNano).toBe(0n);
  });

  it('lets an old reader read data from the new writer, skipping fields it does not know', () => {
    const reader = bigintAvroType(oldRawSpan);
    const current = bigintAvroType(rawSpanSchema());
    const span = fullSpan('00000000000000a1', serviceResource('frontend'));
    const old = reader.fromBuffer(rawSpanCodec.encode(span), reader.createResolver(current)) as Record<string, unknown>;
    expect(old['spanId']).toBe('00000000000000a1');
    expect(old['endTimeUnixNano']).toBe(span.endTimeUnixNano);
    expect(old['kind']).toBe('CLIENT');
    expect(Object.keys(old)).toHaveLength(6);
  });

  it('maps enum symbols unknown to the reader to the enum default', () => {
    const newerKind = structuredClone(rawSpanSchema()) as { fields: { name: string; type: unknown }[] };
    const kindField = newerKind.fields.find((f) => f.name === 'kind')!;
    kindField.type = {
      type: 'enum',
      name: 'SpanKind',
      symbols: ['SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER', 'INTERNAL', 'GATEWAY'],
    };
    const writer = bigintAvroType(newerKind);
    const span = fullSpan('00000000000000a1', serviceResource('frontend'));
    const bytes = writer.toBuffer({ ...rawSpanToRecord(span), kind: 'GATEWAY' });
    expect(rawSpanCodec.decode(bytes, newerKind).kind).toBe('INTERNAL');
  });

  it('stays compatible both ways with every frozen schema version', () => {
    expect(AVRO_SCHEMA_VERSION).toBe(1);
    const pairs: [string, AvroSchema][] = [
      ['RawSpan', rawSpanSchema()],
      ['Trace', traceSchema()],
      ['EnrichedTrace', enrichedTraceSchema()],
    ];
    for (const [name, schema] of pairs) {
      const frozen = bigintAvroType(fixtureSchema(name));
      const current = bigintAvroType(schema);
      expect(() => current.createResolver(frozen), `${name}: current reads v1`).not.toThrow();
      expect(() => frozen.createResolver(current), `${name}: v1 reads current`).not.toThrow();
    }
    const span = fullSpan('00000000000000a1', serviceResource('frontend'));
    const v1Bytes = bigintAvroType(fixtureSchema('RawSpan')).toBuffer(rawSpanToRecord(span));
    const { enriched: _e, ...expected } = spanToJson(span);
    const { enriched: _f, ...actual } = spanToJson(rawSpanCodec.decode(v1Bytes, fixtureSchema('RawSpan')));
    expect(actual).toEqual(expected);
  });

  it('refuses a writer schema it cannot resolve, with INPUT_INVALID', () => {
    const incompatible = {
      type: 'record',
      name: 'RawSpan',
      namespace: 'ht.tracing',
      fields: [{ name: 'traceId', type: 'int' }],
    };
    try {
      rawSpanCodec.decode(Buffer.from([2]), incompatible);
      expect.unreachable();
    } catch (e) {
      expect(isHtError(e, 'INPUT_INVALID')).toBe(true);
      expect((e as Error).message).toMatch(/RawSpan cannot read data written with that schema/);
    }
  });
});
