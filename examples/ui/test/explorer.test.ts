import { describe, expect, it } from 'vitest';
import {
  aggregationSelect,
  DEFAULT_DEFINITION,
  definitionFromParams,
  definitionParams,
  definitionProblem,
  definitionTitle,
  forView,
  groupArgs,
  isAggregation,
  viewFilter,
} from '../src/explorer/exploreDefinition.js';
import type { ExploreDefinition } from '../src/explorer/exploreDefinition.js';
import {
  chartGroups,
  groupRows,
  groupSeries,
  MAX_SERIES_ROWS,
  topGroupsFilter,
} from '../src/explorer/exploreSeries.js';
import { timeWindow } from '../src/state/timeRange.js';
import { SearchSyntaxError } from '../src/trace/searchExpression.js';

const column = (name: string, groupable: boolean, aggregatable: boolean) => ({ name, groupable, aggregatable });
const spanView = {
  hasAttributes: true,
  columns: [
    column('service_name', true, false),
    column('span_name', true, false),
    column('duration_micros', true, true),
    column('start_time', false, false),
  ],
};
const tierView = {
  hasAttributes: false,
  columns: [column('customer_tier', true, false), column('latency_ms', true, true), column('start_time', false, false)],
};
const p99: ExploreDefinition = {
  view: 'SPAN',
  where: 'service_name=cart AND http.route=/api*',
  groupBy: [{ column: 'service_name' }, { attribute: 'http.route' }],
  aggregation: 'p99',
  of: 'duration_micros',
  interval: 'none',
};

describe('explore definitions', () => {
  it('round-trip through the URL parameters, defaults left out', () => {
    const params = definitionParams(p99);
    expect(params).toEqual({
      view: 'SPAN',
      where: 'service_name=cart AND http.route=/api*',
      group: 'service_name,@http.route',
      agg: 'p99',
      of: 'duration_micros',
      interval: 'none',
    });
    const url = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
    expect(definitionFromParams(new URLSearchParams(url.toString()))).toEqual(p99);
    expect(definitionParams(DEFAULT_DEFINITION)).toEqual({
      view: 'API_TRACE',
      where: '',
      group: 'service_name',
      agg: '',
      of: '',
      interval: '',
    });
  });

  it('read a bare or odd URL: the default view and grouping; an unknown aggregation counts; an empty group is none', () => {
    expect(definitionFromParams(new URLSearchParams())).toEqual(DEFAULT_DEFINITION);
    expect(definitionFromParams(new URLSearchParams('view=TRACE'))).toEqual({
      ...DEFAULT_DEFINITION,
      view: 'TRACE',
      groupBy: [],
    });
    expect(definitionFromParams(new URLSearchParams('group=&agg=median&of=x'))).toMatchObject({
      groupBy: [],
      aggregation: 'count',
      of: '',
    });
    expect(definitionFromParams(new URLSearchParams('group=a,,@,@b'))).toMatchObject({
      groupBy: [{ column: 'a' }, { attribute: 'b' }],
    });
  });

  it('tell the aggregations offered apart', () => {
    for (const a of ['count', 'avg', 'sum', 'min', 'max', 'distinctCount', 'p0', 'p50', 'p99.9', 'p100']) {
      expect(isAggregation(a), a).toBe(true);
    }
    for (const a of ['median', 'p101', 'p', 'p-1', 'P99', 'p99.9999', '']) expect(isAggregation(a), a).toBe(false);
  });

  it('become explore arguments: the aggregation as "value", attributes named @key', () => {
    expect(aggregationSelect(p99)).toEqual({ key: 'duration_micros', aggregation: 'PERCENTILE', p: 99, as: 'value' });
    expect(aggregationSelect({ aggregation: 'count', of: '' })).toEqual({ aggregation: 'COUNT', as: 'value' });
    expect(aggregationSelect({ aggregation: 'distinctCount', of: 'x' })).toEqual({
      key: 'x',
      aggregation: 'DISTINCT_COUNT',
      as: 'value',
    });
    expect(aggregationSelect({ aggregation: 'p99.9', of: 'x' })).toMatchObject({ p: 99.9 });
    expect(groupArgs(p99)).toEqual([{ key: 'service_name' }, { attribute: 'http.route', as: '@http.route' }]);
    expect(definitionTitle(p99)).toBe(
      'p99 of duration_micros by service_name, @http.route where service_name=cart AND http.route=/api*, SPAN',
    );
  });

  it("compile conditions against the view's columns: a column by name, anything else an attribute", () => {
    expect(viewFilter(p99.where, spanView)).toEqual([
      { key: 'service_name', op: 'EQ', value: 'cart' },
      { attribute: 'http.route', op: 'STARTS_WITH', value: '/api' },
    ]);
    expect(viewFilter('duration_micros>=1000 OR NOT user.id', spanView)).toEqual([
      {
        anyOf: [
          { key: 'duration_micros', op: 'GE', value: '1000' },
          { attribute: 'user.id', op: 'EXISTS', not: true },
        ],
      },
    ]);
    expect(viewFilter('', spanView)).toEqual([]);
    expect(viewFilter('customer_tier=pro', tierView)).toEqual([{ key: 'customer_tier', op: 'EQ', value: 'pro' }]);
    expect(() => viewFilter('http.route=/', tierView)).toThrow(SearchSyntaxError);
    expect(() => viewFilter('http.route=/', tierView)).toThrow("'http.route' is not a column of this view");
    expect(() => viewFilter('service_name', spanView)).toThrow('give it a value');
    expect(() => viewFilter('a=1 AND', spanView)).toThrow(SearchSyntaxError);
  });

  it('say why a view cannot answer them', () => {
    expect(definitionProblem(p99, spanView)).toBeUndefined();
    expect(definitionProblem({ ...p99, of: '' }, spanView)).toBe('pick the column to aggregate (p99)');
    expect(definitionProblem({ ...p99, of: 'service_name' }, spanView)).toBe(
      "'service_name' is not a numeric column of this view",
    );
    expect(definitionProblem({ ...p99, groupBy: [{ column: 'start_time' }] }, spanView)).toBe(
      "'start_time' is not a column to group by in this view",
    );
    expect(definitionProblem({ ...DEFAULT_DEFINITION, groupBy: [{ attribute: 'a' }] }, tierView)).toBe(
      "this view has no attributes to group by ('a')",
    );
  });

  it('move to another view keeping what it has', () => {
    expect(forView(p99, 'tier_call_view', tierView)).toEqual({
      ...p99,
      view: 'tier_call_view',
      groupBy: [],
      of: 'latency_ms',
    });
    expect(forView({ ...p99, of: 'latency_ms' }, 'SPAN', spanView)).toMatchObject({ of: 'duration_micros' });
    expect(forView(p99, 'X', { hasAttributes: false, columns: [column('name', true, false)] })).toMatchObject({
      aggregation: 'count',
      of: '',
      groupBy: [],
    });
    expect(forView(DEFAULT_DEFINITION, 'SPAN', spanView)).toEqual({ ...DEFAULT_DEFINITION, view: 'SPAN' });
  });
});

