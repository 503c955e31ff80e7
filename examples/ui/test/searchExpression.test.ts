import { describe, expect, it } from 'vitest';
import {
  completionAt,
  parseSearch,
  quoteValue,
  searchFilter,
  SearchSyntaxError,
} from '../src/trace/searchExpression.js';

describe('the trace search box', () => {
  it('keeps the old key=value & key=value form (all on one span)', () => {
    expect(searchFilter('http.method=GET & http.status_code = 500\nurl=/a?b=c')).toEqual([
      { attribute: 'http.method', op: 'EQ', value: 'GET' },
      { attribute: 'http.status_code', op: 'EQ', value: '500' },
      { attribute: 'url', op: 'EQ', value: '/a?b=c' },
    ]);
    expect(searchFilter('   ')).toEqual([]);
  });

  it('reads AND, OR, NOT and parentheses, AND before OR', () => {
    expect(parseSearch('a=1 OR b=2 AND NOT c')).toEqual({
      kind: 'or',
      items: [
        { kind: 'condition', key: 'a', op: '=', value: '1' },
        {
          kind: 'and',
          items: [
            { kind: 'condition', key: 'b', op: '=', value: '2' },
            { kind: 'not', item: { kind: 'condition', key: 'c' } },
          ],
        },
      ],
    });
    expect(searchFilter('(a=1 | a=2) !b a>=3')).toEqual([
      {
        anyOf: [
          { attribute: 'a', op: 'EQ', value: '1' },
          { attribute: 'a', op: 'EQ', value: '2' },
        ],
      },
      { attribute: 'b', op: 'EXISTS', not: true },
      { attribute: 'a', op: 'GE', value: '3' },
    ]);
    expect(searchFilter('not (a<1 or a>9)')).toEqual([
      {
        not: true,
        anyOf: [
          { attribute: 'a', op: 'LT', value: '1' },
          { attribute: 'a', op: 'GT', value: '9' },
        ],
      },
    ]);
    expect(searchFilter('NOT NOT a')).toEqual([{ attribute: 'a', op: 'EXISTS' }]);
  });

  it('turns wildcards into the narrowest match, escaping LIKE characters', () => {
    expect(searchFilter('r=/cart*')).toEqual([{ attribute: 'r', op: 'STARTS_WITH', value: '/cart' }]);
    expect(searchFilter('r=*.png')).toEqual([{ attribute: 'r', op: 'ENDS_WITH', value: '.png' }]);
    expect(searchFilter('r=*cart*')).toEqual([{ attribute: 'r', op: 'CONTAINS', value: 'cart' }]);
    expect(searchFilter('r=/c*r*x_%')).toEqual([{ attribute: 'r', op: 'LIKE', value: '/c%r%x\\_\\%' }]);
    expect(searchFilter('r!=/cart*')).toEqual([
      {
        allOf: [
          { attribute: 'r', op: 'EXISTS' },
          { attribute: 'r', op: 'STARTS_WITH', value: '/cart', not: true },
        ],
      },
    ]);
    expect(searchFilter('m~ERR')).toEqual([{ attribute: 'm', op: 'CONTAINS', value: 'ERR' }]);
  });

  it('maps service, operation and api to columns, and reads quoted values', () => {
    expect(searchFilter('service=checkout OR operation="POST /checkout" api!=x*')).toEqual([
      {
        anyOf: [
          { key: 'service_name', op: 'EQ', value: 'checkout' },
          {
            allOf: [
              { key: 'span_name', op: 'EQ', value: 'POST /checkout' },
              { key: 'api_name', op: 'STARTS_WITH', value: 'x', not: true },
            ],
          },
        ],
      },
    ]);
    expect(searchFilter('k="a \\"b\\" \\\\"')).toEqual([{ attribute: 'k', op: 'EQ', value: 'a "b" \\' }]);
    expect(searchFilter('k=""')).toEqual([{ attribute: 'k', op: 'EQ', value: '' }]);
  });

  it('says what is wrong and where', () => {
    const error = (text: string): SearchSyntaxError => {
      try {
        searchFilter(text);
      } catch (e) {
        if (e instanceof SearchSyntaxError) return e;
        throw e;
      }
      throw new Error(`no error for ${text}`);
    };
    expect(error('a=1 AND').message).toBe('a condition is missing at the end');
    expect(error('a=').message).toContain("expected a value after 'a='");
    expect(error('(a=1').message).toContain("the '(' at 1 is not closed");
    expect(error('a="x').at).toBe(2);
    expect(error('a=1 )').message).toBe("unexpected ')'");
    expect(error('service').message).toContain('give it a value');
    expect(error('()').message).toBe('empty parentheses');
  });

  it('tells a key from a value at the caret, for the suggestions', () => {
    expect(completionAt('', 0)).toEqual({ kind: 'key', prefix: '', from: 0, to: 0 });
    expect(completionAt('a=1 AND http.req', 16)).toEqual({ kind: 'key', prefix: 'http.req', from: 8, to: 16 });
    expect(completionAt('a=1 AND http.request.method=G', 12)).toEqual({
      kind: 'key',
      prefix: 'http',
      from: 8,
      to: 27,
    });
    expect(completionAt('http.route=/ca', 14)).toEqual({
      kind: 'value',
      key: 'http.route',
      prefix: '/ca',
      from: 11,
      to: 14,
    });
    expect(completionAt('(!db.system != pos', 18)).toEqual({
      kind: 'value',
      key: 'db.system',
      prefix: 'pos',
      from: 15,
      to: 18,
    });
    expect(completionAt('op="POST /ch', 12)).toEqual({ kind: 'value', key: 'op', prefix: 'POST /ch', from: 3, to: 12 });
    expect(completionAt('op="POST" ', 9)).toBeUndefined();
    expect(completionAt('a=1 ', 4)).toEqual({ kind: 'key', prefix: '', from: 4, to: 4 });
    expect(completionAt('a=1 OR', 6)).toBeUndefined();
  });

  it('quotes a value only when it must', () => {
    expect(quoteValue('GET')).toBe('GET');
    expect(quoteValue('POST /checkout')).toBe('"POST /checkout"');
    expect(quoteValue('a"b')).toBe('"a\\"b"');
    expect(quoteValue('')).toBe('""');
  });
});
