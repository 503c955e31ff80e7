// What the explorer asks: a view, conditions, group keys, one aggregation and an interval. The same
// definition is the explorer's URL state and a dashboard panel (dashboards.ts validates it).

import { parseSearch, SearchSyntaxError, compileSearchNode } from '../trace/searchExpression.js';
import type { FilterEntry } from '../trace/searchExpression.js';

/** A group key: a column of the view, or an attribute (views with attribute_keys / attribute_values). */
export type GroupKey = { readonly column: string } | { readonly attribute: string };

/** The aggregations the explorer offers (`explore`'s, `p50`…`p99.9` for PERCENTILE). */
export type AggregationChoice = 'count' | 'avg' | 'sum' | 'min' | 'max' | 'distinctCount' | `p${number}`;

/** The explorer's question. */
export interface ExploreDefinition {
  /** An `explore` context: a built-in one (`API_TRACE`, …) or a view's name. */
  readonly view: string;
  /** Conditions in the trace search's language (`service=cart AND http.route=/api*`), '' for none. */
  readonly where: string;
  readonly groupBy: readonly GroupKey[];
  readonly aggregation: AggregationChoice;
  /** The aggregated column ('' for count). */
  readonly of: string;
  /** `auto`: the time range's buckets (a chart per group); `none`: totals only. */
  readonly interval: 'auto' | 'none';
}

/** The aggregations offered, in the picker's order, with their labels. */
export const AGGREGATIONS: readonly { readonly value: AggregationChoice; readonly label: string }[] = [
  { value: 'count', label: 'count' },
  { value: 'avg', label: 'average' },
  { value: 'sum', label: 'sum' },
  { value: 'min', label: 'min' },
  { value: 'max', label: 'max' },
  { value: 'p50', label: 'p50' },
  { value: 'p90', label: 'p90' },
  { value: 'p95', label: 'p95' },
  { value: 'p99', label: 'p99' },
  { value: 'distinctCount', label: 'distinct count' },
];

/** The definition the explorer opens with. */
export const DEFAULT_DEFINITION: ExploreDefinition = {
  view: 'API_TRACE',
  where: '',
  groupBy: [{ column: 'service_name' }],
  aggregation: 'count',
  of: '',
  interval: 'auto',
};

const PERCENTILE = /^p(\d{1,2}(?:\.\d{1,3})?|100)$/;

/**
 * Whether a text is an aggregation the explorer offers (`p` with a level 0-100 for a percentile).
 *
 * @example
 * ```ts
 * isAggregation('p99'); // true
 * isAggregation('median'); // false
 * ```
 */
export function isAggregation(value: string): value is AggregationChoice {
  if (['count', 'avg', 'sum', 'min', 'max', 'distinctCount'].includes(value)) return true;
  const m = PERCENTILE.exec(value);
  return m !== null && Number(m[1]) <= 100;
}

/** A group key as the URL writes it: the column's name, or `@` and the attribute's key. */
export function groupKeyText(key: GroupKey): string {
  return 'column' in key ? key.column : `@${key.attribute}`;
}

/** The group key a URL item names (see {@link groupKeyText}). */
export function parseGroupKey(text: string): GroupKey {
  return text.startsWith('@') ? { attribute: text.slice(1) } : { column: text };
}

/**
 * The explorer's URL parameters of a definition (`view`, `where`, `group` — comma separated —, `agg`, `of`,
 * `interval`); defaults are left out.
 *
 * @example
 * ```ts
 * definitionParams({ ...DEFAULT_DEFINITION, aggregation: 'p99', of: 'duration_micros' });
 * // { view: 'API_TRACE', where: '', group: 'service_name', agg: 'p99', of: 'duration_micros', interval: '' }
 * ```
 */
export function definitionParams(d: ExploreDefinition): Record<string, string> {
  return {
    view: d.view,
    where: d.where,
    group: d.groupBy.map(groupKeyText).join(','),
    agg: d.aggregation === 'count' ? '' : d.aggregation,
    of: d.aggregation === 'count' ? '' : d.of,
    interval: d.interval === 'auto' ? '' : d.interval,
  };
}

/**
 * The definition the URL holds; a missing parameter takes the default (no `view`: the default view with its
 * default grouping), an unknown aggregation counts.
 *
 * @example
 * ```ts
 * definitionFromParams(new URLSearchParams('view=SPAN&group=service_name,@http.route&agg=p99&of=duration_micros'));
 * ```
 */
export function definitionFromParams(params: URLSearchParams): ExploreDefinition {
  const view = params.get('view') ?? '';
  const agg = params.get('agg') ?? '';
  const group = params.get('group');
  const aggregation = isAggregation(agg) ? agg : 'count';
  return {
    view: view || DEFAULT_DEFINITION.view,
    where: params.get('where') ?? '',
    groupBy:
      group === null
        ? view
          ? []
          : DEFAULT_DEFINITION.groupBy
        : group
            .split(',')
            .filter((g) => g !== '' && g !== '@')
            .map(parseGroupKey),
    aggregation,
    of: aggregation === 'count' ? '' : (params.get('of') ?? ''),
    interval: params.get('interval') === 'none' ? 'none' : 'auto',
  };
}

/** What the explorer knows of a view's columns (from the `catalog` query). */
export interface ViewColumns {
  readonly columns: readonly { readonly name: string }[];
  readonly hasAttributes: boolean;
}

