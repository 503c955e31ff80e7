import type { SpanDecoder } from '../ingest/SpanDecoder.js';
import type { ReceiverEndpoint } from '../transports/ReceiverEndpoint.js';

/**
 * One encoding of trace records on Kafka: its name (the OTel Collector kafka exporter's `encoding`
 * value), what one record holds, and the decoder of one record's value.
 *
 * @example
 * ```ts
 * const encoding: KafkaEncoding<'zipkin_json'> = {
 *   encoding: 'zipkin_json', holds: 'a Zipkin v2 JSON array of spans', decoder: zipkinV2JsonDecoder,
 * };
 * ```
 */
export interface KafkaEncoding<E extends string = string> {
  readonly encoding: E;
  readonly holds: string;
  readonly decoder: SpanDecoder;
}

/**
 * Everything `@ht/sources` knows of one trace format, in one place (like an OTel Collector receiver
 * factory): its receiver endpoints, the decoders of its receiver payloads and its Kafka encodings. The
 * ports table, the receiver starters, `spanDecoders`, the Kafka decoder table and the metric labels are
 * all derived from a list of these ({@link FORMATS}); adding a format is one folder under
 * `src/formats/` and one line in that list (docs/formats.md, How to add a format).
 *
 * @example
 * ```ts
 * export const zipkinFormat = defineFormat({
 *   name: 'zipkin',
 *   endpoints: [httpEndpoint({ name: 'zipkin', purpose: 'Zipkin', defaultPort: 9411, routes: zipkinRoutes })],
 *   decoders: [zipkinV2JsonDecoder, zipkinProtoDecoder],
 *   kafkaEncodings: [{ encoding: 'zipkin_json', holds: 'a Zipkin v2 JSON array of spans', decoder: zipkinV2JsonDecoder }],
 * });
 * ```
 */
export interface TraceFormat {
  /** The format's id, as the canonical span's `sourceFormat` names it: `otlp`, `zipkin`, `jaeger`, `opencensus`. */
  readonly name: string;
  readonly endpoints: readonly ReceiverEndpoint[];
  /**
   * The stateless decoders of its receiver payloads, each under its own `encoding` name (a stream
   * protocol's decoder, such as OpenCensus', is built per stream and is not listed).
   */
  readonly decoders: readonly SpanDecoder[];
  readonly kafkaEncodings: readonly KafkaEncoding[];
}

/**
 * Declares a format, keeping its endpoint names and Kafka encoding names as literal types (so
 * `ReceiverName` and `KafkaSpanEncoding` are derived from {@link FORMATS}).
 *
 * @example
 * ```ts
 * export const acmeFormat = defineFormat({ name: 'acme', endpoints: [acmeHttp], decoders: [acmeJsonDecoder], kafkaEncodings: [] });
 * ```
 */
export function defineFormat<const F extends TraceFormat>(format: F): F {
  return Object.freeze(format);
}

/**
 * The endpoint names of a list of formats.
 *
 * @example
 * ```ts
 * const name: EndpointName<typeof FORMATS> = 'jaegerAgentCompact';
 * ```
 */
export type EndpointName<F extends readonly TraceFormat[]> = F[number]['endpoints'][number]['name'];

/**
 * The Kafka encoding names of a list of formats.
 *
 * @example
 * ```ts
 * const encoding: KafkaEncodingName<typeof FORMATS> = 'otlp_proto';
 * ```
 */
export type KafkaEncodingName<F extends readonly TraceFormat[]> = F[number]['kafkaEncodings'][number]['encoding'];
