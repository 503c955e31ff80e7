// A user's plugin, compiled outside the workspace against the published `.d.ts` of @ht/enricher-sdk
// (see ../../pack.int.test.ts): an enricher with a zod config and a view over what it writes.
import { defineEnricher, defineView, durationMicros, nanosToMicros, serviceName } from '@ht/enricher-sdk';
import { z } from 'zod';

/** Copies a customer tier from a request header attribute to `ht.customer.tier`. */
export const customerTier = defineEnricher({
  name: 'customer-tier',
  version: '1.0.0',
  config: z.object({
    header: z.string().default('x-customer-tier'),
    defaultTier: z.string().default('free'),
  }),
  enrichSpan(span, _trace, ctx) {
    if (span.kind !== 'SERVER') return;
    const tier = span.attr.string(`http.request.header.${ctx.config.header}`) ?? ctx.config.defaultTier;
    span.enriched.set('ht.customer.tier', tier.toLowerCase());
  },
});

/** One row per SERVER span with its customer tier. */
export const customerCallView = defineView({
  name: 'customer_call_view',
  version: '1.0.0',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    trace_id: { type: 'string' },
    span_id: { type: 'string' },
    service_name: { type: 'lowCardinalityString' },
    customer_tier: { type: 'lowCardinalityString' },
    start_time: { type: 'datetime' },
    duration_micros: { type: 'uint64' },
  },
  key: ['tenant_id', 'trace_id', 'span_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'customer_tier', 'start_time'],
  *fromTrace(trace) {
    for (const span of trace.spans) {
      const tier = span.enriched.string('ht.customer.tier');
      if (tier === undefined) continue;
      yield {
        tenant_id: span.tenantId,
        trace_id: span.traceId,
        span_id: span.spanId,
        service_name: serviceName(span.resource),
        customer_tier: tier,
        start_time: nanosToMicros(span.startTimeUnixNano),
        duration_micros: durationMicros(span),
      };
    }
  },
});
