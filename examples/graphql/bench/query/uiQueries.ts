/**
 * The queries the UI needs (docs/graphql.md, "What each UI page asks"), for `pnpm bench:query`: each as
 * the store answers it (the query model, `traceRows`, `queryRollup`) and as GraphQL asks it.
 */
import { builtinViews } from '@ht/enricher-sdk/builtins';
import {
  attributeEq,
  bucket,
  builtinRollupsFor,
  column,
  count,
  eq,
  ge,
  gt,
  lt,
  min,
  quantile,
  queryPreferringRollups,
  sum,
} from '@ht/sinks';
import type { Filter, Query, ViewStore } from '@ht/sinks';

/** A time range of the bench, unix µs, end-exclusive. */
export interface BenchRange {
  readonly label: '1h' | '24h';
  readonly fromMicros: number;
  readonly toMicros: number;
}

/** What the queries look for: values present in the seeded data. */
export interface QueryTargets {
  readonly tenantId: string;
  /** Trace ids of the last hour, cycled over the runs. */
  readonly traceIds: readonly string[];
  /** `app.user.id` values of users seen in the last hour, cycled over the runs. */
  readonly userIds: readonly string[];
}

/** One store query of the bench: `run(i)` answers the i-th run. */
export interface StoreCase {
  readonly name: string;
  readonly range: string;
  /** ClickHouse's base-view form of a rollup query (the "without rollups" figure). */
  readonly noRollups?: boolean;
  /** A variant measured for comparison (no goal applies). */
  readonly variant?: boolean;
  run(store: ViewStore, i: number): Promise<unknown>;
}

/** One GraphQL query of the bench. */
export interface GraphQLCase {
  readonly name: string;
  readonly range: string;
  body(i: number): { query: string; variables: Record<string, unknown> };
}

const within = (r: BenchRange) => [ge('start_time', r.fromMicros), lt('start_time', r.toMicros)];
const iso = (micros: number): string => new Date(micros / 1000).toISOString();
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

/** The service list with RED from raw_service_view (what `service_red_1m` holds per minute). */
export function serviceRedQuery(t: QueryTargets, r: BenchRange): Query {
  return {
    view: 'raw_service_view',
    tenantId: t.tenantId,
    select: [
      column('service_name'),
      count('calls'),
      count('errors', [eq('is_error', true)]),
      sum('duration_micros', 'duration_sum'),
      quantile('duration_micros', 0.5, 'p50'),
      quantile('duration_micros', 0.99, 'p99'),
    ],
    where: within(r),
    groupBy: ['service_name'],
    orderBy: [{ by: 'service_name' }],
  };
}

/** The service map's edges with RED from service_call_view (what `service_call_red_1m` holds). */
export function edgeRedQuery(t: QueryTargets, r: BenchRange): Query {
  return {
    view: 'service_call_view',
    tenantId: t.tenantId,
    select: [
      column('caller_service'),
      column('callee_name'),
      column('callee_type'),
      count('calls'),
      count('errors', [gt('error_count', 0)]),
      sum('duration_micros', 'duration_sum'),
      quantile('duration_micros', 0.99, 'p99'),
    ],
    where: within(r),
    groupBy: ['caller_service', 'callee_name', 'callee_type'],
    orderBy: [{ by: 'caller_service' }, { by: 'callee_name' }],
  };
}

/**
 * A trace search as GraphQL's `traces` makes it (its candidate step): the trace ids with a span matching
 * `where` in the range, newest first, 20. Read without deduplication (no FINAL on ClickHouse): a replayed
 * span not merged yet changes neither the ids nor their first start.
 */
export function traceSearch(t: QueryTargets, r: BenchRange, where: Filter[]): Query {
  return {
    view: 'span_event_view',
    tenantId: t.tenantId,
    select: [column('trace_id'), min('start_time', 'first')],
    where: [...where, ...within(r)],
    groupBy: ['trace_id'],
    orderBy: [{ by: 'first', direction: 'desc' }, { by: 'trace_id' }],
    limit: 20,
    dedup: false,
  };
}

/**
 * The explore group-by as GraphQL's `explore` makes it (`context: "API_TRACE"`, per service, API and
 * 5-minute / 1-hour bucket: calls and p99), limit 900.
 */
export function exploreQuery(t: QueryTargets, r: BenchRange): Query {
  return {
    view: 'raw_service_view',
    tenantId: t.tenantId,
    select: [
      bucket('start_time', 'minute', 'interval', r.label === '1h' ? 5 : 60),
      column('service_name'),
      column('api_name'),
      count('calls'),
      quantile('duration_micros', 0.99, 'p99'),
    ],
    where: within(r),
    groupBy: ['interval', 'service_name', 'api_name'],
    orderBy: [{ by: 'interval' }, { by: 'service_name' }, { by: 'api_name' }],
    limit: 900,
  };
}

