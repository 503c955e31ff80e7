// The queries of each page, as docs/graphql.md's page → query table has them, with their answers' types.

/** A bucket of a count's series. */
export interface SeriesPoint {
  readonly startTime: string;
  readonly count: number;
}

/** A bucket of a latency series. */
export interface LatencyPoint {
  readonly startTime: string;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** One edge of the service map. */
export interface EdgeRow {
  readonly type: 'SERVICE' | 'API' | 'BACKEND';
  readonly name: string;
  readonly calls: number;
  readonly errors: number;
  readonly avgLatencyMicros: number;
  readonly p99LatencyMicros: number;
}

/** A service, API or backend with its RED numbers and series. */
export interface EntityRow {
  readonly name: string;
  readonly service?: string | null;
  readonly backendType?: string | null;
  readonly calls: { readonly count: number; readonly avgRate: number; readonly series: readonly SeriesPoint[] };
  readonly errors: { readonly count: number; readonly series: readonly SeriesPoint[] };
  readonly latency: { readonly p50: number; readonly p99: number; readonly avg: number };
}

/** The fields of an entity that {@link EntityRow} holds (spliced into the entity queries). */
export const ENTITY_FIELDS = `
  name
  calls: metric(key: "calls") { count avgRate(per: SECOND) series(interval: $interval) { startTime count } }
  errors: metric(key: "errors") { count series(interval: $interval) { startTime count } }
  latency: metric(key: "duration") { p50: percentile(p: 50) p99: percentile(p: 99) avg }`;

/** Services (or APIs, backends) with RED numbers and series, busiest first: the dashboard and the lists. */
export const ENTITIES_QUERY = `query Entities($type: EntityType!, $between: TimeRange!, $interval: IntervalArg!, $filterBy: [FilterArg!], $limit: Int) {
  entities(type: $type, between: $between, filterBy: $filterBy, orderBy: [{ key: "calls", direction: DESC }], limit: $limit) {
    ${ENTITY_FIELDS}
    service
    backendType
  }
}`;

/** {@link ENTITIES_QUERY}'s answer. */
export interface EntitiesData {
  readonly entities: readonly EntityRow[];
}

/** One service: its numbers over time, who it calls and who calls it; and its APIs. */
export const SERVICE_DETAIL_QUERY = `query ServiceDetail($between: TimeRange!, $interval: IntervalArg!, $service: String!) {
  service: entities(type: SERVICE, between: $between, filterBy: [{ key: "service_name", value: $service }], limit: 1) {
    ${ENTITY_FIELDS}
    latencySeries: metric(key: "duration") { series(interval: $interval) { startTime p50 p95 p99 } }
    incomingEdges { type name calls errors avgLatencyMicros p99LatencyMicros }
    outgoingEdges { type name calls errors avgLatencyMicros p99LatencyMicros }
  }
  apis: entities(type: API, between: $between, filterBy: [{ key: "service_name", value: $service }], orderBy: [{ key: "calls", direction: DESC }], limit: 100) {
    ${ENTITY_FIELDS}
  }
}`;

/** {@link SERVICE_DETAIL_QUERY}'s answer. */
export interface ServiceDetailData {
  readonly service: readonly (EntityRow & {
    readonly latencySeries: { readonly series: readonly LatencyPoint[] };
    readonly incomingEdges: readonly EdgeRow[];
    readonly outgoingEdges: readonly EdgeRow[];
  })[];
  readonly apis: readonly EntityRow[];
}

/** Every service and backend with its edges: the service map. */
export const MAP_QUERY = `query Map($between: TimeRange!) {
  services: entities(type: SERVICE, between: $between, limit: 200) {
    name
    calls: metric(key: "calls") { count }
    errors: metric(key: "errors") { count }
    outgoingEdges { type name calls errors avgLatencyMicros p99LatencyMicros }
  }
  backends: entities(type: BACKEND, between: $between, limit: 200) { name backendType }
}`;

/** {@link MAP_QUERY}'s answer. */
export interface MapData {
  readonly services: readonly {
    readonly name: string;
    readonly calls: { readonly count: number };
    readonly errors: { readonly count: number };
    readonly outgoingEdges: readonly EdgeRow[];
  }[];
  readonly backends: readonly { readonly name: string; readonly backendType: string | null }[];
}

/** Trace search (the contract's `traces`). */
export const TRACES_QUERY = `query Traces($filter: TraceFilter!, $limit: Int) {
  traces(filter: $filter, limit: $limit) { traceId rootService rootOperation startTime durationMicros spanCount errorCount }
}`;

/** A trace search result. */
export interface TraceSummaryRow {
  readonly traceId: string;
  readonly rootService: string;
  readonly rootOperation: string;
  readonly startTime: string;
  readonly durationMicros: number;
  readonly spanCount: number;
  readonly errorCount: number;
}

/** {@link TRACES_QUERY}'s answer. */
export interface TracesData {
  readonly traces: readonly TraceSummaryRow[];
}

/** A key and a value. */
export interface AttributeRow {
  readonly key: string;
  readonly value: string;
}

/**
 * A span as the trace page lays it out: its place in the tree, its timings and status (the trace's outline:
 * no attributes, events or links; {@link SpanDetails} has them).
 */
export interface SpanRow {
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly serviceName: string;
  readonly name: string;
  readonly kind: string;
  readonly startTime: string;
  readonly durationMicros: number;
  readonly statusCode: string;
  readonly apiName: string;
  readonly spanType: string;
  readonly protocol: string;
  readonly errorCount: number;
  /** The trace-stats enricher's `ht.span.critical_path` is true. */
  readonly onCriticalPath: boolean;
}

/** What the span panel adds to a {@link SpanRow}: its attributes told apart, its events and its links. */
export interface SpanDetails {
  readonly spanId: string;
  readonly clientAttributes: readonly AttributeRow[];
  readonly enrichedAttributes: readonly AttributeRow[];
  readonly resourceAttributes: readonly AttributeRow[];
  readonly events: readonly {
    readonly time: string;
    readonly name: string;
    readonly level: string;
    readonly message: string;
    readonly isException: boolean;
    readonly exceptionType: string;
    readonly exceptionMessage: string;
    readonly exceptionStacktrace: string;
  }[];
  /** The span's links (to a span of this trace or of another), in their order. */
  readonly links: readonly {
    readonly traceId: string;
    readonly spanId: string;
    readonly attributes: readonly AttributeRow[];
  }[];
}

/**
 * Every span of one trace without its attributes, events and links (`traceOutline`): what the trace page
 * and the comparison lay out, light enough for a 100,000-span trace.
 */
export const TRACE_OUTLINE_QUERY = `query TraceOutline($traceId: String!) {
  traceOutline(traceId: $traceId) {
    traceId
    spans { spanId parentSpanId serviceName name kind startTime durationMicros statusCode apiName spanType protocol errorCount onCriticalPath }
  }
}`;

/** {@link TRACE_OUTLINE_QUERY}'s answer. */
export interface TraceOutlineData {
  readonly traceOutline: { readonly traceId: string; readonly spans: readonly SpanRow[] } | null;
}

/** The selected span's attributes, events and links (`traceSpans`). */
export const SPAN_DETAILS_QUERY = `query SpanDetails($traceId: String!, $spanIds: [String!]!) {
  traceSpans(traceId: $traceId, spanIds: $spanIds) {
    spanId
    clientAttributes { key value } enrichedAttributes { key value } resourceAttributes { key value }
    events { time name level message isException exceptionType exceptionMessage exceptionStacktrace }
    links { traceId spanId attributes { key value } }
  }
}`;

/** {@link SPAN_DETAILS_QUERY}'s answer. */
export interface SpanDetailsData {
  readonly traceSpans: readonly SpanDetails[];
}

/** The ids of the trace's spans whose name, service or an attribute contains the text (`findInTrace`). */
export const FIND_IN_TRACE_QUERY = `query FindInTrace($traceId: String!, $text: String!) {
  findInTrace(traceId: $traceId, text: $text)
}`;

/** {@link FIND_IN_TRACE_QUERY}'s answer. */
export interface FindInTraceData {
  readonly findInTrace: readonly string[];
}

/** The names of the services and operations seen in the range, for the search form's suggestions. */
export const SEARCH_OPTIONS_QUERY = `query SearchOptions($between: TimeRange!) {
  entities(type: API, between: $between, limit: 1000) { name service }
}`;

/** {@link SEARCH_OPTIONS_QUERY}'s answer. */
export interface SearchOptionsData {
  readonly entities: readonly { readonly name: string; readonly service: string | null }[];
}

/**
 * The client attribute keys of the range's spans, for the search box's suggestions: the distinct key
 * sets (`attribute_keys` is sorted, so a set is one group) with their span counts.
 */
export const ATTRIBUTE_KEYS_QUERY = `query AttributeKeys($between: TimeRange!) {
  explore(context: "SPAN", between: $between, select: [{ aggregation: COUNT, as: "spans" }],
          groupBy: [{ key: "attribute_keys" }], orderBy: [{ key: "spans", direction: DESC }], limit: 500) {
    rows { cells { name value number values } }
  }
}`;

/** {@link ATTRIBUTE_KEYS_QUERY}'s answer. */
export interface AttributeKeysData {
  readonly explore: {
    readonly rows: readonly {
      readonly cells: readonly {
        readonly name: string;
        readonly value: string;
        readonly number: number | null;
        readonly values: readonly string[] | null;
      }[];
    }[];
  };
}

/** The commonest values of one attribute in the range (those starting with what is typed, when given). */
export const ATTRIBUTE_VALUES_QUERY = `query AttributeValues($between: TimeRange!, $key: String!, $filterBy: [FilterArg!]) {
  explore(context: "SPAN", between: $between, select: [{ aggregation: COUNT, as: "spans" }],
          groupBy: [{ attribute: $key, as: "value" }], filterBy: $filterBy,
          orderBy: [{ key: "spans", direction: DESC }], limit: 20) {
    rows { cells { name value number } }
  }
}`;

/** {@link ATTRIBUTE_VALUES_QUERY}'s answer. */
export interface AttributeValuesData {
  readonly explore: {
    readonly rows: readonly {
      readonly cells: readonly { readonly name: string; readonly value: string; readonly number: number | null }[];
    }[];
  };
}
