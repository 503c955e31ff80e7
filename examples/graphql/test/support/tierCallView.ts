import { defineView } from '@ht/enricher-sdk';

/**
 * A user view, as a plugin would define it (shaped like examples/custom-enricher's `customer_call_view`):
 * `explore` reads it by name with no query-layer code. The suite writes its rows directly.
 */
export const tierCallView = defineView({
  name: 'tier_call_view',
  version: '0.1.0',
  description: 'API calls served, with the customer tier of their trace',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    customer_tier: { type: 'lowCardinalityString' },
    service_name: { type: 'lowCardinalityString' },
    operation: { type: 'string' },
    start_time: { type: 'datetime' },
    trace_id: { type: 'string' },
    span_id: { type: 'string' },
    duration_micros: { type: 'uint64' },
    status_code: { type: 'lowCardinalityString' },
    is_error: { type: 'bool' },
  },
  key: ['tenant_id', 'trace_id', 'span_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'customer_tier', 'service_name', 'operation', 'start_time'],
  *fromTrace() {},
});