/**
 * The condition text as `filterBy` entries for a view: a key naming one of its columns is the column
 * (`key`), any other key an attribute (a view without attributes refuses it). Throws a `SearchSyntaxError`
 * for text it cannot read.
 *
 * @example
 * ```ts
 * viewFilter('service_name=cart http.route=/api*', spanView);
 * // [{ key: 'service_name', op: 'EQ', value: 'cart' }, { attribute: 'http.route', op: 'STARTS_WITH', value: '/api' }]
 * ```
 */
export function viewFilter(text: string, view: ViewColumns): FilterEntry[] {
  const names = new Set(view.columns.map((c) => c.name));
  const columnOf = (key: string): string | undefined => {
    if (names.has(key)) return key;
    if (!view.hasAttributes) {
      throw new SearchSyntaxError(`'${key}' is not a column of this view (and it has no attributes)`, 0);
    }
    return undefined;
  };
  const node = parseSearch(text);
  if (!node) return [];
  const items = node.kind === 'and' ? node.items : [node];
  return items.map((item) => compileSearchNode(item, columnOf));
}

/** The name `explore` gives the aggregated output. */
export const VALUE = 'value';

/**
 * The `select` entry of a definition's aggregation.
 *
 * @example
 * ```ts
 * aggregationSelect({ ...DEFAULT_DEFINITION, aggregation: 'p99', of: 'duration_micros' });
 * // { key: 'duration_micros', aggregation: 'PERCENTILE', p: 99, as: 'value' }
 * ```
 */
export function aggregationSelect(d: Pick<ExploreDefinition, 'aggregation' | 'of'>): Record<string, unknown> {
  if (d.aggregation === 'count') return { aggregation: 'COUNT', as: VALUE };
  const percentile = PERCENTILE.exec(d.aggregation);
  if (percentile) return { key: d.of, aggregation: 'PERCENTILE', p: Number(percentile[1]), as: VALUE };
  const names: Record<string, string> = {
    avg: 'AVG',
    sum: 'SUM',
    min: 'MIN',
    max: 'MAX',
    distinctCount: 'DISTINCT_COUNT',
  };
  return { key: d.of, aggregation: names[d.aggregation], as: VALUE };
}

/** The `groupBy` entries of a definition (each output named by its URL text). */
export function groupArgs(d: Pick<ExploreDefinition, 'groupBy'>): Record<string, string>[] {
  return d.groupBy.map((g): Record<string, string> =>
    'column' in g ? { key: g.column } : { attribute: g.attribute, as: `@${g.attribute}` },
  );
}

/**
 * A short title of a definition: `p99 of duration_micros by service_name, API_TRACE`.
 *
 * @example
 * ```ts
 * definitionTitle(DEFAULT_DEFINITION); // 'count by service_name, API_TRACE'
 * ```
 */
export function definitionTitle(d: ExploreDefinition): string {
  const what = d.aggregation === 'count' ? 'count' : `${d.aggregation} of ${d.of || '?'}`;
  const by = d.groupBy.length > 0 ? ` by ${d.groupBy.map(groupKeyText).join(', ')}` : '';
  const where = d.where ? ` where ${d.where}` : '';
  return `${what}${by}${where}, ${d.view}`;
}

/**
 * Why a definition cannot be asked of a view, or `undefined` when it can: the aggregated column must be one
 * the catalog says is aggregatable, each group column one it says is groupable, attributes only where the
 * view has them.
 *
 * @example
 * ```ts
 * definitionProblem({ ...DEFAULT_DEFINITION, aggregation: 'avg', of: '' }, view); // 'pick the column to average'
 * ```
 */
export function definitionProblem(
  d: ExploreDefinition,
  view: {
    readonly columns: readonly { readonly name: string; readonly groupable: boolean; readonly aggregatable: boolean }[];
    readonly hasAttributes: boolean;
  },
): string | undefined {
  const column = (name: string) => view.columns.find((c) => c.name === name);
  if (d.aggregation !== 'count') {
    if (!d.of) return `pick the column to aggregate (${d.aggregation})`;
    if (!column(d.of)?.aggregatable) return `'${d.of}' is not a numeric column of this view`;
  }
  for (const g of d.groupBy) {
    if ('column' in g && !column(g.column)?.groupable) return `'${g.column}' is not a column to group by in this view`;
    if ('attribute' in g && !view.hasAttributes) return `this view has no attributes to group by ('${g.attribute}')`;
  }
  return undefined;
}

/**
 * The definition moved to another view: the group columns that view can group by kept (attributes where it
 * has them), the aggregated column kept when it has it, else its `duration_micros` or first number column,
 * else a count.
 *
 * @example
 * ```ts
 * forView({ ...DEFAULT_DEFINITION, aggregation: 'p99', of: 'duration_micros' }, 'SPAN', spanView);
 * ```
 */
export function forView(
  d: ExploreDefinition,
  context: string,
  view: {
    readonly columns: readonly { readonly name: string; readonly groupable: boolean; readonly aggregatable: boolean }[];
    readonly hasAttributes: boolean;
  },
): ExploreDefinition {
  const has = (name: string, what: 'groupable' | 'aggregatable'): boolean =>
    view.columns.some((c) => c.name === name && c[what]);
  const groupBy = d.groupBy.filter((g) => ('column' in g ? has(g.column, 'groupable') : view.hasAttributes));
  if (d.aggregation === 'count' || has(d.of, 'aggregatable')) return { ...d, view: context, groupBy };
  const of = has('duration_micros', 'aggregatable')
    ? 'duration_micros'
    : (view.columns.find((c) => c.aggregatable)?.name ?? '');
  return of ? { ...d, view: context, groupBy, of } : { ...d, view: context, groupBy, aggregation: 'count', of: '' };
}
