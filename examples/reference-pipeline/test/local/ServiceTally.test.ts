import { createResource, createSpan, createTrace } from '@ht/enricher-sdk';
import type { Resource, Trace } from '@ht/enricher-sdk';
import { describe, expect, it } from 'vitest';
import { ServiceTally } from '../../src/local/ServiceTally.js';

/** A trace of one span per resource. */
function traceOf(traceId: string, resources: readonly Resource[]): Trace {
  return createTrace({
    spans: resources.map((resource, i) =>
      createSpan({
        traceId,
        spanId: `${i + 1}`.padStart(16, '0'),
        name: 'op',
        startTimeUnixNano: 1n,
        endTimeUnixNano: 2n,
        resource,
      }),
    ),
  });
}

const service = (name: string): Resource => createResource({ attributes: { 'service.name': name } });

describe('ServiceTally', () => {
  it('counts each service.name once, across traces and resources', () => {
    const tally = new ServiceTally();
    const cart = service('cart');
    tally.note(traceOf('a'.repeat(32), [cart, service('frontend'), cart]));
    tally.note(traceOf('b'.repeat(32), [service('cart'), service('payments')]));
    expect(tally.count).toBe(3);
  });

  it('leaves out spans without a service name', () => {
    const tally = new ServiceTally();
    tally.note(traceOf('c'.repeat(32), [createResource({ attributes: {} }), service('')]));
    expect(tally.count).toBe(0);
  });

  it('keeps at most its limit of names', () => {
    const tally = new ServiceTally(2);
    tally.note(traceOf('d'.repeat(32), [service('a'), service('b'), service('c')]));
    tally.note(traceOf('e'.repeat(32), [service('d')]));
    expect(tally.count).toBe(2);
  });
});
