import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';

/**
 * An Avro schema as JSON.
 *
 * @example
 * ```ts
 * const long: AvroSchemaJson = { type: 'long', logicalType: 'timestamp-micros' };
 * ```
 */
export type AvroSchemaJson = string | { readonly [key: string]: unknown } | readonly unknown[];

const AVRO: Record<ColumnType, AvroSchemaJson> = {
  string: 'string',
  lowCardinalityString: 'string',
  bool: 'boolean',
  int8: 'int',
  int16: 'int',
  int32: 'int',
  uint8: 'int',
  uint16: 'int',
  uint32: 'long',
  int64: 'long',
  uint64: 'long',
  float32: 'float',
  float64: 'double',
  datetime: { type: 'long', logicalType: 'timestamp-micros' },
  stringArray: { type: 'array', items: 'string' },
  lowCardinalityStringArray: { type: 'array', items: 'string' },
  int64Array: { type: 'array', items: 'long' },
  float64Array: { type: 'array', items: 'double' },
};

/**
 * The Avro record schema of a view's rows, derived from its columns (never hand-kept): datetimes as
 * `long` `timestamp-micros`, 64-bit integers as `long` (values must fit a JS safe integer to encode).
 *
 * @example
 * ```ts
 * const schema = viewAvroSchema(spanView); // { type: 'record', name: 'span_event_view', namespace: 'dev.ht.views', fields: [...] }
 * ```
 */
export function viewAvroSchema(view: ViewDefinition): {
  readonly type: 'record';
  readonly name: string;
  readonly namespace: string;
  readonly doc: string;
  readonly fields: readonly unknown[];
} {
  return {
    type: 'record',
    name: view.name,
    namespace: 'dev.ht.views',
    doc: `${view.name} ${view.version}${view.description ? `: ${view.description}` : ''}`,
    fields: Object.entries(view.columns).map(([name, spec]) => ({
      name,
      type: AVRO[spec.type],
      ...(spec.description ? { doc: spec.description } : {}),
    })),
  };
}
