import { describe, expect, it } from 'vitest';
import { SearchSyntaxError } from '../src/trace/searchExpression.js';
import { traceFilter, withinMax } from '../src/trace/traceSearch.js';

const form = { service: '', operation: '', minMs: '', maxMs: '', errorsOnly: false, attributes: '' };
const between = { startTime: '2024-05-01T11:00:00Z', endTime: '2024-05-01T12:00:00Z' };

describe('trace search', () => {
  it('builds the TraceFilter from the form', () => {
    expect(traceFilter(form, between)).toEqual(between);
    expect(
      traceFilter(
        {
          ...form,
          service: 'cart',
          operation: 'GET /cart',
          minMs: '250',
          maxMs: '1000',
          errorsOnly: true,
          attributes: 'a=1 OR b',
        },
        between,
      ),
    ).toEqual({
      ...between,
      service: 'cart',
      operation: 'GET /cart',
      minDurationMicros: 250_000,
      maxDurationMicros: 1_000_000,
      hasError: true,
      spanFilter: [
        {
          anyOf: [
            { attribute: 'a', op: 'EQ', value: '1' },
            { attribute: 'b', op: 'EXISTS' },
          ],
        },
      ],
    });
    expect(traceFilter({ ...form, minMs: 'abc' }, between)).toEqual(between);
    expect(() => traceFilter({ ...form, attributes: 'a=' }, between)).toThrow(SearchSyntaxError);
  });

  it('applies the maximum duration to the answers', () => {
    expect(withinMax(1_500_000, { maxMs: '1000' })).toBe(false);
    expect(withinMax(900_000, { maxMs: '1000' })).toBe(true);
    expect(withinMax(9e12, { maxMs: '' })).toBe(true);
  });
});
