import { durationMicros } from '../../model/time.js';
import { defineView } from '../../plugin/defineView.js';
import {
  ApiAttr,
  ApiStatus,
  HttpAttr,
  ServiceAttr,
  SpaceAttr,
  SpanAttr,
  TraceAttr,
  UserAgentAttr,
} from '../../catalogue/attributeKeys.js';
import { count, errorCount, exceptionCount, int32, isApiEntry, micros, serviceOf, text } from './spanFields.js';

/**
 * `raw_service_view`: one row per API visit, i.e. per entry span of a service (the first SERVER or
 * CONSUMER span of each visit), for per-service and per-API RED metrics: rate (rows), errors
 * (`is_error`, and the errors and exceptions within the visit) and duration, plus what the visit called
 * (exit calls, callees). Keyed by tenant + trace + entry span; sorted by service, API and time, as the
 * service and API dashboards read it.
 *
 * @example
 * ```ts
 * const visits = runView(rawServiceView, enrichedTrace);
 * visits.map((r) => [r.service_name, r.api_name, r.is_error]); // [['frontend', 'GET /checkout', false], …]
 * ```
 */
export const rawServiceView = defineView({
  name: 'raw_service_view',
  version: '0.1.0',
  description: 'One row per API visit (entry span), for RED metrics',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    service_name: { type: 'lowCardinalityString' },
    api_name: { type: 'string', description: "'GET /users/{id}'; the span name when not enriched" },
    start_time: { type: 'datetime' },
    trace_id: { type: 'string' },
    span_id: { type: 'string', description: 'the entry span' },
    service_id: { type: 'string' },
    api_id: { type: 'string' },
    environment: { type: 'lowCardinalityString' },
    protocol: { type: 'lowCardinalityString', description: 'HTTP, HTTPS, GRPC, RPC, MESSAGING, …' },
    transaction_name: { type: 'string', description: "the trace's transaction (its first API)" },
    http_method: { type: 'lowCardinalityString' },
    http_status_code: { type: 'int32', description: '0 when not HTTP' },
    url_pattern: { type: 'string' },
    duration_micros: { type: 'uint64' },
    status_code: { type: 'lowCardinalityString', description: 'span status: UNSET, OK, ERROR' },
    api_status: { type: 'lowCardinalityString', description: "SUCCESS, FAIL or ''" },
    api_status_code: { type: 'lowCardinalityString', description: "protocol status: '404', gRPC '5'" },
    is_error: { type: 'bool', description: 'the API call failed (api_status FAIL, else the span in error)' },
    error_count: { type: 'uint32', description: 'spans in error within the visit' },
    exception_count: { type: 'uint32', description: 'exceptions within the visit' },
    exit_call_count: { type: 'uint32', description: 'calls the visit made to other services and backends' },
    callee_names: { type: 'lowCardinalityStringArray', description: 'distinct callees, sorted' },
    callee_call_counts: { type: 'int64Array', description: 'calls per callee, same order' },
    user_agent_name: { type: 'lowCardinalityString' },
    client_ip: { type: 'string' },
    space_ids: { type: 'lowCardinalityStringArray' },
  },
  key: ['tenant_id', 'trace_id', 'span_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'service_name', 'api_name', 'start_time', 'trace_id', 'span_id'],
  *fromTrace(trace) {
    const transaction = trace.enriched.string(TraceAttr.TRANSACTION_NAME) ?? '';
    for (const span of trace.spans) {
      if (!isApiEntry(span)) continue;
      const e = span.enriched;
      const apiStatus = text(e, ApiAttr.STATUS);
      yield {
        tenant_id: span.tenantId,
        service_name: serviceOf(span),
        api_name: e.string(ApiAttr.NAME) ?? span.name,
        start_time: micros(span.startTimeUnixNano),
        trace_id: span.traceId,
        span_id: span.spanId,
        service_id: text(e, ServiceAttr.ID),
        api_id: text(e, ApiAttr.ID),
        environment: text(e, ServiceAttr.ENVIRONMENT),
        protocol: text(e, SpanAttr.PROTOCOL),
        transaction_name: transaction,
        http_method: text(e, HttpAttr.METHOD),
        http_status_code: int32(e, HttpAttr.STATUS_CODE),
        url_pattern: text(e, ApiAttr.URL_PATTERN),
        duration_micros: durationMicros(span),
        status_code: span.statusCode,
        api_status: apiStatus,
        api_status_code: text(e, ApiAttr.STATUS_CODE),
        is_error: apiStatus === '' ? errorCount(span) > 0 : apiStatus === ApiStatus.FAIL,
        error_count: e.has(ApiAttr.ERROR_COUNT) ? count(e, ApiAttr.ERROR_COUNT) : errorCount(span),
        exception_count: e.has(ApiAttr.EXCEPTION_COUNT) ? count(e, ApiAttr.EXCEPTION_COUNT) : exceptionCount(span),
        exit_call_count: count(e, ApiAttr.EXIT_CALL_COUNT),
        callee_names: e.strings(ApiAttr.CALLEE_NAMES) ?? [],
        callee_call_counts: e.bigints(ApiAttr.CALLEE_CALL_COUNTS) ?? [],
        user_agent_name: text(e, UserAgentAttr.NAME),
        client_ip: text(e, UserAgentAttr.CLIENT_IP),
        space_ids: e.strings(SpaceAttr.IDS) ?? [],
      };
    }
  },
});
