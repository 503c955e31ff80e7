import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { runEnricher } from '@ht/enricher-sdk/testing';
import type { Trace, ViewDefinition } from '@ht/enricher-sdk';
import { afterAll } from 'vitest';
import { builtinRollupsFor, createClickHouseStore, createDuckDbStore, MINUTE_MICROS } from '../../src/index.js';
import type { ViewStore } from '../../src/index.js';
import { chdbExecutor, FIXTURE_START_MICROS, fixtureTraces, lateFragment } from '../../src/testing/index.js';
import { chdbPython, clickhouseUrl, uniqueName } from './endpoints.js';

/** A store the rollup tests run on: its name, how to open one, and how to drop what it made. */
export type RollupStoreCase = readonly [
  name: string,
  create: () => Promise<ViewStore>,
  destroy: (store: ViewStore) => Promise<void>,
];

/** The rollup tests' data and stores (see {@link rollupFixture}). */
export interface RollupFixture {
  /** Fixture traces spread over 20 minutes from `FIXTURE_START_MICROS`, enriched by the built-in chain. */
  readonly traces: Trace[];
  /** A late fragment of every fifth trace, enriched the same way. */
  readonly late: Trace[];
  /** The base views the built-in rollups read, each once. */
  readonly views: readonly ViewDefinition[];
  /** The start of minute `n` of the fixture, µs. */
  readonly minute: (n: number) => number;
  /** ClickHouse 18.16, ClickHouse 26 (chDB) and DuckDB, each in a database or file of its own. */
  readonly stores: readonly RollupStoreCase[];
}

/**
 * The set-up the rollup integration tests share: `traceCount` fixture traces (`seed`) spread over 20 minutes
 * with late fragments of every fifth, enriched by the whole built-in chain as the enricher stage would,
 * the built-in rollups' base views, and the three stores to run on (databases named `<name>_…`, DuckDB
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
  const views = builtinRollupsFor(builtinViews).map((r) => r.view);
  return {
    traces,
    late,
    views: views.filter((v, i) => views.indexOf(v) === i),
    minute: (n) => FIXTURE_START_MICROS + n * MINUTE_MICROS,
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
