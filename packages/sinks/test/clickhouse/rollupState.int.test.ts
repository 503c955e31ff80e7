import { createClient } from '@clickhouse/client';
import { VirtualClock } from '@ht/stream-core/testing';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  createClickHouseStore,
  escapeIdentifier,
  MINUTE_MICROS,
  qualifiedName,
  RollupRebuilder,
} from '../../src/index.js';
import type { ClickHouseStore, RollupDefinition } from '../../src/index.js';
import { ROLLUP_STATE_TABLE } from '../../src/clickhouse/rollupSql.js';
import {
  chdbExecutor,
  fixtureBackendRedRollup as backendRed,
  FIXTURE_START_MICROS,
  fixtureTraces,
  fixtureServiceCallView,
  fixtureServiceRedRollup as serviceRed,
  fixtureSpanEventView,
  viewRows,
} from '../../src/testing/index.js';
import { assertRollupMatchesReference } from '../../src/testing/rollupCases.js';
import { chdbPython, clickhouseUrl, uniqueName } from '../support/endpoints.js';

const rollups = [serviceRed, backendRed];

const S = FIXTURE_START_MICROS;
/** The start of minute `n` after the fixture start, µs. */
const minute = (n: number): number => S + n * MINUTE_MICROS;
/** The virtual-clock time (ms) `seconds` into minute `n`. */
const at = (n: number, seconds = 30): number => minute(n) / 1000 + seconds * 1000;

/** One database shared by several store instances (each a "process" of its own), and SQL on it. */
interface SharedDatabase {
  /** A new store instance on the database (knows nothing but what the database holds). */
  open(): Promise<ClickHouseStore>;
  sql(query: string): Promise<Record<string, unknown>[]>;
  command(statement: string): Promise<void>;
  dispose(): Promise<void>;
}

interface Engine {
  readonly name: string;
  shared(): Promise<SharedDatabase>;
}

const admin = createClient({ url: clickhouseUrl });
afterAll(() => admin.close());

const engines: Engine[] = [
  {
    name: 'ClickHouse 18.16 (live server, a new HTTP client per instance)',
    shared: async () => {
      const database = uniqueName('ht_rollstate');
      return {
        open: () => createClickHouseStore({ url: clickhouseUrl, database }),
        sql: async (query) => {
          const result = await admin.query({ query, format: 'JSONEachRow' });
          return result.json<Record<string, unknown>>();
        },
        command: async (statement) => {
          await admin.command({ query: statement });
        },
        dispose: async () => {
          await admin.command({ query: `DROP DATABASE IF EXISTS ${escapeIdentifier(database, 'clickhouse')}` });
        },
      };
    },
  },
  {
    name: 'ClickHouse 26 (chDB: instances share one engine session, so the tables outlive each instance)',
    shared: async () => {
      const executor = chdbExecutor({ python: chdbPython });
      // A store closes its executor: each instance gets a view of the session whose close does nothing.
      const session = { ...executor, close: async () => undefined };
      return {
        open: () => createClickHouseStore({ executor: session, database: 'ht', retentionDays: 3650 }),
        sql: (query) => executor.query(query),
        command: (statement) => executor.command(statement),
        dispose: () => executor.close(),
      };
    },
  },
];

async function withShared(engine: Engine, fn: (db: SharedDatabase) => Promise<void>): Promise<void> {
  const db = await engine.shared();
  try {
    await fn(db);
  } finally {
    await db.dispose();
  }
}

async function openEnsured(db: SharedDatabase): Promise<ClickHouseStore> {
  const store = await db.open();
  await store.ensureTables([fixtureSpanEventView, fixtureServiceCallView]);
  await store.ensureRollups(rollups);
  return store;
}

async function rebuiltOf(store: ClickHouseStore): Promise<Record<string, unknown>> {
  return Object.fromEntries(
    await Promise.all(rollups.map(async (r) => [r.name, await store.rebuiltRollupMinutes(r.name)] as const)),
  );
}

