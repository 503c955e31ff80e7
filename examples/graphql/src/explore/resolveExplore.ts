import type { ViewDefinition } from '@ht/enricher-sdk';
import {
  attributeValue,
  bucket,
  bucketMicros,
  column,
  count,
  ge,
  lt,
  planQuery,
  queryPreferringRollups,
} from '@ht/sinks';
import type { OrderBy, QueryRow, Selection, TimeUnit } from '@ht/sinks';
import { GraphQLError } from 'graphql';
import { metricSelection, ratePerUnit } from '../entities/metricSelection.js';
import type { AggregationName } from '../entities/metricSelection.js';
import type { IntervalInput } from '../entities/seriesLoader.js';
import type { QueryContext } from '../query/QueryContext.js';
import { buildFilters } from '../query/buildFilters.js';
import type { FilterArg } from '../query/filterArg.js';
import { scopeToTenant, storeError } from '../query/runStoreQuery.js';
import type { UnscopedQuery } from '../query/runStoreQuery.js';
import { checkLimit, checkOffset, timeRange } from '../query/timeRange.js';
import { formatTimeMicros } from '../query/timeText.js';
import { BUILTIN_CONTEXTS, contextView } from './exploreContexts.js';

/**
 * The arguments of `explore`.
 *
 * @example
 * ```ts
 * const args: ExploreArgs = { context: 'API_TRACE', between, select: [{ aggregation: 'COUNT' }], groupBy: [{ key: 'service_name' }] };
 * ```
 */
export interface ExploreArgs {
  readonly context: string;
  readonly between: { readonly startTime: string; readonly endTime: string };
  readonly select: readonly {
    readonly key?: string | null;
    readonly attribute?: string | null;
    readonly aggregation?: AggregationName | null;
    readonly p?: number | null;
    readonly per?: 'SECOND' | 'MINUTE' | null;
    readonly as?: string | null;
  }[];
  readonly filterBy?: readonly FilterArg[] | null;
  readonly groupBy?:
    readonly { readonly key?: string | null; readonly attribute?: string | null; readonly as?: string | null }[] | null;
  readonly interval?: IntervalInput | null;
  readonly orderBy?: readonly { readonly key: string; readonly direction?: 'ASC' | 'DESC' | null }[] | null;
  readonly limit?: number | null;
  readonly offset?: number | null;
}

/**
 * One cell of an explore row.
 *
 * @example
 * ```ts
 * const cell: CellObject = { name: 'calls', value: '12', number: 12, values: null };
 * ```
 */
export interface CellObject {
  readonly name: string;
  readonly value: string;
  readonly number: number | null;
  readonly values: readonly string[] | null;
}

/**
 * The answer of `explore`: its columns (name and kind) and rows.
 *
 * @example
 * ```ts
 * const result: ExploreResultObject = { columns: [{ name: 'calls', kind: 'int' }], rows: [] };
 * ```
 */
export interface ExploreResultObject {
  readonly columns: readonly { readonly name: string; readonly kind: string }[];
  /** What answered: the rollup's name (e.g. `api_red_1m`), or the context's view. */
  readonly answeredFrom: string;
  readonly rows: readonly { readonly intervalStart: string | null; readonly cells: readonly CellObject[] }[];
}

const INTERVAL = '__interval';
const bad = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function attributeColumns(view: ViewDefinition, attribute: string): void {
  if (!Object.hasOwn(view.columns, 'attribute_keys') || !Object.hasOwn(view.columns, 'attribute_values')) {
    throw bad(`${view.name} has no attributes (attribute_keys, attribute_values): '${attribute.slice(0, 80)}'`);
  }
}

function cellOf(name: string, kind: string, value: QueryRow[string] | undefined): CellObject {
  if (Array.isArray(value))
    return { name, value: JSON.stringify(value.map(String)), number: null, values: value.map(String) };
  if (kind === 'datetime')
    return { name, value: formatTimeMicros(value as number), number: Number(value), values: null };
  if (typeof value === 'number' || typeof value === 'bigint') {
    const n = Number(value);
    return { name, value: String(value), number: Number.isFinite(n) ? n : null, values: null };
  }
  return { name, value: String(value ?? ''), number: null, values: null };
}

/**
 * `explore(context, between, select, filterBy, groupBy, interval, orderBy, limit, offset)`: one query-model
 * query over the context's view, in the request's tenant and range: `select` outputs (columns, attributes,
 * aggregations), grouped by `groupBy` (columns or attributes) and the interval's buckets, ordered by
 * outputs. Any view the store serves works, user views included, with no code here. A rollup of
 * `context.rollups` answers instead of the view when it can answer exactly (`queryPreferringRollups`, rule
 * in docs/graphql.md); `answeredFrom` says which did.
 *
 * @example
 * ```ts
 * await resolveExplore(context, { context: 'SPAN', between, select: [{ aggregation: 'COUNT', as: 'spans' }], groupBy: [{ key: 'service_name' }] });
 * ```
 */
