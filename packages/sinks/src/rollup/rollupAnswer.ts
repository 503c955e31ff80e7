import { isDeepStrictEqual } from 'node:util';
import { isHtError } from '@ht/stream-core';
import { bucketMicros } from '../query/buildAggregation.js';
import { outputName } from '../query/planQuery.js';
import type { Filter, OrderBy, Query, Selection } from '../query/Query.js';
import type { QueryOptions } from '../query/QueryOptions.js';
import type { QueryRow, QueryValue } from '../query/QueryResult.js';
import type { ViewStore } from '../store/ViewStore.js';
import type { RollupDefinition, RollupRange } from './defineRollup.js';
import { MINUTE_MICROS } from './defineRollup.js';
import { filterColumns } from './rollupReadShape.js';

const DAY_MICROS = 1440 * MINUTE_MICROS;
/** The levels a rollup's quantile state gives (`p50`, `p95`, `p99`). */
const LEVELS: Readonly<Record<string, 'p50' | 'p95' | 'p99'>> = { '0.5': 'p50', '0.95': 'p95', '0.99': 'p99' };

/**
 * A query a rollup answers: the rollup read to make and how its rows become the query's rows (the same
 * output names, in the same order, with the values of the same kinds).
 *
 * @example
 * ```ts
 * const plan = planRollupAnswer(query, builtinRollups);
 * const rows = plan ? plan.rows(await store.queryRollup(plan.rollup.name, plan.range)) : await store.query(query);
 * ```
 */
export interface RollupAnswerPlan {
  readonly rollup: RollupDefinition;
  readonly range: RollupRange;
  /** The query's rows from the rollup read's rows. */
  rows(rollupRows: readonly QueryRow[]): QueryRow[];
}

/** How one output of the query is read from a rollup row. */
type Source = { readonly from: string; readonly as: 'int' | 'float' | 'same' } | { readonly avg: true };

const sameFilters = (a: readonly Filter[] | undefined, b: readonly Filter[]): boolean => isDeepStrictEqual(a ?? [], b);

function timeBound(f: Filter, time: string): { from?: number; to?: number } | undefined {
  if (!('column' in f) || f.column !== time || !('value' in f)) return undefined;
  const v = typeof f.value === 'bigint' ? Number(f.value) : f.value;
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) return undefined;
  switch (f.op) {
    case 'ge':
      return { from: v };
    case 'gt':
      return { from: v + 1 };
    case 'lt':
      return { to: v };
    case 'le':
      return { to: v + 1 };
    default:
      return undefined;
  }
}

/** The rollup measure answering an aggregate, if any. */
function measureOf(rollup: RollupDefinition, s: Selection): Source | undefined {
  if (s.kind !== 'aggregate') return undefined;
  const onDuration = s.column === rollup.durationColumn && (s.where === undefined || s.where.length === 0);
  const durationKind = rollup.view.columns[rollup.durationColumn]!.type.startsWith('float') ? 'float' : 'int';
  switch (s.fn) {
    case 'count':
      if (sameFilters(s.where, [])) return { from: 'calls', as: 'int' };
      return sameFilters(s.where, rollup.errors) ? { from: 'errors', as: 'int' } : undefined;
    case 'sum':
      return onDuration ? { from: 'duration_sum', as: durationKind } : undefined;
    case 'min':
      return onDuration ? { from: 'duration_min', as: durationKind } : undefined;
    case 'max':
      return onDuration ? { from: 'duration_max', as: durationKind } : undefined;
    case 'avg':
      return onDuration ? { avg: true } : undefined;
    case 'quantile':
    case 'approxQuantile': {
      const level = s.p === undefined ? undefined : LEVELS[String(s.p)];
      return onDuration && level !== undefined ? { from: level, as: 'float' } : undefined;
    }
    default:
      return undefined;
  }
}

