import { readFileSync } from 'node:fs';
import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import {
  AVRO_SCHEMA_VERSION,
  createTrace,
  enrichedTraceCodec,
  enrichedTraceSchema,
  rawSpanCodec,
  rawSpanSchema,
  spanToJson,
  traceCodec,
  traceSchema,
} from '../../src/index.js';
import type { AvroSchema } from '../../src/index.js';
import { bigintAvroType } from '../../src/avro/bigintLong.js';
import { enrichedTraceSchemaV1 } from '../../src/avro/schemas.js';
import { rawSpanToRecord } from '../../src/avro/spanAvro.js';
import { traceToRecord } from '../../src/avro/traceAvro.js';
import { enrichedTrace, fullSpan, serviceResource, TRACE_ID } from './fixtures.js';

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

function fixtureSchema(name: string, version = 1): AvroSchema {
  const url = new URL(`../fixtures/avro/v${version}/${name}.avsc`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as AvroSchema;
}

/** Every frozen version, 1 to the current one. */
const VERSIONS = Array.from({ length: AVRO_SCHEMA_VERSION }, (_, i) => i + 1);

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
    expect(AVRO_SCHEMA_VERSION).toBe(2);
    const pairs: [string, AvroSchema][] = [
      ['RawSpan', rawSpanSchema()],
      ['Trace', traceSchema()],
      ['EnrichedTrace', enrichedTraceSchema()],
    ];
    for (const version of VERSIONS) {
      for (const [name, schema] of pairs) {
        const frozen = bigintAvroType(fixtureSchema(name, version));
        const current = bigintAvroType(schema);
        expect(() => current.createResolver(frozen), `${name}: current reads v${version}`).not.toThrow();
        expect(() => frozen.createResolver(current), `${name}: v${version} reads current`).not.toThrow();
      }
    }
    // The newest frozen version is the current schema.
    for (const [name, schema] of pairs) expect(schema, name).toEqual(fixtureSchema(name, AVRO_SCHEMA_VERSION));
    const span = fullSpan('00000000000000a1', serviceResource('frontend'));
    const v1Bytes = bigintAvroType(fixtureSchema('RawSpan')).toBuffer(rawSpanToRecord(span));
    const { enriched: _e, ...expected } = spanToJson(span);
    const { enriched: _f, ...actual } = spanToJson(rawSpanCodec.decode(v1Bytes, fixtureSchema('RawSpan')));
    expect(actual).toEqual(expected);
  });

  it('v2: reads Trace and EnrichedTrace written by v1 with session 0; v1 readers skip the session', () => {
    const trace = createTrace({ spans: enrichedTrace().spans, fragment: 2, session: 1_767_225_600_123 });
    for (const [name, codec, enriched] of [
      ['Trace', traceCodec, false],
      ['EnrichedTrace', enrichedTraceCodec, true],
    ] as const) {
      const v1 = fixtureSchema(name, 1);
      const v1Bytes = bigintAvroType(v1).toBuffer(traceToRecord(trace, enriched));
      const old = codec.decode(v1Bytes, v1);
      expect(old.session, name).toBe(0);
      expect(old.fragment, name).toBe(2);
      expect(
        old.spans.map((s) => s.spanId),
        name,
      ).toEqual(trace.spans.map((s) => s.spanId));
      const reader = bigintAvroType(v1);
      const current = bigintAvroType(codec.schema);
      const read = reader.fromBuffer(codec.encode(trace), reader.createResolver(current)) as Record<string, unknown>;
      expect(read['fragment'], name).toBe(2);
      expect(read, name).not.toHaveProperty('session');
    }
    // What version 1 grouper snapshots hold their spans in.
    expect(enrichedTraceSchemaV1()).toEqual(fixtureSchema('EnrichedTrace', 1));
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
