import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendColumns } from '../../src/duckdb/columnStaging.js';
import { columnStagingName, createColumnStagingTable, createDuckDbTable } from '../../src/duckdb/ddl.js';
import { PreparedWrites } from '../../src/duckdb/PreparedWrites.js';
import { tableLayout } from '../../src/store/tableLayout.js';
import type { TableLayout } from '../../src/store/tableLayout.js';
import type { ViewRow } from '../../src/index.js';
import { fixtureSpanEventView, fixtureTraces, viewRows } from '../../src/testing/index.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
const layout: TableLayout = tableLayout(fixtureSpanEventView);
const staging = `temp.${columnStagingName(fixtureSpanEventView.name)}`;

beforeEach(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run(createDuckDbTable(layout, 'main'));
  await connection.run(createColumnStagingTable(layout));
});
afterEach(() => {
  connection.closeSync();
  instance.closeSync();
});

/** Stages `rows` in the view's column staging table; returns the text length staged. */
async function stage(rows: readonly ViewRow[]): Promise<number> {
  const appender = await connection.createAppender(columnStagingName(fixtureSpanEventView.name), 'main', 'temp');
  try {
    const text = await appendColumns(appender, fixtureSpanEventView, rows);
    if (text === false) throw new Error('the fixture rows should stage by column');
    appender.flushSync();
    return text;
  } finally {
    appender.closeSync();
  }
}

const countOf = async (table: string): Promise<number> =>
  Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]![0]);
const range = { fromMicros: 0, toMicros: Number.MAX_SAFE_INTEGER };

describe('PreparedWrites: one connection’s prepared check and insert', () => {
  it('checks, inserts and empties the staging, batch after batch, with one plan', async () => {
    const prepared = new PreparedWrites(connection, 'main');
    const traces = fixtureTraces({ traces: 30, seed: 5 });
    const batches = [traces.slice(0, 10), traces.slice(10, 20), traces.slice(20)].map((t) =>
      viewRows(fixtureSpanEventView, t),
    );
    let stored = 0;
    for (const rows of batches) {
      const text = await stage(rows);
      expect(text).toBeGreaterThan(0);
      expect(await prepared.check(layout, range)).toEqual([0, 0]);
      await prepared.insert(layout);
      await prepared.release(layout, text);
      stored += rows.length;
      expect(await countOf('main.fixture_span_event_view')).toBe(stored);
      expect(await countOf(staging)).toBe(0);
    }
    // A batch stored already: the check finds every key, within the bound range only.
    await stage(batches[0]!);
    expect(await prepared.check(layout, range)).toEqual([batches[0]!.length, 0]);
    expect(await prepared.check(layout, { fromMicros: 0, toMicros: 1 })).toEqual([0, 0]);
  });

  it('creates the staging tables anew past the text budget, and its plans still run', async () => {
    const prepared = new PreparedWrites(connection, 'main', 1);
    const rows = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 10, seed: 6 }));
    const before = await connection.runAndReadAll(
      `SELECT table_oid FROM duckdb_tables() WHERE table_name = '${columnStagingName(fixtureSpanEventView.name)}'`,
    );
    await prepared.release(layout, await stage(rows));
    const after = await connection.runAndReadAll(
      `SELECT table_oid FROM duckdb_tables() WHERE table_name = '${columnStagingName(fixtureSpanEventView.name)}'`,
    );
    // Over budget: a new (empty) table, not the emptied old one.
    expect(after.getRows()[0]![0]).not.toEqual(before.getRows()[0]![0]);
    expect(await countOf(staging)).toBe(0);
    await stage(rows);
    expect(await prepared.check(layout, range)).toEqual([0, 0]);
    await prepared.insert(layout);
    expect(await countOf('main.fixture_span_event_view')).toBe(rows.length);
  });

  it('prepares again for a new layout of the view (a migration)', async () => {
    const prepared = new PreparedWrites(connection, 'main');
    const rows = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 5, seed: 7 }));
    await stage(rows);
    expect(await prepared.check(layout, range)).toEqual([0, 0]);
    const migrated = tableLayout(fixtureSpanEventView);
    expect(await prepared.check(migrated, range)).toEqual([0, 0]);
    await prepared.insert(migrated);
    expect(await countOf('main.fixture_span_event_view')).toBe(rows.length);
  });
});
