import { ApiAttr, defineView, durationMicros, nanosToMicros, serviceName } from '@ht/enricher-sdk';
import { CUSTOMER_TIER } from './customerTier.js';

/**
 * `customer_call_view`: one row per API call a service served (each SERVER or CONSUMER span) with the
 * customer tier of its trace, for latency and error rates per tier, service and operation. Keyed by
 * tenant + trace + span, so a replayed trace replaces its rows instead of counting twice.
 *
 * @example
 * ```ts
 * import { runView } from '@ht/enricher-sdk/testing';
 * const rows = runView(customerCallView, enrichedTrace);
 * rows[0]?.customer_tier; // 'pro'
 * ```
 */
export const customerCallView = defineView({
  name: 'customer_call_view',
  version: '0.1.0',
  description: 'API calls served, with the customer tier of their trace',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    customer_tier: { type: 'lowCardinalityString', description: "ht.customer.tier ('' if not enriched)" },
    service_name: { type: 'lowCardinalityString' },
    operation: { type: 'string', description: 'the API name (ht.api.name) if the built-ins ran, else the span name' },
    start_time: { type: 'datetime' },
    trace_id: { type: 'string' },
    span_id: { type: 'string' },
    duration_micros: { type: 'uint64' },
    status_code: { type: 'lowCardinalityString', description: 'UNSET, OK or ERROR' },
    is_error: { type: 'bool' },
  },
  key: ['tenant_id', 'trace_id', 'span_id'],
  timeColumn: 'start_time',
  // Queries filter by tenant and tier, then group by service and operation over a time range.
  sortBy: ['tenant_id', 'customer_tier', 'service_name', 'operation', 'start_time'],
  *fromTrace(trace) {
    for (const span of trace.spans) {
      if (span.kind !== 'SERVER' && span.kind !== 'CONSUMER') continue;
      yield {
        tenant_id: span.tenantId,
        customer_tier: span.enriched.string(CUSTOMER_TIER) ?? '',
        service_name: serviceName(span.resource),
        // Built-in enrichment is read by its catalogue constant: `ht.api.name`, e.g. 'GET /cart/{id}'.
        operation: span.enriched.string(ApiAttr.NAME) ?? span.name,
        start_time: nanosToMicros(span.startTimeUnixNano),
        trace_id: span.traceId,
        span_id: span.spanId,
        duration_micros: durationMicros(span),
        status_code: span.statusCode,
        is_error: span.statusCode === 'ERROR',
      };
    }
  },
});
