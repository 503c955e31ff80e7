import { defineEnricher } from '@ht/enricher-sdk';
import type { Span, Trace } from '@ht/enricher-sdk';
import { z } from 'zod';

/**
 * The enriched attribute this plugin writes, on the trace and on each of its spans.
 *
 * @example
 * ```ts
 * span.enriched.string(CUSTOMER_TIER); // 'gold'
 * ```
 */
export const CUSTOMER_TIER = 'ht.customer.tier';

/**
 * The customer-tier enricher's config. `header` is the request header (lowercase, as OTel records it in
 * `http.request.header.<name>`); values are lowercased and trimmed; a value not in `tiers` becomes
 * `unknownTier`, so a client sending junk cannot blow up the cardinality of the tier column.
 *
 * @example
 * ```ts
 * customerTierConfig.parse({ header: 'x-plan' }); // { header: 'x-plan', defaultTier: 'free', … }
 * ```
 */
export const customerTierConfig = z.object({
  header: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'a header name: letters, digits and -')
    .default('x-customer-tier')
    .transform((h) => h.toLowerCase()),
  defaultTier: z.string().min(1).default('free'),
  tiers: z.array(z.string().min(1)).min(1).default(['free', 'pro', 'enterprise']),
  unknownTier: z.string().min(1).default('other'),
});

/**
 * The config as written in the pipeline config (before defaults).
 *
 * @example
 * ```ts
 * const config: CustomerTierConfigInput = { header: 'x-plan', tiers: ['free', 'gold'] };
 * ```
 */
export type CustomerTierConfigInput = z.input<typeof customerTierConfig>;

/** The header's value on a span: OTel records headers as string arrays, some SDKs as a plain string. */
function headerValue(span: Span, attribute: string): string | undefined {
  return span.attr.strings(attribute)?.[0] ?? span.attr.string(attribute);
}

/**
 * The span that carries the tier: the earliest entry span (SERVER or CONSUMER) with the header. The
 * header reaches the edge service only; the services it calls see the tier through this enricher.
 */
function tierSpan(trace: Trace, attribute: string): Span | undefined {
  let found: Span | undefined;
  for (const span of trace.spans) {
    if (span.kind !== 'SERVER' && span.kind !== 'CONSUMER') continue;
    if (headerValue(span, attribute) === undefined) continue;
    if (found === undefined || span.startTimeUnixNano < found.startTimeUnixNano) found = span;
  }
  return found;
}

/**
 * Writes the customer tier, read from a request header at the edge, to `ht.customer.tier` on the
 * trace and on every span of it, so per-service views can group by tier. Counts traces per tier in
 * `customer_tier_traces_total{tier}`.
 *
 * @example
 * ```yaml
 * plugins:
 *   enrichers:
 *     - module: '@ht/customer-tier-plugin'
 *       config: { header: x-plan, tiers: [free, gold, platinum] }
 * ```
 */
export const customerTier = defineEnricher({
  name: 'customer-tier',
  version: '0.1.0',
  description: 'Customer tier from a request header, on every span of the trace',
  config: customerTierConfig,
  enrichTrace(trace, ctx) {
    const { header, defaultTier, tiers, unknownTier } = ctx.config;
    const attribute = `http.request.header.${header}`;
    const span = tierSpan(trace, attribute);
    const raw = span === undefined ? undefined : headerValue(span, attribute)?.trim().toLowerCase();
    const tier = raw === undefined || raw === '' ? defaultTier : tiers.includes(raw) ? raw : unknownTier;
    trace.enriched.set(CUSTOMER_TIER, tier);
    for (const s of trace.spans) s.enriched.set(CUSTOMER_TIER, tier);
    ctx.metrics.counter('customer_tier_traces_total', 'traces by customer tier').inc(1, { tier });
  },
});
