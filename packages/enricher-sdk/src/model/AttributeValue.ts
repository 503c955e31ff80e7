import { HtError } from '@ht/stream-core/errors';

/**
 * One attribute value. The JavaScript type *is* the attribute type, so no wrapper object is allocated:
 *
 * | attribute type | JS value            |
 * |----------------|---------------------|
 * | string         | `string`            |
 * | int (int64)    | `bigint`            |
 * | double         | `number`            |
 * | bool           | `boolean`           |
 * | bytes          | `Uint8Array`        |
 * | arrays         | `readonly string[]`, `readonly bigint[]`, `readonly number[]`, `readonly boolean[]` |
 *
 * An int is a `bigint` and a double is a `number`: `200n` and `200` are different attributes. An empty
 * array counts as a string array.
 *
 * @example
 * ```ts
 * const values: AttributeValue[] = ['GET', 200n, 0.25, true, ['a', 'b']];
 * ```
 */
export type AttributeValue =
  | string
  | bigint
  | number
  | boolean
  | Uint8Array
  | readonly string[]
  | readonly bigint[]
  | readonly number[]
  | readonly boolean[];

/**
 * The nine attribute types, as a const map (values are the names used in Avro and JSON forms).
 *
 * @example
 * ```ts
 * if (attributeTypeOf(value) === AttributeType.INT) console.log('an int64');
 * ```
 */
export const AttributeType = {
  STRING: 'string',
  INT: 'int',
  DOUBLE: 'double',
  BOOL: 'bool',
  BYTES: 'bytes',
  STRING_ARRAY: 'stringArray',
  INT_ARRAY: 'intArray',
  DOUBLE_ARRAY: 'doubleArray',
  BOOL_ARRAY: 'boolArray',
} as const;

/** One of the {@link AttributeType} values. */
export type AttributeType = (typeof AttributeType)[keyof typeof AttributeType];

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function arrayTypeOf(values: readonly unknown[]): AttributeType | undefined {
  if (values.length === 0) return AttributeType.STRING_ARRAY;
  const first = typeof values[0];
  for (let i = 1; i < values.length; i++) {
    if (typeof values[i] !== first) return undefined;
  }
  switch (first) {
    case 'string':
      return AttributeType.STRING_ARRAY;
    case 'bigint':
      return (values as readonly bigint[]).every(isInt64) ? AttributeType.INT_ARRAY : undefined;
    case 'number':
      return AttributeType.DOUBLE_ARRAY;
    case 'boolean':
      return AttributeType.BOOL_ARRAY;
    default:
      return undefined;
  }
}

function isInt64(value: bigint): boolean {
  return value >= INT64_MIN && value <= INT64_MAX;
}

/**
 * The attribute type of `value`, or `undefined` when `value` is not a valid {@link AttributeValue}
 * (null, an object, a mixed array, a bigint outside int64).
 *
 * @example
 * ```ts
 * attributeTypeOf(200n); // 'int'
 * attributeTypeOf(0.5); // 'double'
 * attributeTypeOf(['a', 1]); // undefined
 * ```
 */
export function attributeTypeOf(value: unknown): AttributeType | undefined {
  switch (typeof value) {
    case 'string':
      return AttributeType.STRING;
    case 'bigint':
      return isInt64(value) ? AttributeType.INT : undefined;
    case 'number':
      return AttributeType.DOUBLE;
    case 'boolean':
      return AttributeType.BOOL;
    case 'object':
      if (value instanceof Uint8Array) return AttributeType.BYTES;
      if (Array.isArray(value)) return arrayTypeOf(value as readonly unknown[]);
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Checks that `value` is a valid {@link AttributeValue} and returns its type; throws an `HtError`
 * (`INPUT_INVALID`) naming the key otherwise.
 *
 * @example
 * ```ts
 * assertAttributeValue('http.status_code', 200n); // 'int'
 * ```
 */
export function assertAttributeValue(key: string, value: unknown): AttributeType {
  const type = attributeTypeOf(value);
  if (type === undefined) {
    throw new HtError(
      'INPUT_INVALID',
      `attribute '${key}' has an unsupported value (${describe(value)}): use a string, bigint (int64), ` +
        'number (double), boolean, Uint8Array or a homogeneous array of string, bigint, number or boolean',
      { context: { key } },
    );
  }
  return type;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a mixed or unsupported array';
  if (typeof value === 'bigint') return 'a bigint outside int64';
  return typeof value;
}

/**
 * Renders any attribute value as a string, the way views store attributes in string columns: ints and
 * doubles in decimal, booleans as `true`/`false`, bytes in base64, arrays as a JSON array.
 *
 * @example
 * ```ts
 * attributeValueToString(200n); // '200'
 * attributeValueToString(['a', 'b']); // '["a","b"]'
 * ```
 */
export function attributeValueToString(value: AttributeValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    const parts = (value as readonly (string | bigint | number | boolean)[]).map((v) =>
      typeof v === 'string' || (typeof v === 'number' && !Number.isFinite(v)) ? JSON.stringify(String(v)) : String(v),
    );
    return `[${parts.join(',')}]`;
  }
  return String(value);
}
