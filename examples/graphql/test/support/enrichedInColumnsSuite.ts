import type { ReadonlyAttributes, Trace } from '@ht/enricher-sdk';
import { SPAN_EVENT_ENRICHED_COLUMNS, builtinEnrichers, spanEventView } from '@ht/enricher-sdk/builtins';
import { EnricherChain, MemoryEntityStore, loadPlugins } from '@ht/enricher-sdk/host';
import { column } from '@ht/sinks';
import type { Filter, QueryRow, ViewRow, ViewStore } from '@ht/sinks';
import { fixtureTraces } from '@ht/sinks/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJaegerTrace } from '../../src/jaeger/toJaegerTrace.js';
import { attributeConditionFilter } from '../../src/query/attributeCondition.js';
import type { AttributeConditionArg } from '../../src/query/attributeCondition.js';
import { spanObject } from '../../src/resolvers/spanObject.js';

/*
 * span_event_view 0.3.0 leaves out of its enriched arrays the strings its dedicated columns hold. The same
 * enriched spans written as 0.2.0 wrote them (tenant `old`: every enriched attribute in the arrays) and as
 * 0.3.0 writes them (tenant `new`) must give the same answers: spans as GraphQL and Jaeger show them, and
 * the spans every attribute condition finds.
 */

/** The row span_event_view 0.2.0 wrote for the same span. */
function asOldRow(row: ViewRow, enriched: ReadonlyAttributes): ViewRow {
  const keys = [...enriched.keys()].sort();
  return {
    ...row,
    tenant_id: 'old',
    enriched_attribute_keys: keys,
    enriched_attribute_values: keys.map((k) => enriched.asString(k) ?? ''),
    enriched_in_columns: 0,
  };
}

const withoutTenant = (rows: readonly QueryRow[]): unknown[] =>
  rows.map(spanObject).map(({ tenantId: _t, ...span }) => span);

/**
 * The same enriched spans as span_event_view 0.2.0 wrote them (tenant `old`) and as 0.3.0 writes them
 * (tenant `new`), in a store from `create`: GraphQL's and Jaeger's spans and the spans every attribute
 * condition finds must be the same.
 */
export function enrichedInColumnsSuite(
  name: string,
  create: () => Promise<ViewStore>,
  destroy: () => Promise<void>,
): void {
  let store: ViewStore;
  let traces: Trace[] = [];

  beforeAll(async () => {
    store = await create();
    traces = fixtureTraces({ traces: 30, tenantId: 'new', seed: 7 });
    const plugins = await loadPlugins({}, { builtins: { enrichers: builtinEnrichers, views: [] } });
    const chain = new EnricherChain(plugins.enrichers, { entities: new MemoryEntityStore() });
    await chain.start();
    for (const t of traces) await chain.enrich(t);
    await chain.close();
    await store.ensureTables([spanEventView]);
    const fresh: ViewRow[] = [];
    const old: ViewRow[] = [];
    for (const t of traces) {
      for (const [i, row] of [...spanEventView.fromTrace(t)].entries()) {
        fresh.push(row);
        old.push(asOldRow(row, t.spans[i]!.enriched));
      }
    }
    await store.write('span_event_view', fresh);
    await store.write('span_event_view', old);
    const length = (rows: ViewRow[]): number =>
      rows.reduce((n, r) => n + (r['enriched_attribute_keys'] as readonly string[]).length, 0);
    // The fixture's enrichment has held strings: the 0.3.0 rows are narrower.
    expect(length(fresh)).toBeLessThan(length(old) * 0.8);
  }, 60_000);

  afterAll(async () => {
    await store.close();
    await destroy();
  });

  describe(`${name}: span_event_view 0.3.0 against 0.2.0 rows of the same spans`, () => {
    it('shows the same spans (GraphQL Span, Jaeger JSON)', async () => {
      for (const t of traces.slice(0, 10)) {
        const fresh = await store.traceRows('span_event_view', 'new', t.traceId);
        const old = await store.traceRows('span_event_view', 'old', t.traceId);
        expect(fresh.length).toBe(t.spans.length);
        expect(withoutTenant(fresh)).toEqual(withoutTenant(old));
        expect(toJaegerTrace(fresh, [])).toEqual(toJaegerTrace(old, []));
        // The enriched attributes are all there, in order.
        const spans = fresh.map(spanObject);
        const first = t.spans.find((s) => s.spanId === spans[0]!.spanId)!;
        const enrichedKeys = [...first.enriched.keys()].filter((k) => !k.startsWith('ht.resource.')).sort();
        expect(spans[0]!.enrichedAttributes.map((a) => a.key)).toEqual(enrichedKeys);
      }
    });

    it('finds the same spans for every attribute condition on the keys a column holds', async () => {
      const ids = async (tenantId: string, where: Filter): Promise<string[]> =>
        (
          await store.query({
            view: 'span_event_view',
            tenantId,
            select: [column('trace_id'), column('span_id')],
            where: [where],
            orderBy: [{ by: 'trace_id' }, { by: 'span_id' }],
          })
        ).map((r) => `${String(r['trace_id'])}/${String(r['span_id'])}`);
      let matched = 0;
      const keys = [...SPAN_EVENT_ENRICHED_COLUMNS.map(([key]) => key), 'ht.service.name', 'ht.http.status_code'];
      for (const key of keys) {
        const value =
          traces
            .flatMap((t) => t.spans)
            .find((s) => s.enriched.has(key))
            ?.enriched.asString(key) ?? 'x';
        const conditions: AttributeConditionArg[] = [
          { key, op: 'EQ', value },
          { key, op: 'EQ', value: value.toUpperCase(), caseInsensitive: true },
          { key, op: 'NEQ', value },
          { key, op: 'NEQ', value: value.toLowerCase(), caseInsensitive: true },
          { key, op: 'EXISTS' },
          { key, op: 'EXISTS', not: true },
          { key, op: 'STARTS_WITH', value: value.slice(0, 3) },
          { key, op: 'ENDS_WITH', value: value.slice(-2) },
          { key, op: 'CONTAINS', value: value.slice(1, 4), caseInsensitive: true },
          { key, op: 'LIKE', value: `${value.slice(0, 2)}%` },
          { key, op: 'GT', value },
          { key, op: 'LE', value },
          { key, op: 'GE', value: '300' },
          { key, op: 'LT', value: '1e3' },
        ];
        for (const condition of conditions) {
          const filter = attributeConditionFilter(condition);
          const fresh = await ids('new', filter);
          expect(fresh, JSON.stringify(condition)).toEqual(await ids('old', filter));
          matched += fresh.length;
        }
      }
      expect(matched).toBeGreaterThan(0);
    }, 120_000);
  });
}
