// From explore's answers to what a panel draws: the table of groups (first query), the filter that keeps
// the top groups for the chart (second query), and one series per group over every bucket of the range.

import type { FilterEntry } from '../trace/searchExpression.js';
import { fillBuckets } from '../state/timeRange.js';
import type { TimeWindow } from '../state/timeRange.js';
import type { ExploreDefinition } from './exploreDefinition.js';

/** The most groups a chart draws (the table lists more). */
export const MAX_CHART_GROUPS = 8;
/** The most rows the chart's query may ask for (explore's `limit`; the complexity limit stays far). */
export const MAX_SERIES_ROWS = 800;
/** The most groups the table lists. */
export const TABLE_ROWS = 50;

/** An explore row as the panel's queries ask for it: the group values, then the aggregation's. */
export interface PanelRow {
  readonly intervalStart?: string | null;
  readonly cells: readonly { readonly value: string }[];
}

/** One row of the panel's table: its group values and its number (null: none, e.g. an average of no rows). */
export interface GroupRow {
  readonly groups: readonly string[];
  readonly label: string;
  readonly value: number | null;
}

/** How a group's values read in a legend or a table: joined by ` · `, an empty one as `(none)`. */
export function groupLabel(values: readonly string[]): string {
  return values.length === 0 ? 'all' : values.map((v) => (v === '' ? '(none)' : v)).join(' · ');
}

function number(text: string | undefined): number | null {
  if (text === undefined || text === '' || text === 'NaN') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * The table's rows of an answer whose cells are the `groupCount` group values then the value.
 *
 * @example
 * ```ts
 * groupRows([{ cells: [{ value: 'cart' }, { value: '12' }] }], 1); // [{ groups: ['cart'], label: 'cart', value: 12 }]
 * ```
 */
export function groupRows(rows: readonly PanelRow[], groupCount: number): GroupRow[] {
  return rows.map((row) => {
    const groups = row.cells.slice(0, groupCount).map((c) => c.value);
    return { groups, label: groupLabel(groups), value: number(row.cells[groupCount]?.value) };
  });
}

/** A bool column's cell reads `true`/`false`, as filterBy takes it; other values as they are. */
function groupCondition(key: ExploreDefinition['groupBy'][number], value: string): FilterEntry {
  if ('column' in key) return { key: key.column, op: 'EQ', value };
  // A row without the attribute groups under '': "absent" is what matches it.
  return value === ''
    ? { attribute: key.attribute, op: 'EXISTS', not: true }
    : { attribute: key.attribute, op: 'EQ', value };
}

/**
 * The filter keeping the chart's groups (the table's first ones): none without a group key.
 *
 * @example
 * ```ts
 * topGroupsFilter([{ column: 'service_name' }], [{ groups: ['cart'], … }, { groups: ['frontend'], … }]);
 * // [{ anyOf: [{ key: 'service_name', op: 'EQ', value: 'cart' }, { key: 'service_name', op: 'EQ', value: 'frontend' }] }]
 * ```
 */
export function topGroupsFilter(groupBy: ExploreDefinition['groupBy'], top: readonly GroupRow[]): FilterEntry[] {
  if (groupBy.length === 0 || top.length === 0) return [];
  const each = top.map((row): FilterEntry => {
    const conditions = groupBy.map((key, i) => groupCondition(key, row.groups[i] ?? ''));
    return conditions.length === 1 ? (conditions[0] as FilterEntry) : { allOf: conditions };
  });
  return [{ anyOf: each }];
}

const UNIT_MS = { SECOND: 1_000, MINUTE: 60_000, HOUR: 3_600_000 } as const;

/**
 * How many groups the chart can draw over the window within {@link MAX_SERIES_ROWS} rows (one per bucket
 * and group), at most {@link MAX_CHART_GROUPS}, at least 1.
 *
 * @example
 * ```ts
 * chartGroups(timeWindow('1h', Date.now())); // 8 (62 one-minute buckets)
 * ```
 */
export function chartGroups(w: Pick<TimeWindow, 'startTime' | 'endTime' | 'interval'>): number {
  const step = w.interval.size * UNIT_MS[w.interval.unit];
  const buckets = Math.ceil((Date.parse(w.endTime) - Date.parse(w.startTime)) / step) + 1;
  return Math.max(1, Math.min(MAX_CHART_GROUPS, Math.floor(MAX_SERIES_ROWS / buckets)));
}

/**
 * One series per group of `groups` (in their order) over every bucket of the window: a bucket without rows
 * is 0 for counts and sums, a gap (null) for the other aggregations.
 *
 * @example
 * ```ts
 * const { times, series } = groupSeries(window, rows, 1, top.map((r) => r.label), 'count');
 * ```
 */
export function groupSeries(
  w: Pick<TimeWindow, 'startTime' | 'endTime' | 'interval'>,
  rows: readonly PanelRow[],
  groupCount: number,
  groups: readonly string[],
  aggregation: ExploreDefinition['aggregation'],
): { times: string[]; series: { label: string; values: (number | null)[] }[] } {
  const zero = aggregation === 'count' || aggregation === 'sum' || aggregation === 'distinctCount';
  const points = new Map<string, [string, number][]>(groups.map((g) => [g, []]));
  for (const row of rows) {
    const label = groupLabel(row.cells.slice(0, groupCount).map((c) => c.value));
    const value = number(row.cells[groupCount]?.value);
    if (row.intervalStart && value !== null) points.get(label)?.push([row.intervalStart, value]);
  }
  let times: string[] = [];
  const series = groups.map((label) => {
    const filled = fillBuckets(w, points.get(label) ?? [], zero ? 0 : null);
    times = filled.times;
    return { label, values: filled.values };
  });
  if (groups.length === 0) times = fillBuckets(w, []).times;
  return { times, series };
}
