import type { Span } from '../../model/Span.js';
import { defineView } from '../../plugin/defineView.js';
import { micros, resourceColumnsOf, serviceOf } from './spanFields.js';

/**
 * `span_resource_view`: one row per resource (the entity that produced spans: service, host, pod, SDK)
 * and trace fragment, with all its attributes as two sorted string arrays. `span_event_view` keeps only
 * the resource's id per span (`resource_id`), so a resource's ~10-20 attributes are stored once per
 * fragment instead of once per span. Keyed by tenant + trace + session + fragment + resource, so a
 * replayed fragment replaces its rows and a late fragment adds its own.
 *
 * @example
 * ```ts
 * const [resource] = runView(spanResourceView, enrichedTrace);
 * resource?.attribute_values[resource.attribute_keys.indexOf('k8s.pod.name')];
 * ```
 */
export const spanResourceView = defineView({
  name: 'span_resource_view',
  version: '0.1.0',
  description: 'One row per resource and trace fragment, with all its attributes',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    service_name: { type: 'lowCardinalityString', description: "the resource's service" },
    start_time: { type: 'datetime', description: "start of the fragment's earliest span of the resource" },
    trace_id: { type: 'string' },
    session: { type: 'uint64', description: 'the grouper session of the fragment (as in raw_trace_view)' },
    fragment: { type: 'uint32', description: '0: first emission; 1..n: late spans' },
    resource_id: { type: 'string', description: 'span_event_view.resource_id of its spans' },
    span_count: { type: 'uint32', description: "the fragment's spans of the resource" },
    schema_url: { type: 'string' },
    attribute_keys: { type: 'stringArray', description: "the resource's attribute keys, sorted" },
    attribute_values: { type: 'stringArray', description: 'their values as strings, same order' },
  },
  key: ['tenant_id', 'trace_id', 'session', 'fragment', 'resource_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'service_name', 'start_time', 'trace_id', 'session', 'fragment', 'resource_id'],
  *fromTrace(trace) {
    const byId = new Map<string, { first: Span; spans: number }>();
    for (const span of trace.spans) {
      const id = resourceColumnsOf(span.resource).id;
      const seen = byId.get(id);
      if (seen === undefined) byId.set(id, { first: span, spans: 1 });
      else {
        seen.spans++;
        if (span.startTimeUnixNano < seen.first.startTimeUnixNano) seen.first = span;
      }
    }
    for (const [id, { first, spans }] of byId) {
      const { keys, values } = resourceColumnsOf(first.resource);
      yield {
        tenant_id: trace.tenantId,
        service_name: serviceOf(first),
        start_time: micros(first.startTimeUnixNano),
        trace_id: trace.traceId,
        session: trace.session,
        fragment: trace.fragment,
        resource_id: id,
        span_count: spans,
        schema_url: first.resource.schemaUrl,
        attribute_keys: keys,
        attribute_values: values,
      };
    }
  },
});
