import { HtError } from '@ht/stream-core/errors';
import { Attributes } from '../model/attributes.js';
import type { ReadonlyAttributes } from '../model/attributes.js';
import type { AttributeValue } from '../model/AttributeValue.js';

/**
 * One attribute value in the JSON debug form. Strings, booleans, finite doubles and arrays of them are
 * plain JSON; types JSON cannot tell apart are tagged: `{ "int": "200" }` (decimal string, exact int64),
 * `{ "ints": ["1", "2"] }`, `{ "bytes": "<base64>" }`, `{ "double": "NaN" }` and
 * `{ "doubles": [1.5, "Infinity"] }` for non-finite doubles.
 *
 * @example
 * ```ts
 * const json: AttributesJson = { 'http.request.method': 'GET', 'http.response.status_code': { int: '200' } };
 * ```
 */
export type AttributeValueJson =
  | string
  | boolean
  | number
  | readonly string[]
  | readonly boolean[]
  | readonly number[]
  | { readonly int: string }
  | { readonly ints: readonly string[] }
  | { readonly bytes: string }
  | { readonly double: string }
  | { readonly doubles: readonly (number | string)[] };

/**
 * Attributes in the JSON debug form: key to {@link AttributeValueJson}.
 *
 * @example
 * ```ts
 * const json: AttributesJson = { 'http.request.method': 'GET', 'server.port': { int: '8080' } };
 * ```
 */
export type AttributesJson = Readonly<Record<string, AttributeValueJson>>;

const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity']);
const INTEGER = /^-?\d+$/;

/**
 * Attributes to their JSON debug form (lossless: {@link attributesFromJson} gives them back).
 *
 * @example
 * ```ts
 * JSON.stringify(attributesToJson(span.attr));
 * ```
 */
export function attributesToJson(attrs: ReadonlyAttributes): AttributesJson {
  const out: Record<string, AttributeValueJson> = {};
  for (const [key, value] of attrs) out[key] = valueToJson(value);
  return out;
}

function valueToJson(value: AttributeValue): AttributeValueJson {
  switch (typeof value) {
    case 'bigint':
      return { int: value.toString() };
    case 'number':
      return Number.isFinite(value) ? value : { double: String(value) };
    case 'string':
    case 'boolean':
      return value;
  }
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value).toString('base64') };
  const first: unknown = value[0];
  if (typeof first === 'bigint') return { ints: (value as readonly bigint[]).map(String) };
  if (typeof first === 'number') {
    const doubles = value as readonly number[];
    return doubles.every(Number.isFinite)
      ? doubles
      : { doubles: doubles.map((d) => (Number.isFinite(d) ? d : String(d))) };
  }
  return value as readonly string[] | readonly boolean[];
}

/**
 * Attributes from their JSON debug form; throws `INPUT_INVALID` naming the key of a malformed value.
 * `keyPrefix` is passed to the new {@link Attributes} (use `'ht.'` for enriched attributes).
 *
 * @example
 * ```ts
 * const attrs = attributesFromJson({ 'net.peer.port': { int: '5432' } });
 * attrs.int('net.peer.port'); // 5432
 * ```
 */
export function attributesFromJson(json: unknown, keyPrefix = ''): Attributes {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new HtError('INPUT_INVALID', 'attributes must be a JSON object of key to value');
  }
  const attrs = new Attributes(undefined, keyPrefix);
  for (const [key, raw] of Object.entries(json as Record<string, unknown>)) attrs.set(key, valueFromJson(key, raw));
  return attrs;
}

function valueFromJson(key: string, raw: unknown): AttributeValue {
  if (typeof raw === 'string' || typeof raw === 'boolean' || typeof raw === 'number') return raw;
  if (Array.isArray(raw)) return raw as readonly string[];
  if (typeof raw === 'object' && raw !== null) {
    const tagged = raw as Record<string, unknown>;
    const tags = Object.keys(tagged);
    const tag = tags[0];
    if (tags.length === 1 && tag !== undefined) {
      const value = tagged[tag];
      if (tag === 'int' && typeof value === 'string' && INTEGER.test(value)) return BigInt(value);
      if (tag === 'ints' && isArrayOf(value, (v) => typeof v === 'string' && INTEGER.test(v))) {
        return (value as string[]).map((v) => BigInt(v));
      }
      if (tag === 'bytes' && typeof value === 'string') return new Uint8Array(Buffer.from(value, 'base64'));
      if (tag === 'double' && typeof value === 'string' && NON_FINITE.has(value)) return Number(value);
      if (tag === 'doubles' && isArrayOf(value, (v) => typeof v === 'number' || NON_FINITE.has(String(v)))) {
        return (value as (number | string)[]).map(Number);
      }
    }
  }
  throw new HtError('INPUT_INVALID', `attribute '${key}' has a malformed JSON value: ${JSON.stringify(raw)}`, {
    context: { key },
  });
}

function isArrayOf(value: unknown, check: (v: unknown) => boolean): boolean {
  return Array.isArray(value) && (value as unknown[]).every(check);
}
