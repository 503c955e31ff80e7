import {
  AVRO_NAMESPACE,
  AVRO_SCHEMA_VERSION,
  array,
  attributesField,
  field,
  ref,
  resourceSchema,
  scopeSchema,
  spanFields,
} from './schemaParts.js';
import type { AvroSchema } from './schemaParts.js';

/*
 * The Avro schemas of the pipeline's Kafka topics: `RawSpan` (raw-spans), `Trace` (structured-traces)
 * and `EnrichedTrace` (enriched-traces), as plain JSON so they can be registered in a schema registry
 * as they are. Evolution rules: see schemaParts.ts and docs/model.md.
 */

const NS = AVRO_NAMESPACE;

/**
 * `RawSpan`: one span with its resource and scope inline, keyed `tenant:traceId` on raw-spans.
 *
 * @example
 * ```ts
 * await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(rawSpanSchema()) });
 * ```
 */
export function rawSpanSchema(): AvroSchema {
  return {
    type: 'record',
    name: 'RawSpan',
    namespace: NS,
    version: AVRO_SCHEMA_VERSION,
    doc: 'One canonical span (unix nanosecond times, lowercase hex ids) with its resource and scope.',
    fields: [
      field('tenantId', 'string', { default: 'default' }),
      field('traceId', 'string'),
      // Resource comes first so that it defines the Attributes record the other fields refer to.
      field('resource', resourceSchema(), { default: {} }),
      field('scope', scopeSchema(), { default: {} }),
      ...spanFields(),
    ],
  };
}

function traceFields(enriched: boolean) {
  const span = {
    type: 'record',
    name: enriched ? 'EnrichedSpan' : 'TraceSpan',
    ...(enriched ? { aliases: [ref('TraceSpan')] } : {}),
    doc: 'A span of the trace; resource and scope are indexes into the trace-level lists.',
    fields: [
      field('resourceIndex', 'int', { default: 0 }),
      field('scopeIndex', 'int', { default: 0 }),
      ...spanFields(),
      ...(enriched ? [attributesField('enriched', false)] : []),
    ],
  };
  return [
    field('tenantId', 'string', { default: 'default' }),
    field('traceId', 'string'),
    field('fragment', 'int', { default: 0 }),
    // Added in version 2.
    field('session', 'long', {
      default: 0,
      doc: 'Event time (ms since the epoch) of the span that opened the grouper session; fragments number from 0 within it; 0: not from the grouper.',
    }),
    field('resources', array(resourceSchema()), { default: [] }),
    field('scopes', array(scopeSchema()), { default: [] }),
    field('spans', array(span), { default: [] }),
  ];
}

/**
 * `Trace`: the spans of one trace (or a late fragment of it) as the grouper emits them; resources and
 * scopes are stored once and referred to by index.
 *
 * @example
 * ```ts
 * const schema = traceSchema();
 * ```
 */
export function traceSchema(): AvroSchema {
  return {
    type: 'record',
    name: 'Trace',
    namespace: NS,
    version: AVRO_SCHEMA_VERSION,
    doc: 'The spans of one trace fragment, grouped by (tenantId, traceId).',
    fields: traceFields(false),
  };
}

/**
 * `EnrichedTrace`: a `Trace` plus enriched attributes, entities, call edges and enrichment errors.
 *
 * @example
 * ```ts
 * const schema = enrichedTraceSchema();
 * ```
 */
export function enrichedTraceSchema(): AvroSchema {
  const entityTypeEnum = { type: 'enum', name: 'EntityType', symbols: ['SERVICE', 'API', 'BACKEND'] };
  return {
    type: 'record',
    name: 'EnrichedTrace',
    namespace: NS,
    aliases: [ref('Trace')],
    version: AVRO_SCHEMA_VERSION,
    doc: 'A trace fragment after enrichment.',
    fields: [
      ...traceFields(true),
      attributesField('enriched', false),
      field(
        'entities',
        array({
          type: 'record',
          name: 'Entity',
          fields: [
            field('id', 'string'),
            field('tenantId', 'string'),
            field('type', entityTypeEnum),
            field('name', 'string'),
            field('attributes', { type: 'map', values: 'string' }, { default: {} }),
          ],
        }),
        { default: [] },
      ),
      field(
        'callEdges',
        array({
          type: 'record',
          name: 'CallEdge',
          fields: [
            field('id', 'string'),
            field('callerSpanId', 'string'),
            field('calleeSpanId', 'string', { default: '' }),
            field('callerServiceId', 'string', { default: '' }),
            field('callerApiId', 'string', { default: '' }),
            field('calleeType', ref('EntityType')),
            field('calleeId', 'string', { default: '' }),
            field('calleeApiId', 'string', { default: '' }),
          ],
        }),
        { default: [] },
      ),
      field(
        'enrichmentErrors',
        array({
          type: 'record',
          name: 'EnrichmentError',
          fields: [
            field('enricher', 'string'),
            field('spanId', 'string', { default: '' }),
            field('code', 'string'),
            field('message', 'string', { default: '' }),
          ],
        }),
        { default: [] },
      ),
    ],
  };
}

/**
 * `EnrichedTrace` as Avro schema version 1 wrote it (before `session`): the writer schema of the span
 * chunks in version 1 grouper snapshots. Not part of the package API; `test/avro/evolution.test.ts`
 * checks it against the frozen v1 schema.
 *
 * @example
 * ```ts
 * const trace = enrichedTraceCodec.decode(v1Bytes, enrichedTraceSchemaV1());
 * ```
 */
export function enrichedTraceSchemaV1(): AvroSchema {
  const current = enrichedTraceSchema();
  const fields = current['fields'] as readonly { readonly name: string }[];
  return { ...current, version: 1, fields: fields.filter((f) => f.name !== 'session') };
}
