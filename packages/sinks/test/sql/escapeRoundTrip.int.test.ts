import { createClient } from '@clickhouse/client';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeIdentifier, sqlLiteral } from '../../src/index.js';
import type { SqlDialect } from '../../src/index.js';
import { chdbExecutor } from '../../src/testing/index.js';
import { chdbPython, clickhouseUrl } from '../support/endpoints.js';

/** Strings of any code points (no lone surrogates: they cannot travel as UTF-8), weighted to the hard ones. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom("'", '\\', '"', '`', '\0', '\n', '\r', '\t', '?', '{', '}', 'é', '🚀', ';', '--'),
  }),
);

const client = createClient({
  url: clickhouseUrl,
  clickhouse_settings: { output_format_json_quote_64bit_integers: 1 },
});
const chdb = chdbExecutor({ python: chdbPython });
afterAll(async () => {
  await client.close();
  await chdb.close();
});

async function roundTrip(
  run: (sql: string) => Promise<Record<string, unknown>[]>,
  dialect: SqlDialect,
  values: string[],
  name: string,
): Promise<void> {
  const [row] = await run(`SELECT ${sqlLiteral(values, dialect)} AS ${escapeIdentifier(name, dialect)}`);
  expect(row).toEqual({ [name]: values });
}

describe('sqlLiteral and escapeIdentifier round-trip through the real engines (property)', () => {
  it('ClickHouse 18.16 (HTTP)', async () => {
    const run = async (sql: string) =>
      (await client.query({ query: sql, format: 'JSONEachRow' })).json<Record<string, unknown>>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostile, { maxLength: 20 }),
        hostile.filter((s) => s !== '' && !s.includes('\0')),
        (values, name) => roundTrip(run, 'clickhouse18', values, name),
      ),
      { numRuns: 60, examples: [[[], '__proto__']] },
    );
  }, 60_000);

  it('DuckDB 1.5', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const run = async (sql: string) => {
        const reader = await connection.runAndReadAll(sql);
        const names = reader.columnNames();
        // Not getRowObjectsJS: it assigns by name, so a column named __proto__ would set the prototype.
        return reader.getRowsJS().map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]])));
      };
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostile, { maxLength: 20 }),
          hostile.filter((s) => s !== '' && !s.includes('\0')),
          (values, name) => roundTrip(run, 'duckdb', values, name),
        ),
        { numRuns: 100, examples: [[[], '__proto__']] },
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 60_000);

  it('ClickHouse 26 (chDB)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostile, { maxLength: 20 }),
        hostile.filter((s) => s !== '' && !s.includes('\0')),
        (values, name) => roundTrip((sql) => chdb.query(sql), 'clickhouse', values, name),
      ),
      { numRuns: 60, examples: [[[], '__proto__']] },
    );
  }, 60_000);
});
