import { createHash } from 'node:crypto';
import { Attributes, layoutOf, valuesOf } from '../../model/attributes.js';
import type { ReadonlyAttributes } from '../../model/attributes.js';
import { attributeValueToString } from '../../model/AttributeValue.js';
import { serviceName } from '../../model/Resource.js';
import type { Resource } from '../../model/Resource.js';
import type { Span } from '../../model/Span.js';
import type { SpanEvent } from '../../model/SpanEvent.js';
import { ApiAttr, ApiBoundary, ErrorAttr, ServiceAttr, SpanAttr, SpanType } from '../../catalogue/attributeKeys.js';

/*
 * What the built-in views read off enriched spans. Columns are never nullable, so an absent value is
 * '' or 0; where the client's own data answers the question (service name, error status, exception
 * events) it stands in for a missing enrichment, so a pipeline with an enricher disabled still fills
 * the column sensibly. Integers coming from attributes are clamped into their column's range: a row
 * a store refuses would hold up every row behind it.
 */

const UINT32_MAX = 2 ** 32 - 1;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * A string attribute, `''` when absent.
 *
 * @example
 * ```ts
 * text(span.enriched, ApiAttr.NAME); // 'GET /users/{id}' or ''
 * ```
 */
export function text(attributes: ReadonlyAttributes, key: string): string {
  return attributes.string(key) ?? '';
}

/**
 * A count (an int attribute) for a `uint32` column: 0 when absent, clamped to the column's range.
 *
 * @example
 * ```ts
 * count(span.enriched, ApiAttr.EXIT_CALL_COUNT); // 3
 * ```
 */
export function count(attributes: ReadonlyAttributes, key: string): number {
  const n = attributes.int(key);
  return n === undefined ? 0 : Math.min(Math.max(n, 0), UINT32_MAX);
}

/**
 * An int attribute for an `int32` column (status codes, ports): 0 when absent, clamped.
 *
 * @example
 * ```ts
 * int32(span.enriched, HttpAttr.STATUS_CODE); // 503
 * ```
 */
export function int32(attributes: ReadonlyAttributes, key: string): number {
  const n = attributes.int(key);
  return n === undefined ? 0 : Math.min(Math.max(n, INT32_MIN), INT32_MAX);
}

/**
 * Unix nanoseconds as a `datetime` column value: unix microseconds, never negative.
 *
 * @example
 * ```ts
 * micros(1_704_067_200_000_123_456n); // 1_704_067_200_000_123
 * ```
 */
export function micros(nanos: bigint): number {
  return nanos > 0n ? Number(nanos / 1000n) : 0;
}

/**
 * The span's service: the enriched name (exit spans carry their caller's), else `service.name`.
 *
 * @example
 * ```ts
 * serviceOf(span); // 'cart'
 * ```
 */
export function serviceOf(span: Span): string {
  return span.enriched.string(ServiceAttr.NAME) ?? serviceName(span.resource);
}

/**
 * 1 when the span is in error: the `errors` enricher's verdict, else the span status.
 *
 * @example
 * ```ts
 * errorCount(span); // 0 or 1
 * ```
 */
export function errorCount(span: Span): number {
  const n = span.enriched.int(ErrorAttr.ERROR_COUNT);
  if (n !== undefined) return Math.min(Math.max(n, 0), UINT32_MAX);
  return span.statusCode === 'ERROR' ? 1 : 0;
}

/**
 * Whether a span event records an exception, by the rule the `errors` enricher counts with: an OTel
 * `exception` event, or an OpenTracing `error` log (named `error`, or with `event: error`).
 *
 * @example
 * ```ts
 * span.events.filter(isExceptionEvent).length;
 * ```
 */
export function isExceptionEvent(event: SpanEvent): boolean {
  return event.name === 'exception' || event.name === 'error' || event.attr.string('event') === 'error';
}

/**
 * Exceptions on the span: the `errors` enricher's count, else its exception events.
 *
 * @example
 * ```ts
 * exceptionCount(span); // 1
 * ```
 */
export function exceptionCount(span: Span): number {
  const n = span.enriched.int(ErrorAttr.EXCEPTION_COUNT);
  if (n !== undefined) return Math.min(Math.max(n, 0), UINT32_MAX);
  let events = 0;
  for (const event of span.events) if (isExceptionEvent(event)) events++;
  return events;
}

