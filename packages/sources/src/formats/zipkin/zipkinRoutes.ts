import type { HttpRoute } from '../../transports/http/HttpRoute.js';
import { textAccepted, textProblem } from '../../transports/http/HttpRoute.js';
import { zipkinProtoDecoder } from './zipkinProtoDecoder.js';
import { zipkinV1JsonDecoder } from './zipkinV1JsonDecoder.js';
import { zipkinV1ThriftDecoder } from './zipkinV1ThriftDecoder.js';
import { zipkinV2JsonDecoder } from './zipkinV2JsonDecoder.js';

const JSON_TYPE = 'application/json';
const PROTOBUF = 'application/x-protobuf';
const THRIFT = 'application/x-thrift';

/**
 * The Zipkin collector API: `POST /api/v2/spans` (JSON, or proto3 as `application/x-protobuf`) and
 * `POST /api/v1/spans` (JSON, or Thrift as `application/x-thrift`). Answers 202 as Zipkin does; rejected
 * spans are named in the response body (Zipkin has no partial-success answer) and counted.
 *
 * @example
 * ```ts
 * await startHttpReceiver({ host: '127.0.0.1', port: 9411, routes: zipkinRoutes(), ingestor, tenancy: {} });
 * ```
 */
export function zipkinRoutes(receiver = 'zipkin'): HttpRoute[] {
  const base = {
    receiver,
    success: textAccepted,
    problem: textProblem,
  };
  return [
    {
      ...base,
      path: '/api/v2/spans',
      contentTypes: [JSON_TYPE, PROTOBUF],
      decoderFor: (type) =>
        type === PROTOBUF ? zipkinProtoDecoder : type === JSON_TYPE || type === '' ? zipkinV2JsonDecoder : undefined,
    },
    {
      ...base,
      path: '/api/v1/spans',
      contentTypes: [JSON_TYPE, THRIFT],
      decoderFor: (type) =>
        type === THRIFT ? zipkinV1ThriftDecoder : type === JSON_TYPE || type === '' ? zipkinV1JsonDecoder : undefined,
    },
  ];
}
