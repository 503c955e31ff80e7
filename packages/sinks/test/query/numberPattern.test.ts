import { ATTRIBUTE_NUMBER_PATTERN } from '@ht/enricher-sdk/builtins';
import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN } from '../../src/query/FilterOps.js';

describe('NUMBER_PATTERN', () => {
  // span_event_view 0.3.0 keeps in its dedicated columns only enriched values that attribute comparisons
  // never read as numbers (heldByColumn), so its readers need no column side for a numeric comparison.
  it('is the pattern span_event_view decides its held values by', () => {
    expect(ATTRIBUTE_NUMBER_PATTERN).toBe(NUMBER_PATTERN);
  });
});
