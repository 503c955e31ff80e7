import type { Span } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import { FORMATS } from '../formats/index.js';
import type { KafkaEncoding, KafkaEncodingName, TraceFormat } from '../formats/TraceFormat.js';
import type { SpanDecoder } from '../ingest/SpanDecoder.js';
import { resolveTenant, validateTenancy } from '../ingest/Tenancy.js';
import type { TenancyOptions } from '../ingest/Tenancy.js';
import type { KafkaMessage } from '@ht/stream-core/kafka';
import type { KafkaRecordDecoder } from './KafkaRecordDecoder.js';

/**
 * The Kafka encodings of `formats` by name (the OTel Collector kafka exporter's `encoding` values).
 *
 * @example
 * ```ts
 * kafkaEncodingsOf(FORMATS)['otlp_proto']?.decoder; // otlpProtoDecoder
 * ```
 */
export function kafkaEncodingsOf(formats: readonly TraceFormat[]): Readonly<Record<string, KafkaEncoding>> {
  return Object.freeze(Object.fromEntries(formats.flatMap((f) => f.kafkaEncodings).map((e) => [e.encoding, e])));
}

/**
 * One of the Kafka encodings of {@link FORMATS}: `otlp_proto`, `otlp_json`, `jaeger_proto`, `jaeger_json`,
 * `zipkin_proto`, `zipkin_json`.
 *
 * @example
 * ```ts
 * const encoding: KafkaSpanEncoding = 'otlp_proto';
 * ```
 */
export type KafkaSpanEncoding = KafkaEncodingName<typeof FORMATS>;

/**
 * The OTel Collector kafka exporter's trace encodings, by the name its `encoding` setting uses, and what
 * one record of each holds (derived from {@link FORMATS}).
 *
 * @example
 * ```ts
 * KAFKA_SPAN_ENCODINGS.zipkin_json; // 'a Zipkin v2 JSON array of spans'
 * ```
 */
export const KAFKA_SPAN_ENCODINGS: Readonly<Record<KafkaSpanEncoding, string>> = Object.freeze(
  Object.fromEntries(Object.values(kafkaEncodingsOf(FORMATS)).map((e) => [e.encoding, e.holds])) as Record<
    KafkaSpanEncoding,
    string
  >,
);

/**
 * A Kafka record decoder producing canonical spans for one of the Collector's encodings (or any
 * {@link SpanDecoder}): each record is one payload, as a receiver would get it. The tenant comes from the
 * record's headers by the receivers' rule (`resolveTenant`: the `x-tenant-id` header, else the default
 * tenant; with `apiKeys`, the key's tenant); a record with a malformed tenant or a missing or unknown key
 * is undecodable (reported like any bad record, naming the problem). Spans the mapping rejects are
 * reported with the record's offset. A tombstone (no value) holds no spans.
 *
 * @example
 * ```ts
 * const decoder = kafkaSpanDecoder('otlp_proto', { defaultTenant: 'acme' });
 * const source = new KafkaSource({ consumer, topics: ['otlp_spans'], decoder });
 * ```
 */
export function kafkaSpanDecoder<const F extends readonly TraceFormat[] = typeof FORMATS>(
  encoding: KafkaEncodingName<F> | SpanDecoder,
  tenancy: TenancyOptions = {},
  formats?: F,
): KafkaRecordDecoder<Span> {
  const encodings = kafkaEncodingsOf(formats ?? FORMATS);
  const decoder =
    typeof encoding === 'string'
      ? Object.hasOwn(encodings, encoding)
        ? encodings[encoding]?.decoder
        : undefined
      : encoding;
  if (decoder === undefined) {
    throw new HtError(
      'CONFIG_INVALID',
      `unknown Kafka span encoding "${typeof encoding === 'string' ? encoding : encoding.encoding}"; known: ${Object.keys(encodings).join(', ')}`,
    );
  }
  validateTenancy(tenancy);
  const tenantOf = (message: KafkaMessage): string => {
    const tenant = resolveTenant(tenancy, (name) => message.headers[name]?.toString());
    if (!tenant.ok) {
      throw new HtError('INPUT_INVALID', `record refused: ${tenant.message}`, {
        context: { topic: message.topic, partition: message.partition, offset: message.offset },
      });
    }
    return tenant.tenantId;
  };
  return {
    name: decoder.encoding,
    decode(message) {
      if (message.value === null) return { values: [], rejected: [] };
      const decoded = decoder.decode(message.value, {
        tenantId: tenantOf(message),
        receivedAtUnixNano: BigInt(Date.now()) * 1_000_000n,
      });
      return { values: decoded.spans, rejected: decoded.rejected.map((r) => r.reason) };
    },
  };
}
