import { createClient } from '@clickhouse/client';
import { afterAll, describe, expect, it } from 'vitest';
import { createClickHouseStore, escapeIdentifier, qualifiedName } from '../../src/index.js';
import type { ClickHouseExecutor, ClickHouseStore } from '../../src/index.js';
import { httpExecutor } from '../../src/clickhouse/httpExecutor.js';
import { createTableStatements } from '../../src/clickhouse/ddl.js';
import { TRACE_GROUPS_STATE_TABLE, traceGroupsName } from '../../src/clickhouse/traceGroupsSql.js';
import { tableLayout } from '../../src/store/tableLayout.js';
import {
  chdbExecutor,
  fixtureRawTraceView,
  fixtureServiceCallView,
  fixtureSpanEventView,
  fixtureTraces,
  lateFragment,
  viewRows,
} from '../../src/testing/index.js';
import { chdbPython, clickhouseUrl, uniqueName } from '../support/endpoints.js';

const SPANS = 'fixture_span_event_view';
const views = [fixtureSpanEventView, fixtureRawTraceView, fixtureServiceCallView];

/** A database several store instances open in turn, the statements they sent, and SQL on it. */
interface Database {
  open(): Promise<ClickHouseStore>;
  /** Every statement the stores opened so far sent, in order. */
  readonly sent: string[];
  command(statement: string): Promise<void>;
  dispose(): Promise<void>;
}

/** Records every statement an executor runs; its close does nothing (the engine is closed by `dispose`). */
function recording(executor: ClickHouseExecutor, sent: string[]): ClickHouseExecutor {
  return {
    ...executor,
    query: (sql, limits) => {
      sent.push(sql);
      return executor.query(sql, limits);
    },
    command: (sql) => {
      sent.push(sql);
      return executor.command(sql);
    },
    close: async () => undefined,
  };
}

const engines: { name: string; database(): Database }[] = [
  {
    name: 'ClickHouse 18.16 (live server)',
    database: () => {
      const client = createClient({ url: clickhouseUrl });
      const executor = httpExecutor(client, { allow_experimental_low_cardinality_type: 1 });
      const database = uniqueName('ht_tracegroups');
      const sent: string[] = [];
      return {
        sent,
        open: () => createClickHouseStore({ executor: recording(executor, sent), database }),
        command: (statement) => executor.command(statement),
        dispose: async () => {
          await executor.command(`DROP DATABASE IF EXISTS ${escapeIdentifier(database, 'clickhouse')}`);
          await executor.close();
        },
      };
    },
  },
  {
    name: 'ClickHouse 26 (chDB)',
    database: () => {
      const executor = chdbExecutor({ python: chdbPython });
      const sent: string[] = [];
      return {
        sent,
        open: () => createClickHouseStore({ executor: recording(executor, sent), database: 'ht', retentionDays: 3650 }),
        command: (statement) => executor.command(statement),
        dispose: () => executor.close(),
      };
    },
  },
];

const spanIds = (rows: readonly Record<string, unknown>[]): string[] => rows.map((r) => String(r['span_id'])).sort();

/** The statements of `sent` (from `from` on) that read the rows of a view's table for a trace. */
function traceReads(sent: readonly string[], from: number, table: string): string[] {
  return sent.slice(from).filter((s) => s.includes(`FROM ${table} PREWHERE`));
}

