import { describe, expect, it } from 'vitest';
import { count, createDuckDbStore } from '../../src/index.js';
import { fixtureTraces, fixtureSpanEventView, viewRows } from '../../src/testing/index.js';

// Rows are staged as NUL-joined texts (string arrays: elements joined by U+0001); a value holding
// either separator must make the store fall back to JSON staging, with every value intact.
describe('DuckDB column staging: values holding the separators', () => {
  const cases: [string, (row: Record<string, unknown>) => void][] = [
    ['NUL in a string', (r) => (r['span_name'] = 'a\u0000b')],
    ['U+0001 in a string', (r) => (r['span_name'] = 'a\u0001b')],
    ['NUL in an array element', (r) => (r['attribute_values'] = ['x\u0000', ''])],
    ['U+0001 in an array element', (r) => (r['attribute_keys'] = ['\u0001', 'k'])],
    ['empty arrays and a single empty element', (r) => (r['attribute_keys'] = [''])],
  ];
  for (const [name, change] of cases) {
    it(name, async () => {
      const store = await createDuckDbStore({ path: ':memory:' });
      try {
        await store.ensureTables([fixtureSpanEventView]);
        const rows: Record<string, unknown>[] = viewRows(
          fixtureSpanEventView,
          fixtureTraces({ traces: 40, seed: 3 }),
        ).map((r) => ({ ...r }));
        change(rows[5]!);
        rows[6]!['attribute_keys'] = [];
        rows[6]!['attribute_values'] = [];
        const changed = rows[5]!;
        await store.write('fixture_span_event_view', rows);
        await store.write('fixture_span_event_view', rows);
        const read = await store.traceRows(
          'fixture_span_event_view',
          changed['tenant_id'] as string,
          changed['trace_id'] as string,
        );
        const got = read.find((r) => r['span_id'] === changed['span_id']);
        expect(got).toMatchObject({
          span_name: changed['span_name'],
          attribute_keys: changed['attribute_keys'],
          attribute_values: changed['attribute_values'],
        });
        const all = await store.query({ view: 'fixture_span_event_view', tenantId: 'default', select: [count('n')] });
        expect(Number(all[0]?.['n'])).toBe(rows.length);
      } finally {
        await store.close();
      }
    });
  }
});

describe('DuckDB merge paths', () => {
  it('a batch repeating a key keeps its last copy; new, replayed and partly stored batches each count once', async () => {
    const store = await createDuckDbStore({ path: ':memory:' });
    try {
      await store.ensureTables([fixtureSpanEventView]);
      const rows = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 60, seed: 9 }));
      const first = rows.slice(0, 100);
      const repeated = { ...first[10]!, span_name: 'the last copy' };
      await store.write('fixture_span_event_view', [...first, repeated]); // repeats a key: merged, last copy kept
      await store.write('fixture_span_event_view', rows.slice(100, 150)); // new keys only: the plain insert
      await store.write('fixture_span_event_view', rows.slice(50, 200)); // half stored already: the anti-join
      await store.write('fixture_span_event_view', rows); // a whole replay
      const all = await store.query({ view: 'fixture_span_event_view', tenantId: 'default', select: [count('n')] });
      expect(Number(all[0]?.['n'])).toBe(rows.length);
      const read = await store.traceRows('fixture_span_event_view', repeated['tenant_id'], repeated['trace_id']);
      expect(read.find((r) => r['span_id'] === repeated['span_id'])?.['span_name']).toBe('the last copy');
    } finally {
      await store.close();
    }
  });
});
