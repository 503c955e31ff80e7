import type { ColumnType } from '@ht/enricher-sdk';
import { escapeIdentifier } from '../sql/escape.js';

interface DuckDbColumn {
  /** The table's type. */
  readonly sql: string;
  /** The DEFAULT for rows written before the column existed (stores never hold NULL). */
  readonly zero: string;
  /** The type `from_json` reads the staged JSON value as. */
  readonly json: string;
  /** SQL turning the `from_json` field `f` into the table's type. */
  readonly convert: (f: string) => string;
}

const same = (f: string): string => f;
const plain = (sql: string, zero = '0'): DuckDbColumn => ({ sql, zero, json: sql, convert: same });

const COLUMNS: Record<ColumnType, DuckDbColumn> = {
  string: plain('VARCHAR', "''"),
  lowCardinalityString: plain('VARCHAR', "''"),
  bool: plain('BOOLEAN', 'false'),
  int8: plain('TINYINT'),
  int16: plain('SMALLINT'),
  int32: plain('INTEGER'),
  int64: plain('BIGINT'),
  uint8: plain('UTINYINT'),
  uint16: plain('USMALLINT'),
  uint32: plain('UINTEGER'),
  uint64: plain('UBIGINT'),
  float32: plain('FLOAT'),
  float64: plain('DOUBLE'),
  // Rows carry unix µs: read them as BIGINT, then make the TIMESTAMP.
  datetime: {
    sql: 'TIMESTAMP',
    zero: "TIMESTAMP '1970-01-01'",
    json: 'BIGINT',
    convert: (f) => `make_timestamp(${f})`,
  },
  stringArray: plain('VARCHAR[]', '[]'),
  lowCardinalityStringArray: plain('VARCHAR[]', '[]'),
  int64Array: plain('BIGINT[]', '[]'),
  float64Array: plain('DOUBLE[]', '[]'),
};

/**
 * How a view column type lives in DuckDB: the table type (VARCHAR, BOOLEAN, TINYINT … UBIGINT, FLOAT,
 * DOUBLE, TIMESTAMP, lists), its zero DEFAULT, and how the staged JSON row is read back (`from_json`
 * type and conversion).
 *
 * @example
 * ```ts
 * duckDbColumn('datetime').sql; // 'TIMESTAMP'
 * ```
 */
export function duckDbColumn(type: ColumnType): DuckDbColumn {
  return COLUMNS[type];
}

/**
 * A column definition for CREATE TABLE / ADD COLUMN, with its zero DEFAULT.
 *
 * @example
 * ```ts
 * duckDbColumnDefinition('tags', 'stringArray'); // "tags" VARCHAR[] DEFAULT []
 * ```
 */
export function duckDbColumnDefinition(name: string, type: ColumnType): string {
  const c = COLUMNS[type];
  return `${escapeIdentifier(name, 'duckdb')} ${c.sql} DEFAULT ${c.zero}`;
}
