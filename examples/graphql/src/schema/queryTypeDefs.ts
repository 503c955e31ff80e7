/**
 * The query API beyond the contract's minimum, modelled on Hypertrace's GraphQL: entities (services, APIs,
 * backends) with metrics, series and service-map edges; `explore` over any served view; span and log-event
 * search; richer spans. Documented, with examples, in docs/graphql.md.
 *
 * @example
 * ```ts
 * import { buildSchema } from 'graphql';
 * const schema = buildSchema([contractTypeDefs, queryTypeDefs].join('\n'));
 * ```
 */
export const queryTypeDefs = /* GraphQL */ `
  extend type Query {
    "Services, APIs or backends seen in the range, each with its metrics and service-map edges."
    entities(
      type: EntityType!
      between: TimeRange!
      filterBy: [FilterArg!]
      orderBy: [EntityOrderArg!]
      limit: Int = 100
      offset: Int = 0
    ): [Entity!]!
    """
    Any view, grouped and aggregated: context is a built-in name (SPAN, TRACE, API_TRACE, BACKEND_TRACE,
    LOG_EVENT) or the name of a served view.
    """
    explore(
      context: String!
      between: TimeRange!
      select: [SelectArg!]!
      filterBy: [FilterArg!]
      groupBy: [GroupArg!]
      interval: IntervalArg
      orderBy: [ExploreOrderArg!]
      limit: Int = 100
      offset: Int = 0
    ): ExploreResult!
    "Spans (span_event_view) in the range matching every filter, newest first unless ordered."
    spans(
      between: TimeRange!
      filterBy: [FilterArg!]
      orderBy: [ExploreOrderArg!]
      limit: Int = 50
      offset: Int = 0
    ): [Span!]!
    "Span events: logs and exceptions (log_event_view), newest first unless ordered."
    logEvents(
      between: TimeRange!
      filterBy: [FilterArg!]
      orderBy: [ExploreOrderArg!]
      limit: Int = 50
      offset: Int = 0
    ): [LogEvent!]!
  }

  "A time range, RFC 3339, end exclusive."
  input TimeRange {
    startTime: String!
    endTime: String!
  }

  enum EntityType {
    SERVICE
    API
    BACKEND
  }

  """
  A filterBy entry: a condition on a column (key) or an attribute of the view, an operator and a value as
  text (IN: values); or a group, anyOf (OR) or allOf (AND), of entries. Name one of key, attribute, anyOf,
  allOf. not negates the entry.
  """
  input FilterArg {
    key: String
    attribute: String
    op: FilterOp = EQ
    value: String
    values: [String!]
    "EQ, NEQ, IN and the string matches ignore the case of ASCII letters (string columns, attributes)."
    caseInsensitive: Boolean = false
    "Negates the condition or the group (NOT)."
    not: Boolean = false
    "At least one of these holds (OR)."
    anyOf: [FilterArg!]
    "All of these hold (AND)."
    allOf: [FilterArg!]
  }

  enum FilterOp {
    EQ
    NEQ
    LT
    LE
    GT
    GE
    IN
    "An array column holds the value; a string column or an attribute contains the text."
    CONTAINS
    STARTS_WITH
    ENDS_WITH
    "A LIKE pattern: % any run of characters, _ one character, a backslash makes the next one literal."
    LIKE
    "The attribute is present (attributes only; no value)."
    EXISTS
  }

  enum Aggregation {
    COUNT
    SUM
    AVG
    MIN
    MAX
    PERCENTILE
    DISTINCT_COUNT
    AVG_RATE
  }

  enum RateUnit {
    SECOND
    MINUTE
  }

  enum IntervalUnit {
    SECOND
    MINUTE
    HOUR
    DAY
  }

  "A bucket width, 10 s to 1 day."
  input IntervalArg {
    size: Int = 1
    unit: IntervalUnit!
  }

  enum OrderDirection {
    ASC
    DESC
  }

  "Order entities by their name (key: name) or by a metric's aggregation (key: calls, errors, duration or a column)."
  input EntityOrderArg {
    key: String!
    aggregation: Aggregation = COUNT
    p: Float
    direction: OrderDirection = DESC
  }

  "Order by an output (explore) or a column (spans, logEvents)."
  input ExploreOrderArg {
    key: String!
    direction: OrderDirection = ASC
  }

  "One output of explore: a column or attribute, or an aggregation of one (COUNT needs none)."
  input SelectArg {
    key: String
    attribute: String
    aggregation: Aggregation
    "PERCENTILE: the level, 0-100."
    p: Float
    "AVG_RATE: per second or minute."
    per: RateUnit = SECOND
    "The output's name (default: key, or aggregation_key, e.g. avg_duration_micros, p99_duration_micros)."
    as: String
  }

  "A group key of explore: a column or an attribute ('' where a row lacks it)."
  input GroupArg {
    key: String
    attribute: String
    as: String
  }

  type Entity {
    type: EntityType!
    "The service, API or backend name."
    name: String!
    "The API's service (APIs only)."
    service: String
    "DB, CACHE, MESSAGING, HTTP, GRPC, RPC (backends only)."
    backendType: String
    "A metric over the entity's calls in the range: calls, errors, duration, or a numeric column of its view."
    metric(key: String!): Metric!
    "Who called this service or backend (service_call_view), per caller."
    incomingEdges: [Edge!]!
    "What this service called (service_call_view), per callee."
    outgoingEdges: [Edge!]!
  }

  type Metric {
    count: Float!
    sum: Float!
    avg: Float!
    min: Float!
    max: Float!
    "p in 0-100."
    percentile(p: Float!): Float!
    distinctCount: Float!
    "sum (count for calls and errors) per second or minute of the range."
    avgRate(per: RateUnit = SECOND): Float!
    series(interval: IntervalArg!): [MetricPoint!]!
  }

  type MetricPoint {
    startTime: String!
    count: Float!
    sum: Float!
    avg: Float!
    min: Float!
    max: Float!
    p50: Float!
    p95: Float!
    p99: Float!
    avgRate(per: RateUnit = SECOND): Float!
  }

  "One edge of the service map: the entity at the other end and the calls over it."
  type Edge {
    type: EntityType!
    name: String!
    calls: Float!
    errors: Float!
    avgLatencyMicros: Float!
    p99LatencyMicros: Float!
  }

  type ExploreResult {
    columns: [ExploreColumn!]!
    rows: [ExploreRow!]!
    "What answered: a rollup's name (e.g. api_red_1m) when one answers the query exactly, else the context's view."
    answeredFrom: String!
  }

  type ExploreColumn {
    name: String!
    "string, int, float, bool, datetime, stringArray, intArray, floatArray"
    kind: String!
  }

  type ExploreRow {
    "The bucket's start when an interval was asked."
    intervalStart: String
    cells: [Cell!]!
    cell(name: String!): Cell
  }

  "One value: as text (datetimes RFC 3339), as a number where it is one, as a list for arrays."
  type Cell {
    name: String!
    value: String!
    number: Float
    values: [String!]
  }

  extend input TraceFilter {
    "Attribute conditions that all hold, on the same span as service, operation and attributes."
    attributeConditions: [AttributeCondition!]
    "Attribute conditions of which at least one holds (OR), on that same span."
    anyAttributeConditions: [AttributeCondition!]
    "filterBy entries on span_event_view's columns and attributes (groups, matches) holding on that same span."
    spanFilter: [FilterArg!]
    "The merged trace lasts at most this long."
    maxDurationMicros: Float
    "Skips this many traces of the answer (paging with limit)."
    offset: Int = 0
  }

  "A condition on one span attribute (an ht. key is looked up among the enriched attributes too)."
  input AttributeCondition {
    key: String!
    op: AttributeOp = EQ
    "Required but for EXISTS."
    value: String
    "EQ, NEQ and the string matches ignore the case of ASCII letters."
    caseInsensitive: Boolean = false
    "Negates the condition (NOT)."
    not: Boolean = false
  }

  """
  EQ, NEQ (present with another value), LT, LE, GT, GE (as numbers when the value is a decimal number,
  else as text), EXISTS, and string matching (LIKE takes % and _).
  """
  enum AttributeOp {
    EQ
    NEQ
    LT
    LE
    GT
    GE
    EXISTS
    STARTS_WITH
    ENDS_WITH
    CONTAINS
    LIKE
  }

  extend type Span {
    apiName: String!
    "ENTRY, EXIT, INTERNAL ('' if not enriched)."
    spanType: String!
    protocol: String!
    errorCount: Int!
    endTime: String!
    "The client's own span attributes."
    clientAttributes: [Attribute!]!
    "What the enrichers added (ht. keys), resource ones aside."
    enrichedAttributes: [Attribute!]!
    "Resource attributes copied onto the span (ht.resource. keys)."
    resourceAttributes: [Attribute!]!
    "The span's events (logs, exceptions)."
    events: [LogEvent!]!
    "All attributes of the span's resource (span_resource_view, by the span's resource_id); [] where none is kept."
    resource: [Attribute!]!
    "The span's links (span_link_view), in their order."
    links: [SpanLink!]!
  }

  "A link of a span to another span (of this trace or another one)."
  type SpanLink {
    index: Int!
    traceId: String!
    spanId: String!
    "The link's W3C tracestate, '' when none."
    traceState: String!
    attributes: [Attribute!]!
  }

  type LogEvent {
    traceId: String!
    spanId: String!
    serviceName: String!
    spanName: String!
    apiName: String!
    index: Int!
    time: String!
    name: String!
    level: String!
    message: String!
    isException: Boolean!
    exceptionType: String!
    exceptionMessage: String!
    exceptionStacktrace: String!
    attributes: [Attribute!]!
  }
`;
