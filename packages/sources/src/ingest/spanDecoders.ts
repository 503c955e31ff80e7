import { jaegerAgentDecoder, jaegerThriftBatchDecoder } from '../receivers/jaeger/jaegerThriftDecoder.js';
import { jaegerProtoDecoder } from '../receivers/jaeger/jaegerProtoDecoder.js';
import { otlpJsonDecoder } from '../receivers/otlp/otlpJsonDecoder.js';
import { otlpProtoDecoder } from '../receivers/otlp/otlpProtoDecoder.js';
import { zipkinProtoDecoder } from '../receivers/zipkin/zipkinProtoDecoder.js';
import { zipkinV1JsonDecoder } from '../receivers/zipkin/zipkinV1JsonDecoder.js';
import { zipkinV1ThriftDecoder } from '../receivers/zipkin/zipkinV1ThriftDecoder.js';
import { zipkinV2JsonDecoder } from '../receivers/zipkin/zipkinV2JsonDecoder.js';
import type { SpanDecoder } from './SpanDecoder.js';

/**
 * Every stateless decoder by its encoding name: the receivers' payloads, named as the OTel Collector's
 * kafka encodings are where one exists (`otlp_proto`, `otlp_json`, `zipkin_proto`, `zipkin_json`), so the
 * Kafka source can pick a decoder by the name a topic's producer uses. (OpenCensus is a stream protocol:
 * see `opencensusStreamDecoder`.)
 *
 * @example
 * ```ts
 * const decoder = spanDecoders['zipkin_json']!;
 * const { spans } = decoder.decode(record.value, { tenantId: 'default', receivedAtUnixNano: 0n });
 * ```
 */
export const spanDecoders: Readonly<Record<string, SpanDecoder>> = Object.freeze(
  Object.fromEntries(
    [
      otlpProtoDecoder,
      otlpJsonDecoder,
      zipkinV2JsonDecoder,
      zipkinProtoDecoder,
      zipkinV1JsonDecoder,
      zipkinV1ThriftDecoder,
      jaegerThriftBatchDecoder,
      jaegerAgentDecoder('compact'),
      jaegerAgentDecoder('binary'),
      jaegerProtoDecoder,
    ].map((d) => [d.encoding, d]),
  ),
);
