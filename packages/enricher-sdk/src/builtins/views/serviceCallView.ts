import { indexTrace } from '../../model/TraceIndex.js';
import { durationMicros } from '../../model/time.js';
import { defineView } from '../../plugin/defineView.js';
import { ApiAttr, BackendAttr, SpanAttr } from '../../catalogue/attributeKeys.js';
import { errorCount, micros, serviceOf, text } from './spanFields.js';

/**
 * `service_call_view`: one row per call edge of a trace (`trace.callEdges`): a caller service and API
 * calling another service's API, or a backend, with the call's duration as the caller saw it, the
 * callee's own duration, status and errors. Drives the service map and dependency metrics. Keyed by
 * tenant + trace + edge id (`callerSpanId:calleeSpanId`, or `callerSpanId:backendId`), so a replay
 * never adds an edge; sorted by caller, callee and time.
 *
 * @example
 * ```ts
 * const edges = runView(serviceCallView, enrichedTrace);
 * edges.map((r) => `${r.caller_service} -> ${r.callee_name}`); // ['frontend -> cart', 'cart -> postgresql:carts@db:5432']
 * ```
 */
export const serviceCallView = defineView({
  name: 'service_call_view',
  version: '0.1.0',
  description: 'One row per call edge: caller service/API to callee service/API or backend',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    caller_service: { type: 'lowCardinalityString' },
    callee_name: { type: 'lowCardinalityString', description: 'the callee service, or the backend name' },
    start_time: { type: 'datetime', description: "start of the caller's exit span" },
    trace_id: { type: 'string' },
    edge_id: { type: 'string', description: 'callerSpanId:calleeSpanId, or callerSpanId:backendId' },
    caller_api: { type: 'string', description: 'the API visit the call was made from' },
    callee_type: { type: 'lowCardinalityString', description: 'SERVICE or BACKEND' },
    callee_api: { type: 'string', description: "the callee service's API; '' for a backend" },
    backend_type: { type: 'lowCardinalityString', description: "DB, CACHE, MESSAGING, …; '' for a service" },
    protocol: { type: 'lowCardinalityString', description: "the exit span's protocol" },
    caller_service_id: { type: 'string' },
    caller_api_id: { type: 'string' },
    callee_id: { type: 'string', description: 'service or backend entity id' },
    callee_api_id: { type: 'string' },
    caller_span_id: { type: 'string' },
    callee_span_id: { type: 'string', description: "'' for a backend" },
    duration_micros: { type: 'uint64', description: "the exit span's duration (what the caller waited)" },
    callee_duration_micros: { type: 'uint64', description: "the callee's entry span; 0 for a backend" },
    api_status_code: { type: 'lowCardinalityString', description: "protocol status, '503', gRPC '14'" },
    error_count: { type: 'uint32', description: '1 when the exit span or the callee entry span is in error' },
  },
  key: ['tenant_id', 'trace_id', 'edge_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'caller_service', 'callee_name', 'start_time', 'trace_id', 'edge_id'],
  *fromTrace(trace) {
    if (trace.callEdges.length === 0) return;
    const index = indexTrace(trace);
    const entityNames = new Map(trace.entities.map((e) => [e.id, e.name]));
    const seen = new Set<string>();
    for (const edge of trace.callEdges) {
      const caller = index.byId.get(edge.callerSpanId);
      // An edge is written with both its spans in the trace; one naming an absent span has nothing to report.
      if (caller === undefined || seen.has(edge.id)) continue;
      const callee = edge.calleeType === 'SERVICE' ? index.byId.get(edge.calleeSpanId) : undefined;
      if (edge.calleeType === 'SERVICE' && callee === undefined) continue;
      seen.add(edge.id);
      const c = caller.enriched;
      const calleeName =
        callee !== undefined
          ? serviceOf(callee)
          : (c.string(BackendAttr.NAME) ?? entityNames.get(edge.calleeId) ?? edge.calleeId);
      yield {
        tenant_id: caller.tenantId,
        caller_service: serviceOf(caller),
        callee_name: calleeName,
        start_time: micros(caller.startTimeUnixNano),
        trace_id: caller.traceId,
        edge_id: edge.id,
        caller_api: text(c, ApiAttr.NAME),
        callee_type: edge.calleeType,
        callee_api: callee === undefined ? '' : text(callee.enriched, ApiAttr.NAME),
        backend_type: callee === undefined ? text(c, BackendAttr.TYPE) : '',
        protocol: text(c, SpanAttr.PROTOCOL),
        caller_service_id: edge.callerServiceId,
        caller_api_id: edge.callerApiId,
        callee_id: edge.calleeId,
        callee_api_id: edge.calleeApiId,
        caller_span_id: caller.spanId,
        callee_span_id: edge.calleeSpanId,
        duration_micros: durationMicros(caller),
        callee_duration_micros: callee === undefined ? 0 : durationMicros(callee),
        api_status_code: c.string(ApiAttr.STATUS_CODE) ?? text(callee?.enriched ?? c, ApiAttr.STATUS_CODE),
        error_count: errorCount(caller) > 0 || (callee !== undefined && errorCount(callee) > 0) ? 1 : 0,
      };
    }
  },
});