/** The bench's store queries over a range (trace by id only with the 1 h range: it has none). */
export function storeCases(t: QueryTargets, r: BenchRange, rebuiltRollups: boolean): StoreCase[] {
  const rollup = { tenantId: t.tenantId, fromMicros: r.fromMicros, toMicros: r.toMicros };
  const cases: StoreCase[] = [
    { name: 'service list (RED)', range: r.label, run: (s) => s.queryRollup('service_red_1m', rollup) },
    { name: 'service map edges', range: r.label, run: (s) => s.queryRollup('service_call_red_1m', rollup) },
    {
      name: 'trace search (service, operation, duration)',
      range: r.label,
      run: (s) =>
        s.query(
          traceSearch(t, r, [
            eq('service_name', 'frontend'),
            eq('span_name', 'POST /checkout'),
            gt('duration_micros', 100_000),
          ]),
        ),
    },
    {
      name: 'search by attribute',
      range: r.label,
      run: (s, i) =>
        s.query(
          traceSearch(t, r, [attributeEq('attribute_keys', 'attribute_values', 'app.user.id', pick(t.userIds, i))]),
        ),
    },
    {
      // As explore answers it: from api_red_1m where rollups are rebuilt (GraphQL's default), else the view.
      name: 'explore group-by (API, interval)',
      range: r.label,
      run: (s) => queryPreferringRollups(s, exploreQuery(t, r), rebuiltRollups ? builtinRollupsFor(builtinViews) : []),
    },
  ];
  if (r.label === '1h')
    cases.unshift({
      name: 'trace by id',
      range: 'any',
      run: (s, i) => s.traceRows('span_event_view', t.tenantId, pick(t.traceIds, i)),
    });
  if (rebuiltRollups)
    cases.push(
      { name: 'service list (RED)', range: r.label, noRollups: true, run: (s) => s.query(serviceRedQuery(t, r)) },
      { name: 'service map edges', range: r.label, noRollups: true, run: (s) => s.query(edgeRedQuery(t, r)) },
      {
        name: 'explore group-by (API, interval)',
        range: r.label,
        noRollups: true,
        run: (s) => s.query(exploreQuery(t, r)),
      },
      {
        name: 'search by attribute, FINAL',
        range: r.label,
        variant: true,
        run: (s, i) =>
          s.query({
            ...traceSearch(t, r, [
              attributeEq('attribute_keys', 'attribute_values', 'app.user.id', pick(t.userIds, i)),
            ]),
            dedup: true,
          }),
      },
    );
  return cases;
}

/** The same UI needs as GraphQL asks them (docs/graphql.md's page → query table). */
export function graphqlCases(t: QueryTargets, r: BenchRange): GraphQLCase[] {
  const between = { startTime: iso(r.fromMicros), endTime: iso(r.toMicros) };
  const cases: GraphQLCase[] = [
    {
      name: 'service list (RED)',
      range: r.label,
      body: () => ({
        query:
          'query($s: String!, $e: String!) { services(startTime: $s, endTime: $e) { name calls errors p50Micros p99Micros } }',
        variables: { s: between.startTime, e: between.endTime },
      }),
    },
    {
      name: 'service map edges',
      range: r.label,
      body: () => ({
        query:
          'query($b: TimeRange!) { entities(type: SERVICE, between: $b) { name outgoingEdges { type name calls errors avgLatencyMicros p99LatencyMicros } } }',
        variables: { b: between },
      }),
    },
    {
      name: 'trace search (service, operation, duration)',
      range: r.label,
      body: () => ({
        query:
          'query($f: TraceFilter!) { traces(filter: $f, limit: 20) { traceId rootService rootOperation startTime durationMicros spanCount errorCount } }',
        variables: {
          f: { ...between, service: 'frontend', operation: 'POST /checkout', minDurationMicros: 100_000 },
        },
      }),
    },
    {
      name: 'search by attribute',
      range: r.label,
      body: (i) => ({
        query:
          'query($f: TraceFilter!) { traces(filter: $f, limit: 20) { traceId rootService rootOperation startTime durationMicros spanCount errorCount } }',
        variables: { f: { ...between, attributes: [{ key: 'app.user.id', value: pick(t.userIds, i) }] } },
      }),
    },
    {
      name: 'explore group-by (API, interval)',
      range: r.label,
      body: () => ({
        query: `query($b: TimeRange!) { explore(context: "API_TRACE", between: $b,
          select: [{ aggregation: COUNT, as: "calls" }, { key: "duration_micros", aggregation: PERCENTILE, p: 99 }],
          groupBy: [{ key: "service_name" }, { key: "api_name" }], interval: { size: ${r.label === '1h' ? 5 : 60}, unit: MINUTE },
          limit: 900) { rows { intervalStart cells { name value } } } }`,
        variables: { b: between },
      }),
    },
  ];
  if (r.label === '1h')
    cases.unshift({
      name: 'trace by id',
      range: 'any',
      body: (i) => ({
        query: `query($id: String!) { trace(traceId: $id) { traceId spans { spanId parentSpanId serviceName name startTime
          durationMicros clientAttributes { key value } enrichedAttributes { key value } resource { key value }
          links { traceId spanId } events { name message } } } }`,
        variables: { id: pick(t.traceIds, i) },
      }),
    });
  return cases;
}
