import { isColumnValue } from '@ht/enricher-sdk';
import type { ColumnType } from '@ht/enricher-sdk';

/** Integer ranges as numbers (exact for every bound below 2^53; the 64-bit ones defer to isColumnValue). */
const SMALL_INT_RANGES: Partial<Record<ColumnType, readonly [number, number]>> = {
  int8: [-128, 127],
  int16: [-32_768, 32_767],
  int32: [-2_147_483_648, 2_147_483_647],
  uint8: [0, 255],
  uint16: [0, 65_535],
  uint32: [0, 4_294_967_295],
};

const isString = (v: unknown): boolean => typeof v === 'string';
const isFiniteNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/**
 * A fast check for one column type with exactly the semantics of `isColumnValue` from
 * `@ht/enricher-sdk` (property-tested against it), plus finite floats. Numbers are checked without
 * allocating a BigInt (which `isColumnValue` does for every integer); bigints and arrays defer to it.
 *
 * @example
 * ```ts
 * const check = columnCheck('uint16');
 * check(70_000); // false
 * ```
 */
export function columnCheck(type: ColumnType): (value: unknown) => boolean {
  const range = SMALL_INT_RANGES[type];
  if (range !== undefined) {
    const [lo, hi] = range;
    return (v) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
  }
  switch (type) {
    case 'string':
    case 'lowCardinalityString':
      return isString;
    case 'bool':
      return (v) => typeof v === 'boolean';
    case 'float32':
    case 'float64':
      return isFiniteNumber;
    case 'int64':
      return (v) => (typeof v === 'number' ? Number.isSafeInteger(v) : isColumnValue(type, v));
    case 'uint64':
    case 'datetime':
      return (v) => (typeof v === 'number' ? Number.isSafeInteger(v) && v >= 0 : isColumnValue(type, v));
    case 'float64Array':
      return (v) => Array.isArray(v) && v.every(isFiniteNumber);
    case 'stringArray':
    case 'lowCardinalityStringArray':
      return (v) => Array.isArray(v) && v.every(isString);
    default:
      return (v) => isColumnValue(type, v);
  }
}
