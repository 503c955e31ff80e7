import { defineView } from '../../plugin/defineView.js';
import { attributeColumns, micros, serviceOf } from './spanFields.js';

/**
 * `span_link_view`: one row per span link (a batch consumer linking the producers' spans, a fan-in, a
 * retry of another trace), with the linking span's service, name and start and the link's attributes.
 * Keyed by tenant + trace + span + the link's position in the span, which a replay keeps.
 *
 * @example
 * ```ts
 * const links = runView(spanLinkView, enrichedTrace).map((r) => `${r.span_id} -> ${r.linked_trace_id}/${r.linked_span_id}`);
 * ```
 */
export const spanLinkView = defineView({
  name: 'span_link_view',
  version: '0.1.0',
  description: 'One row per span link',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    service_name: { type: 'lowCardinalityString', description: "the linking span's service" },
    span_name: { type: 'string', description: "the linking span's operation" },
    start_time: { type: 'datetime', description: 'start of the linking span' },
    trace_id: { type: 'string' },
    span_id: { type: 'string', description: 'the linking span' },
    link_index: { type: 'uint32', description: "the link's position in the span" },
    linked_trace_id: { type: 'string' },
    linked_span_id: { type: 'string' },
    linked_trace_state: { type: 'string', description: "the link's W3C tracestate, '' when none" },
    attribute_keys: { type: 'stringArray', description: "the link's attribute keys, sorted" },
    attribute_values: { type: 'stringArray', description: 'their values as strings, same order' },
  },
  key: ['tenant_id', 'trace_id', 'span_id', 'link_index'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'service_name', 'span_name', 'start_time', 'trace_id', 'span_id', 'link_index'],
  *fromTrace(trace) {
    for (const span of trace.spans) {
      for (let i = 0; i < span.links.length; i++) {
        const link = span.links[i]!;
        const [keys, values] = attributeColumns(link.attr);
        yield {
          tenant_id: span.tenantId,
          service_name: serviceOf(span),
          span_name: span.name,
          start_time: micros(span.startTimeUnixNano),
          trace_id: span.traceId,
          span_id: span.spanId,
          link_index: i,
          linked_trace_id: link.traceId,
          linked_span_id: link.spanId,
          linked_trace_state: link.traceState,
          attribute_keys: keys,
          attribute_values: values,
        };
      }
    }
  },
});
