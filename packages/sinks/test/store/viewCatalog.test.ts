import { builtinViews } from '@ht/enricher-sdk/builtins';
import { describe, expect, it } from 'vitest';
import { catalogEntry, catalogView } from '../../src/index.js';
import { decodeCatalogEntry, encodeCatalogEntry } from '../../src/store/ViewCatalog.js';
import { tableLayout } from '../../src/store/tableLayout.js';
import { fixtureSpanEventView } from '../../src/testing/index.js';

describe('the view catalog entries', () => {
  it('describe a view: columns with types and descriptions in table order, key, time column, sort order', () => {
    const entry = catalogEntry(fixtureSpanEventView);
    expect(entry).toMatchObject({
      name: 'fixture_span_event_view',
      version: fixtureSpanEventView.version,
      key: ['tenant_id', 'trace_id', 'span_id'],
      timeColumn: 'start_time',
      sortKey: tableLayout(fixtureSpanEventView).sortKey,
    });
    expect(entry.columns.map((c) => c.name)).toEqual(Object.keys(fixtureSpanEventView.columns));
    expect(entry.columns[0]).toEqual({ name: 'tenant_id', type: 'lowCardinalityString', description: '' });
  });

  it('round-trip through their stored text and back into a definition with the same table', () => {
    for (const view of builtinViews) {
      const entry = catalogEntry(view);
      expect(decodeCatalogEntry(encodeCatalogEntry(entry))).toEqual(entry);
      const rebuilt = catalogView(entry);
      expect(catalogEntry(rebuilt)).toEqual(entry);
      expect(tableLayout(rebuilt).sortKey).toEqual(tableLayout(view).sortKey);
      expect([...rebuilt.fromTrace({} as never)]).toEqual([]);
    }
  });

  it('are not read from text that is not one', () => {
    const text = encodeCatalogEntry(catalogEntry(fixtureSpanEventView));
    expect(decodeCatalogEntry(text.slice(0, -3))).toBeUndefined();
    expect(decodeCatalogEntry('null')).toBeUndefined();
    expect(decodeCatalogEntry(text.replace('"lowCardinalityString"', '"text"'))).toBeUndefined();
    expect(decodeCatalogEntry(JSON.stringify({ ...JSON.parse(text), key: 'tenant_id' }))).toBeUndefined();
  });
});
