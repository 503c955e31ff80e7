import { Attributes } from '@ht/enricher-sdk';
import type { AttributeValue } from '@ht/enricher-sdk';
import type { opentelemetry } from '#generated/proto/otlp.js';
import { signedBigint } from '../../wire/protobufValues.js';

type AnyValue = opentelemetry.proto.common.v1.IAnyValue;
type KeyValue = opentelemetry.proto.common.v1.IKeyValue;

/**
 * OTLP key/values as canonical attributes. Scalars keep their type (int64 as bigint, exact); homogeneous
 * arrays of scalars become typed arrays; values the canonical model has no type for (maps, nested or
 * mixed arrays, arrays of bytes) become their JSON text, as the OTel Collector's `AsString()` renders
 * them; an empty value becomes `''`.
 *
 * @example
 * ```ts
 * otlpAttributes([{ key: 'http.status_code', value: { intValue: Long.fromNumber(200) } }]).int('http.status_code'); // 200
 * ```
 */
export function otlpAttributes(kvs: readonly KeyValue[] | null | undefined): Attributes {
  if (!kvs || kvs.length === 0) return new Attributes();
  const keys: string[] = [];
  const values: AttributeValue[] = [];
  for (const kv of kvs) {
    if (!kv.key) continue;
    keys.push(kv.key);
    values.push(anyValueToAttribute(kv.value));
  }
  // Every value is typed by the wire format (anyValueToAttribute: int64s as BigInt.asIntN(64), arrays
  // homogeneous or JSON text), so the per-value check of Attributes.set is skipped; see docs/model.md.
  return Attributes.fromTrusted(keys, values);
}

/**
 * One OTLP `AnyValue` as a canonical attribute value (see {@link otlpAttributes}).
 *
 * @example
 * ```ts
 * anyValueToAttribute({ boolValue: true }); // true
 * ```
 */
export function anyValueToAttribute(value: AnyValue | null | undefined): AttributeValue {
  if (!value) return '';
  if (value.stringValue != null) return value.stringValue;
  if (value.intValue != null) return signedBigint(value.intValue);
  if (value.boolValue != null) return value.boolValue;
  if (value.doubleValue != null) return value.doubleValue;
  if (value.bytesValue != null) return value.bytesValue;
  if (value.arrayValue != null) return arrayToAttribute(value.arrayValue.values ?? []);
  if (value.kvlistValue != null) return JSON.stringify(anyValueToJson(value));
  return '';
}

function arrayToAttribute(values: readonly AnyValue[]): AttributeValue {
  if (values.length === 0) return [];
  const scalars = values.map(scalarOf);
  const kind = typeof scalars[0];
  const homogeneous = scalars.every((s) => s !== undefined && typeof s === kind);
  if (!homogeneous) return JSON.stringify(values.map(anyValueToJson));
  switch (kind) {
    case 'string':
      return scalars as string[];
    case 'bigint':
      return scalars as bigint[];
    case 'number':
      return scalars as number[];
    default:
      return scalars as boolean[];
  }
}

function scalarOf(value: AnyValue): string | bigint | number | boolean | undefined {
  if (value.stringValue != null) return value.stringValue;
  if (value.intValue != null) return signedBigint(value.intValue);
  if (value.boolValue != null) return value.boolValue;
  if (value.doubleValue != null) return value.doubleValue;
  return undefined;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The JSON form the Collector's `AsString()` gives: ints as numbers (strings beyond 2^53), bytes in base64. */
function anyValueToJson(value: AnyValue | null | undefined): Json {
  if (!value) return null;
  if (value.stringValue != null) return value.stringValue;
  if (value.intValue != null) {
    const n = signedBigint(value.intValue);
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : String(n);
  }
  if (value.boolValue != null) return value.boolValue;
  if (value.doubleValue != null) return value.doubleValue;
  if (value.bytesValue != null) return Buffer.from(value.bytesValue).toString('base64');
  if (value.arrayValue != null) return (value.arrayValue.values ?? []).map(anyValueToJson);
  if (value.kvlistValue != null) {
    const out: { [key: string]: Json } = {};
    for (const kv of value.kvlistValue.values ?? []) if (kv.key) out[kv.key] = anyValueToJson(kv.value);
    return out;
  }
  return null;
}