describe('explore panels', () => {
  const w = {
    startTime: '2024-05-01T11:00:00Z',
    endTime: '2024-05-01T11:05:00Z',
    interval: { size: 1, unit: 'MINUTE' as const },
  };
  const rows = [
    { cells: [{ value: 'cart' }, { value: '/a' }, { value: '12' }] },
    { cells: [{ value: 'web' }, { value: '' }, { value: '' }] },
  ];

  it('read the table: group values, a label, the value (none for an empty cell)', () => {
    expect(groupRows(rows, 2)).toEqual([
      { groups: ['cart', '/a'], label: 'cart · /a', value: 12 },
      { groups: ['web', ''], label: 'web · (none)', value: null },
    ]);
    expect(groupRows([{ cells: [{ value: '7' }] }], 0)).toEqual([{ groups: [], label: 'all', value: 7 }]);
  });

  it('keep the top groups for the chart: a column equal, an attribute equal or absent', () => {
    const top = groupRows(rows, 2);
    expect(topGroupsFilter(p99.groupBy, top)).toEqual([
      {
        anyOf: [
          {
            allOf: [
              { key: 'service_name', op: 'EQ', value: 'cart' },
              { attribute: 'http.route', op: 'EQ', value: '/a' },
            ],
          },
          {
            allOf: [
              { key: 'service_name', op: 'EQ', value: 'web' },
              { attribute: 'http.route', op: 'EXISTS', not: true },
            ],
          },
        ],
      },
    ]);
    expect(
      topGroupsFilter([{ column: 'service_name' }], groupRows([{ cells: [{ value: 'cart' }, { value: '1' }] }], 1)),
    ).toEqual([{ anyOf: [{ key: 'service_name', op: 'EQ', value: 'cart' }] }]);
    expect(topGroupsFilter([], top)).toEqual([]);
  });

  it('chart as many groups as fit the series query', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    expect(chartGroups(timeWindow('1h', now))).toBe(8);
    expect(
      chartGroups({
        startTime: '2024-05-01T00:00:00Z',
        endTime: '2024-05-02T00:00:00Z',
        interval: { size: 30, unit: 'SECOND' },
      }),
    ).toBe(1);
    const many = {
      startTime: '2024-05-01T00:00:00Z',
      endTime: '2024-05-01T04:00:00Z',
      interval: { size: 1, unit: 'MINUTE' as const },
    };
    expect(chartGroups(many) * 241).toBeLessThanOrEqual(MAX_SERIES_ROWS);
  });

  it('draw a series per group over every bucket: 0 for counts, gaps for percentiles', () => {
    const series = [
      { intervalStart: '2024-05-01T11:01:00Z', cells: [{ value: 'cart' }, { value: '3' }] },
      { intervalStart: '2024-05-01T11:03:00Z', cells: [{ value: 'web' }, { value: '5' }] },
      { intervalStart: '2024-05-01T11:03:00Z', cells: [{ value: 'other' }, { value: '9' }] },
    ];
    const counts = groupSeries(w, series, 1, ['cart', 'web'], 'count');
    expect(counts.times).toHaveLength(5);
    expect(counts.series).toEqual([
      { label: 'cart', values: [0, 3, 0, 0, 0] },
      { label: 'web', values: [0, 0, 0, 5, 0] },
    ]);
    expect(groupSeries(w, series, 1, ['cart'], 'p99').series).toEqual([
      { label: 'cart', values: [null, 3, null, null, null] },
    ]);
    expect(groupSeries(w, [], 0, [], 'count')).toEqual({ times: counts.times, series: [] });
  });
});