/**
 * Whether the span starts an API visit: `ht.api.boundary` = ENTRY where the `api-boundary` enricher
 * ran (it links every other span of a visit to its entry with `ht.api.entry_span_id`, so a nested
 * framework SERVER span is not a second visit); else `ht.span.type` = ENTRY; else a SERVER or
 * CONSUMER span.
 *
 * @example
 * ```ts
 * const visits = trace.spans.filter(isApiEntry);
 * ```
 */
export function isApiEntry(span: Span): boolean {
  const e = span.enriched;
  const boundary = e.string(ApiAttr.BOUNDARY);
  if (boundary !== undefined) return boundary === ApiBoundary.ENTRY;
  if (e.has(ApiAttr.ENTRY_SPAN_ID)) return false;
  const type = e.string(SpanAttr.TYPE);
  if (type !== undefined) return type === SpanType.ENTRY;
  return span.kind === 'SERVER' || span.kind === 'CONSUMER';
}

/**
 * Attributes as two parallel string arrays, sorted by key: what the client sent and what enrichers
 * added (their `ht.` keys cannot collide with the client's), each value rendered as a string. The keys
 * of one attribute set with a shared layout are one frozen array per layout, shared by the rows.
 *
 * @example
 * ```ts
 * const [keys, values] = attributeColumns(span.attr, span.enriched);
 * ```
 */
export function attributeColumns(
  ...maps: readonly ReadonlyAttributes[]
): readonly [keys: readonly string[], values: readonly string[]] {
  if (maps.length === 1) {
    // One attribute set with a shared layout: the layout's keys sorted once, shared by every row.
    const only = maps[0];
    const layout = only instanceof Attributes ? layoutOf(only) : undefined;
    if (layout !== undefined) {
      const positions = layout.sortedPositions();
      const values = valuesOf(only as Attributes);
      const rendered = new Array<string>(positions.length);
      for (let i = 0; i < positions.length; i++) rendered[i] = attributeValueToString(values[positions[i]!]!);
      return [layout.sortedKeys(), rendered];
    }
  }
  const keys: string[] = [];
  for (const attributes of maps) for (const key of attributes.keys()) keys.push(key);
  // Plain string sort (code-unit order): much cheaper than a comparator over entries.
  keys.sort();
  const values: string[] = [];
  let out = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // A key in two maps (only if a client sent an `ht.` key) is listed once: the first map's value.
    if (out > 0 && keys[out - 1] === key) continue;
    keys[out++] = key;
    values.push(valueIn(maps, key));
  }
  keys.length = out;
  return [keys, values];
}

function valueIn(maps: readonly ReadonlyAttributes[], key: string): string {
  for (const attributes of maps) {
    const value = attributes.asString(key);
    if (value !== undefined) return value;
  }
  return '';
}

/** A resource's attributes as sorted parallel string arrays, and its id. */
export interface ResourceColumns {
  readonly keys: readonly string[];
  readonly values: readonly string[];
  /** 32 hex characters: a hash of the keys and values, the same for equal resources. */
  readonly id: string;
}

const resourceColumns = new WeakMap<Resource, ResourceColumns>();

/**
 * A resource's attributes as two parallel string arrays (as {@link attributeColumns}) and its id (a
 * SHA-1 of them), computed once per resource object: spans of one export batch share their `Resource`,
 * so `span_event_view` keeps only the id per span and `span_resource_view` the attributes once per
 * resource and trace fragment.
 *
 * @example
 * ```ts
 * const { id, keys, values } = resourceColumnsOf(span.resource);
 * ```
 */
export function resourceColumnsOf(resource: Resource): ResourceColumns {
  let columns = resourceColumns.get(resource);
  if (columns === undefined) {
    const [keys, values] = attributeColumns(resource.attr);
    const hash = createHash('sha1');
    for (let i = 0; i < keys.length; i++) hash.update(keys[i]!).update('\u0000').update(values[i]!).update('\u0001');
    columns = { keys, values, id: hash.digest('hex').slice(0, 32) };
    resourceColumns.set(resource, columns);
  }
  return columns;
}