for (const engine of engines) {
  describe(`trace by id through the trace-groups table: ${engine.name}`, () => {
    const opened: Database[] = [];
    afterAll(async () => {
      for (const db of opened) await db.dispose();
    });

    it('reads each trace group by group: every row, only the groups it has, replays once', async () => {
      const db = engine.database();
      opened.push(db);
      const store = await db.open();
      await store.ensureTables(views);
      const traces = fixtureTraces({ traces: 40, seed: 21 });
      const rows = viewRows(fixtureSpanEventView, traces);
      await store.write(SPANS, rows);
      await store.write(SPANS, rows.slice(0, 30)); // a replay, not merged yet
      await store.write('fixture_raw_trace_view', viewRows(fixtureRawTraceView, traces));
      const table = qualifiedName(store.database, SPANS, 'clickhouse');
      for (const trace of traces.slice(0, 8)) {
        const before = db.sent.length;
        const read = await store.traceRows(SPANS, 'default', trace.traceId);
        const expected = rows.filter((r) => r.trace_id === trace.traceId);
        expect(spanIds(read)).toEqual(spanIds(expected));
        const [sql] = traceReads(db.sent, before, table);
        // One condition per (service, operation) group of the trace, each with its service.
        const groups = new Set(expected.map((r) => `${r.service_name}/${r.span_name}`));
        expect(sql?.split(' OR ').length).toBe(groups.size);
        for (const r of expected) expect(sql).toContain(`'${r.service_name}'`);
        expect(db.sent.slice(before).some((s) => s.includes(traceGroupsName(SPANS)))).toBe(true);
      }
      // A new database has trace-groups tables instead of lookup tables …
      const created = db.sent.filter((sql) => sql.startsWith('CREATE TABLE'));
      expect(created.some((sql) => sql.includes(`${SPANS}_trace_index\``))).toBe(false);
      expect(created.some((sql) => sql.includes(`${SPANS}_trace_groups\``))).toBe(true);
      // … but for a view whose sort key has no group columns: it keeps its lookup table.
      expect(created.some((sql) => sql.includes('fixture_raw_trace_view_trace_index`'))).toBe(true);
      const raw = await store.traceRows('fixture_raw_trace_view', 'default', traces[0]!.traceId);
      expect(raw.map((r) => r['trace_id'])).toEqual([traces[0]!.traceId]);
      expect(db.sent.some((s) => s.includes(traceGroupsName('fixture_raw_trace_view')))).toBe(false);
      // Another tenant's trace id reads nothing.
      expect(await store.traceRows(SPANS, 'other', traces[0]!.traceId)).toEqual([]);
      expect(await store.traceRows(SPANS, 'default', 'f'.repeat(32))).toEqual([]);
      await store.close();
    }, 120_000);

    it('an older database: the migration fills the table from the rows there, a trace missing from it falls back', async () => {
      const db = engine.database();
      opened.push(db);
      const traces = fixtureTraces({ traces: 20, seed: 5 });
      const first = await db.open();
      await first.ensureTables(views);
      // What a database of the previous version holds: the tables and their lookup tables (filled at
      // insert time), no trace groups.
      const name = (t: string): string => qualifiedName(first.database, t, 'clickhouse');
      for (const view of views) {
        await db.command(`DROP TABLE IF EXISTS ${name(`${traceGroupsName(view.name)}_mv`)}`);
        await db.command(`DROP TABLE IF EXISTS ${name(traceGroupsName(view.name))}`);
        const [, ...lookup] = createTableStatements(tableLayout(view), {
          database: first.database,
          features: first.features,
        });
        for (const sql of lookup) await db.command(sql);
      }
      await db.command(`DROP TABLE ${name(TRACE_GROUPS_STATE_TABLE)}`);
      await first.write(SPANS, viewRows(fixtureSpanEventView, traces));
      await first.close();

      const second = await db.open();
      await second.ensureTables(views);
      // A later fragment of a trace written before the migration: both halves are read.
      const late = lateFragment(traces[0]!);
      await second.write(SPANS, viewRows(fixtureSpanEventView, [late]));
      const table = name(SPANS);
      let before = db.sent.length;
      const read = await second.traceRows(SPANS, 'default', traces[0]!.traceId);
      expect(spanIds(read)).toEqual(spanIds(viewRows(fixtureSpanEventView, [traces[0]!, late])));
      expect(traceReads(db.sent, before, table)[0]).toContain(' OR ');
      for (const trace of traces.slice(1)) {
        expect(spanIds(await second.traceRows(SPANS, 'default', trace.traceId))).toEqual(
          spanIds(viewRows(fixtureSpanEventView, [trace])),
        );
      }
      // A trace the groups table lacks (its rows removed there) is found through the lookup table.
      await db.command(`TRUNCATE TABLE ${name(traceGroupsName(SPANS))}`);
      before = db.sent.length;
      const fallback = await second.traceRows(SPANS, 'default', traces[1]!.traceId);
      expect(spanIds(fallback)).toEqual(spanIds(viewRows(fixtureSpanEventView, [traces[1]!])));
      expect(traceReads(db.sent, before, table)[0]).not.toContain(' OR ');
      await second.close();

      // The fill is recorded: the next instance does not fill again.
      const third = await db.open();
      before = db.sent.length;
      await third.ensureTables(views);
      expect(db.sent.slice(before).filter((s) => /^INSERT INTO .*_trace_groups` SELECT/.test(s))).toEqual([]);
      // … while the migration above did.
      expect(db.sent.filter((s) => /^INSERT INTO .*_trace_groups` SELECT/.test(s)).length).toBe(2);
      await third.close();
    }, 120_000);
  });
}
