import { NUMBER_PATTERN } from '../query/FilterOps.js';
import type { FilterOps } from '../query/FilterOps.js';
import { sqlLiteral } from '../sql/escape.js';

const UPPER = sqlLiteral('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'duckdb');
const LOWER = sqlLiteral('abcdefghijklmnopqrstuvwxyz', 'duckdb');

/**
 * The {@link FilterOps} of DuckDB: `LIKE … ESCAPE '\'` (DuckDB has no default escape character);
 * ASCII-only case folding with `translate` (DuckDB's `lower` folds every script, ClickHouse's only
 * ASCII); an absent attribute reads `''` (not NULL), so negations keep two-valued logic.
 *
 * @example
 * ```ts
 * const sql = duckDbFilterOps.like('"span_name"', "'GET %'");
 * ```
 */
export const duckDbFilterOps: FilterOps = {
  like: (expr, pattern) => `${expr} LIKE ${pattern} ESCAPE ${sqlLiteral('\\', 'duckdb')}`,
  lowerAscii: (expr) => `translate(${expr}, ${UPPER}, ${LOWER})`,
  attributeValue: (keys, values, key) => `coalesce(${values}[list_position(${keys}, ${key})], '')`,
  isNumber: (expr) => `regexp_full_match(${expr}, ${sqlLiteral(NUMBER_PATTERN, 'duckdb')})`,
  toNumber: (expr) => `coalesce(TRY_CAST(${expr} AS DOUBLE), 0)`,
};
