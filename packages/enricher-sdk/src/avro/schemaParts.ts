/**
 * Building blocks of the Avro schemas in `schemas.ts`. The schemas of the pipeline's Kafka topics: `RawSpan` (raw-spans), `Trace` (structured-traces)
 * and `EnrichedTrace` (enriched-traces). Built as plain JSON so they can be registered in a schema
 * registry as they are.
 *
 * Evolution rules (docs/model.md): names never change (add an alias instead), every field added after
 * version 1 has a default, enums have a default symbol, nothing is removed without a default having
 * been there. `EnrichedTrace` is `Trace` plus enrichment fields with defaults, and names `Trace` as an
 * alias, so an `EnrichedTrace` reader also reads `Trace` bytes.
 */

/**
 * The namespace of every @ht Avro type.
 *
 * @example
 * ```ts
 * registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(rawSpanSchema()) }, { subject: `${AVRO_NAMESPACE}.RawSpan` });
 * ```
 */
export const AVRO_NAMESPACE = 'ht.tracing';

/**
 * The version of the schemas below; bumped with each change (and recorded in docs/model.md).
 *
 * @example
 * ```ts
 * logger.info({ avroSchemaVersion: AVRO_SCHEMA_VERSION }, 'codecs ready');
 * ```
 */
export const AVRO_SCHEMA_VERSION = 2;

/**
 * An Avro schema as plain JSON.
 *
 * @example
 * ```ts
 * const schema: AvroSchema = traceSchema();
 * ```
 */
export type AvroSchema = { readonly [key: string]: unknown };

const NS = AVRO_NAMESPACE;

/** The full name of a named type in the @ht namespace. */
export const ref = (name: string): string => `${NS}.${name}`;
/** A record field. */
export const field = (name: string, type: unknown, extra: Record<string, unknown> = {}) => ({ name, type, ...extra });
/** An array type. */
export const array = (items: unknown) => ({ type: 'array', items });

function keyValue(name: string, valueType: unknown) {
  return { type: 'record', name, fields: [field('key', 'string'), field('value', valueType)] };
}

/** Attributes: one list of key/value records per value type. No unions: nothing to wrap or unwrap,
 * and a new value type is a new list with a default, which old readers skip. */
function attributesSchema() {
  const list = (name: string, record: string, valueType: unknown) =>
    field(name, array(keyValue(record, valueType)), { default: [] });
  return {
    type: 'record',
    name: 'Attributes',
    doc: 'Typed attributes: one key/value list per value type; keys are unique across lists.',
    fields: [
      list('strings', 'StringAttribute', 'string'),
      list('ints', 'IntAttribute', 'long'),
      list('doubles', 'DoubleAttribute', 'double'),
      list('bools', 'BoolAttribute', 'boolean'),
      list('bytes', 'BytesAttribute', 'bytes'),
      list('stringArrays', 'StringArrayAttribute', array('string')),
      list('intArrays', 'IntArrayAttribute', array('long')),
      list('doubleArrays', 'DoubleArrayAttribute', array('double')),
      list('boolArrays', 'BoolArrayAttribute', array('boolean')),
    ],
  };
}

/** A field of type Attributes, defining the record on first use in a schema and referring to it after. */
export function attributesField(name: string, define: boolean) {
  return field(name, define ? attributesSchema() : ref('Attributes'), { default: {} });
}

export function resourceSchema() {
  return {
    type: 'record',
    name: 'Resource',
    fields: [
      attributesField('attributes', true),
      field('droppedAttributesCount', 'int', { default: 0 }),
      field('schemaUrl', 'string', { default: '' }),
    ],
  };
}

export function scopeSchema() {
  return {
    type: 'record',
    name: 'InstrumentationScope',
    fields: [
      field('name', 'string', { default: '' }),
      field('version', 'string', { default: '' }),
      attributesField('attributes', false),
      field('droppedAttributesCount', 'int', { default: 0 }),
      field('schemaUrl', 'string', { default: '' }),
    ],
  };
}

const spanKindEnum = {
  type: 'enum',
  name: 'SpanKind',
  symbols: ['SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER', 'INTERNAL'],
  default: 'INTERNAL',
};
const statusCodeEnum = { type: 'enum', name: 'StatusCode', symbols: ['UNSET', 'OK', 'ERROR'], default: 'UNSET' };

/** The span's own fields, shared by RawSpan and the spans inside traces. */
export function spanFields() {
  return [
    field('spanId', 'string'),
    field('parentSpanId', 'string', { default: '' }),
    field('traceState', 'string', { default: '' }),
    field('flags', 'int', { default: 0 }),
    field('name', 'string'),
    field('kind', spanKindEnum, { default: 'INTERNAL' }),
    field('startTimeUnixNano', 'long'),
    field('endTimeUnixNano', 'long'),
    field('statusCode', statusCodeEnum, { default: 'UNSET' }),
    field('statusMessage', 'string', { default: '' }),
    attributesField('attributes', false),
    field(
      'events',
      array({
        type: 'record',
        name: 'SpanEvent',
        fields: [
          field('name', 'string'),
          field('timeUnixNano', 'long'),
          attributesField('attributes', false),
          field('droppedAttributesCount', 'int', { default: 0 }),
        ],
      }),
      { default: [] },
    ),
    field(
      'links',
      array({
        type: 'record',
        name: 'SpanLink',
        fields: [
          field('traceId', 'string'),
          field('spanId', 'string'),
          field('traceState', 'string', { default: '' }),
          field('flags', 'int', { default: 0 }),
          attributesField('attributes', false),
          field('droppedAttributesCount', 'int', { default: 0 }),
        ],
      }),
      { default: [] },
    ),
    field('droppedAttributesCount', 'int', { default: 0 }),
    field('droppedEventsCount', 'int', { default: 0 }),
    field('droppedLinksCount', 'int', { default: 0 }),
    field('receivedAtUnixNano', 'long', { default: 0 }),
    field('sourceFormat', 'string', { default: 'internal' }),
  ];
}
