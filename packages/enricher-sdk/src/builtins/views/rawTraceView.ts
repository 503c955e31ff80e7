import type { Span } from '../../model/Span.js';
import type { Trace } from '../../model/Trace.js';
import { indexTrace } from '../../model/TraceIndex.js';
import { defineView } from '../../plugin/defineView.js';
import { TraceAttr } from '../../catalogue/attributeKeys.js';
import { count, errorCount, exceptionCount, isApiEntry, micros, serviceOf } from './spanFields.js';

/** The earliest span without a parent in the trace (ties: span order). */
function rootOf(trace: Trace): Span | undefined {
  let root: Span | undefined;
  for (const span of indexTrace(trace).roots) {
    if (root === undefined || span.startTimeUnixNano < root.startTimeUnixNano) root = span;
  }
  return root;
}

/** Earliest start and latest end: the `trace-stats` enricher's (skew-adjusted), else the spans'. */
function timeRange(trace: Trace): readonly [start: bigint, end: bigint] {
  const start = trace.enriched.bigint(TraceAttr.START);
  const end = trace.enriched.bigint(TraceAttr.END);
  if (start !== undefined && end !== undefined) return [start, end];
  let min = trace.spans[0]?.startTimeUnixNano ?? 0n;
  let max = 0n;
  for (const span of trace.spans) {
    if (span.startTimeUnixNano < min) min = span.startTimeUnixNano;
    if (span.endTimeUnixNano > max) max = span.endTimeUnixNano;
  }
  return [min, max];
}

/**
 * `raw_trace_view`: one row per trace fragment: root service and operation, transaction name, the
 * services it crossed, span, API-visit, error and exception counts, start, end and duration. Keyed by
 * tenant + trace + grouper session + fragment number: a replayed fragment replaces its row, and a late
 * fragment (spans that arrived after the trace was emitted) or a later session of a trace that paused
 * longer than the grouper remembers it adds a row of its own, merged on read (sum the counts, min
 * start, max end). Sorted by root service, root operation and time, as trace search filters.
 *
 * @example
 * ```ts
 * const [row] = runView(rawTraceView, enrichedTrace);
 * row?.services; // ['cart', 'frontend']
 * ```
 */
export const rawTraceView = defineView({
  name: 'raw_trace_view',
  version: '0.2.0',
  description: 'One row per trace fragment',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    root_service: { type: 'lowCardinalityString', description: "service of the fragment's earliest root span" },
    root_operation: { type: 'string', description: 'name of that span' },
    start_time: { type: 'datetime' },
    trace_id: { type: 'string' },
    session: {
      type: 'uint64',
      description: 'event time (ms) of the span that opened the grouper session; fragments number from 0 within it',
    },
    fragment: { type: 'uint32', description: '0: first emission; 1..n: late spans' },
    end_time: { type: 'datetime' },
    duration_micros: { type: 'uint64', description: 'end_time - start_time of this fragment' },
    transaction_name: { type: 'string', description: 'API name of the earliest API entry span' },
    services: { type: 'lowCardinalityStringArray', description: 'sorted' },
    service_count: { type: 'uint32' },
    span_count: { type: 'uint32' },
    api_visit_count: { type: 'uint32', description: 'API entry spans' },
    error_count: { type: 'uint32', description: 'spans in error' },
    exception_count: { type: 'uint32' },
    has_error: { type: 'bool' },
    orphan_span_count: { type: 'uint32', description: 'spans whose parent is not in this fragment' },
    space_ids: { type: 'lowCardinalityStringArray' },
    enrichment_error_count: { type: 'uint32', description: 'enricher failures recorded on the fragment' },
  },
  key: ['tenant_id', 'trace_id', 'session', 'fragment'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'root_service', 'root_operation', 'start_time', 'trace_id', 'session', 'fragment'],
  *fromTrace(trace) {
    if (trace.spans.length === 0) return;
    const e = trace.enriched;
    const index = indexTrace(trace);
    const root = rootOf(trace);
    const [start, end] = timeRange(trace);
    const services = e.strings(TraceAttr.SERVICES) ?? [...new Set(trace.spans.map(serviceOf))].sort();
    let errors = 0;
    let exceptions = 0;
    let visits = 0;
    let orphans = 0;
    for (const span of trace.spans) {
      errors += errorCount(span);
      exceptions += exceptionCount(span);
      if (isApiEntry(span)) visits++;
      if (span.parentSpanId !== '' && !index.byId.has(span.parentSpanId)) orphans++;
    }
    const errorTotal = e.has(TraceAttr.ERROR_COUNT) ? count(e, TraceAttr.ERROR_COUNT) : errors;
    yield {
      tenant_id: trace.tenantId,
      root_service: e.string(TraceAttr.ROOT_SERVICE) ?? (root === undefined ? '' : serviceOf(root)),
      root_operation: e.string(TraceAttr.ROOT_OPERATION) ?? root?.name ?? '',
      start_time: micros(start),
      trace_id: trace.traceId,
      session: trace.session,
      fragment: trace.fragment,
      end_time: micros(end),
      duration_micros: end > start ? micros(end) - micros(start) : 0,
      transaction_name: e.string(TraceAttr.TRANSACTION_NAME) ?? '',
      services,
      service_count: services.length,
      span_count: trace.spans.length,
      api_visit_count: e.has(TraceAttr.API_VISIT_COUNT) ? count(e, TraceAttr.API_VISIT_COUNT) : visits,
      error_count: errorTotal,
      exception_count: e.has(TraceAttr.EXCEPTION_COUNT) ? count(e, TraceAttr.EXCEPTION_COUNT) : exceptions,
      has_error: errorTotal > 0,
      orphan_span_count: orphans,
      space_ids: e.strings(TraceAttr.SPACE_IDS) ?? [],
      enrichment_error_count: trace.enrichmentErrors.length,
    };
  },
});
