import type { ColumnType } from '@ht/enricher-sdk';
import {
  BOOLEAN,
  DOUBLE,
  FLOAT,
  INTEGER,
  SMALLINT,
  TINYINT,
  UINTEGER,
  USMALLINT,
  UTINYINT,
  VARCHAR,
} from '@duckdb/node-api';
import type { DuckDBType } from '@duckdb/node-api';
import { escapeIdentifier } from '../sql/escape.js';

interface DuckDbColumn {
  /** The table's type. */
  readonly sql: string;
  /** The DEFAULT for rows written before the column existed (stores never hold NULL). */
  readonly zero: string;
  /** The staging column's vector type: the natural one when JS numbers/strings/booleans fit it as they are. */
  readonly staging: DuckDBType;
  /** How a JS value goes into the staging vector (64-bit integers and datetimes as exact decimal text, arrays as JSON). */
  readonly stage: (value: unknown) => string | number | boolean;
  /** SQL turning the staging column `c` into the table's type. */
  readonly convert: (c: string) => string;
}

const same = (v: unknown): string | number | boolean => v as string | number | boolean;
const asText = (v: unknown): string => String(v);
const asJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x)) ?? '[]';
const id = (c: string): string => c;

const COLUMNS: Record<ColumnType, DuckDbColumn> = {
  string: { sql: 'VARCHAR', zero: "''", staging: VARCHAR, stage: same, convert: id },
  lowCardinalityString: { sql: 'VARCHAR', zero: "''", staging: VARCHAR, stage: same, convert: id },
  bool: { sql: 'BOOLEAN', zero: 'false', staging: BOOLEAN, stage: same, convert: id },
  int8: { sql: 'TINYINT', zero: '0', staging: TINYINT, stage: same, convert: id },
  int16: { sql: 'SMALLINT', zero: '0', staging: SMALLINT, stage: same, convert: id },
  int32: { sql: 'INTEGER', zero: '0', staging: INTEGER, stage: same, convert: id },
  int64: { sql: 'BIGINT', zero: '0', staging: VARCHAR, stage: asText, convert: (c) => `CAST(${c} AS BIGINT)` },
  uint8: { sql: 'UTINYINT', zero: '0', staging: UTINYINT, stage: same, convert: id },
  uint16: { sql: 'USMALLINT', zero: '0', staging: USMALLINT, stage: same, convert: id },
  uint32: { sql: 'UINTEGER', zero: '0', staging: UINTEGER, stage: same, convert: id },
  uint64: { sql: 'UBIGINT', zero: '0', staging: VARCHAR, stage: asText, convert: (c) => `CAST(${c} AS UBIGINT)` },
  float32: { sql: 'FLOAT', zero: '0', staging: FLOAT, stage: same, convert: id },
  float64: { sql: 'DOUBLE', zero: '0', staging: DOUBLE, stage: same, convert: id },
  datetime: {
    sql: 'TIMESTAMP',
    zero: "TIMESTAMP '1970-01-01'",
    staging: VARCHAR,
    stage: asText,
    convert: (c) => `make_timestamp(CAST(${c} AS BIGINT))`,
  },
  stringArray: {
    sql: 'VARCHAR[]',
    zero: '[]',
    staging: VARCHAR,
    stage: asJson,
    convert: (c) => `from_json(${c}, '["VARCHAR"]')`,
  },
  lowCardinalityStringArray: {
    sql: 'VARCHAR[]',
    zero: '[]',
    staging: VARCHAR,
    stage: asJson,
    convert: (c) => `from_json(${c}, '["VARCHAR"]')`,
  },
  int64Array: {
    sql: 'BIGINT[]',
    zero: '[]',
    staging: VARCHAR,
    stage: asJson,
    convert: (c) => `from_json(${c}, '["BIGINT"]')`,
  },
  float64Array: {
    sql: 'DOUBLE[]',
    zero: '[]',
    staging: VARCHAR,
    stage: asJson,
    convert: (c) => `from_json(${c}, '["DOUBLE"]')`,
  },
};

/**
 * How a view column type lives in DuckDB: the table type (VARCHAR, BOOLEAN, TINYINT … UBIGINT, FLOAT,
 * DOUBLE, TIMESTAMP, lists), its zero DEFAULT, and the staging form the appender writes (vector types
 * JS values fit without per-value objects; 64-bit integers as exact text, arrays as JSON, converted by
 * SQL when merged).
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
