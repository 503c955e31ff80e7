import type { AvroCodec } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import type { KafkaMessage } from '@ht/stream-core/kafka';
import type { KafkaRecordDecoder } from './KafkaRecordDecoder.js';
import type { RegistrySchema, SchemaRegistryPort } from './SchemaRegistryPort.js';

/**
 * What the decoder needs of a codec: `AvroCodec` (`rawSpanCodec`, `traceCodec`, …) fits.
 *
 * @example
 * ```ts
 * import { rawSpanCodec } from '@ht/enricher-sdk';
 * const reader: AvroReader<Span> = rawSpanCodec;
 * ```
 */
export type AvroReader<T> = Pick<AvroCodec<T>, 'name' | 'decode'>;

/**
 * Options of {@link avroRegistryDecoder}.
 *
 * @example
 * ```ts
 * import { rawSpanCodec } from '@ht/enricher-sdk';
 * const options: AvroRegistryDecoderOptions<Span> = { registry, codec: rawSpanCodec, subject: topicValueSubject };
 * ```
 */
export interface AvroRegistryDecoderOptions<T> {
  readonly registry: SchemaRegistryPort;
  /** Our codec of the value type (longs as bigint): the reader schema. */
  readonly codec: AvroReader<T>;
  /**
   * The subject a record's writer schema must be a version of: a name, or one per topic. Explicit (no
   * default), so a record written under another subject is refused rather than misread.
   */
  readonly subject: string | ((topic: string) => string);
}

/**
 * Confluent's TopicNameStrategy: the value schemas of topic `t` are the subject `t-value`.
 *
 * @example
 * ```ts
 * topicValueSubject('raw-spans'); // 'raw-spans-value'
 * ```
 */
export function topicValueSubject(topic: string): string {
  return `${topic}-value`;
}

const MAGIC = 0;

/**
 * Decodes Avro record values in the Confluent wire format (magic byte 0, 4-byte schema id, Avro body)
 * with our codec, by Avro's resolution from the writer schema the registry holds under that id. Schemas
 * are looked up once per id (before a batch is decoded, in `prepare`; an id the registry does not know
 * is asked again with the next batch that has it) and resolvers are cached by the codec; an id that is unknown, not Avro, or not a version of the expected subject makes the record
 * undecodable (`INPUT_INVALID`, reported with its offset), and a registry that does not answer holds
 * the batch back (the consumer fetches it again).
 *
 * @example
 * ```ts
 * import { rawSpanCodec } from '@ht/enricher-sdk';
 * const decoder = avroRegistryDecoder({ registry: httpSchemaRegistry({ url }), codec: rawSpanCodec, subject: topicValueSubject });
 * const source = new KafkaSource({ consumer, topics: ['raw-spans'], decoder });
 * ```
 */
export function avroRegistryDecoder<T>(options: AvroRegistryDecoderOptions<T>): KafkaRecordDecoder<T> {
  const { registry, codec } = options;
  const subjectOf = typeof options.subject === 'string' ? () => options.subject as string : options.subject;
  const name = `avro:${codec.name}`;
  const schemas = new Map<number, RegistrySchema | null>();
  const schemaId = (message: KafkaMessage): number | undefined => {
    const v = message.value;
    return v !== null && v.length >= 5 && v[0] === MAGIC ? v.readUInt32BE(1) : undefined;
  };
  const refuse = (problem: string): HtError =>
    new HtError('INPUT_INVALID', `malformed ${name} record: ${problem}`, { context: { encoding: name } });
  return {
    name,
    async prepare(messages) {
      const missing = new Set<number>();
      for (const m of messages) {
        const id = schemaId(m);
        // Found schemas are kept for good (ids never change); an unknown id is asked again next batch.
        if (id !== undefined && (schemas.get(id) ?? null) === null) missing.add(id);
      }
      await Promise.all(
        [...missing].map(async (id) => {
          schemas.set(id, (await registry.schemaById(id)) ?? null);
        }),
      );
    },
    decode(message) {
      if (message.value === null) return { values: [], rejected: [] };
      const id = schemaId(message);
      if (id === undefined) throw refuse('not in the Confluent wire format (magic byte 0, then a 4-byte schema id)');
      const schema = schemas.get(id);
      if (schema === undefined) throw refuse(`schema id ${id} was not looked up (prepare() not called)`);
      if (schema === null) throw refuse(`schema id ${id} is not in the registry`);
      if (schema.schemaType.toUpperCase() !== 'AVRO') throw refuse(`schema id ${id} is ${schema.schemaType}, not Avro`);
      const subject = subjectOf(message.topic);
      if (!schema.subjects.includes(subject)) {
        throw refuse(
          `schema id ${id} is not a version of subject "${subject}" (it is under ${schema.subjects.map((s) => `"${s}"`).join(', ') || 'no subject'})`,
        );
      }
      try {
        return { values: [codec.decode(message.value.subarray(5), schema.schema)], rejected: [] };
      } catch (error) {
        throw refuse(`schema id ${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
