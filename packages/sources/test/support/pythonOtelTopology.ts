import type { AttributeValue } from '@ht/enricher-sdk';
import type { ExpectedSpan } from './expectSpans.js';
import type { ClientSpan } from './pythonClient.js';
import { expectedFrom } from './pythonClient.js';

/** How a format carries the Python topology's attributes (test/clients/otel_topology.py). */
export type AttributeStyle = 'typed' | 'strings';

/**
 * What the receiver must produce for the spans test/clients/otel_topology.py sent: statuses, attributes and
 * events as that script sets them, in the format's attribute style (Zipkin: every tag a string).
 */
export function pythonTopologyExpectations(
  spans: readonly ClientSpan[],
  service: string,
  style: AttributeStyle,
): ExpectedSpan[] {
  const v = (typed: AttributeValue, text: string): AttributeValue => (style === 'typed' ? typed : text);
  return spans.map((span) => {
    switch (span.name) {
      case 'GET /cart':
        return expectedFrom(span, {
          service,
          status: 'UNSET',
          attributes: {
            'http.request.method': 'GET',
            'http.response.status_code': v(200n, '200'),
            'ht.test.ratio': v(0.25, '0.25'),
            'ht.test.flag': v(true, 'true'),
          },
        });
      case 'SELECT cart':
        return expectedFrom(span, {
          service,
          status: 'ERROR',
          statusMessage: 'query timed out',
          attributes: { 'db.system': 'postgresql' },
        });
      case 'consume cart':
        return expectedFrom(span, { service, status: 'OK', attributes: {} });
      default:
        return expectedFrom(span, { service, status: 'UNSET', attributes: {} });
    }
  });
}