const both = (from: number, to: number): Record<string, unknown> => ({
  fixture_service_red_1m: { fromMicros: minute(from), toMicros: minute(to) },
  fixture_backend_red_1m: { fromMicros: minute(from), toMicros: minute(to) },
});

/** Distinct minutes (µs) of a rollup's table in [from, to) for tenant `default`. */
async function tableMinutes(
  db: SharedDatabase,
  store: ClickHouseStore,
  rollup: RollupDefinition,
  from: number,
  to: number,
) {
  const m = store.features.modern ? 'toUnixTimestamp64Micro(minute)' : 'minute';
  const rows = await db.sql(
    `SELECT DISTINCT ${m} AS m FROM ${qualifiedName(store.database, rollup.name, 'clickhouse')} ` +
      `WHERE tenant_id = 'default' AND ${m} >= ${from} AND ${m} < ${to} ORDER BY m`,
  );
  return rows.map((r) => Number(r['m']));
}

/** The minutes of [from, to) holding rows a rollup counts (reference, from the written rows). */
function referenceMinutes(
  rollup: RollupDefinition,
  rows: readonly Record<string, unknown>[],
  from: number,
  to: number,
) {
  const time = rollup.view.timeColumn;
  const minutes = rows
    .filter((r) => rollup.where.length === 0 || r['is_entry'] === true)
    .map((r) => Math.floor(Number(r[time]) / MINUTE_MICROS) * MINUTE_MICROS)
    .filter((t) => t >= from && t < to);
  return [...new Set(minutes)].sort((a, b) => a - b);
}

