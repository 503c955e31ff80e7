import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { defineView } from '@ht/enricher-sdk';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  and,
  attributeCompare,
  attributeExists,
  attributeMatch,
  column,
  createClickHouseStore,
  createDuckDbStore,
  eq,
  like,
  ne,
  not,
  or,
  startsWith,
  contains,
  endsWith,
} from '../../src/index.js';
import type { CompareOp, Filter, MatchMode, ViewRow, ViewStore } from '../../src/index.js';
import { evaluateFilter } from '../../src/testing/evaluateFilter.js';
import { chdbExecutor } from '../../src/testing/index.js';
import { chdbPython, clickhouseUrl, uniqueName } from '../support/endpoints.js';

/** A small view with a string column, a LowCardinality one and an attribute key/value pair. */
const view = defineView({
  name: 'filter_round_trip',
  version: '1',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    id: { type: 'string' },
    text: { type: 'string' },
    label: { type: 'lowCardinalityString' },
    keys: { type: 'stringArray' },
    values: { type: 'stringArray' },
  },
  key: ['tenant_id', 'id'],
  fromTrace: () => [],
});

/** Pieces strings are made of: LIKE wildcards and escapes, quotes, case pairs, unicode, numbers, prototype names. */
const PIECES = [
  'a',
  'A',
  'b',
  'Z',
  '%',
  '_',
  '\\',
  "'",
  '"',
  '`',
  'é',
  'É',
  'ß',
  '🚀',
  '\n',
  '\t',
  '\0',
  ' ',
  '__proto__',
  'constructor',
  '12',
  '-3.5',
  '1e2',
  '0500',
  '.',
  '+1',
  '9'.repeat(25),
];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
/** Patterns: any text but NUL (refused in patterns). */
const patternText = text.map((t) => t.replace(/\0/g, ''));
/** Valid LIKE patterns: wildcards, escaped wildcards and backslashes, and text. */
const likePattern = fc
  .array(
    fc.oneof(
      fc.constantFrom('%', '_', '\\%', '\\_', '\\\\'),
      patternText.map((t) => t.replace(/\\/g, '\\\\')),
    ),
    {
      maxLength: 4,
    },
  )
  .map((p) => p.join(''));
const KEYS = ['k', 'K', '', '__proto__', 'constructor', 'n', 'é'];
const key = fc.constantFrom(...KEYS);

const row = fc.record({
  text,
  label: text,
  attributes: fc.uniqueArray(fc.tuple(key, text), { maxLength: 4, selector: ([k]) => k }),
});

const mode = fc.constantFrom<MatchMode>('prefix', 'suffix', 'contains', 'like');
const compare = fc.constantFrom<CompareOp>('eq', 'ne', 'lt', 'le', 'gt', 'ge');
const ci = fc.boolean();
const matchPattern = (m: MatchMode): fc.Arbitrary<string> => (m === 'like' ? likePattern : patternText);
const stringMatch = mode.chain((m) => fc.tuple(fc.constant(m), matchPattern(m), ci));
const columnMatch = fc.tuple(fc.constantFrom('text', 'label'), stringMatch).map(([c, [m, p, caseInsensitive]]) => {
  const options = { caseInsensitive };
  if (m === 'prefix') return startsWith(c, p, options);
  if (m === 'suffix') return endsWith(c, p, options);
  if (m === 'contains') return contains(c, p, options);
  return like(c, p, options);
});

const leaf: fc.Arbitrary<Filter> = fc.oneof(
  columnMatch,
  fc.tuple(fc.constantFrom('text', 'label'), text).map(([c, v]) => eq(c, v)),
  fc.tuple(fc.constantFrom('text', 'label'), text).map(([c, v]) => ne(c, v)),
  key.map((k) => attributeExists('keys', 'values', k)),
  fc
    .tuple(
      key,
      compare,
      fc.oneof(text, fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e4, max: 1e4, noNaN: true })),
    )
    .map(([k, op, v]) => attributeCompare('keys', 'values', k, op, v)),
  fc
    .tuple(key, stringMatch)
    .map(([k, [m, p, caseInsensitive]]) => attributeMatch('keys', 'values', k, m, p, { caseInsensitive })),
);
const filter: fc.Arbitrary<Filter> = fc.letrec<{ f: Filter }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('f'), { maxLength: 3 }).map((fs) => and(...fs)),
    fc.array(tie('f'), { maxLength: 3 }).map((fs) => or(...fs)),
    tie('f').map(not),
  ),
})).f;

const dir = mkdtempSync(join(tmpdir(), 'ht-sinks-filters-'));
const admin = createClient({ url: clickhouseUrl });
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await admin.close();
});

const engines: [string, () => Promise<ViewStore>, (s: ViewStore) => Promise<void>, number][] = [
  [
    'ClickHouse 18.16',
    () => createClickHouseStore({ url: clickhouseUrl, database: uniqueName('ht_filters') }),
    async (s) => {
      await admin.command({ query: `DROP DATABASE IF EXISTS ${(s as unknown as { database: string }).database}` });
    },
    80,
  ],
  [
    'ClickHouse 26 (chDB)',
    () => createClickHouseStore({ executor: chdbExecutor({ python: chdbPython }), database: 'ht' }),
    async () => {},
    40,
  ],
  ['DuckDB', () => createDuckDbStore({ path: join(dir, 'filters.duckdb'), threads: 1 }), async () => {}, 120],
];

describe('filters round-trip through the three engines: a query selects the rows an in-memory evaluation selects (property)', () => {
  for (const [name, create, destroy, numRuns] of engines) {
    it(
      name,
      async () => {
        const store = await create();
        let run = 0;
        try {
          await store.ensureTables([view]);
          await fc.assert(
            fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), filter, async (drawn, where) => {
              // Each run writes into a tenant of its own: no cleanup, and other runs' rows must never show.
              const tenantId = `t${run++}`;
              const rows: ViewRow[] = drawn.map((r, i) => ({
                tenant_id: tenantId,
                id: String(i),
                text: r.text,
                label: r.label,
                keys: r.attributes.map(([k]) => k),
                values: r.attributes.map(([, v]) => v),
              }));
              await store.write(view.name, rows);
              const found = await store.query({ view: view.name, tenantId, select: [column('id')], where: [where] });
              const expected = rows.filter((r) => evaluateFilter(where, r)).map((r) => r['id']);
              expect(found.map((r) => r['id']).sort()).toEqual(expected.sort());
            }),
            {
              numRuns,
              examples: [
                [[{ text: '__proto__', label: '%', attributes: [['__proto__', "'\\"]] }], not(or())],
                [
                  [{ text: '', label: '', attributes: [['k', '0']] }],
                  attributeCompare('keys', 'values', 'k', 'gt', -5e-324),
                ],
              ],
            },
          );
        } finally {
          await store.close();
          await destroy(store);
        }
      },
      60_000,
    );
  }
});
