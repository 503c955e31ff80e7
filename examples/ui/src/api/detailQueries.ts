// The queries of the endpoint and backend detail pages (docs/graphql.md, page → query table), with their
// answers' types: the entity's numbers from `entities`, the rest from `explore` over the views.
import { ENTITY_FIELDS } from './queries.js';
import type { EdgeRow, EntityRow, LatencyPoint } from './queries.js';
import { EXPLORE_FIELDS } from './exploreRows.js';
import type { ExploreAnswer } from './exploreRows.js';

/** An entity with its latency percentiles per bucket (the detail pages' charts). */
export type EntityWithLatency = EntityRow & { readonly latencySeries: { readonly series: readonly LatencyPoint[] } };

/** Calls, errors, average and p99 latency of each group of calls (outputs `calls`, `errors`, `avg`, `p99`). */
const CALL_SELECT = `[{ aggregation: COUNT, as: "calls" }, { aggregation: SUM, key: "error_count", as: "errors" },
  { aggregation: AVG, key: "duration_micros", as: "avg" }, { aggregation: PERCENTILE, key: "duration_micros", p: 99, as: "p99" }]`;

const LATENCY_SERIES =
  'latencySeries: metric(key: "duration") { series(interval: $interval) { startTime p50 p95 p99 } }';

const THIS_API = '[{ key: "service_name", value: $service }, { key: "api_name", value: $api }]';

/**
 * One API (endpoint) of one service: its RED numbers and series, its slowest and its latest failed calls
 * (`raw_service_view`), who calls it and what it calls (`service_call_view`, per API).
 */
export const ENDPOINT_DETAIL_QUERY = `query EndpointDetail($between: TimeRange!, $interval: IntervalArg!, $service: String!, $api: String!) {
  api: entities(type: API, between: $between, filterBy: ${THIS_API}, limit: 1) {
    ${ENTITY_FIELDS}
    ${LATENCY_SERIES}
  }
  slowest: explore(context: "API_TRACE", between: $between, filterBy: ${THIS_API},
    select: [{ key: "trace_id" }, { key: "start_time" }, { key: "duration_micros" }, { key: "is_error" }, { key: "api_status_code" }],
    orderBy: [{ key: "duration_micros", direction: DESC }], limit: 10) { ${EXPLORE_FIELDS} }
  failed: explore(context: "API_TRACE", between: $between,
    filterBy: [{ key: "service_name", value: $service }, { key: "api_name", value: $api }, { key: "is_error", value: "true" }],
    select: [{ key: "trace_id" }, { key: "start_time" }, { key: "duration_micros" }, { key: "is_error" }, { key: "api_status_code" }],
    orderBy: [{ key: "start_time", direction: DESC }], limit: 10) { ${EXPLORE_FIELDS} }
  callers: explore(context: "service_call_view", between: $between,
    filterBy: [{ key: "callee_name", value: $service }, { key: "callee_api", value: $api }],
    groupBy: [{ key: "caller_service" }, { key: "caller_api" }], select: ${CALL_SELECT},
    orderBy: [{ key: "calls", direction: DESC }], limit: 50) { ${EXPLORE_FIELDS} }
  callees: explore(context: "service_call_view", between: $between,
    filterBy: [{ key: "caller_service", value: $service }, { key: "caller_api", value: $api }],
    groupBy: [{ key: "callee_type" }, { key: "callee_name" }, { key: "callee_api" }], select: ${CALL_SELECT},
    orderBy: [{ key: "calls", direction: DESC }], limit: 50) { ${EXPLORE_FIELDS} }
}`;

/** {@link ENDPOINT_DETAIL_QUERY}'s answer. */
export interface EndpointDetailData {
  readonly api: readonly EntityWithLatency[];
  readonly slowest: ExploreAnswer;
  readonly failed: ExploreAnswer;
  readonly callers: ExploreAnswer;
  readonly callees: ExploreAnswer;
}

const THIS_BACKEND = '[{ key: "backend_name", value: $backend }]';

/**
 * One backend: its RED numbers and series, its operations (statement type, command, method) per
 * destination, who calls it per service and API, and its slowest calls (`backend_entity_view`).
 */
export const BACKEND_DETAIL_QUERY = `query BackendDetail($between: TimeRange!, $interval: IntervalArg!, $backend: String!) {
  backend: entities(type: BACKEND, between: $between, filterBy: ${THIS_BACKEND}, limit: 1) {
    ${ENTITY_FIELDS}
    backendType
    ${LATENCY_SERIES}
    incomingEdges { type name calls errors avgLatencyMicros p99LatencyMicros }
  }
  operations: explore(context: "BACKEND_TRACE", between: $between, filterBy: ${THIS_BACKEND},
    groupBy: [{ key: "backend_operation" }, { key: "backend_destination" }], select: ${CALL_SELECT},
    orderBy: [{ key: "calls", direction: DESC }], limit: 50) { ${EXPLORE_FIELDS} }
  callers: explore(context: "BACKEND_TRACE", between: $between, filterBy: ${THIS_BACKEND},
    groupBy: [{ key: "caller_service" }, { key: "caller_api" }], select: ${CALL_SELECT},
    orderBy: [{ key: "calls", direction: DESC }], limit: 50) { ${EXPLORE_FIELDS} }
  slowest: explore(context: "BACKEND_TRACE", between: $between, filterBy: ${THIS_BACKEND},
    select: [{ key: "trace_id" }, { key: "start_time" }, { key: "duration_micros" }, { key: "error_count" },
      { key: "caller_service" }, { key: "backend_operation" }],
    orderBy: [{ key: "duration_micros", direction: DESC }], limit: 10) { ${EXPLORE_FIELDS} }
}`;

/** {@link BACKEND_DETAIL_QUERY}'s answer. */
export interface BackendDetailData {
  readonly backend: readonly (EntityWithLatency & {
    readonly backendType: string | null;
    readonly incomingEdges: readonly EdgeRow[];
  })[];
  readonly operations: ExploreAnswer;
  readonly callers: ExploreAnswer;
  readonly slowest: ExploreAnswer;
}
