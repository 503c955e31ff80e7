import type { AttributeEntries } from '@ht/enricher-sdk';
import { enrichmentOf, runEnricher, traceBuilder } from '@ht/enricher-sdk/testing';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_TIER, customerTier } from '../src/index.js';

const TIER_HEADER = 'http.request.header.x-customer-tier';

/** A checkout: the edge (frontend) got the header, cart and its database did not. */
function checkout(tierHeader?: string | readonly string[]) {
  const attributes: AttributeEntries = tierHeader === undefined ? {} : { [TIER_HEADER]: tierHeader };
  return traceBuilder({ tenantId: 'acme' })
    .span('frontend', 'GET /checkout', { kind: 'SERVER', attributes })
    .call('cart', 'GET /cart/{id}')
    .child('cart', 'SELECT carts', { kind: 'CLIENT', attributes: { 'db.system': 'postgresql' } })
    .build();
}

const tiersOf = (trace: ReturnType<typeof checkout>) => trace.spans.map((s) => s.enriched.string(CUSTOMER_TIER));

describe('customer-tier', () => {
  it('writes the tier from the edge request on the trace and on every span, downstream ones too', async () => {
    const { trace, errors } = await runEnricher(customerTier, checkout(['Pro']));
    expect(errors).toEqual([]);
    expect(trace.enriched.string(CUSTOMER_TIER)).toBe('pro');
    expect(tiersOf(trace)).toEqual(['pro', 'pro', 'pro', 'pro']);
    expect(Object.keys(enrichmentOf(trace).spans)).toHaveLength(trace.spans.length);
  });

  it('reads a header recorded as a plain string, trimmed and lowercased', async () => {
    const { trace } = await runEnricher(customerTier, checkout('  ENTERPRISE '));
    expect(trace.enriched.string(CUSTOMER_TIER)).toBe('enterprise');
  });

  it('gives the default tier when no entry span has the header', async () => {
    const { trace } = await runEnricher(customerTier, checkout(), { defaultTier: 'anonymous' });
    expect(tiersOf(trace)).toEqual(['anonymous', 'anonymous', 'anonymous', 'anonymous']);
  });

  it('maps values outside the configured tiers to the unknown tier (bounded cardinality)', async () => {
    const { trace } = await runEnricher(customerTier, [checkout('gold; DROP TABLE')], { unknownTier: 'unlisted' });
    expect(trace.enriched.string(CUSTOMER_TIER)).toBe('unlisted');
  });

  it('reads the configured header (names are case-insensitive) and tier list', async () => {
    const trace = traceBuilder()
      .span('web', 'GET /', { kind: 'SERVER', attributes: { 'http.request.header.x-plan': ['gold'] } })
      .build();
    const run = await runEnricher(customerTier, trace, { header: 'X-Plan', tiers: ['gold', 'silver'] });
    expect(run.trace.enriched.string(CUSTOMER_TIER)).toBe('gold');
  });

  it('takes the earliest entry span carrying the header, ignoring client spans', async () => {
    const trace = traceBuilder()
      .span('gateway', 'POST /orders', { kind: 'SERVER', startMs: 0, attributes: { [TIER_HEADER]: ['free'] } })
      .child('gateway', 'POST orders', { kind: 'CLIENT', startMs: 1, attributes: { [TIER_HEADER]: ['enterprise'] } })
      .child('orders', 'POST /orders', { kind: 'SERVER', startMs: 2, attributes: { [TIER_HEADER]: ['pro'] } })
      .build();
    const run = await runEnricher(customerTier, trace);
    expect(run.trace.enriched.string(CUSTOMER_TIER)).toBe('free');
  });

  it('counts traces per tier', async () => {
    const { metrics } = await runEnricher(customerTier, [checkout(['pro']), checkout(['pro']), checkout()]);
    expect(metrics.value('customer_tier_traces_total', { enricher: 'customer-tier', tier: 'pro' })).toBe(2);
    expect(metrics.value('customer_tier_traces_total', { enricher: 'customer-tier', tier: 'free' })).toBe(1);
  });

  it('refuses an invalid config before the first trace, naming the field', async () => {
    await expect(runEnricher(customerTier, checkout(), { header: 'x tier', tiers: [] })).rejects.toThrow(
      /header[\s\S]*tiers|tiers[\s\S]*header/,
    );
  });
});
