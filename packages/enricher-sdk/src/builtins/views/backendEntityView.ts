import { durationMicros } from '../../model/time.js';
import { defineView } from '../../plugin/defineView.js';
import { ApiAttr, BackendAttr, ServiceAttr } from '../../catalogue/attributeKeys.js';
import { errorCount, exceptionCount, int32, micros, serviceOf, text } from './spanFields.js';

/**
 * `backend_entity_view`: one row per exit call to a backend (an exit span the `backend` enricher gave a
 * backend: a database, cache, message broker, or an HTTP/gRPC host outside the traced world), with the
 * backend's identity (type, protocol, host, port), the operation and destination (statement type and
 * table, topic, path), the calling service and API, duration, status and errors. For per-backend
 * latency and error rates and "who calls this database". Keyed by tenant + trace + span (one backend
 * per exit span); sorted by backend, operation and time.
 *
 * @example
 * ```ts
 * const calls = runView(backendEntityView, enrichedTrace);
 * calls.map((r) => `${r.caller_service} ${r.backend_operation} ${r.backend_destination}`); // ['cart SELECT carts']
 * ```
 */
export const backendEntityView = defineView({
  name: 'backend_entity_view',
  version: '0.1.0',
  description: 'One row per exit call to a backend',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    backend_name: { type: 'lowCardinalityString', description: "'postgresql:orders@pg:5432', 'redis@cache:6379'" },
    backend_operation: { type: 'lowCardinalityString', description: 'SELECT, GET, publish, HTTP method, RPC method' },
    start_time: { type: 'datetime' },
    trace_id: { type: 'string' },
    span_id: { type: 'string', description: 'the exit span' },
    backend_id: { type: 'string' },
    backend_type: { type: 'lowCardinalityString', description: 'DB, CACHE, MESSAGING, HTTP, GRPC, RPC' },
    backend_protocol: { type: 'lowCardinalityString', description: 'postgresql, redis, kafka, https, grpc, …' },
    backend_host: { type: 'lowCardinalityString' },
    backend_port: { type: 'int32', description: '0 when unknown' },
    backend_destination: { type: 'string', description: 'table, topic or queue, HTTP path, RPC service' },
    caller_service: { type: 'lowCardinalityString' },
    caller_service_id: { type: 'string' },
    caller_api: { type: 'string', description: 'the API visit the call was made from' },
    caller_api_id: { type: 'string' },
    span_name: { type: 'string' },
    duration_micros: { type: 'uint64' },
    status_code: { type: 'lowCardinalityString', description: 'span status: UNSET, OK, ERROR' },
    api_status_code: { type: 'lowCardinalityString', description: "protocol status, e.g. HTTP '503'" },
    error_count: { type: 'uint32', description: '1 when the call is in error' },
    exception_count: { type: 'uint32' },
  },
  key: ['tenant_id', 'trace_id', 'span_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'backend_name', 'backend_operation', 'start_time', 'trace_id', 'span_id'],
  *fromTrace(trace) {
    for (const span of trace.spans) {
      const e = span.enriched;
      const backendId = e.string(BackendAttr.ID);
      if (backendId === undefined) continue;
      yield {
        tenant_id: span.tenantId,
        backend_name: text(e, BackendAttr.NAME),
        backend_operation: text(e, BackendAttr.OPERATION),
        start_time: micros(span.startTimeUnixNano),
        trace_id: span.traceId,
        span_id: span.spanId,
        backend_id: backendId,
        backend_type: text(e, BackendAttr.TYPE),
        backend_protocol: text(e, BackendAttr.PROTOCOL),
        backend_host: text(e, BackendAttr.HOST),
        backend_port: int32(e, BackendAttr.PORT),
        backend_destination: text(e, BackendAttr.DESTINATION),
        caller_service: serviceOf(span),
        caller_service_id: text(e, ServiceAttr.ID),
        caller_api: text(e, ApiAttr.NAME),
        caller_api_id: text(e, ApiAttr.ID),
        span_name: span.name,
        duration_micros: durationMicros(span),
        status_code: span.statusCode,
        api_status_code: text(e, ApiAttr.STATUS_CODE),
        error_count: errorCount(span),
        exception_count: exceptionCount(span),
      };
    }
  },
});
