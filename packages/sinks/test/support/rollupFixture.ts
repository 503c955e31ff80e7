import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { runEnricher } from '@ht/enricher-sdk/testing';
import type { Trace } from '@ht/enricher-sdk';
import { afterAll } from 'vitest';
import {
  builtinRollups,
  builtinRollupsFor,
  createClickHouseStore,
  createDuckDbStore,
  MINUTE_MICROS,
} from '../../src/index.js';
import type { ViewStore } from '../../src/index.js';
import { chdbExecutor, FIXTURE_START_MICROS, fixtureTraces, lateFragment, viewRows } from '../../src/testing/index.js';
import { chdbPython, clickhouseUrl, uniqueName } from './endpoints.js';

/** A store the rollup tests run on: its name, how to open one, and how to drop what it made. */
export type RollupStoreCase = readonly [
  name: string,
  create: () => Promise<ViewStore>,
  destroy: (store: ViewStore) => Promise<void>,
];

/** The rollup tests' data and stores (see {@link rollupFixture}). */
export interface RollupFixture {
  /** The start of minute `n` of the fixture, µs. */
  readonly minute: (n: number) => number;
  /** ClickHouse 18.16, ClickHouse 26 (chDB) and DuckDB, each in a database or file of its own. */
  readonly stores: readonly RollupStoreCase[];
  /**
   * Creates the views and the built-in rollups in `store` and writes the traces; minutes [0, 12) are
   * closed and rebuilt; then replays (traces 20-59 again) and the late fragments (in the minutes of their
   * traces) are written and minutes [0, 14) rebuilt, as the rebuilder's lateness window does.
   */
  readonly fill: (store: ViewStore) => Promise<void>;
}

/**
 * The set-up the rollup integration tests share: `traceCount` fixture traces (`seed`) spread over 20 minutes
 * from `FIXTURE_START_MICROS` with late fragments of every fifth, enriched by the whole built-in chain as
 * the enricher stage would, written into a store with the built-in rollups by `fill`, and the three stores
 * to run on (databases named `<name>_…`, DuckDB
 * files in a temp dir removed after the file's tests).
 */
export async function rollupFixture(name: string, traceCount: number, seed: number): Promise<RollupFixture> {
  const dir = mkdtempSync(join(tmpdir(), `ht-sinks-${name}-`));
  const admin = createClient({ url: clickhouseUrl });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await admin.close();
  });
  const traces = fixtureTraces({ traces: traceCount, seed, spreadMicros: 20 * MINUTE_MICROS });
  const late = traces.filter((_, i) => i % 5 === 0).map((t) => lateFragment(t, 1));
  const [last, ...others] = [...builtinEnrichers].reverse();
  await runEnricher(last!, [...traces, ...late], undefined, { with: others });
  const allViews = builtinRollupsFor(builtinViews).map((r) => r.view);
  const views = allViews.filter((v, i) => allViews.indexOf(v) === i);
  const minute = (n: number): number => FIXTURE_START_MICROS + n * MINUTE_MICROS;
  const fill = async (store: ViewStore): Promise<void> => {
    await store.ensureTables(views);
    await store.ensureRollups(builtinRollups);
    const write = async (batch: readonly Trace[]): Promise<void> => {
      for (const view of views) await store.write(view.name, viewRows(view, batch));
    };
    await write(traces);
    for (const r of builtinRollups) await store.rebuildRollup(r.name, minute(0), minute(12));
    await write([...traces.slice(20, 60), ...late]);
    for (const r of builtinRollups) await store.rebuildRollup(r.name, minute(0), minute(14));
  };
  return {
    minute,
    fill,
    stores: [
      [
        'ClickHouse 18.16',
        () => createClickHouseStore({ url: clickhouseUrl, database: uniqueName(name) }),
        async (s) => {
          await admin.command({ query: `DROP DATABASE IF EXISTS ${(s as unknown as { database: string }).database}` });
        },
      ],
      [
        'ClickHouse 26 (chDB)',
        () => createClickHouseStore({ executor: chdbExecutor({ python: chdbPython }), database: uniqueName(name) }),
        async () => undefined,
      ],
      ['DuckDB', () => createDuckDbStore({ path: join(dir, `${uniqueName('v')}.duckdb`) }), async () => undefined],
    ],
  };
}
