import type { ExpectedSpan } from './expectSpans.js';
import type { ClientSpan } from './pythonClient.js';
import { expectedFrom } from './pythonClient.js';

/** What the receiver must produce for test/clients/send_py_zipkin.py's spans (v1 JSON or Thrift). */
export function pyZipkinExpectations(sent: readonly ClientSpan[]): ExpectedSpan[] {
  const local = { 'net.host.ip': '10.1.2.3', 'net.host.port': 8080n };
  return sent.map((span) =>
    span.kind === 'SERVER'
      ? expectedFrom(span, {
          service: 'cart-py-zipkin',
          status: 'UNSET',
          attributes: { 'http.method': 'GET', ...local },
        })
      : expectedFrom(span, {
          service: 'cart-py-zipkin',
          status: 'ERROR',
          statusMessage: 'query timed out',
          attributes: {
            'db.system': 'postgresql',
            'peer.service': 'postgres',
            'net.peer.ip': '10.9.8.7',
            'net.peer.port': 5432n,
            ...local,
          },
          events: [{ name: 'cache miss', time: 1_700_000_000_250_000_000n, attributes: {} }],
        }),
  );
}

/** What the receiver must produce for test/clients/send_opencensus.py's spans. */
export function opencensusExpectations(sent: readonly ClientSpan[]): ExpectedSpan[] {
  return sent.map((span) =>
    span.kind === 'SERVER'
      ? expectedFrom(span, {
          service: 'cart-opencensus',
          status: 'UNSET',
          attributes: { 'http.method': 'GET', 'http.status_code': 200n, 'ht.test.ratio': 0.25, 'ht.test.flag': true },
        })
      : expectedFrom(span, {
          service: 'cart-opencensus',
          status: 'ERROR',
          statusMessage: 'query timed out',
          attributes: { 'db.system': 'postgresql' },
        }),
  );
}
