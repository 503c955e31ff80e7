import { describe, expect, it } from 'vitest';
import { parseAttributeConditions, traceFilter, withinMax } from '../src/trace/traceSearch.js';

const form = { service: '', operation: '', minMs: '', maxMs: '', errorsOnly: false, attributes: '' };
const between = { startTime: '2024-05-01T11:00:00Z', endTime: '2024-05-01T12:00:00Z' };

describe('trace search', () => {
  it('parses key=value conditions separated by & or new lines', () => {
    expect(parseAttributeConditions('http.method=GET & http.status_code = 500\nbad\n=x')).toEqual([
      { key: 'http.method', value: 'GET' },
      { key: 'http.status_code', value: '500' },
    ]);
    expect(parseAttributeConditions('url=/a?b=c')).toEqual([{ key: 'url', value: '/a?b=c' }]);
  });

  it('builds the TraceFilter from the form', () => {
    expect(traceFilter(form, between)).toEqual(between);
    expect(
      traceFilter(
        { ...form, service: 'cart', operation: 'GET /cart', minMs: '250', errorsOnly: true, attributes: 'a=1' },
        between,
      ),
    ).toEqual({
      ...between,
      service: 'cart',
      operation: 'GET /cart',
      minDurationMicros: 250_000,
      hasError: true,
      attributes: [{ key: 'a', value: '1' }],
    });
    expect(traceFilter({ ...form, minMs: 'abc' }, between)).toEqual(between);
  });

  it('applies the maximum duration to the answers', () => {
    expect(withinMax(1_500_000, { maxMs: '1000' })).toBe(false);
    expect(withinMax(900_000, { maxMs: '1000' })).toBe(true);
    expect(withinMax(9e12, { maxMs: '' })).toBe(true);
  });
});