function convert(value: QueryValue | undefined, as: 'int' | 'float' | 'same'): QueryValue {
  if (as === 'same' || value === undefined) return value ?? '';
  const n = Number(value);
  return as === 'int' && Number.isFinite(n) ? Math.round(n) : n;
}

/** Plans `query` on one rollup; `undefined` when that rollup cannot answer it exactly. */
function planOn(query: Query, rollup: RollupDefinition): RollupAnswerPlan | undefined {
  const { view } = rollup;
  const time = view.timeColumn;
  if (query.view !== view.name || query.having?.length || query.after !== undefined || query.dedup === false)
    return undefined;
  // Filters: the time range, the query's own tenant, the entity columns, and the rollup's `where` (each
  // exactly as the rollup states it, all of them present).
  let from: number | undefined;
  let to: number | undefined;
  const entityFilters: Filter[] = [];
  const where = query.where ?? [];
  if (!rollup.where.every((w) => where.some((f) => isDeepStrictEqual(f, w)))) return undefined;
  for (const f of where) {
    if (rollup.where.some((w) => isDeepStrictEqual(f, w))) continue;
    if (isDeepStrictEqual(f, { op: 'eq', column: 'tenant_id', value: query.tenantId })) continue;
    const bound = timeBound(f, time);
    if (bound) {
      if (bound.from !== undefined) from = Math.max(from ?? bound.from, bound.from);
      if (bound.to !== undefined) to = Math.min(to ?? bound.to, bound.to);
      continue;
    }
    const columns = filterColumns(f);
    if (columns === undefined || columns.length === 0 || columns.some((c) => !rollup.entity.includes(c)))
      return undefined;
    entityFilters.push(f);
  }
  if (from === undefined || to === undefined) return undefined;
  // Outputs: entity columns (grouped), one time bucket of whole minutes (grouped), rollup measures.
  const groupBy = query.groupBy ?? [];
  const sources = new Map<string, Source>();
  const entityGroups: string[] = [];
  let bucket: { name: string; micros: number } | undefined;
  for (const s of query.select) {
    const name = outputName(s);
    if (s.kind === 'column') {
      if (!rollup.entity.includes(s.column) || !groupBy.includes(s.column)) return undefined;
      sources.set(name, { from: s.column, as: 'same' });
    } else if (s.kind === 'bucket') {
      const micros = bucketMicros(s.unit, s.count ?? 1);
      if (s.column !== time || bucket || micros % MINUTE_MICROS !== 0 || micros > DAY_MICROS) return undefined;
      if (!groupBy.includes(name)) return undefined;
      bucket = { name, micros };
      sources.set(name, { from: 'bucket', as: 'int' });
    } else {
      const source = measureOf(rollup, s);
      if (source === undefined) return undefined;
      sources.set(name, source);
    }
  }
  if (sources.size !== query.select.length) return undefined; // two outputs of one name: the base view decides
  for (const g of groupBy) {
    if (bucket?.name === g) continue;
    if (!rollup.entity.includes(g)) return undefined;
    if (!entityGroups.includes(g)) entityGroups.push(g);
  }
  // The sort, on the rollup read's outputs (an average is not one of them: the base view sorts by it).
  const orderBy: OrderBy[] = [];
  for (const o of query.orderBy ?? []) {
    const source = sources.get(o.by);
    if (source === undefined || 'avg' in source) return undefined;
    orderBy.push({ by: source.from, direction: o.direction ?? 'asc' });
  }
  const range: RollupRange = {
    tenantId: query.tenantId,
    fromMicros: from,
    toMicros: Math.max(from, to),
    groupBy: entityGroups,
    ...(bucket ? { bucketMicros: bucket.micros } : {}),
    ...(entityFilters.length > 0 ? { entityFilters } : {}),
    ...(orderBy.length > 0 ? { orderBy } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
    ...(query.offset !== undefined ? { offset: query.offset } : {}),
  };
  const outputs = query.select.map((s) => [outputName(s), sources.get(outputName(s))!] as const);
  return {
    rollup,
    range,
    rows: (rollupRows) =>
      rollupRows.map((r) =>
        Object.fromEntries(
          outputs.map(([name, source]) => {
            if ('avg' in source) return [name, Number(r['duration_sum']) / Number(r['calls'])];
            return [name, convert(r[source.from], source.as)];
          }),
        ),
      ),
  };
}

/**
 * The rollup that answers `query` exactly, and how (like a materialized-view rewrite), or `undefined`:
 * then the base view answers it. A rollup answers when
 *
 * - the query reads the rollup's view, deduplicated (`dedup` not `false`), with no `having` and no `after`;
 * - its filters are a time range on the view's time column (a lower and an upper bound, `ge`/`gt` and
 *   `lt`/`le`), `tenant_id` equal to the query's tenant, filters whose every column is an entity column of
 *   the rollup (comparisons, `in`, string matches, and/or/not of them), and each filter of the rollup's
 *   own `where`, exactly as the rollup states it (all of them must be there);
 * - it groups by entity columns only (any subset, or none) and at most one time bucket of the time column
 *   that is a whole number of minutes (1 minute to 1 day);
 * - every output is a grouped entity column, that bucket, or a measure the rollup holds: `count` (calls),
 *   `count` with exactly the rollup's `errors` filters (errors), `sum`/`min`/`max`/`avg` of the duration
 *   column, or `quantile`/`approxQuantile` of it at 0.5, 0.95 or 0.99; no aggregate with its own `where`;
 * - it is not sorted by an `avg` output.
 *
 * Counts, sums, minimums and maximums equal the base view's; averages up to float rounding; quantiles are
 * the rollup's (docs/stores.md, "Answering queries from rollups": exact up to 8192 values per group on
 * ClickHouse, a sample of 8192 beyond). The first rollup of `rollups` that answers is used.
 *
 * @example
 * ```ts
 * const plan = planRollupAnswer(query, builtinRollupsFor(views));
 * const rows = plan ? plan.rows(await store.queryRollup(plan.rollup.name, plan.range)) : await store.query(query);
 * ```
 */
export function planRollupAnswer(query: Query, rollups: readonly RollupDefinition[]): RollupAnswerPlan | undefined {
  for (const rollup of rollups) {
    const plan = planOn(query, rollup);
    if (plan) return plan;
  }
  return undefined;
}

/**
 * A query's rows and what answered them: the rollup's name, or `undefined` for the base view.
 *
 * @example
 * ```ts
 * const { rows, rollup } = await queryPreferringRollups(store, query, builtinRollups);
 * ```
 */
export interface AnsweredQuery {
  readonly rows: QueryRow[];
  readonly rollup?: string;
}

/**
 * Runs `query` from the first of `rollups` that answers it exactly ({@link planRollupAnswer}), else on its
 * view; also on its view when the store does not know that rollup (`ensureRollups` was not called with it
 * on this store). `options` bound either read.
 *
 * @example
 * ```ts
 * const { rows, rollup } = await queryPreferringRollups(store, query, builtinRollupsFor(views), { timeoutMs: 5_000 });
 * console.log(rollup ?? query.view, rows.length);
 * ```
 */
export async function queryPreferringRollups(
  store: Pick<ViewStore, 'query' | 'queryRollup'>,
  query: Query,
  rollups: readonly RollupDefinition[],
  options: QueryOptions = {},
): Promise<AnsweredQuery> {
  const plan = planRollupAnswer(query, rollups);
  if (plan) {
    try {
      return {
        rows: plan.rows(await store.queryRollup(plan.rollup.name, plan.range, options)),
        rollup: plan.rollup.name,
      };
    } catch (error) {
      if (!isHtError(error, 'LIFECYCLE')) throw error;
    }
  }
  return { rows: await store.query(query, options) };
}
