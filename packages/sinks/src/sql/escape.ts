import { HtError } from '@ht/stream-core';

/**
 * The SQL dialects @ht compiles to: ClickHouse 18.x (Debian's 18.16: no query parameters, no CTEs, no
 * window functions, no Bool type), modern ClickHouse (23+) and DuckDB.
 *
 * @example
 * ```ts
 * const dialect: SqlDialect = store.capabilities.dialect;
 * ```
 */
export type SqlDialect = 'clickhouse18' | 'clickhouse' | 'duckdb';

/**
 * A value that may be written into SQL text as a literal.
 *
 * @example
 * ```ts
 * const v: SqlValue = ['GET', 'POST'];
 * ```
 */
export type SqlValue = string | number | bigint | boolean | readonly SqlValue[];

const isClickHouse = (dialect: SqlDialect): boolean => dialect !== 'duckdb';

/**
 * The one audited escaping function for values that are not sent as data: renders `value` as a SQL
 * literal of `dialect`. Strings: ClickHouse escapes `\` and `'` with a backslash (and NUL as `\0`);
 * DuckDB doubles `'` (backslashes are literal there) and splices NUL in with `chr(0)`. Numbers must be
 * finite; negatives are parenthesized so they are safe after an operator; ClickHouse 18 gets subnormal
 * numbers (below 2.2e-308, which its parser refuses) as `reinterpretAsFloat64(unhex('…'))`. Booleans are `1`/`0` on
 * ClickHouse 18 (no Bool type). Arrays become `[a, b]`. Property-tested against round-trips through the
 * real servers.
 *
 * @example
 * ```ts
 * sqlLiteral("it's", 'clickhouse'); // 'it\'s'
 * sqlLiteral("it's", 'duckdb');     // 'it''s'
 * ```
 */
export function sqlLiteral(value: SqlValue, dialect: SqlDialect): string {
  switch (typeof value) {
    case 'string':
      return stringLiteral(value, dialect);
    case 'number':
      if (!Number.isFinite(value)) {
        throw new HtError('INPUT_INVALID', `cannot write ${value} as a SQL literal: only finite numbers`);
      }
      if (dialect === 'clickhouse18' && isSubnormal(value)) return subnormalLiteral(value, dialect);
      return value < 0 || Object.is(value, -0) ? `(${String(value)})` : String(value);
    case 'bigint':
      return value < 0n ? `(${value.toString()})` : value.toString();
    case 'boolean':
      if (dialect === 'clickhouse18') return value ? '1' : '0';
      return value ? 'true' : 'false';
    default:
      if (Array.isArray(value)) return `[${value.map((v: SqlValue) => sqlLiteral(v, dialect)).join(', ')}]`;
      throw new HtError('INPUT_INVALID', `cannot write a ${typeof value} as a SQL literal`);
  }
}

const isSubnormal = (value: number): boolean => value !== 0 && Math.abs(value) < 2.2250738585072014e-308;

/** ClickHouse 18's parser refuses subnormal literals (`5e-324`): spell the number by its IEEE 754 bytes. */
function subnormalLiteral(value: number, dialect: SqlDialect): string {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleLE(value);
  return `reinterpretAsFloat64(unhex(${stringLiteral(bytes.toString('hex'), dialect)}))`;
}

function stringLiteral(value: string, dialect: SqlDialect): string {
  if (isClickHouse(dialect)) {
    return `'${value.replace(/[\\'\0]/g, (c) => (c === '\0' ? '\\0' : `\\${c}`))}'`;
  }
  const quoted = `'${value.replace(/'/g, "''")}'`;
  // DuckDB's parser stops at a NUL byte inside a literal: splice it in as chr(0) instead.
  return value.includes('\0') ? `(${quoted.split('\0').join("' || chr(0) || '")})` : quoted;
}

/**
 * Quotes an identifier (database, table, column, alias) for `dialect`: ClickHouse backquotes with
 * backslash escapes, DuckDB double quotes with `"` doubled. Empty names and NUL are refused.
 *
 * @example
 * ```ts
 * escapeIdentifier('span_event_view', 'clickhouse'); // `span_event_view`
 * escapeIdentifier('span_event_view', 'duckdb');     // "span_event_view"
 * ```
 */
export function escapeIdentifier(name: string, dialect: SqlDialect): string {
  if (name === '' || name.includes('\0')) {
    throw new HtError('INPUT_INVALID', `invalid SQL identifier ${JSON.stringify(name)}`);
  }
  if (isClickHouse(dialect)) return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A table name qualified by its database (ClickHouse) or schema (DuckDB), each part escaped.
 *
 * @example
 * ```ts
 * qualifiedName('ht', 'span_event_view', 'clickhouse'); // `ht`.`span_event_view`
 * ```
 */
export function qualifiedName(database: string, table: string, dialect: SqlDialect): string {
  return `${escapeIdentifier(database, dialect)}.${escapeIdentifier(table, dialect)}`;
}
