import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  attributeValue,
  count,
  createClickHouseStore,
  createDuckDbStore,
  eq,
  ge,
  nextCursor,
} from '../../src/index.js';
import type { Query, ViewStore } from '../../src/index.js';
import { chdbExecutor, fixtureSpanEventView } from '../../src/testing/index.js';
import { compareStrings } from '../../src/testing/reference.js';
import { largeGroupRows } from '../../src/testing/aggregationCases.js';
import { chdbPython, clickhouseUrl, uniqueName } from '../support/endpoints.js';

/** Strings of any code points, weighted to the ones SQL and JavaScript objects find hard. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom("'", '\\', '"', '`', '\0', '\n', '%', '_', 'é', '🚀', ';', '--'), maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
);

const VIEW = 'fixture_span_event_view';
const base = largeGroupRows(1, 1)[0]!;
let run = 0;

/**
 * One property run: rows of a fresh tenant carry attribute `key` with each of `values`; grouping by
 * its value, HAVING on it and a cursor after `pivot` (all user strings) read back exactly what a
 * reference computes.
 */
async function property(store: ViewStore, key: string, values: string[], pivot: string, as: string): Promise<void> {
  const tenant = `prop-${run++}`;
  const rows = values.map((v, i) => ({
    ...base,
    tenant_id: tenant,
    trace_id: `t${i}`,
    span_id: `s${i}`,
    attribute_keys: ['other', key],
    attribute_values: ['x', v],
  }));
  if (rows.length > 0) await store.write(VIEW, rows);
  const q: Query = {
    view: VIEW,
    tenantId: tenant,
    select: [attributeValue('attribute_keys', 'attribute_values', key, as), count('n')],
    groupBy: [as],
    orderBy: [{ by: as }],
  };
  const counts = new Map<string, number>();
  // 'other' comes first in each row's keys: a key equal to it reads 'x'.
  for (const v of values) counts.set(key === 'other' ? 'x' : v, (counts.get(key === 'other' ? 'x' : v) ?? 0) + 1);
  const expected = [...counts].sort((a, b) => compareStrings(a[0], b[0])).map(([v, n]) => ({ [as]: v, n }));
  expect(await store.query(q)).toEqual(expected);
  expect(await store.query({ ...q, having: [eq(as, pivot), ge('n', 1)] })).toEqual(
    expected.filter((r) => r[as] === pivot),
  );
  expect(await store.query({ ...q, after: [pivot] })).toEqual(
    expected.filter((r) => compareStrings(String(r[as]), pivot) > 0),
  );
  const firstPage = await store.query({ ...q, limit: 1 });
  const after = nextCursor({ ...q, limit: 1 }, firstPage);
  if (after !== undefined) expect(await store.query({ ...q, after })).toEqual(expected.slice(1));
}

const args = fc.tuple(
  hostile.filter((k) => k !== ''),
  fc.array(hostile, { maxLength: 6 }),
  hostile,
  hostile.filter((s) => s !== '' && !s.includes('\0')),
);
const examples: [string, string[], string, string][] = [
  ['__proto__', ['__proto__', "it's", '\\', ''], "it's", '__proto__'],
];

async function check(store: ViewStore, numRuns: number): Promise<void> {
  await store.ensureTables([fixtureSpanEventView]);
  await fc.assert(
    fc.asyncProperty(args, ([key, values, pivot, as]) => property(store, key, values, pivot, as)),
    { numRuns, examples: examples.map((e) => [e]) },
  );
}

const dir = mkdtempSync(join(tmpdir(), 'ht-sinks-props-'));
const admin = createClient({ url: clickhouseUrl });
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await admin.close();
});

describe('attribute-value groups, HAVING and cursors on user strings round-trip on every engine (property)', () => {
  it('ClickHouse 18.16 (HTTP)', async () => {
    const database = uniqueName('ht_props');
    const store = await createClickHouseStore({ url: clickhouseUrl, database });
    try {
      await check(store, 12);
    } finally {
      await store.close();
      await admin.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    }
  }, 60_000);

  it('ClickHouse 26 (chDB)', async () => {
    const store = await createClickHouseStore({ executor: chdbExecutor({ python: chdbPython }), database: 'ht' });
    try {
      await check(store, 10);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('DuckDB', async () => {
    const store = await createDuckDbStore({ path: join(dir, 'props.duckdb') });
    try {
      await check(store, 40);
    } finally {
      await store.close();
    }
  }, 60_000);
});
