import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIdentifier, qualifiedName, sqlLiteral } from '../../src/index.js';

/** Reads a ClickHouse string literal back the way its lexer does (backslash escapes). */
function readClickHouseString(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  let out = '';
  for (let i = 1; i < literal.length - 1; i++) {
    const c = literal[i]!;
    if (c === "'") throw new Error(`unescaped quote at ${i} in ${literal}`);
    if (c === '\\') {
      const next = literal[++i]!;
      out += next === '0' ? '\0' : next;
    } else out += c;
  }
  return out;
}

/** Reads a DuckDB literal back (doubled quotes; NUL spliced in with chr(0)). */
function readDuckDbString(literal: string): string {
  const parts = literal.startsWith('(') ? literal.slice(1, -1).split(' || chr(0) || ') : [literal];
  return parts
    .map((p) => {
      expect(p.startsWith("'") && p.endsWith("'")).toBe(true);
      const body = p.slice(1, -1);
      expect(body.replace(/''/g, '')).not.toContain("'");
      return body.replace(/''/g, "'");
    })
    .join('\0');
}

describe('sqlLiteral', () => {
  it('escapes quotes and backslashes per dialect', () => {
    expect(sqlLiteral("it's a \\ test", 'clickhouse')).toBe("'it\\'s a \\\\ test'");
    expect(sqlLiteral("it's a \\ test", 'duckdb')).toBe("'it''s a \\ test'");
    expect(sqlLiteral('a\0b', 'clickhouse18')).toBe("'a\\0b'");
    expect(sqlLiteral('a\0b', 'duckdb')).toBe("('a' || chr(0) || 'b')");
  });

  it('round-trips any string through each dialect lexer (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(readClickHouseString(sqlLiteral(s, 'clickhouse'))).toBe(s);
        expect(readDuckDbString(sqlLiteral(s, 'duckdb'))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('writes numbers, bigints, booleans and arrays; refuses non-finite numbers', () => {
    expect(sqlLiteral(-5, 'clickhouse')).toBe('(-5)');
    expect(sqlLiteral(2n ** 64n - 1n, 'clickhouse')).toBe('18446744073709551615');
    expect(sqlLiteral(1.5e-7, 'duckdb')).toBe('1.5e-7');
    expect(sqlLiteral(true, 'clickhouse18')).toBe('1');
    // ClickHouse 18's parser refuses subnormal literals: their bytes instead.
    expect(sqlLiteral(-5e-324, 'clickhouse18')).toBe("reinterpretAsFloat64(unhex('0100000000000080'))");
    expect(sqlLiteral(5e-324, 'clickhouse')).toBe('5e-324');
    expect(sqlLiteral(false, 'clickhouse')).toBe('false');
    expect(sqlLiteral(true, 'duckdb')).toBe('true');
    expect(sqlLiteral(['a', "b'"], 'clickhouse')).toBe("['a', 'b\\'']");
    expect(() => sqlLiteral(Number.NaN, 'duckdb')).toThrow(/finite/);
    expect(() => sqlLiteral(Number.POSITIVE_INFINITY, 'clickhouse')).toThrow(/finite/);
  });
});

describe('escapeIdentifier', () => {
  it('quotes per dialect and escapes the quote character', () => {
    expect(escapeIdentifier('span_event_view', 'clickhouse')).toBe('`span_event_view`');
    expect(escapeIdentifier('we`ird\\', 'clickhouse18')).toBe('`we\\`ird\\\\`');
    expect(escapeIdentifier('we"ird', 'duckdb')).toBe('"we""ird"');
    expect(qualifiedName('ht', 'v', 'duckdb')).toBe('"ht"."v"');
  });

  it('refuses empty names and NUL', () => {
    expect(() => escapeIdentifier('', 'duckdb')).toThrow(/invalid SQL identifier/);
    expect(() => escapeIdentifier('a\0', 'clickhouse')).toThrow(/invalid SQL identifier/);
  });
});
