import { defineView } from '@ht/enricher-sdk';
import { describe, expect, it } from 'vitest';
import { normalizeValue } from '../../src/query/QueryResult.js';
import { validateRows } from '../../src/rows/validateRows.js';
import { planMigration } from '../../src/store/planMigration.js';
import { tableLayout } from '../../src/store/tableLayout.js';
import { fixtureTraces, fixtureServiceCallView, fixtureSpanEventView, viewRows } from '../../src/testing/index.js';

describe('tableLayout', () => {
  it('puts the sortBy hint first, then the key columns not in it, and knows trace-by-id views', () => {
    const layout = tableLayout(fixtureSpanEventView);
    expect(layout.sortKey).toEqual(['tenant_id', 'service_name', 'span_name', 'start_time', 'trace_id', 'span_id']);
    expect(layout.traceLookup).toBe(true);
    const plain = defineView({
      name: 'p',
      version: '1',
      columns: { tenant_id: { type: 'string' }, id: { type: 'string' } },
      key: ['tenant_id', 'id'],
      fromTrace: () => [],
    });
    expect(tableLayout(plain)).toMatchObject({ sortKey: ['tenant_id', 'id'], timeColumn: '', traceLookup: false });
  });

  it('defineView refuses a sortBy naming an unknown column', () => {
    expect(() =>
      defineView({
        name: 'p',
        version: '1',
        columns: { tenant_id: { type: 'string' }, id: { type: 'string' } },
        key: ['tenant_id', 'id'],
        sortBy: ['nope' as 'id'],
        fromTrace: () => [],
      }),
    ).toThrow(/sortBy column 'nope'/);
  });
});

describe('validateRows', () => {
  const rows = viewRows(fixtureSpanEventView, fixtureTraces({ traces: 3 }));
  it('accepts fixture rows', () => {
    expect(() => validateRows(fixtureSpanEventView, rows)).not.toThrow();
    expect(() =>
      validateRows(fixtureServiceCallView, viewRows(fixtureServiceCallView, fixtureTraces({ traces: 3 }))),
    ).not.toThrow();
  });
  it('names the row index, the column, the expected type and the value', () => {
    const bad = rows.map((r, i) => (i === 2 ? { ...r, http_status: 1.5 } : r));
    expect(() => validateRows(fixtureSpanEventView, bad)).toThrow(
      "view fixture_span_event_view, row 2, column 'http_status': expected int32, got 1.5 (number)",
    );
    const nan = rows.map((r, i) => (i === 1 ? { ...r, size_ratio: Number.NaN } : r));
    expect(() => validateRows(fixtureSpanEventView, nan)).toThrow(/row 1, column 'size_ratio'/);
    expect(() => validateRows(fixtureSpanEventView, [null as never])).toThrow(/row 0: not an object/);
  });
});

describe('planMigration', () => {
  const view = defineView({
    name: 'm',
    version: '2',
    columns: { tenant_id: { type: 'string' }, id: { type: 'string' }, n: { type: 'uint32' } },
    key: ['tenant_id', 'id'],
    fromTrace: () => [],
  });
  const types = new Map([
    ['id', 'String'],
    ['n', 'UInt32'],
  ]);
  it('adds missing columns', () => {
    expect(planMigration(view, { columns: new Map([['id', 'String']]), sortKey: ['id'] }, types, ['id'])).toEqual([
      'n',
    ]);
  });
  it('refuses type changes, removed columns and another sort key, naming each', () => {
    expect(() =>
      planMigration(
        view,
        {
          columns: new Map([
            ['id', 'String'],
            ['n', 'String'],
            ['old', 'UInt8'],
          ]),
          sortKey: ['n'],
        },
        types,
        ['id'],
      ),
    ).toThrow(
      /column 'n' is String in the table but UInt32 in the view; column 'old' is in the table but no longer in the view; the table is sorted by \(n\), the view needs \(id\)/,
    );
  });
});

describe('normalizeValue', () => {
  it('normalizes driver values to the query model', () => {
    expect(normalizeValue('18446744073709551615', 'int')).toBe(18446744073709551615n);
    expect(normalizeValue('42', 'int')).toBe(42);
    expect(normalizeValue(42n, 'datetime')).toBe(42);
    expect(normalizeValue(1, 'bool')).toBe(true);
    expect(normalizeValue(null, 'float')).toBeNaN();
    expect(normalizeValue('nan', 'float')).toBeNaN();
    expect(normalizeValue(null, 'int')).toBe(0);
    expect(normalizeValue(['1', 2n], 'intArray')).toEqual([1, 2]);
  });
});
