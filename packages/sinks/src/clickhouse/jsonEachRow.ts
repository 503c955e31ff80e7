import type { ColumnType, ViewDefinition } from '@ht/enricher-sdk';
import type { ViewRow } from '../store/ViewStore.js';
import type { ClickHouseFeatures } from './ClickHouseFeatures.js';

type Encode = (value: unknown) => string;

const str: Encode = (v) => JSON.stringify(v);
const num: Encode = (v) => String(v);
const numArray: Encode = (v) => `[${(v as readonly (number | bigint)[]).map(String).join(',')}]`;

/** DateTime64(6) from unix µs, as `"seconds.micros"` (exact: no float on the way). */
const dateTime64: Encode = (v) => {
  const micros = BigInt(v as number);
  const seconds = micros / 1_000_000n;
  return `"${seconds}.${(micros % 1_000_000n).toString().padStart(6, '0')}"`;
};

function encoderOf(type: ColumnType, features: ClickHouseFeatures): Encode {
  switch (type) {
    case 'string':
    case 'lowCardinalityString':
    case 'stringArray':
    case 'lowCardinalityStringArray':
      return str;
    case 'bool':
      return features.modern ? (v) => (v ? 'true' : 'false') : (v) => (v ? '1' : '0');
    case 'datetime':
      return features.modern ? dateTime64 : num;
    case 'int64Array':
    case 'float64Array':
      return numArray;
    default:
      return num;
  }
}

/**
 * A compiled JSONEachRow line encoder for a view's rows on a server with `features` (datetime as UInt64 µs
 * or DateTime64 text, bool as 1/0 or true/false, 64-bit integers unquoted and exact). Rows must have
 * been validated (`validateRows`). On 18.x a row without bigints is written by `JSON.stringify` (the insert
 * skips properties that are not columns).
 *
 * @example
 * ```ts
 * const encode = jsonEachRowEncoder(spanView, features);
 * const body = rows.map(encode).join('\n');
 * ```
 */
export function jsonEachRowEncoder(view: ViewDefinition, features: ClickHouseFeatures): (row: ViewRow) => string {
  const parts = Object.entries(view.columns).map(
    ([name, spec]) => [name, `${JSON.stringify(name)}:`, encoderOf(spec.type, features)] as const,
  );
  const perField = (row: ViewRow): string => {
    let line = '{';
    for (let i = 0; i < parts.length; i++) {
      const [name, key, encode] = parts[i]!;
      line += (i === 0 ? '' : ',') + key + encode(row[name]);
    }
    return `${line}}`;
  };
  // 18.x takes the rows as they are (datetime µs and bools as JSON numbers/booleans into UInt64/UInt8), so
  // V8's native JSON.stringify does the work; a bigint makes it throw and that row takes the per-field path.
  // Columns the view does not have are ignored by the insert (input_format_skip_unknown_fields).
  if (!features.modern) {
    return (row) => {
      try {
        return JSON.stringify(row);
      } catch {
        return perField(row);
      }
    };
  }
  return perField;
}
