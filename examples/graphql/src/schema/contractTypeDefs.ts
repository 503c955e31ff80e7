/**
 * The GraphQL minimum of docs/contracts.md, word for word: outside tools rely on these names and shapes
 * (the schema-snapshot test checks the served schema against that page). Everything else extends them.
 *
 * @example
 * ```ts
 * import { buildSchema } from 'graphql';
 * const schema = buildSchema(contractTypeDefs);
 * ```
 */
export const contractTypeDefs = /* GraphQL */ `
  type Query {
    "One trace by id (32 lowercase hex characters), every span of every fragment; null when not found."
    trace(traceId: String!): Trace
    "Traces matching the filter, newest first."
    traces(filter: TraceFilter!, limit: Int = 50): [TraceSummary!]!
    "Every service that served API calls in the time range, with its RED numbers."
    services(startTime: String!, endTime: String!): [ServiceMetrics!]!
  }

  input TraceFilter {
    "RFC 3339"
    startTime: String!
    endTime: String!
    service: String
    operation: String
    minDurationMicros: Float
    hasError: Boolean
    "Equality on span attributes."
    attributes: [AttributeFilter!]
  }

  input AttributeFilter {
    key: String!
    value: String!
  }

  type Trace {
    traceId: String!
    spans: [Span!]!
  }

  type Span {
    traceId: String!
    spanId: String!
    parentSpanId: String
    serviceName: String!
    name: String!
    "SERVER, CLIENT, PRODUCER, CONSUMER, INTERNAL"
    kind: String!
    "RFC 3339 with microseconds"
    startTime: String!
    durationMicros: Float!
    "UNSET, OK, ERROR"
    statusCode: String!
    "Span and enriched attributes, values as strings."
    attributes: [Attribute!]!
  }

  type Attribute {
    key: String!
    value: String!
  }

  type TraceSummary {
    traceId: String!
    rootService: String!
    rootOperation: String!
    startTime: String!
    durationMicros: Float!
    spanCount: Int!
    errorCount: Int!
  }

  type ServiceMetrics {
    name: String!
    calls: Int!
    errors: Int!
    p50Micros: Float!
    p99Micros: Float!
  }
`;
