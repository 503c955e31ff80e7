import { attributeValueToString, defineView, durationMicros, nanosToMicros, serviceName } from '@ht/enricher-sdk';
import type { Span, Trace } from '@ht/enricher-sdk';

const micros = (nanos: bigint): number => nanosToMicros(nanos);
const service = (s: Span): string => serviceName(s.resource);

/**
 * A test view shaped like the design's `span_event_view`: one row per span, keyed by tenant + trace +
 * span, sorted by service / operation / time, attributes as two string arrays.
 *
 * @example
 * ```ts
 * await store.ensureTables([fixtureSpanEventView]);
 * ```
 */
export const fixtureSpanEventView = defineView({
  name: 'fixture_span_event_view',
  version: '0.1.0',
  description: 'one row per span (conformance fixture)',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    trace_id: { type: 'string' },
    span_id: { type: 'string' },
    parent_span_id: { type: 'string' },
    service_name: { type: 'lowCardinalityString', description: "the span's service" },
    span_name: { type: 'string' },
    span_kind: { type: 'lowCardinalityString' },
    start_time: { type: 'datetime' },
    duration_micros: { type: 'uint64' },
    status_code: { type: 'lowCardinalityString' },
    error_count: { type: 'uint32' },
    is_entry: { type: 'bool' },
    http_status: { type: 'int32' },
    size_ratio: { type: 'float64' },
    attribute_keys: { type: 'stringArray' },
    attribute_values: { type: 'stringArray' },
  },
  key: ['tenant_id', 'trace_id', 'span_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'service_name', 'span_name', 'start_time'],
  *fromTrace(trace: Trace) {
    const byId = new Map(trace.spans.map((s) => [s.spanId, s]));
    for (const s of trace.spans) {
      const parent = byId.get(s.parentSpanId);
      const keys = [...s.attr.keys()].sort();
      yield {
        tenant_id: s.tenantId,
        trace_id: s.traceId,
        span_id: s.spanId,
        parent_span_id: s.parentSpanId,
        service_name: service(s),
        span_name: s.name,
        span_kind: s.kind,
        start_time: micros(s.startTimeUnixNano),
        duration_micros: durationMicros(s),
        status_code: s.statusCode,
        error_count: s.statusCode === 'ERROR' ? 1 : 0,
        is_entry: s.kind === 'SERVER' && (parent === undefined || service(parent) !== service(s)),
        http_status: Number(s.attr.get('http.response.status_code') ?? 0),
        size_ratio: Number(s.attr.get('size.ratio') ?? 0),
        attribute_keys: keys,
        attribute_values: keys.map((k) => attributeValueToString(s.attr.get(k)!)),
      };
    }
  },
});

/**
 * A test view shaped like the design's `raw_trace_view`: one row per trace fragment, keyed by tenant +
 * trace + grouper session + fragment number, so late fragments and later sessions of a trace (each
 * numbered from fragment 0) add rows that merge on read.
 *
 * @example
 * ```ts
 * const rows = [...fixtureRawTraceView.fromTrace(trace)];
 * ```
 */
export const fixtureRawTraceView = defineView({
  name: 'fixture_raw_trace_view',
  version: '0.1.0',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    trace_id: { type: 'string' },
    session: { type: 'uint64' },
    fragment: { type: 'uint32' },
    root_service: { type: 'lowCardinalityString' },
    root_operation: { type: 'string' },
    services: { type: 'lowCardinalityStringArray' },
    span_count: { type: 'uint32' },
    error_count: { type: 'uint32' },
    start_time: { type: 'datetime' },
    duration_micros: { type: 'int64' },
  },
  key: ['tenant_id', 'trace_id', 'session', 'fragment'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'start_time'],
  *fromTrace(trace: Trace) {
    const root = trace.spans.find((s) => s.parentSpanId === '');
    const start = trace.spans.reduce(
      (m, s) => (s.startTimeUnixNano < m ? s.startTimeUnixNano : m),
      trace.spans[0]!.startTimeUnixNano,
    );
    const end = trace.spans.reduce((m, s) => (s.endTimeUnixNano > m ? s.endTimeUnixNano : m), 0n);
    yield {
      tenant_id: trace.tenantId,
      trace_id: trace.traceId,
      session: trace.session,
      fragment: trace.fragment,
      root_service: root ? service(root) : '',
      root_operation: root?.name ?? '',
      services: [...new Set(trace.spans.map(service))].sort(),
      span_count: trace.spans.length,
      error_count: trace.spans.filter((s) => s.statusCode === 'ERROR').length,
      start_time: micros(start),
      duration_micros: micros(end) - micros(start),
    };
  },
});

/**
 * A test view shaped like the design's `service_call_view`: one row per call edge (a CLIENT span and
 * the SERVER span it called in another service), keyed by tenant + trace + edge id.
 *
 * @example
 * ```ts
 * const edges = [...fixtureServiceCallView.fromTrace(trace)];
 * ```
 */
export const fixtureServiceCallView = defineView({
  name: 'fixture_service_call_view',
  version: '0.1.0',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    trace_id: { type: 'string' },
    edge_id: { type: 'string' },
    caller_service: { type: 'lowCardinalityString' },
    callee_service: { type: 'lowCardinalityString' },
    start_time: { type: 'datetime' },
    duration_micros: { type: 'uint64' },
    is_error: { type: 'bool' },
  },
  key: ['tenant_id', 'trace_id', 'edge_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'caller_service', 'callee_service', 'start_time'],
  *fromTrace(trace: Trace) {
    const byId = new Map(trace.spans.map((s) => [s.spanId, s]));
    for (const s of trace.spans) {
      const parent = byId.get(s.parentSpanId);
      if (s.kind !== 'SERVER' || parent?.kind !== 'CLIENT' || service(parent) === service(s)) continue;
      yield {
        tenant_id: s.tenantId,
        trace_id: s.traceId,
        edge_id: `${parent.spanId}:${s.spanId}`,
        caller_service: service(parent),
        callee_service: service(s),
        start_time: micros(parent.startTimeUnixNano),
        duration_micros: durationMicros(parent),
        is_error: parent.statusCode === 'ERROR' || s.statusCode === 'ERROR',
      };
    }
  },
});

/**
 * The three fixture views.
 *
 * @example
 * ```ts
 * await store.ensureTables(fixtureViews);
 * ```
 */
export const fixtureViews = [fixtureSpanEventView, fixtureRawTraceView, fixtureServiceCallView] as const;
