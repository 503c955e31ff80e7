import { httpEndpoint } from '../../transports/http/httpEndpoint.js';
import { defineFormat } from '../TraceFormat.js';
import { zipkinProtoDecoder } from './zipkinProtoDecoder.js';
import { zipkinRoutes } from './zipkinRoutes.js';
import { zipkinV1JsonDecoder } from './zipkinV1JsonDecoder.js';
import { zipkinV1ThriftDecoder } from './zipkinV1ThriftDecoder.js';
import { zipkinV2JsonDecoder } from './zipkinV2JsonDecoder.js';

/**
 * Zipkin: the collector API (`/api/v2/spans` JSON or proto3, `/api/v1/spans` JSON or Thrift), and the
 * Collector's `zipkin_proto` / `zipkin_json` Kafka encodings.
 *
 * @example
 * ```ts
 * zipkinFormat.endpoints[0].paths; // ['/api/v2/spans', '/api/v1/spans']
 * ```
 */
export const zipkinFormat = defineFormat({
  name: 'zipkin',
  endpoints: [httpEndpoint({ name: 'zipkin', purpose: 'Zipkin', defaultPort: 9411, routes: zipkinRoutes })],
  decoders: [zipkinV2JsonDecoder, zipkinProtoDecoder, zipkinV1JsonDecoder, zipkinV1ThriftDecoder],
  kafkaEncodings: [
    { encoding: 'zipkin_proto', holds: 'a Zipkin v2 ListOfSpans (proto3)', decoder: zipkinProtoDecoder },
    { encoding: 'zipkin_json', holds: 'a Zipkin v2 JSON array of spans', decoder: zipkinV2JsonDecoder },
  ],
});
