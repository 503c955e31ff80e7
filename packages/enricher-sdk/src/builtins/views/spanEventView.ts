import { durationMicros } from '../../model/time.js';
import { defineView } from '../../plugin/defineView.js';
import {
  ApiAttr,
  BackendAttr,
  GrpcAttr,
  HttpAttr,
  ServiceAttr,
  SpaceAttr,
  SpanAttr,
} from '../../catalogue/attributeKeys.js';
import { heldByColumn, isHeldKey } from './spanEventEnriched.js';
import { Attributes, layoutOf, valuesOf } from '../../model/attributes.js';
import type { ReadonlyAttributes } from '../../model/attributes.js';
import type { AttributeLayout } from '../../model/AttributeLayout.js';
import { attributeValueToString } from '../../model/AttributeValue.js';
import {
  attributeColumns,
  errorCount,
  exceptionCount,
  int32,
  micros,
  resourceColumnsOf,
  serviceOf,
  text,
} from './spanFields.js';

/** What span_event_view needs of an enriched layout: which sorted positions hold a held key, and the columns per held set. */
interface EnrichedLayout {
  /** Indexes into the layout's sorted positions whose key is a held key. */
  readonly held: readonly number[];
  /** By mask of `held` entries left out: the keys written and their positions. */
  readonly byMask: Map<number, readonly [keys: readonly string[], positions: readonly number[]]>;
}

const enrichedLayouts = new WeakMap<AttributeLayout, EnrichedLayout>();
/** Masks kept per layout: held values vary little (a key is held or not by its value's first character). */
const MAX_MASKS = 64;

function enrichedLayoutOf(layout: AttributeLayout): EnrichedLayout {
  let cached = enrichedLayouts.get(layout);
  if (cached === undefined) {
    const keys = layout.sortedKeys();
    const held: number[] = [];
    for (let i = 0; i < keys.length && held.length < 31; i++) if (isHeldKey(keys[i]!)) held.push(i);
    cached = { held, byMask: new Map() };
    enrichedLayouts.set(layout, cached);
  }
  return cached;
}

/**
 * The enriched attributes of a span as sorted parallel string arrays, without those a dedicated column of
 * the row holds (`isHeldKey` and `heldByColumn`; `spanEventEnrichedAttributes` puts them back). With a
 * shared layout, the sort and the key list are computed once per layout and set of held keys.
 */
function enrichedColumns(e: ReadonlyAttributes): readonly [keys: readonly string[], values: readonly string[]] {
  const layout = e instanceof Attributes ? layoutOf(e) : undefined;
  if (layout === undefined) {
    const keys: string[] = [];
    for (const key of e.keys()) {
      if (isHeldKey(key)) {
        const value = e.string(key);
        if (value !== undefined && heldByColumn(value)) continue;
      }
      keys.push(key);
    }
    keys.sort();
    const values: string[] = new Array<string>(keys.length);
    for (let i = 0; i < keys.length; i++) values[i] = e.asString(keys[i]!) ?? '';
    return [keys, values];
  }
  const values = valuesOf(e as Attributes);
  const sorted = layout.sortedPositions();
  const { held, byMask } = enrichedLayoutOf(layout);
  let mask = 0;
  for (let k = 0; k < held.length; k++) {
    const value = values[sorted[held[k]!]!];
    if (typeof value === 'string' && heldByColumn(value)) mask |= 1 << k;
  }
  let columns = byMask.get(mask);
  if (columns === undefined) {
    const all = layout.sortedKeys();
    const leftOut = new Set<number>();
    for (let k = 0; k < held.length; k++) if ((mask & (1 << k)) !== 0) leftOut.add(held[k]!);
    const keys: string[] = [];
    const positions: number[] = [];
    for (let i = 0; i < sorted.length; i++) {
      if (leftOut.has(i)) continue;
      keys.push(all[i]!);
      positions.push(sorted[i]!);
    }
    columns = [Object.freeze(keys), positions];
    if (byMask.size < MAX_MASKS) byMask.set(mask, columns);
  }
  const [keys, positions] = columns;
  const rendered = new Array<string>(positions.length);
  for (let i = 0; i < positions.length; i++) rendered[i] = attributeValueToString(values[positions[i]!]!);
  return [keys, rendered];
}

/**
 * `span_event_view`: one row per span with everything the enrichers found (service, API, span type,
 * protocol fields, status, duration, error and exception counts), the client's and the enriched
 * attributes as two pairs of string arrays (an enriched string a dedicated column holds is not repeated
 * there: read them whole with `spanEventEnrichedAttributes`), the instrumentation scope and the id of its resource (whose
 * attributes are in `span_resource_view`; its links are in `span_link_view`). The table behind span
 * search and trace detail. Keyed by tenant + trace + span, so a replayed
 * trace replaces its rows; sorted by service, span name (the operation) and time, as span search
 * filters.
 *
 * @example
 * ```ts
 * const rows = runView(spanEventView, enrichedTrace);
 * rows.filter((r) => r.span_type === 'EXIT').map((r) => r.backend_name);
 * ```
 */
