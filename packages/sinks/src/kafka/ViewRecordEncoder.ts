import type { ViewDefinition } from '@ht/enricher-sdk';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { HtError } from '@ht/stream-core';
import avro from 'avsc';
import type { ViewRow } from '../store/ViewStore.js';
import { viewAvroSchema } from './viewAvroSchema.js';

/**
 * Turns view rows into Kafka record values.
 *
 * @example
 * ```ts
 * await encoder.prepare(spanView, 'ht.views.span_event_view');
 * const value = encoder.encode(spanView, row);
 * ```
 */
export interface ViewRecordEncoder {
  /** Called once per view before its first row (the Avro encoder registers the schema here). */
  prepare(view: ViewDefinition, topic: string): Promise<void>;
  encode(view: ViewDefinition, row: ViewRow): Buffer;
}

const LONG_TYPES = new Set(['uint32', 'int64', 'uint64', 'datetime']);

/**
 * JSON values (one object per record; 64-bit integers written unquoted and exact).
 *
 * @example
 * ```ts
 * const writer = await createKafkaViewWriter({ producer, views, encoder: jsonRecordEncoder() });
 * ```
 */
export function jsonRecordEncoder(): ViewRecordEncoder {
  return {
    async prepare() {},
    encode(_view, row) {
      const text = JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? `\u0000${v}` : v));
      // bigint values travel as exact unquoted numbers.
      return Buffer.from(text.replace(/"\\u0000(-?\d+)"/g, '$1'), 'utf8');
    },
  };
}

/**
 * Options of {@link avroRecordEncoder}.
 *
 * @example
 * ```ts
 * const options: AvroRecordEncoderOptions = { registryUrl: 'http://127.0.0.1:8081/apis/ccompat/v7', subject: (v) => `ht-${v.name}-value` };
 * ```
 */
export interface AvroRecordEncoderOptions {
  /** Confluent-compatible registry endpoint (Apicurio: `…/apis/ccompat/v7`). */
  readonly registryUrl: string;
  /** The subject each view's schema is registered under. Default `<topic>-value`. */
  readonly subject?: (view: ViewDefinition, topic: string) => string;
}

/**
 * Avro values in the Confluent wire format (magic byte, 4-byte schema id, Avro body), with each view's
 * schema (derived from its columns) registered under an explicit subject. 64-bit integers must fit a JS
 * safe integer (bigints beyond it are refused with `INPUT_INVALID`).
 *
 * @example
 * ```ts
 * const encoder = avroRecordEncoder({ registryUrl, subject: (view) => `ht.views.${view.name}-value` });
 * ```
 */
export function avroRecordEncoder(options: AvroRecordEncoderOptions): ViewRecordEncoder {
  const registry = new SchemaRegistry({ host: options.registryUrl });
  const prepared = new Map<string, { header: Buffer; type: avro.Type; longs: string[] }>();
  return {
    async prepare(view, topic) {
      const schema = viewAvroSchema(view);
      const subject = options.subject?.(view, topic) ?? `${topic}-value`;
      let id: number;
      try {
        ({ id } = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) }, { subject }));
      } catch (error) {
        throw new HtError(
          'DEPENDENCY_UNAVAILABLE',
          `schema registry: registering ${subject} failed: ${String(error)}`,
          {
            retriable: true,
            cause: error,
          },
        );
      }
      const header = Buffer.alloc(5);
      header.writeUInt32BE(id, 1);
      const longs = Object.entries(view.columns)
        .filter(([, spec]) => LONG_TYPES.has(spec.type))
        .map(([name]) => name);
      prepared.set(view.name, { header, type: avro.Type.forSchema(schema as avro.Schema), longs });
    },
    encode(view, row) {
      const p = prepared.get(view.name);
      if (p === undefined) throw new HtError('LIFECYCLE', `view ${view.name} was not prepared`);
      let record = row;
      for (const name of p.longs) {
        const v = record[name];
        if (typeof v !== 'bigint') continue;
        if (!Number.isSafeInteger(Number(v))) {
          throw new HtError(
            'INPUT_INVALID',
            `view ${view.name}, column '${name}': ${v} does not fit an Avro long in JS`,
          );
        }
        record = { ...record, [name]: Number(v) };
      }
      return Buffer.concat([p.header, p.type.toBuffer(record)]);
    },
  };
}
