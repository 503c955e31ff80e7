import type { ReadonlyAttributes } from '../../model/attributes.js';
import { defineView } from '../../plugin/defineView.js';
import { ApiAttr } from '../../catalogue/attributeKeys.js';
import { attributeColumns, isExceptionEvent, micros, serviceOf, text } from './spanFields.js';

/** The first of `keys` the event has as a string, `''` if none. */
function firstString(attributes: ReadonlyAttributes, keys: readonly string[]): string {
  for (const key of keys) {
    const value = attributes.string(key);
    if (value !== undefined) return value;
  }
  return '';
}

/**
 * `log_event_view`: one row per span event: logs (OTel span events, Jaeger logs, Zipkin annotations)
 * and exceptions, with the span's service, operation and API. The exception fields follow OTel
 * (`exception.type`, `.message`, `.stacktrace`) and OpenTracing (`error.kind`, `message`, `stack`);
 * an event counts as an exception by the rule the `errors` enricher uses. Keyed by tenant + trace +
 * span + the event's index in the span, so a replay never adds an event; sorted by service, operation
 * and event time.
 *
 * @example
 * ```ts
 * const events = runView(logEventView, enrichedTrace);
 * events.filter((r) => r.is_exception).map((r) => r.exception_type); // ['java.net.SocketTimeoutException']
 * ```
 */
export const logEventView = defineView({
  name: 'log_event_view',
  version: '0.1.0',
  description: 'One row per span event: logs and exceptions',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    service_name: { type: 'lowCardinalityString', description: "the span's service" },
    span_name: { type: 'string', description: "the span's operation" },
    event_time: { type: 'datetime' },
    trace_id: { type: 'string' },
    span_id: { type: 'string' },
    event_index: { type: 'uint32', description: "the event's position in the span" },
    event_name: { type: 'string' },
    api_name: { type: 'string', description: 'API of the service visit the span belongs to' },
    is_exception: { type: 'bool' },
    level: { type: 'lowCardinalityString', description: "log level ('level' or 'log.severity'), '' if none" },
    message: { type: 'string', description: "'message', 'log.message' or the exception message" },
    exception_type: { type: 'string' },
    exception_message: { type: 'string' },
    exception_stacktrace: { type: 'string' },
    attribute_keys: { type: 'stringArray', description: "the event's attribute keys, sorted" },
    attribute_values: { type: 'stringArray', description: 'their values as strings, same order' },
  },
  key: ['tenant_id', 'trace_id', 'span_id', 'event_index'],
  timeColumn: 'event_time',
  sortBy: ['tenant_id', 'service_name', 'span_name', 'event_time', 'trace_id', 'span_id', 'event_index'],
  *fromTrace(trace) {
    for (const span of trace.spans) {
      if (span.events.length === 0) continue;
      const service = serviceOf(span);
      const api = text(span.enriched, ApiAttr.NAME);
      for (let i = 0; i < span.events.length; i++) {
        const event = span.events[i]!;
        const a = event.attr;
        const exception = isExceptionEvent(event);
        const exceptionMessage = exception ? firstString(a, ['exception.message', 'message', 'error.object']) : '';
        const [attributeKeys, attributeValues] = attributeColumns(a);
        yield {
          tenant_id: span.tenantId,
          service_name: service,
          span_name: span.name,
          event_time: micros(event.timeUnixNano),
          trace_id: span.traceId,
          span_id: span.spanId,
          event_index: i,
          event_name: event.name,
          api_name: api,
          is_exception: exception,
          level: firstString(a, ['level', 'log.severity']),
          message: firstString(a, ['message', 'log.message']) || exceptionMessage,
          exception_type: exception ? firstString(a, ['exception.type', 'error.kind']) : '',
          exception_message: exceptionMessage,
          exception_stacktrace: exception ? firstString(a, ['exception.stacktrace', 'stack']) : '',
          attribute_keys: attributeKeys,
          attribute_values: attributeValues,
        };
      }
    }
  },
});
