import type { ColumnType } from '@ht/enricher-sdk';
import type { ClickHouseFeatures } from './ClickHouseFeatures.js';

const PLAIN: Record<ColumnType, string> = {
  string: 'String',
  lowCardinalityString: 'LowCardinality(String)',
  bool: 'UInt8',
  int8: 'Int8',
  int16: 'Int16',
  int32: 'Int32',
  int64: 'Int64',
  uint8: 'UInt8',
  uint16: 'UInt16',
  uint32: 'UInt32',
  uint64: 'UInt64',
  float32: 'Float32',
  float64: 'Float64',
  // 18.x has only second-precision DateTime: keep exact unix microseconds.
  datetime: 'UInt64',
  stringArray: 'Array(String)',
  lowCardinalityStringArray: 'Array(LowCardinality(String))',
  int64Array: 'Array(Int64)',
  float64Array: 'Array(Float64)',
};

/**
 * The ClickHouse type of a view column type on a server with `features`: plain types on 18.x
 * (datetime as UInt64 µs, bool as UInt8), DateTime64(6) and Bool on modern servers.
 *
 * @example
 * ```ts
 * clickHouseType('datetime', clickHouseFeatures('24.8')); // 'DateTime64(6)'
 * ```
 */
export function clickHouseType(type: ColumnType, features: ClickHouseFeatures): string {
  if (features.modern) {
    if (type === 'datetime') return 'DateTime64(6)';
    if (type === 'bool') return 'Bool';
  }
  return PLAIN[type];
}

/**
 * The compression codec of a column on modern servers (`''` on 18.x, which has no CODEC): delta coding
 * for times, ZSTD for the rest.
 *
 * @example
 * ```ts
 * columnCodec('datetime', features); // ' CODEC(DoubleDelta, ZSTD(1))'
 * ```
 */
export function columnCodec(type: ColumnType, features: ClickHouseFeatures): string {
  if (!features.modern) return '';
  if (type === 'datetime') return ' CODEC(DoubleDelta, ZSTD(1))';
  if (type === 'bool' || type === 'lowCardinalityString' || type === 'lowCardinalityStringArray') return '';
  return ' CODEC(ZSTD(1))';
}
