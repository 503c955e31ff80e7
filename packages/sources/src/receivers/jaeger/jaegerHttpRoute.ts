import { rejectionMessage } from '../../ingest/Ingestor.js';
import type { HttpAnswer, HttpRoute } from '../http/HttpRoute.js';
import { textProblem } from '../http/HttpRoute.js';
import { jaegerThriftBatchDecoder } from './jaegerThriftDecoder.js';

const THRIFT_TYPES = ['application/x-thrift', 'application/vnd.apache.thrift.binary'];

/**
 * The Jaeger collector's Thrift-over-HTTP endpoint: `POST /api/traces` with a binary-protocol `Batch`
 * (`application/x-thrift`). Answers 202 as the Jaeger collector does; rejected spans are named in the body.
 *
 * @example
 * ```ts
 * await startHttpReceiver({ host: '127.0.0.1', port: 14268, routes: [jaegerHttpRoute()], ingestor, tenancy: {} });
 * ```
 */
export function jaegerHttpRoute(receiver = 'jaeger-http'): HttpRoute {
  return {
    path: '/api/traces',
    receiver,
    contentTypes: THRIFT_TYPES,
    decoderFor: (type) => (THRIFT_TYPES.includes(type) ? jaegerThriftBatchDecoder : undefined),
    success: (_accepted, rejected): HttpAnswer =>
      rejected.length > 0
        ? {
            status: 202,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
            body: `${rejectionMessage(rejected)}\n`,
          }
        : { status: 202, headers: {}, body: '' },
    problem: textProblem,
  };
}