export const spanEventView = defineView({
  name: 'span_event_view',
  version: '0.3.0',
  description: 'One row per span, with its enrichment and attributes',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    service_name: { type: 'lowCardinalityString', description: 'the service (exit spans: the caller)' },
    span_name: { type: 'string', description: 'the operation, as the client named it' },
    start_time: { type: 'datetime' },
    trace_id: { type: 'string' },
    span_id: { type: 'string' },
    parent_span_id: { type: 'string', description: "'' for a root span" },
    end_time: { type: 'datetime' },
    duration_micros: { type: 'uint64' },
    span_kind: { type: 'lowCardinalityString', description: 'SERVER, CLIENT, PRODUCER, CONSUMER, INTERNAL' },
    span_type: { type: 'lowCardinalityString', description: "ENTRY, EXIT, INTERNAL ('' if not enriched)" },
    protocol: { type: 'lowCardinalityString', description: 'HTTP, HTTPS, GRPC, RPC, DB, MESSAGING, UNKNOWN' },
    service_id: { type: 'string' },
    environment: { type: 'lowCardinalityString', description: 'deployment environment of the service' },
    api_id: { type: 'string' },
    api_name: { type: 'string', description: "API of the service visit, e.g. 'GET /users/{id}'" },
    api_boundary: { type: 'lowCardinalityString', description: "ENTRY, EXIT or ''" },
    api_entry_span_id: { type: 'string', description: 'entry span of the service visit' },
    status_code: { type: 'lowCardinalityString', description: 'span status: UNSET, OK, ERROR' },
    status_message: { type: 'string' },
    api_status: { type: 'lowCardinalityString', description: "SUCCESS, FAIL or ''" },
    api_status_code: { type: 'lowCardinalityString', description: "protocol status: '404', gRPC '5'" },
    http_method: { type: 'lowCardinalityString' },
    http_status_code: { type: 'int32', description: '0 when not HTTP' },
    http_url: { type: 'string' },
    url_pattern: { type: 'string', description: "templated path, '/users/{id}'" },
    grpc_endpoint: { type: 'string', description: "'package.Service/Method'" },
    backend_id: { type: 'string', description: 'exit calls to a backend' },
    backend_name: { type: 'string' },
    backend_type: { type: 'lowCardinalityString', description: 'DB, CACHE, MESSAGING, HTTP, GRPC, RPC' },
    error_count: { type: 'uint32', description: '1 when the span is in error' },
    exception_count: { type: 'uint32' },
    space_ids: { type: 'lowCardinalityStringArray' },
    attribute_keys: {
      type: 'stringArray',
      description: "the client's attribute keys, sorted (rows of 0.1.0: the enriched keys too)",
    },
    attribute_values: { type: 'stringArray', description: 'their values as strings, same order' },
    // 0.2.0: added columns (old rows read empty arrays and '').
    enriched_attribute_keys: {
      type: 'stringArray',
      description: "the enrichers' attribute keys (ht.), sorted (0.3.0: but those a column holds)",
    },
    enriched_attribute_values: { type: 'stringArray', description: 'their values as strings, same order' },
    scope_name: {
      type: 'lowCardinalityString',
      description: 'the instrumentation scope (library) that recorded the span',
    },
    scope_version: { type: 'lowCardinalityString' },
    resource_id: { type: 'string', description: "the span's resource: its attributes are in span_resource_view" },
    // 0.3.0: added column (old rows read 0).
    enriched_in_columns: {
      type: 'uint8',
      description: '1: enriched strings a column holds are not repeated in enriched_attribute_* (0: rows before 0.3.0)',
    },
  },
  key: ['tenant_id', 'trace_id', 'span_id'],
  timeColumn: 'start_time',
  sortBy: ['tenant_id', 'service_name', 'span_name', 'start_time', 'trace_id', 'span_id'],
  *fromTrace(trace) {
    for (const span of trace.spans) {
      const e = span.enriched;
      const [attributeKeys, attributeValues] = attributeColumns(span.attr);
      const [enrichedKeys, enrichedValues] = enrichedColumns(e);
      yield {
        tenant_id: span.tenantId,
        service_name: serviceOf(span),
        span_name: span.name,
        start_time: micros(span.startTimeUnixNano),
        trace_id: span.traceId,
        span_id: span.spanId,
        parent_span_id: span.parentSpanId,
        end_time: micros(span.endTimeUnixNano),
        duration_micros: durationMicros(span),
        span_kind: span.kind,
        span_type: text(e, SpanAttr.TYPE),
        protocol: text(e, SpanAttr.PROTOCOL),
        service_id: text(e, ServiceAttr.ID),
        environment: text(e, ServiceAttr.ENVIRONMENT),
        api_id: text(e, ApiAttr.ID),
        api_name: text(e, ApiAttr.NAME),
        api_boundary: text(e, ApiAttr.BOUNDARY),
        api_entry_span_id: text(e, ApiAttr.ENTRY_SPAN_ID),
        status_code: span.statusCode,
        status_message: span.statusMessage,
        api_status: text(e, ApiAttr.STATUS),
        api_status_code: text(e, ApiAttr.STATUS_CODE),
        http_method: text(e, HttpAttr.METHOD),
        http_status_code: int32(e, HttpAttr.STATUS_CODE),
        http_url: text(e, HttpAttr.URL),
        url_pattern: text(e, ApiAttr.URL_PATTERN),
        grpc_endpoint: text(e, GrpcAttr.ENDPOINT),
        backend_id: text(e, BackendAttr.ID),
        backend_name: text(e, BackendAttr.NAME),
        backend_type: text(e, BackendAttr.TYPE),
        error_count: errorCount(span),
        exception_count: exceptionCount(span),
        space_ids: e.strings(SpaceAttr.IDS) ?? [],
        attribute_keys: attributeKeys,
        attribute_values: attributeValues,
        enriched_attribute_keys: enrichedKeys,
        enriched_attribute_values: enrichedValues,
        scope_name: span.scope.name,
        scope_version: span.scope.version,
        resource_id: resourceColumnsOf(span.resource).id,
        enriched_in_columns: 1,
      };
    }
  },
});
