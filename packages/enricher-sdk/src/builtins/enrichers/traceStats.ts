import { createCallEdge, EntityType } from '../../model/Entity.js';
import type { CallEdge } from '../../model/Entity.js';
import { serviceName } from '../../model/Resource.js';
import type { Span } from '../../model/Span.js';
import type { Trace } from '../../model/Trace.js';
import { indexTrace } from '../../model/TraceIndex.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiBoundary, BackendAttr, ServiceAttr, SpanAttr, TraceAttr } from '../../catalogue/attributeKeys.js';
import { calleeSpansOf } from './callees.js';
import { criticalPath } from './criticalPath.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { SpanTimes } from './spanTimes.js';
import { setTrusted } from '../../model/attributes.js';

/**
 * Built-in `trace-stats`: what the trace as a whole looks like.
 * - `ht.trace.span_count`, `service_count`, `services`, `api_count` (distinct APIs), `api_visit_count`,
 *   `orphan_span_count` (spans whose parent is missing);
 * - the root: the earliest span without a parent (else the earliest span whose parent is missing):
 *   `root_span_id`, `root_service`, `root_operation`;
 * - time, clock-skew adjusted: `start_unix_nano`, `end_unix_nano`, `duration_micros`;
 * - the critical path from the root (see `criticalPath`): `ht.trace.critical_path` (span ids in time
 *   order) and, on those spans, `ht.span.critical_path` and `ht.span.critical_path_micros`;
 * - `trace.callEdges`: one edge per exit call and service it reached (with both sides' service and API
 *   ids), or per exit call to a backend.
 * Depends on `api-naming`, `backend` and `clock-skew`.
 *
 * @example
 * ```ts
 * trace.enriched.string(TraceAttr.ROOT_SERVICE); // 'frontend'
 * trace.callEdges.filter((e) => e.calleeType === 'BACKEND').length;
 * ```
 */
export const traceStats = defineEnricher({
  name: BuiltinEnricher.TRACE_STATS,
  version: BUILTIN_VERSION,
  description: 'trace stats: counts, root service/operation, critical path, call edges',
  dependsOn: [BuiltinEnricher.API_NAMING, BuiltinEnricher.BACKEND, BuiltinEnricher.CLOCK_SKEW],
  enrichTrace(trace) {
    const t = trace.enriched;
    const services = new Set<string>();
    const apis = new Set<string>();
    let visits = 0;
    let orphans = 0;
    let start: bigint | undefined;
    let end: bigint | undefined;
    const times = SpanTimes.of(trace.spans);
    for (const span of trace.spans) {
      services.add(span.enriched.string(ServiceAttr.NAME) ?? serviceName(span.resource));
      const api = span.enriched.string(ApiAttr.ID);
      if (api !== undefined) apis.add(api);
      if (span.enriched.string(ApiAttr.BOUNDARY) === ApiBoundary.ENTRY) visits++;
      if (span.enriched.bool(SpanAttr.PARENT_MISSING) === true) orphans++;
      const s = times.startOf(span);
      const e = times.endOf(span);
      if (start === undefined || s < start) start = s;
      if (end === undefined || e > end) end = e;
    }
    t.setInt(TraceAttr.SPAN_COUNT, trace.spans.length);
    t.setInt(TraceAttr.SERVICE_COUNT, services.size);
    t.set(TraceAttr.SERVICES, [...services].sort());
    t.setInt(TraceAttr.API_COUNT, apis.size);
    t.setInt(TraceAttr.API_VISIT_COUNT, visits);
    t.setInt(TraceAttr.ORPHAN_SPAN_COUNT, orphans);
    if (start !== undefined && end !== undefined) {
      t.set(TraceAttr.START, start);
      t.set(TraceAttr.END, end);
      t.set(TraceAttr.DURATION_MICROS, (end - start) / 1000n);
    }
    const root = rootOf(trace, times);
    if (root !== undefined) {
      t.set(TraceAttr.ROOT_SPAN_ID, root.spanId);
      t.set(TraceAttr.ROOT_SERVICE, root.enriched.string(ServiceAttr.NAME) ?? serviceName(root.resource));
      t.set(TraceAttr.ROOT_OPERATION, root.name);
      writeCriticalPath(trace, root, times);
    }
    trace.callEdges.push(...callEdgesOf(trace));
  },
});

function rootOf(trace: Trace, times: SpanTimes): Span | undefined {
  let best: Span | undefined;
  for (const span of indexTrace(trace).roots) {
    const better =
      best === undefined ||
      (span.parentSpanId === '' && best.parentSpanId !== '') ||
      ((span.parentSpanId === '') === (best.parentSpanId === '') && times.startOf(span) < times.startOf(best));
    if (better) best = span;
  }
  return best;
}

function writeCriticalPath(trace: Trace, root: Span, times: SpanTimes): void {
  const micros = new Map<Span, bigint>();
  for (const section of criticalPath(indexTrace(trace), root, times)) {
    micros.set(section.span, (micros.get(section.span) ?? 0n) + (section.end - section.start));
  }
  for (const [span, nanos] of micros) {
    setTrusted(span.enriched, SpanAttr.CRITICAL_PATH, true);
    span.enriched.set(SpanAttr.CRITICAL_PATH_MICROS, nanos / 1000n);
  }
  trace.enriched.set(
    TraceAttr.CRITICAL_PATH,
    [...micros.keys()].map((s) => s.spanId),
  );
}

function callEdgesOf(trace: Trace): CallEdge[] {
  const edges: CallEdge[] = [];
  for (const span of trace.spans) {
    if (span.enriched.string(ApiAttr.BOUNDARY) !== ApiBoundary.EXIT) continue;
    const callerServiceId = span.enriched.string(ServiceAttr.ID) ?? '';
    const callerApiId = span.enriched.string(ApiAttr.ID) ?? '';
    const callees = calleeSpansOf(span, trace);
    for (const callee of callees) {
      edges.push(
        createCallEdge({
          callerSpanId: span.spanId,
          callerServiceId,
          callerApiId,
          calleeType: EntityType.SERVICE,
          calleeSpanId: callee.spanId,
          calleeId: callee.enriched.string(ServiceAttr.ID) ?? '',
          calleeApiId: callee.enriched.string(ApiAttr.ID) ?? '',
        }),
      );
    }
    const backend = span.enriched.string(BackendAttr.ID);
    if (callees.length === 0 && backend !== undefined) {
      const calleeType = EntityType.BACKEND;
      edges.push(
        createCallEdge({ callerSpanId: span.spanId, callerServiceId, callerApiId, calleeType, calleeId: backend }),
      );
    }
  }
  return edges;
}
