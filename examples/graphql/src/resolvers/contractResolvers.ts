import { column, count, difference, or, eq, ge, gt, isIn, le, lt, max, min, quantile, sum } from '@ht/sinks';
import type { CompareFilter, Filter } from '@ht/sinks';
import { GraphQLError } from 'graphql';
import type { QueryContext } from '../query/QueryContext.js';
import { runStoreQuery, storeError } from '../query/runStoreQuery.js';
import { attributeCondition, attributeConditionFilter } from '../query/attributeCondition.js';
import type { AttributeConditionArg } from '../query/attributeCondition.js';
import { buildFilters } from '../query/buildFilters.js';
import type { FilterArg } from '../query/filterArg.js';
import { checkLimit, checkOffset, timeRange } from '../query/timeRange.js';
import { formatTimeMicros } from '../query/timeText.js';
import { finite, num, text } from './rowValues.js';
import { spanObject } from './spanObject.js';
import type { SpanObject } from './spanObject.js';

/**
 * The contract's `TraceFilter` (docs/contracts.md).
 *
 * @example
 * ```ts
 * const filter: TraceFilterInput = { startTime: '2024-05-01T00:00:00Z', endTime: '2024-05-01T01:00:00Z', hasError: true };
 * ```
 */
export interface TraceFilterInput {
  readonly startTime: string;
  readonly endTime: string;
  readonly service?: string | null;
  readonly operation?: string | null;
  readonly minDurationMicros?: number | null;
  readonly hasError?: boolean | null;
  readonly attributes?: readonly { readonly key: string; readonly value: string }[] | null;
  /** All hold (on the same span as the other span conditions). */
  readonly attributeConditions?: readonly AttributeConditionArg[] | null;
  /** At least one holds (OR). */
  readonly anyAttributeConditions?: readonly AttributeConditionArg[] | null;
  /** `filterBy` entries on span_event_view (groups, matches, attributes) that hold on that same span. */
  readonly spanFilter?: readonly FilterArg[] | null;
  /** The merged trace lasts at most this long (µs). */
  readonly maxDurationMicros?: number | null;
  /** Skips this many traces of the answer (paging with `limit`). */
  readonly offset?: number | null;
}

/**
 * A `TraceSummary` of the contract.
 *
 * @example
 * ```ts
 * const s: TraceSummaryObject = { traceId: '…', rootService: 'frontend', rootOperation: 'GET /', startTime: '…', durationMicros: 1200, spanCount: 7, errorCount: 0 };
 * ```
 */
export interface TraceSummaryObject {
  readonly traceId: string;
  readonly rootService: string;
  readonly rootOperation: string;
  readonly startTime: string;
  readonly durationMicros: number;
  readonly spanCount: number;
  readonly errorCount: number;
}

const TRACE_ID = /^[0-9a-f]{1,32}$/;
/** How many candidate traces a span-level filter (service, operation, attributes) hands to the trace query. */
const CANDIDATES_PER_RESULT = 20;

/**
 * A `traceId` argument as the store keeps it: lowercase, left-padded to 32 hex digits; anything else is
 * refused with `BAD_USER_INPUT`.
 *
 * @example
 * ```ts
 * traceIdArgument('ABC'); // '00000000000000000000000000000abc'
 * ```
 */
export function traceIdArgument(traceId: string): string {
  const id = traceId.toLowerCase();
  if (!TRACE_ID.test(id)) {
    throw new GraphQLError(`traceId '${traceId.slice(0, 40)}' is not a trace id: 32 hex characters`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'traceId' },
    });
  }
  return id.padStart(32, '0');
}

/**
 * `trace(traceId)`: every span of the trace (all fragments) in the request's tenant, in time order; null
 * when the tenant has no such trace. Ids are lowercase hex; upper case is accepted.
 *
 * @example
 * ```ts
 * const trace = await traceById(context, '4bf92f3577b34da6a3ce929d0e0e4736');
 * ```
 */
export async function traceById(
  context: QueryContext,
  traceId: string,
): Promise<{ traceId: string; spans: SpanObject[] } | null> {
  const padded = traceIdArgument(traceId);
  const rows = await context.store.traceRows('span_event_view', context.tenantId, padded).catch((e: unknown) => {
    throw storeError(e, context.limits);
  });
  if (rows.length === 0) return null;
  return { traceId: padded, spans: rows.map(spanObject) };
}

/** The trace ids with a span matching the filter's span conditions, newest first (at most `limit`). */
async function candidateTraces(
  context: QueryContext,
  filter: TraceFilterInput,
  range: { fromMicros: number; toMicros: number },
  limit: number,
): Promise<string[] | undefined> {
  const where: Filter[] = [];
  if (filter.service != null) where.push(eq('service_name', filter.service));
  if (filter.operation != null) where.push(eq('span_name', filter.operation));
  for (const a of filter.attributes ?? []) where.push(attributeCondition(undefined, a.key, a.value));
  for (const c of filter.attributeConditions ?? []) where.push(attributeConditionFilter(c));
  if (filter.anyAttributeConditions != null && filter.anyAttributeConditions.length > 0)
    where.push(or(...filter.anyAttributeConditions.map(attributeConditionFilter)));
  if (filter.spanFilter != null)
    where.push(...buildFilters(context.catalog.view('span_event_view'), filter.spanFilter));
  if (where.length === 0) return undefined;
  const rows = await runStoreQuery(context, {
    view: 'span_event_view',
    select: [column('trace_id'), min('start_time', 'first')],
    where: [ge('start_time', range.fromMicros), lt('start_time', range.toMicros), ...where],
    groupBy: ['trace_id'],
    orderBy: [{ by: 'first', direction: 'desc' }, { by: 'trace_id' }],
    limit,
    // A replayed span not merged yet changes neither the ids nor their first start: no FINAL on
    // ClickHouse, which on 18.16 made this scan ~14x slower (docs/benchmarks.md, "query layer").
    dedup: false,
  });
  return rows.map((r) => text(r, 'trace_id'));
}