export async function resolveExplore(context: QueryContext, args: ExploreArgs): Promise<ExploreResultObject> {
  // A name not known yet may be a view created since the catalog was read: read it again first.
  if (!Object.hasOwn(BUILTIN_CONTEXTS, args.context) && !context.catalog.has(args.context)) {
    await context.catalog.refresh(0);
  }
  const view = context.catalog.view(contextView(args.context, context.catalog));
  if (!Object.hasOwn(view.columns, 'tenant_id'))
    throw bad(`${view.name} has no tenant_id column: it cannot be queried per tenant`);
  const range = timeRange(args.between, context.limits);
  if (view.timeColumn === '') throw bad(`${view.name} has no time column`);
  const select: Selection[] = [];
  const groupBy: string[] = [];
  const rates: { name: string; per: 'SECOND' | 'MINUTE' }[] = [];
  const hidden = new Set<string>();
  if (args.interval) {
    select.push(
      bucket(view.timeColumn, args.interval.unit.toLowerCase() as TimeUnit, INTERVAL, args.interval.size ?? 1),
    );
    groupBy.push(INTERVAL);
    hidden.add(INTERVAL);
  }
  for (const g of args.groupBy ?? []) {
    if (g.attribute != null) {
      attributeColumns(view, g.attribute);
      const as = g.as ?? g.attribute;
      select.push(attributeValue('attribute_keys', 'attribute_values', g.attribute, as));
      groupBy.push(as);
    } else if (g.key != null) {
      select.push(column(g.key, g.as ?? g.key));
      groupBy.push(g.key); // the query model groups a column by its name, whatever it is output as
    } else throw bad('a groupBy entry names a key (column) or an attribute');
  }
  for (const s of args.select) {
    const aggregation = s.aggregation;
    if (aggregation == null) {
      if (s.attribute != null) {
        attributeColumns(view, s.attribute);
        select.push(attributeValue('attribute_keys', 'attribute_values', s.attribute, s.as ?? s.attribute));
      } else if (s.key != null) select.push(column(s.key, s.as ?? s.key));
      else throw bad('a select entry names a key, an attribute or an aggregation');
      continue;
    }
    if (aggregation === 'COUNT' && s.key == null) {
      select.push(count(s.as ?? 'count'));
      continue;
    }
    if (s.key == null) throw bad(`${aggregation} needs a key (a numeric column)`);
    const prefix = aggregation === 'PERCENTILE' ? `p${s.p ?? ''}` : aggregation.toLowerCase();
    const as = s.as ?? `${prefix}_${s.key}`;
    select.push(metricSelection(view, [], s.key, aggregation, s.p, as));
    if (aggregation === 'AVG_RATE') rates.push({ name: as, per: s.per ?? 'SECOND' });
  }
  const orderBy: OrderBy[] = (args.orderBy ?? []).map((o) => ({
    by: o.key,
    direction: o.direction === 'DESC' ? 'desc' : 'asc',
  }));
  if (args.interval && !orderBy.some((o) => o.by === INTERVAL)) orderBy.unshift({ by: INTERVAL });
  const query: UnscopedQuery = {
    view: view.name,
    select,
    where: [
      ge(view.timeColumn, range.fromMicros),
      lt(view.timeColumn, range.toMicros),
      ...buildFilters(view, args.filterBy),
    ],
    ...(groupBy.length > 0 ? { groupBy } : {}),
    ...(orderBy.length > 0 ? { orderBy } : {}),
    limit: checkLimit(args.limit ?? 100, context.limits),
    offset: checkOffset(args.offset ?? 0),
  };
  const scoped = scopeToTenant(query, context.tenantId);
  let outputs: readonly { name: string; kind: string }[];
  let answer: Awaited<ReturnType<typeof queryPreferringRollups>>;
  try {
    outputs = planQuery(scoped, view);
    // From a rollup when one answers exactly (same outputs, same kinds), else from the view.
    answer = await queryPreferringRollups(context.store, scoped, context.rollups ?? [], {
      timeoutMs: context.limits.queryTimeoutMs,
      maxRows: context.limits.maxRows,
      ...(context.signal ? { signal: context.signal } : {}),
    });
  } catch (error) {
    throw storeError(error, context.limits);
  }
  const rows = answer.rows;
  const widthMicros = args.interval
    ? bucketMicros(args.interval.unit.toLowerCase() as TimeUnit, args.interval.size ?? 1)
    : range.toMicros - range.fromMicros;
  const columns = outputs.filter((o) => !hidden.has(o.name));
  return {
    answeredFrom: answer.rollup ?? view.name,
    columns: columns.map((o) => ({ name: o.name, kind: rates.some((r) => r.name === o.name) ? 'float' : o.kind })),
    rows: rows.map((row) => ({
      intervalStart: args.interval ? formatTimeMicros(row[INTERVAL] as number) : null,
      cells: columns.map((o) => {
        const rate = rates.find((r) => r.name === o.name);
        if (rate) {
          const n = Number(row[o.name]) / ratePerUnit(widthMicros, rate.per);
          return { name: o.name, value: String(n), number: n, values: null };
        }
        return cellOf(o.name, o.kind, row[o.name]);
      }),
    })),
  };
}
