import { describe, expect, it } from 'vitest';
import {
  attributeValue,
  bucket,
  column,
  computed,
  count,
  difference,
  gt,
  max,
  min,
  planQuery,
  ratio,
} from '../../src/index.js';
import type { Query } from '../../src/index.js';
import { fixtureSpanEventView } from '../../src/testing/index.js';

const view = 'fixture_span_event_view';
const tenantId = 'default';
const byService: Query = {
  view,
  tenantId,
  select: [column('service_name'), count('calls')],
  groupBy: ['service_name'],
  orderBy: [{ by: 'service_name' }],
};

describe('planQuery: the aggregation side', () => {
  it('gives computed columns their kind: int for integer arithmetic (datetimes too), float when dividing', () => {
    const outputs = planQuery(
      {
        view,
        tenantId,
        select: [
          count('calls'),
          count('errors'),
          min('start_time', 'first'),
          max('start_time', 'last'),
          ratio('errors', 'calls', 'r'),
          difference('last', 'first', 'spread'),
          computed({ op: 'mul', left: { output: 'calls' }, right: { number: 2.5 } }, 'scaled'),
        ],
      },
      fixtureSpanEventView,
    );
    expect(outputs.slice(4)).toEqual([
      { name: 'r', kind: 'float' },
      { name: 'spread', kind: 'int' },
      { name: 'scaled', kind: 'float' },
    ]);
  });

  it('an attribute value is a string output, grouped by its name', () => {
    const outputs = planQuery(
      {
        view,
        tenantId,
        select: [attributeValue('attribute_keys', 'attribute_values', 'http.method', 'method'), count('n')],
        groupBy: ['method'],
      },
      fixtureSpanEventView,
    );
    expect(outputs[0]).toEqual({ name: 'method', kind: 'string' });
  });

  const bad: [string, Query, RegExp][] = [
    [
      'a 5 s bucket',
      { view, tenantId, select: [bucket('start_time', 'second', 't', 5)] },
      /5 s wide: buckets are 10 s to 1 day/,
    ],
    ['a 2-day bucket', { view, tenantId, select: [bucket('start_time', 'day', 't', 2)] }, /buckets are 10 s to 1 day/],
    ['a fractional count', { view, tenantId, select: [bucket('start_time', 'minute', 't', 1.5)] }, /whole number/],
    [
      'an ungrouped attribute value',
      { view, tenantId, select: [attributeValue('attribute_keys', 'attribute_values', 'k', 'v'), count('n')] },
      /'v' must be in groupBy/,
    ],
    [
      'an attribute value of scalar columns',
      { view, tenantId, select: [attributeValue('service_name', 'span_name', 'k', 'v')] },
      /string-array columns, 'service_name'/,
    ],
    ['a ratio of an unknown output', { view, tenantId, select: [count('n'), ratio('n', 'nope', 'r')] }, /reads 'nope'/],
    [
      'a computed column over a computed one',
      { view, tenantId, select: [count('n'), ratio('n', 'n', 'r'), ratio('r', 'n', 'rr')] },
      /reads 'r'/,
    ],
    [
      'a computed column over a string',
      { ...byService, select: [...byService.select, ratio('calls', 'service_name', 'r')] },
      /needs numbers, 'service_name' is string/,
    ],
    [
      'a non-finite constant',
      {
        view,
        tenantId,
        select: [count('n'), computed({ op: 'add', left: { output: 'n' }, right: { number: Infinity } }, 'x')],
      },
      /not a finite number/,
    ],
    [
      'having without aggregation',
      { view, tenantId, select: [column('span_name')], having: [gt('span_name', 'a')] },
      /aggregates or groups/,
    ],
    ['having on a non-output', { ...byService, having: [gt('nope', 1)] }, /having 'nope' is not an output/],
    ['having of the wrong kind', { ...byService, having: [gt('calls', 'x')] }, /cannot compare with x/],
    ['offset without limit', { ...byService, offset: 3 }, /offset needs a limit/],
    ['a negative offset', { ...byService, limit: 3, offset: -1 }, /offset must be/],
    ['a cursor without order', { ...byService, orderBy: [], after: ['a'] }, /one value per orderBy key/],
    ['a cursor of the wrong length', { ...byService, after: ['a', 'b'] }, /one value per orderBy key \(1\), got 2/],
    [
      'a cursor over rows ordered without their key',
      { view, tenantId, select: [column('trace_id'), column('span_id')], orderBy: [{ by: 'trace_id' }], after: ['x'] },
      /'tenant_id' \(a view key column\) must be selected and in orderBy/,
    ],
  ];
  for (const [what, query, message] of bad) {
    it(`refuses ${what}`, () => {
      expect(() => planQuery(query, fixtureSpanEventView)).toThrow(message);
    });
  }
});
