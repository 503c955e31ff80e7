import { spanEventEnrichedAttributes } from '@ht/enricher-sdk/builtins';
import type { QueryRow, QueryValue } from '@ht/sinks';
import type { JaegerKeyValue, JaegerLog, JaegerProcess, JaegerSpan, JaegerTrace } from './JaegerJson.js';

const text = (value: QueryValue | undefined): string => (typeof value === 'string' ? value : '');
const micros = (value: QueryValue | undefined): number => Number(value ?? 0);
const strings = (value: QueryValue | undefined): readonly string[] =>
  Array.isArray(value) ? value.map((v) => String(v)) : [];

/** Parallel key/value arrays as string tags. */
function keyValues(keys: QueryValue | undefined, values: QueryValue | undefined): JaegerKeyValue[] {
  const valueList = strings(values);
  return strings(keys).map((key, i) => ({ key, type: 'string', value: valueList[i] ?? '' }));
}

/**
 * The tags Jaeger derives from a span's OTLP fields, as its OTLP translator writes them: `span.kind` in
 * lowercase, `otel.status_code` (OK or ERROR; none for UNSET), `error: true` for a span in error and
 * `otel.status_description` for a status message.
 */
function statusAndKindTags(span: QueryRow): JaegerKeyValue[] {
  const tags: JaegerKeyValue[] = [];
  const kind = text(span['span_kind']);
  if (kind !== '') tags.push({ key: 'span.kind', type: 'string', value: kind.toLowerCase() });
  const status = text(span['status_code']);
  if (status === 'OK' || status === 'ERROR') tags.push({ key: 'otel.status_code', type: 'string', value: status });
  if (status === 'ERROR') tags.push({ key: 'error', type: 'bool', value: true });
  const message = text(span['status_message']);
  if (message !== '') tags.push({ key: 'otel.status_description', type: 'string', value: message });
  return tags;
}

/** A `log_event_view` row as a Jaeger log: the event name as the `event` field, then its attributes. */
function toJaegerLog(event: QueryRow): JaegerLog {
  const name = text(event['event_name']);
  const fields = keyValues(event['attribute_keys'], event['attribute_values']);
  return {
    timestamp: micros(event['event_time']),
    fields:
      name === '' || fields.some((f) => f.key === 'event')
        ? fields
        : [{ key: 'event', type: 'string', value: name }, ...fields],
  };
}

/**
 * What a trace's JSON takes besides its spans and events: its `span_resource_view` rows (process tags)
 * and `span_link_view` rows (`FOLLOWS_FROM` references); either may be missing or empty.
 *
 * @example
 * ```ts
 * const extra: JaegerTraceExtras = { resourceRows: [], linkRows: [] };
 * ```
 */
export interface JaegerTraceExtras {
  readonly resourceRows?: readonly QueryRow[];
  readonly linkRows?: readonly QueryRow[];
}

/** The instrumentation scope as the tags Jaeger's OTLP translator writes (`otel.scope.name`, `otel.scope.version`). */
function scopeTags(span: QueryRow): JaegerKeyValue[] {
  const tags: JaegerKeyValue[] = [];
  const name = text(span['scope_name']);
  if (name !== '') tags.push({ key: 'otel.scope.name', type: 'string', value: name });
  const version = text(span['scope_version']);
  if (version !== '') tags.push({ key: 'otel.scope.version', type: 'string', value: version });
  return tags;
}

/**
 * One trace in Jaeger's JSON from its `span_event_view` rows and its spans' `log_event_view` rows: spans
 * in start order, each with a `CHILD_OF` reference to its parent and a `FOLLOWS_FROM` reference per link
 * (`span_link_view`), its attributes (client and enriched, values as strings), the scope and the tags Jaeger
 * derives from kind and status as `tags`, its events as `logs`, and one process per resource (`p1`, `p2`, …
 * in the order of the spans) with the resource's attributes but `service.name` as tags
 * (`span_resource_view`, by `resource_id`; one process per service, without tags, where none is kept).
 *
 * @example
 * ```ts
 * const id = '4bf92f3577b34da6a3ce929d0e0e4736';
 * const trace = toJaegerTrace(await store.traceRows('span_event_view', 'acme', id), await store.traceRows('log_event_view', 'acme', id));
 * ```
 */
export function toJaegerTrace(
  spanRows: readonly QueryRow[],
  eventRows: readonly QueryRow[],
  extras: JaegerTraceExtras = {},
): JaegerTrace {
  const spans = [...spanRows].sort(
    (a, b) => micros(a['start_time']) - micros(b['start_time']) || text(a['span_id']).localeCompare(text(b['span_id'])),
  );
  const logsBySpan = new Map<string, QueryRow[]>();
  for (const event of eventRows) {
    const spanId = text(event['span_id']);
    logsBySpan.set(spanId, [...(logsBySpan.get(spanId) ?? []), event]);
  }
  const resourceTags = new Map<string, JaegerKeyValue[]>();
  for (const row of extras.resourceRows ?? []) {
    const id = text(row['resource_id']);
    if (id === '' || resourceTags.has(id)) continue; // every fragment repeats its resources
    resourceTags.set(
      id,
      keyValues(row['attribute_keys'], row['attribute_values']).filter((kv) => kv.key !== 'service.name'),
    );
  }
  const linksBySpan = new Map<string, QueryRow[]>();
  for (const link of extras.linkRows ?? []) {
    const spanId = text(link['span_id']);
    linksBySpan.set(spanId, [...(linksBySpan.get(spanId) ?? []), link]);
  }
  const processIds = new Map<string, string>();
  const processes: Record<string, JaegerProcess> = {};
  const processOf = (serviceName: string, resourceId: string): string => {
    const tags = resourceTags.get(resourceId);
    const key = tags === undefined ? `service/${serviceName}` : `resource/${resourceId}`;
    let id = processIds.get(key);
    if (id === undefined) {
      id = `p${processIds.size + 1}`;
      processIds.set(key, id);
      processes[id] = { serviceName, tags: tags ?? [] };
    }
    return id;
  };
  const jaegerSpans = spans.map((span): JaegerSpan => {
    const traceID = text(span['trace_id']);
    const parent = text(span['parent_span_id']);
    const events = (logsBySpan.get(text(span['span_id'])) ?? []).sort(
      (a, b) => micros(a['event_index']) - micros(b['event_index']),
    );
    return {
      traceID,
      spanID: text(span['span_id']),
      operationName: text(span['span_name']),
      references: [
        ...(parent === '' ? [] : [{ refType: 'CHILD_OF' as const, traceID, spanID: parent }]),
        ...(linksBySpan.get(text(span['span_id'])) ?? [])
          .sort((a, b) => micros(a['link_index']) - micros(b['link_index']))
          .map((link) => ({
            refType: 'FOLLOWS_FROM' as const,
            traceID: text(link['linked_trace_id']),
            spanID: text(link['linked_span_id']),
          })),
      ],
      startTime: micros(span['start_time']),
      duration: micros(span['duration_micros']),
      tags: [
        ...keyValues(span['attribute_keys'], span['attribute_values']),
        // Whole: span_event_view 0.3.0 keeps the enriched strings a dedicated column holds only there.
        ...keyValues(...spanEventEnrichedAttributes(span)),
        ...scopeTags(span),
        ...statusAndKindTags(span),
      ],
      logs: events.map(toJaegerLog),
      processID: processOf(text(span['service_name']), text(span['resource_id'])),
      warnings: null,
    };
  });
  return { traceID: text(spans[0]?.['trace_id']), spans: jaegerSpans, processes, warnings: null };
}