/**
 * `traces(filter, limit)`: the traces of the tenant with a fragment starting in the range, merged over
 * their fragments (`raw_trace_view`: span and error counts summed, first start to last end), newest first.
 * `service`, `operation`, `attributes`, the attribute conditions and `spanFilter` hold when one span of the
 * trace has them all; `minDurationMicros`, `maxDurationMicros` and `hasError` apply to the merged trace;
 * `offset` pages. The root is fragment 0's of the earliest session.
 *
 * @example
 * ```ts
 * const slow = await searchTraces(context, { startTime, endTime, minDurationMicros: 1_000_000 }, 20);
 * ```
 */
export async function searchTraces(
  context: QueryContext,
  filter: TraceFilterInput,
  limitArg: number,
): Promise<TraceSummaryObject[]> {
  const limit = checkLimit(limitArg, context.limits);
  const offset = checkOffset(filter.offset ?? 0);
  const range = timeRange(filter, context.limits);
  const candidates = await candidateTraces(
    context,
    filter,
    range,
    Math.min(context.limits.maxRows, (limit + offset) * CANDIDATES_PER_RESULT),
  );
  if (candidates?.length === 0) return [];
  const having: CompareFilter[] = [];
  if (filter.minDurationMicros != null) having.push(ge('duration', filter.minDurationMicros));
  if (filter.maxDurationMicros != null) having.push(le('duration', filter.maxDurationMicros));
  if (filter.hasError === true) having.push(gt('errors', 0));
  if (filter.hasError === false) having.push(eq('errors', 0));
  const rows = await runStoreQuery(context, {
    view: 'raw_trace_view',
    select: [
      column('trace_id'),
      min('start_time', 'first_start'),
      max('end_time', 'last_end'),
      difference('last_end', 'first_start', 'duration'),
      sum('span_count', 'spans'),
      sum('error_count', 'errors'),
    ],
    where: [
      ge('start_time', range.fromMicros),
      lt('start_time', range.toMicros),
      ...(candidates ? [isIn('trace_id', candidates)] : []),
    ],
    groupBy: ['trace_id'],
    having,
    orderBy: [{ by: 'first_start', direction: 'desc' }, { by: 'trace_id' }],
    limit,
    ...(offset > 0 ? { offset } : {}),
  });
  if (rows.length === 0) return [];
  const roots = await runStoreQuery(context, {
    view: 'raw_trace_view',
    select: [column('trace_id'), column('session'), column('root_service'), column('root_operation')],
    where: [
      eq('fragment', 0),
      isIn(
        'trace_id',
        rows.map((r) => text(r, 'trace_id')),
      ),
    ],
    orderBy: [{ by: 'trace_id' }, { by: 'session' }],
    dedup: false, // a duplicate root row names the same root
  });
  const rootOf = new Map<string, { service: string; operation: string }>();
  for (const r of roots) {
    const id = text(r, 'trace_id');
    if (!rootOf.has(id)) rootOf.set(id, { service: text(r, 'root_service'), operation: text(r, 'root_operation') });
  }
  return rows.map((r) => {
    const id = text(r, 'trace_id');
    const root = rootOf.get(id);
    return {
      traceId: id,
      rootService: root?.service ?? '',
      rootOperation: root?.operation ?? '',
      startTime: formatTimeMicros(num(r, 'first_start')),
      durationMicros: num(r, 'duration'),
      spanCount: num(r, 'spans'),
      errorCount: num(r, 'errors'),
    };
  });
}

/**
 * A `ServiceMetrics` of the contract.
 *
 * @example
 * ```ts
 * const m: ServiceMetricsObject = { name: 'cart', calls: 120, errors: 3, p50Micros: 800, p99Micros: 4200 };
 * ```
 */
export interface ServiceMetricsObject {
  readonly name: string;
  readonly calls: number;
  readonly errors: number;
  readonly p50Micros: number;
  readonly p99Micros: number;
}

/**
 * `services(startTime, endTime)`: every service with API visits in the range (`raw_service_view`, one row
 * per visit, as the built-in service rollup counts): calls, errors (the API's `is_error` verdict), p50 and
 * p99 of the visits' durations; by name.
 *
 * @example
 * ```ts
 * const services = await serviceMetrics(context, { startTime, endTime });
 * ```
 */
export async function serviceMetrics(
  context: QueryContext,
  between: { readonly startTime: string; readonly endTime: string },
): Promise<ServiceMetricsObject[]> {
  const range = timeRange(between, context.limits);
  const rows = await runStoreQuery(context, {
    view: 'raw_service_view',
    select: [
      column('service_name'),
      count('calls'),
      count('errors', [eq('is_error', true)]),
      quantile('duration_micros', 0.5, 'p50'),
      quantile('duration_micros', 0.99, 'p99'),
    ],
    where: [ge('start_time', range.fromMicros), lt('start_time', range.toMicros)],
    groupBy: ['service_name'],
    orderBy: [{ by: 'service_name' }],
  });
  return rows.map((r) => ({
    name: text(r, 'service_name'),
    calls: num(r, 'calls'),
    errors: num(r, 'errors'),
    p50Micros: finite(num(r, 'p50')),
    p99Micros: finite(num(r, 'p99')),
  }));
}
