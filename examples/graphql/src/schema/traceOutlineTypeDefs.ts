/**
 * The large-trace reads, beside the contract's `trace`: a trace's outline (its spans' tree, timings and
 * status without their attributes, events and links, read from the columns that hold them), some spans of
 * a trace whole, and find-in-trace over every span's attributes. The trace page loads the outline first
 * and a span's attributes when it is selected (docs/graphql.md, "Large traces").
 *
 * @example
 * ```ts
 * import { buildSchema } from 'graphql';
 * const schema = buildSchema([contractTypeDefs, queryTypeDefs, traceOutlineTypeDefs].join('\n'));
 * ```
 */
export const traceOutlineTypeDefs = /* GraphQL */ `
  extend type Query {
    """
    One trace's spans without their attributes, events and links: the tree, the timings, the status and the
    critical path, read from the columns that hold them (every fragment, in time order). Null when the
    tenant has no such trace. traceSpans and findInTrace read the rest.
    """
    traceOutline(traceId: String!): TraceOutline
    "Spans of one trace by span id, whole (attributes, events, links), in time order; unknown ids are left out."
    traceSpans(traceId: String!, spanIds: [String!]!): [Span!]!
    """
    The ids of the spans of one trace whose name, service or an attribute key or value (client, resource,
    enriched) contains text, ignoring case, or whose id is text; in time order.
    """
    findInTrace(traceId: String!, text: String!): [String!]!
  }

  "A trace's spans without their attributes, events and links."
  type TraceOutline {
    traceId: String!
    spanCount: Int!
    spans: [SpanOutline!]!
  }

  "A span's place in its trace: ids, service, name, timings, status; its attributes are in traceSpans."
  type SpanOutline {
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
    apiName: String!
    spanType: String!
    protocol: String!
    errorCount: Int!
    "The trace-stats enricher's ht.span.critical_path is true."
    onCriticalPath: Boolean!
  }
`;