for (const engine of engines) {
  describe(`rollup state persisted in ${ROLLUP_STATE_TABLE}: ${engine.name}`, () => {
    it('a new store instance on the same database gets the rebuilt interval back and reads the rollup table', async () => {
      await withShared(engine, async (db) => {
        const traces = fixtureTraces({ traces: 60, seed: 7, spreadMicros: 40 * MINUTE_MICROS });
        const spans = viewRows(fixtureSpanEventView, traces);
        const calls = viewRows(fixtureServiceCallView, traces);
        const range = { tenantId: 'default', fromMicros: minute(0), toMicros: minute(42) };

        const first = await openEnsured(db);
        expect(await rebuiltOf(first)).toEqual({
          fixture_service_red_1m: undefined,
          fixture_backend_red_1m: undefined,
        });
        await first.write('fixture_span_event_view', spans);
        await first.write('fixture_service_call_view', calls);
        for (const r of rollups) {
          await first.rebuildRollup(r.name, minute(0), minute(20));
          await first.rebuildRollup(r.name, minute(20), minute(30));
        }
        expect(await rebuiltOf(first)).toEqual(both(0, 30));
        await first.close();

        const second = await openEnsured(db);
        try {
          expect(await rebuiltOf(second)).toEqual(both(0, 30));
          await assertRollupMatchesReference(second, serviceRed, spans, range, 'after a restart');
          await assertRollupMatchesReference(second, backendRed, calls, range, 'after a restart');
          // The restored interval is what reads use: a row slipped into the rollup table (another tenant, the
          // first rebuilt minute) is read back; with no interval that minute would come from the base view.
          const table = qualifiedName(second.database, serviceRed.name, 'clickhouse');
          const columns =
            'minute, service_name, calls, errors, duration_sum, duration_min, duration_max, duration_q, built_at';
          await db.command(
            `INSERT INTO ${table} (tenant_id, ${columns}) SELECT 'marker', ${columns} FROM ${table} ` +
              `WHERE tenant_id = 'default' ORDER BY minute LIMIT 1`,
          );
          const marker = await second.queryRollup(serviceRed.name, { ...range, tenantId: 'marker' });
          expect(marker).toHaveLength(1);
          expect(marker[0]?.['calls']).toBeGreaterThan(0);
        } finally {
          await second.close();
        }
      });
    }, 120_000);

    it('the newest write wins when two instances share the database', async () => {
      await withShared(engine, async (db) => {
        const a = await openEnsured(db);
        const b = await openEnsured(db);
        await a.rebuildRollup(serviceRed.name, minute(0), minute(10));
        await b.rebuildRollup(serviceRed.name, minute(20), minute(25));
        // Each instance keeps its own view until it loads the state again.
        expect(await a.rebuiltRollupMinutes(serviceRed.name)).toEqual({ fromMicros: minute(0), toMicros: minute(10) });
        await a.close();
        await b.close();
        const c = await openEnsured(db);
        try {
          expect(await c.rebuiltRollupMinutes(serviceRed.name)).toEqual({
            fromMicros: minute(20),
            toMicros: minute(25),
          });
          expect(await c.rebuiltRollupMinutes(backendRed.name)).toBeUndefined();
        } finally {
          await c.close();
        }
      });
    }, 120_000);

    it('after a downtime the first RollupRebuilder pass rebuilds every minute of the gap (bounded by maxCatchUpMs)', async () => {
      await withShared(engine, async (db) => {
        const traces = fixtureTraces({ traces: 240, seed: 11, spreadMicros: 180 * MINUTE_MICROS });
        const spans = viewRows(fixtureSpanEventView, traces);
        const calls = viewRows(fixtureServiceCallView, traces);
        const clock = new VirtualClock(at(20));

        // Before the downtime: one pass of the lateness window.
        const before = await openEnsured(db);
        await before.write('fixture_span_event_view', spans);
        await before.write('fixture_service_call_view', calls);
        await new RollupRebuilder(before, rollups, { clock }).rebuildNow();
        expect(await rebuiltOf(before)).toEqual(both(15, 20));
        await before.close();

        // 2 h 10 min later a new instance starts its rebuilder: the first pass catches up, 60 minutes a statement.
        clock.advanceTo(at(150));
        const after = await openEnsured(db);
        try {
          expect(await rebuiltOf(after)).toEqual(both(15, 20));
          const errors: unknown[] = [];
          const rebuilder = new RollupRebuilder(after, rollups, { clock, onError: (e) => errors.push(e) });
          rebuilder.start();
          clock.advance(0);
          await vi.waitFor(async () => expect(await rebuiltOf(after)).toEqual(both(15, 150)), {
            timeout: 60_000,
            interval: 50,
          });
          await rebuilder.stop();
          expect(errors).toEqual([]);
          // Every minute of the gap holding rows is in the rollup tables, and the reads match the reference.
          for (const [rollup, rows] of [
            [serviceRed, spans],
            [backendRed, calls],
          ] as const) {
            const gap = referenceMinutes(rollup, rows, minute(20), minute(150));
            expect(gap.length).toBeGreaterThan(60);
            expect(await tableMinutes(db, after, rollup, minute(20), minute(150))).toEqual(gap);
          }
          const range = { tenantId: 'default', fromMicros: minute(0), toMicros: minute(181) };
          await assertRollupMatchesReference(after, serviceRed, spans, range, 'after the catch-up');
          await assertRollupMatchesReference(after, backendRed, calls, range, 'after the catch-up');
        } finally {
          await after.close();
        }

        // A longer downtime than maxCatchUpMs: only the last 20 minutes are rebuilt (the interval moves there).
        clock.advanceTo(at(175));
        const later = await openEnsured(db);
        try {
          await new RollupRebuilder(later, rollups, { clock, maxCatchUpMs: 20 * 60_000 }).rebuildNow();
          expect(await rebuiltOf(later)).toEqual(both(155, 175));
          const range = { tenantId: 'default', fromMicros: minute(0), toMicros: minute(181) };
          await assertRollupMatchesReference(later, serviceRed, spans, range, 'after a bounded catch-up');
          await assertRollupMatchesReference(later, backendRed, calls, range, 'after a bounded catch-up');
        } finally {
          await later.close();
        }
      });
    }, 180_000);
  });
}
