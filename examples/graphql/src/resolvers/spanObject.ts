import { spanEventEnrichedAttributes } from '@ht/enricher-sdk/builtins';
import type { QueryRow } from '@ht/sinks';
import { formatTimeMicros } from '../query/timeText.js';
import { num, strings, text } from './rowValues.js';

/**
 * One attribute as GraphQL returns it.
 *
 * @example
 * ```ts
 * const a: AttributeObject = { key: 'http.route', value: '/cart' };
 * ```
 */
export interface AttributeObject {
  readonly key: string;
  readonly value: string;
}

/**
 * A `Span` of the schema, read from a `span_event_view` row.
 *
 * @example
 * ```ts
 * const span: SpanObject = spanObject(row);
 * ```
 */
export interface SpanObject {
  readonly tenantId: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly serviceName: string;
  readonly name: string;
  readonly kind: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly durationMicros: number;
  readonly statusCode: string;
  readonly apiName: string;
  readonly spanType: string;
  readonly protocol: string;
  readonly errorCount: number;
  readonly attributes: readonly AttributeObject[];
  readonly clientAttributes: readonly AttributeObject[];
  readonly enrichedAttributes: readonly AttributeObject[];
  readonly resourceAttributes: readonly AttributeObject[];
  /** span_event_view 0.2.0's `resource_id` ('' on older rows): the key of its resource in span_resource_view. */
  readonly resourceId: string;
}

const RESOURCE_PREFIX = 'ht.resource.';

function zipAttributes(row: QueryRow, keysColumn: string, valuesColumn: string): AttributeObject[] {
  const values = strings(row, valuesColumn);
  return strings(row, keysColumn).map((key, i) => ({ key, value: values[i] ?? '' }));
}

/** The enrichers' attributes, whole: 0.3.0 rows keep those a dedicated column holds only there. */
function enrichedAttributes(row: QueryRow): AttributeObject[] {
  const [keys, values] = spanEventEnrichedAttributes(row);
  return keys.map((key, i) => ({ key, value: values[i] ?? '' }));
}

/**
 * Reads a span from its `span_event_view` row: the client's attributes from `attribute_keys`/`_values`,
 * the enrichers' from `enriched_attribute_keys`/`_values` and, on rows of 0.3.0 on, the dedicated columns
 * that hold the rest (`spanEventEnrichedAttributes`) (0.2.0 on; rows of 0.1.0 kept both in
 * `attribute_*`, so they are still told apart by key: `ht.resource.` resource attributes copied onto the
 * span, other `ht.` keys the enrichers', the rest the client's); times in RFC 3339 with microseconds.
 *
 * @example
 * ```ts
 * const spans = (await store.traceRows('span_event_view', tenant, traceId)).map(spanObject);
 * ```
 */
export function spanObject(row: QueryRow): SpanObject {
  const attributes = [...zipAttributes(row, 'attribute_keys', 'attribute_values'), ...enrichedAttributes(row)];
  return {
    ...spanTreeFields(row),
    tenantId: text(row, 'tenant_id'),
    traceId: text(row, 'trace_id'),
    endTime: formatTimeMicros(num(row, 'end_time')),
    attributes,
    resourceAttributes: attributes.filter((a) => a.key.startsWith(RESOURCE_PREFIX)),
    enrichedAttributes: attributes.filter((a) => a.key.startsWith('ht.') && !a.key.startsWith(RESOURCE_PREFIX)),
    clientAttributes: attributes.filter((a) => !a.key.startsWith('ht.')),
    resourceId: text(row, 'resource_id'),
  };
}

/**
 * A `LogEvent` of the schema, read from a `log_event_view` row.
 *
 * @example
 * ```ts
 * const events = rows.map(logEventObject);
 * ```
 */
export interface LogEventObject {
  readonly traceId: string;
  readonly spanId: string;
  readonly serviceName: string;
  readonly spanName: string;
  readonly apiName: string;
  readonly index: number;
  readonly time: string;
  readonly name: string;
  readonly level: string;
  readonly message: string;
  readonly isException: boolean;
  readonly exceptionType: string;
  readonly exceptionMessage: string;
  readonly exceptionStacktrace: string;
  readonly attributes: readonly AttributeObject[];
}

/**
 * Reads a span event from its `log_event_view` row.
 *
 * @example
 * ```ts
 * const event = logEventObject(row);
 * ```
 */
export function logEventObject(row: QueryRow): LogEventObject {
  const keys = strings(row, 'attribute_keys');
  const values = strings(row, 'attribute_values');
  return {
    traceId: text(row, 'trace_id'),
    spanId: text(row, 'span_id'),
    serviceName: text(row, 'service_name'),
    spanName: text(row, 'span_name'),
    apiName: text(row, 'api_name'),
    index: num(row, 'event_index'),
    time: formatTimeMicros(num(row, 'event_time')),
    name: text(row, 'event_name'),
    level: text(row, 'level'),
    message: text(row, 'message'),
    isException: row['is_exception'] === true,
    exceptionType: text(row, 'exception_type'),
    exceptionMessage: text(row, 'exception_message'),
    exceptionStacktrace: text(row, 'exception_stacktrace'),
    attributes: keys.map((key, i) => ({ key, value: values[i] ?? '' })),
  };
}

/**
 * The fields of a span_event_view row that place and time the span in its trace (no attributes): what
 * a `Span` and a `SpanOutline` both carry.
 *
 * @example
 * ```ts
 * const { spanId, parentSpanId, durationMicros } = spanTreeFields(row);
 * ```
 */
export function spanTreeFields(row: QueryRow) {
  const parent = text(row, 'parent_span_id');
  return {
    spanId: text(row, 'span_id'),
    parentSpanId: parent === '' ? null : parent,
    serviceName: text(row, 'service_name'),
    name: text(row, 'span_name'),
    kind: text(row, 'span_kind'),
    startTime: formatTimeMicros(num(row, 'start_time')),
    durationMicros: num(row, 'duration_micros'),
    statusCode: text(row, 'status_code') || 'UNSET',
    apiName: text(row, 'api_name'),
    spanType: text(row, 'span_type'),
    protocol: text(row, 'protocol'),
    errorCount: num(row, 'error_count'),
  };
}
