import { ApiAttr, BackendAttr, GrpcAttr, HttpAttr, ServiceAttr, SpanAttr } from '../../catalogue/attributeKeys.js';

/*
 * span_event_view 0.3.0 does not repeat, in `enriched_attribute_keys`/`_values`, an enriched string
 * attribute that one of its dedicated columns already holds (`ht.api.name` is `api_name`, …): ~40% of a
 * span's enriched attributes, and most of what writing the row cost. Readers put them back from the
 * columns with `spanEventEnrichedAttributes`, so what a span shows is unchanged.
 */

/**
 * The column of span_event_view (0.3.0 on) that says how to read its enriched attributes: `1` when the
 * enriched string attributes held by a dedicated column ({@link SPAN_EVENT_ENRICHED_COLUMNS}, by the rule
 * of {@link heldByColumn}) are left out of `enriched_attribute_keys`/`_values`; `0` on rows written by
 * older versions, whose arrays hold every enriched attribute.
 *
 * @example
 * ```ts
 * const row: Record<string, unknown> = { enriched_in_columns: 1 };
 * const rebuilt = Number(row[ENRICHED_IN_COLUMNS]) === 1; // true
 * ```
 */
export const ENRICHED_IN_COLUMNS = 'enriched_in_columns';

/**
 * The enriched string attributes span_event_view has a dedicated string column for, as `[key, column]`:
 * the column holds the attribute's value when it is a string, `''` otherwise. Not listed: the columns with
 * a fallback or a conversion (`service_name` falls back to the resource's `service.name`, the counts to
 * the span status, `http_status_code` is an int, `space_ids` an array), whose attributes stay in the arrays.
 *
 * @example
 * ```ts
 * const column = new Map(SPAN_EVENT_ENRICHED_COLUMNS).get('ht.api.name'); // 'api_name'
 * ```
 */
export const SPAN_EVENT_ENRICHED_COLUMNS: readonly (readonly [key: string, column: string])[] = Object.freeze([
  [SpanAttr.TYPE, 'span_type'],
  [SpanAttr.PROTOCOL, 'protocol'],
  [ServiceAttr.ID, 'service_id'],
  [ServiceAttr.ENVIRONMENT, 'environment'],
  [ApiAttr.ID, 'api_id'],
  [ApiAttr.NAME, 'api_name'],
  [ApiAttr.BOUNDARY, 'api_boundary'],
  [ApiAttr.ENTRY_SPAN_ID, 'api_entry_span_id'],
  [ApiAttr.STATUS, 'api_status'],
  [ApiAttr.STATUS_CODE, 'api_status_code'],
  [HttpAttr.METHOD, 'http_method'],
  [HttpAttr.URL, 'http_url'],
  [ApiAttr.URL_PATTERN, 'url_pattern'],
  [GrpcAttr.ENDPOINT, 'grpc_endpoint'],
  [BackendAttr.ID, 'backend_id'],
  [BackendAttr.NAME, 'backend_name'],
  [BackendAttr.TYPE, 'backend_type'],
] as const);

/** The keys of {@link SPAN_EVENT_ENRICHED_COLUMNS}. */
const HELD_KEYS: ReadonlySet<string> = new Set(SPAN_EVENT_ENRICHED_COLUMNS.map(([key]) => key));

/**
 * Whether span_event_view leaves `key` out of its enriched arrays: one of
 * {@link SPAN_EVENT_ENRICHED_COLUMNS}' keys.
 *
 * @example
 * ```ts
 * isHeldKey('ht.api.name'); // true
 * isHeldKey('ht.service.name'); // false (service_name has a fallback)
 * ```
 */
export function isHeldKey(key: string): boolean {
  return HELD_KEYS.has(key);
}

/**
 * The strings the stores' attribute comparisons read as numbers (`NUMBER_PATTERN` of `@ht/sinks`, the same
 * text; a sinks test keeps them equal): an optional `-`, 1–20 digits, optionally a point and 1–20 digits,
 * optionally an exponent of 1–2 digits.
 *
 * @example
 * ```ts
 * new RegExp(ATTRIBUTE_NUMBER_PATTERN).test('503'); // true
 * ```
 */
export const ATTRIBUTE_NUMBER_PATTERN = '^-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,2})?$';
const NUMBER = new RegExp(ATTRIBUTE_NUMBER_PATTERN);

/**
 * Whether a dedicated column's value stands for its enriched attribute (which the arrays then leave out):
 * a non-empty string that the stores' attribute comparisons do not read as a number
 * ({@link ATTRIBUTE_NUMBER_PATTERN}). `''` cannot tell a present empty value from an absent one; a number
 * stays in the arrays, where `attributeCompare` with a number reads it. A held value therefore never
 * matches a numeric attribute comparison: searches need look at the column only for the string conditions.
 *
 * @example
 * ```ts
 * heldByColumn('GET /users/{id}'); // true
 * heldByColumn('7f3a9c'); // true: an id, not a number
 * heldByColumn('503'); // false: stays in the arrays
 * ```
 */
export function heldByColumn(value: string): boolean {
  if (value.length === 0) return false;
  const first = value.charCodeAt(0);
  // Only a string starting with a digit or '-' can be a number: most values are decided here.
  if (first !== 45 && (first < 48 || first > 57)) return true;
  return !NUMBER.test(value);
}

const stringsIn = (value: unknown): readonly string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String(v))) : [];

/**
 * A span_event_view row's enriched attributes, whole: `enriched_attribute_keys`/`_values`, and on rows
 * of 0.3.0 on ({@link ENRICHED_IN_COLUMNS} = 1) the ones its dedicated columns hold, merged in, sorted by
 * key (code-unit order, as the view sorts them). What the row of 0.2.0 held for the same span.
 *
 * @example
 * ```ts
 * const row = { enriched_in_columns: 1, api_name: 'GET /users/{id}', api_status_code: '404',
 *   enriched_attribute_keys: ['ht.api.status_code'], enriched_attribute_values: ['404'] };
 * const [keys, values] = spanEventEnrichedAttributes(row);
 * // keys: ['ht.api.name', 'ht.api.status_code'], values: ['GET /users/{id}', '404']
 * ```
 */
export function spanEventEnrichedAttributes(
  row: Readonly<Record<string, unknown>>,
): readonly [keys: readonly string[], values: readonly string[]] {
  const keys = stringsIn(row['enriched_attribute_keys']);
  const values = stringsIn(row['enriched_attribute_values']);
  if (Number(row[ENRICHED_IN_COLUMNS]) !== 1) return [keys, values];
  const held: [string, string][] = [];
  for (const [key, column] of SPAN_EVENT_ENRICHED_COLUMNS) {
    const value = row[column];
    if (typeof value === 'string' && heldByColumn(value)) held.push([key, value]);
  }
  if (held.length === 0) return [keys, values];
  held.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const outKeys: string[] = [];
  const outValues: string[] = [];
  let i = 0;
  for (const [key, value] of held) {
    while (i < keys.length && keys[i]! < key) {
      outKeys.push(keys[i]!);
      outValues.push(values[i] ?? '');
      i++;
    }
    outKeys.push(key);
    outValues.push(value);
  }
  for (; i < keys.length; i++) {
    outKeys.push(keys[i]!);
    outValues.push(values[i] ?? '');
  }
  return [outKeys, outValues];
}
