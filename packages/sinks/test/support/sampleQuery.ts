import { attributeEq, bucket, column, count, eq, ge, isIn, quantile, uniq } from '../../src/index.js';
import type { Query } from '../../src/index.js';

/** One query over the fixture span view using every kind of selection and filter, for the compiler tests. */
export const query: Query = {
  view: 'fixture_span_event_view',
  tenantId: 'acme',
  select: [
    bucket('start_time', 'minute', 'minute'),
    column('service_name'),
    count('calls'),
    count('errors', [eq('status_code', 'ERROR')]),
    quantile('duration_micros', 0.99, 'p99'),
    uniq('trace_id', 'traces'),
  ],
  where: [
    eq('span_name', "o'neil"),
    ge('start_time', 1_767_225_600_000_000),
    isIn('span_kind', ['SERVER', 'CLIENT']),
    attributeEq('attribute_keys', 'attribute_values', 'http.method', 'GET'),
  ],
  groupBy: ['minute', 'service_name'],
  orderBy: [{ by: 'calls', direction: 'desc' }],
  limit: 10,
};
