/**
 * The storage-neutral column types of views. Sinks map each to their own DDL (ClickHouse, DuckDB); the
 * JS value a row carries for each is given by {@link ColumnValue}. Columns are never nullable: absent
 * values are `''`, `0` or `[]`.
 *
 * | type | JS value | ClickHouse (modern) | DuckDB |
 * |---|---|---|---|
 * | `string` | string | String | VARCHAR |
 * | `lowCardinalityString` | string (few distinct values) | LowCardinality(String) | VARCHAR |
 * | `bool` | boolean | UInt8 / Bool | BOOLEAN |
 * | `int8` … `int32`, `uint8` … `uint32` | number (integer) | Int8 … UInt32 | TINYINT … UINTEGER |
 * | `int64`, `uint64` | number or bigint (integer) | Int64, UInt64 | BIGINT, UBIGINT |
 * | `float32`, `float64` | number | Float32, Float64 | FLOAT, DOUBLE |
 * | `datetime` | number: unix **microseconds** (integer) | DateTime64(6) | TIMESTAMP |
 * | `stringArray`, `lowCardinalityStringArray` | readonly string[] | Array(String) | VARCHAR[] |
 * | `int64Array` | readonly (number or bigint)[] | Array(Int64) | BIGINT[] |
 * | `float64Array` | readonly number[] | Array(Float64) | DOUBLE[] |
 *
 * @example
 * ```ts
 * const columns = { service_name: { type: ColumnType.LOW_CARDINALITY_STRING } } as const;
 * ```
 */
export const ColumnType = {
  STRING: 'string',
  LOW_CARDINALITY_STRING: 'lowCardinalityString',
  BOOL: 'bool',
  INT8: 'int8',
  INT16: 'int16',
  INT32: 'int32',
  INT64: 'int64',
  UINT8: 'uint8',
  UINT16: 'uint16',
  UINT32: 'uint32',
  UINT64: 'uint64',
  FLOAT32: 'float32',
  FLOAT64: 'float64',
  DATETIME: 'datetime',
  STRING_ARRAY: 'stringArray',
  LOW_CARDINALITY_STRING_ARRAY: 'lowCardinalityStringArray',
  INT64_ARRAY: 'int64Array',
  FLOAT64_ARRAY: 'float64Array',
} as const;

/** One of the {@link ColumnType} values. */
export type ColumnType = (typeof ColumnType)[keyof typeof ColumnType];

/**
 * The JS value of each column type in a view row.
 *
 * @example
 * ```ts
 * const micros: ColumnValueTypes['datetime'] = nanosToMicros(span.startTimeUnixNano);
 * ```
 */
export interface ColumnValueTypes {
  string: string;
  lowCardinalityString: string;
  bool: boolean;
  int8: number;
  int16: number;
  int32: number;
  int64: number | bigint;
  uint8: number;
  uint16: number;
  uint32: number;
  uint64: number | bigint;
  float32: number;
  float64: number;
  /** Unix microseconds. */
  datetime: number;
  stringArray: readonly string[];
  lowCardinalityStringArray: readonly string[];
  int64Array: readonly (number | bigint)[];
  float64Array: readonly number[];
}

/**
 * The JS value of a column of type `T`.
 *
 * @example
 * ```ts
 * const count: ColumnValue<'uint64'> = 3n;
 * ```
 */
export type ColumnValue<T extends ColumnType> = ColumnValueTypes[T];

/**
 * One column of a view.
 *
 * @example
 * ```ts
 * const duration: ColumnSpec = { type: 'uint64', description: 'span duration in microseconds' };
 * ```
 */
export interface ColumnSpec {
  readonly type: ColumnType;
  /** Becomes the column comment where the store supports one. */
  readonly description?: string;
}

/**
 * A view's columns by name, in table order.
 *
 * @example
 * ```ts
 * const columns = { trace_id: { type: 'string' }, start_time: { type: 'datetime' } } satisfies Columns;
 * ```
 */
export type Columns = Readonly<Record<string, ColumnSpec>>;

/**
 * The row type of a view with columns `C`: every column, with the value type of its column type.
 *
 * @example
 * ```ts
 * type SpanRow = RowOf<typeof spanView.columns>;
 * ```
 */
export type RowOf<C extends Columns> = { -readonly [K in keyof C]: ColumnValue<C[K]['type']> };

/**
 * Names of the columns of `C`.
 *
 * @example
 * ```ts
 * const key: ColumnName<typeof columns>[] = ['trace_id'];
 * ```
 */
export type ColumnName<C extends Columns> = keyof C & string;

/**
 * Names of the `datetime` columns of `C`.
 *
 * @example
 * ```ts
 * const time: DatetimeColumnName<typeof columns> = 'start_time';
 * ```
 */
export type DatetimeColumnName<C extends Columns> = {
  [K in ColumnName<C>]: C[K]['type'] extends 'datetime' ? K : never;
}[ColumnName<C>];

const RANGES: Partial<Record<ColumnType, readonly [bigint, bigint]>> = {
  int8: [-(2n ** 7n), 2n ** 7n - 1n],
  int16: [-(2n ** 15n), 2n ** 15n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 2n ** 8n - 1n],
  uint16: [0n, 2n ** 16n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
  datetime: [0n, BigInt(Number.MAX_SAFE_INTEGER)],
};

function isInteger(value: unknown, type: ColumnType, allowBigint: boolean): boolean {
  const range = RANGES[type];
  if (range === undefined) return false;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return false;
  } else if (!(allowBigint && typeof value === 'bigint')) {
    return false;
  }
  const n = BigInt(value);
  return n >= range[0] && n <= range[1];
}

/**
 * Whether `value` is a valid value for a column of `type` (right JS type, integer and in range for
 * integer types, homogeneous arrays). The testing kit checks every row with it.
 *
 * @example
 * ```ts
 * isColumnValue('uint8', 300); // false
 * ```
 */
export function isColumnValue(type: ColumnType, value: unknown): boolean {
  switch (type) {
    case 'string':
    case 'lowCardinalityString':
      return typeof value === 'string';
    case 'bool':
      return typeof value === 'boolean';
    case 'float32':
    case 'float64':
      return typeof value === 'number';
    case 'int64':
    case 'uint64':
      return isInteger(value, type, true);
    case 'stringArray':
    case 'lowCardinalityStringArray':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'int64Array':
      return Array.isArray(value) && value.every((v) => isInteger(v, 'int64', true));
    case 'float64Array':
      return Array.isArray(value) && value.every((v) => typeof v === 'number');
    default:
      return isInteger(value, type, false);
  }
}

/**
 * Every column type, for validation and for sinks to check their mapping is complete.
 *
 * @example
 * ```ts
 * const valid = (type: string): type is ColumnType => (COLUMN_TYPES as readonly string[]).includes(type);
 * ```
 */
export const COLUMN_TYPES: readonly ColumnType[] = Object.values(ColumnType);
