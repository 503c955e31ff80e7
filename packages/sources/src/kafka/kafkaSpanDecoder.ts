import type { Span } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import type { SpanDecoder } from '../ingest/SpanDecoder.js';
import { jaegerJsonSpanDecoder } from '../receivers/jaeger/jaegerJsonSpanDecoder.js';
import { jaegerSpanProtoDecoder } from '../receivers/jaeger/jaegerProtoSpan.js';
import { otlpJsonDecoder } from '../receivers/otlp/otlpJsonDecoder.js';
import { otlpProtoDecoder } from '../receivers/otlp/otlpProtoDecoder.js';
import { zipkinProtoDecoder } from '../receivers/zipkin/zipkinProtoDecoder.js';
import { zipkinV2JsonDecoder } from '../receivers/zipkin/zipkinV2JsonDecoder.js';
import type { KafkaMessage } from '@ht/stream-core/kafka';
import type { KafkaRecordDecoder } from './KafkaRecordDecoder.js';

/**
 * The OTel Collector kafka exporter's trace encodings, by the name its `encoding` setting uses, and what
 * one record of each holds.
 *
 * @example
 * ```ts
 * const encoding: KafkaSpanEncoding = 'otlp_proto';
 * ```
 */
export const KAFKA_SPAN_ENCODINGS = {
  otlp_proto: 'an OTLP ExportTraceServiceRequest (protobuf)',
  otlp_json: 'an OTLP ExportTraceServiceRequest (OTLP/JSON)',
  jaeger_proto: 'one Jaeger api_v2 Span with its process (protobuf)',
  jaeger_json: 'one Jaeger api_v2 Span with its process (protobuf JSON mapping)',
  zipkin_proto: 'a Zipkin v2 ListOfSpans (proto3)',
  zipkin_json: 'a Zipkin v2 JSON array of spans',
} as const;

/** One of {@link KAFKA_SPAN_ENCODINGS}. */
export type KafkaSpanEncoding = keyof typeof KAFKA_SPAN_ENCODINGS;

const DECODERS: Readonly<Record<KafkaSpanEncoding, SpanDecoder>> = {
  otlp_proto: otlpProtoDecoder,
  otlp_json: otlpJsonDecoder,
  jaeger_proto: jaegerSpanProtoDecoder,
  jaeger_json: jaegerJsonSpanDecoder,
  zipkin_proto: zipkinProtoDecoder,
  zipkin_json: zipkinV2JsonDecoder,
};

/**
 * Where the tenant of a Kafka record's spans comes from.
 *
 * @example
 * ```ts
 * const tenancy: KafkaTenancy = { header: 'x-tenant-id', defaultTenant: 'default' };
 * ```
 */
export interface KafkaTenancy {
  /** A record header naming the tenant (the Collector forwards metadata keys as headers). Default `x-tenant-id`. */
  readonly header?: string;
  /** The tenant of records without that header. Default `default`. */
  readonly defaultTenant?: string;
}

/**
 * A Kafka record decoder producing canonical spans for one of the Collector's encodings (or any
 * {@link SpanDecoder}): each record is one payload, as a receiver would get it; the tenant comes from a
 * header or the default; spans the mapping rejects are reported with the record's offset. A tombstone
 * (no value) holds no spans.
 *
 * @example
 * ```ts
 * const decoder = kafkaSpanDecoder('otlp_proto', { defaultTenant: 'acme' });
 * const source = new KafkaSource({ consumer, topics: ['otlp_spans'], decoder });
 * ```
 */
export function kafkaSpanDecoder(
  encoding: KafkaSpanEncoding | SpanDecoder,
  tenancy: KafkaTenancy = {},
): KafkaRecordDecoder<Span> {
  const decoder =
    typeof encoding === 'string' ? (Object.hasOwn(DECODERS, encoding) ? DECODERS[encoding] : undefined) : encoding;
  if (decoder === undefined) {
    throw new HtError(
      'CONFIG_INVALID',
      `unknown Kafka span encoding "${typeof encoding === 'string' ? encoding : encoding.encoding}"; known: ${Object.keys(KAFKA_SPAN_ENCODINGS).join(', ')}`,
    );
  }
  const header = tenancy.header ?? 'x-tenant-id';
  const defaultTenant = tenancy.defaultTenant ?? 'default';
  const tenantOf = (message: KafkaMessage): string => {
    const value = message.headers[header];
    const tenant = value === undefined ? '' : value.toString();
    return tenant === '' ? defaultTenant : tenant;
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

/**
 * The event time of a span in milliseconds (its start), for `job.source(source, { timestamp })`.
 *
 * @example
 * ```ts
 * job.source(kafkaSpans, { timestamp: spanEventTime, watermarks: { outOfOrdernessMs: 5_000 } });
 * ```
 */
export function spanEventTime(span: Span): number {
  return Number(span.startTimeUnixNano / 1_000_000n);
}
