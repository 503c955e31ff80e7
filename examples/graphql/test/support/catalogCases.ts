import { builtinViews } from '@ht/enricher-sdk/builtins';
import { expect, it } from 'vitest';
import { data } from './graphqlClient.js';
import { RANGE } from './seedRows.js';

const ACME = { 'x-tenant-id': 'acme' };
const GLOBEX = { 'x-tenant-id': 'globex' };
const between = `between: { startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}" }`;
const CATALOG = `{ catalog { name context version description timeColumn key hasAttributes explorable
  columns { name type kind description groupable aggregatable } } }`;

interface CatalogColumn {
  name: string;
  type: string;
  kind: string;
  description: string;
  groupable: boolean;
  aggregatable: boolean;
}
interface CatalogView {
  name: string;
  context: string;
  version: string;
  description: string;
  timeColumn: string;
  key: string[];
  hasAttributes: boolean;
  explorable: boolean;
  columns: CatalogColumn[];
}

/**
 * `catalog` against a server given the built-in views, over a store whose catalog also holds
 * `tier_call_view` (a user view written by the suite's seed): the views and their columns as explore reads
 * them, the same for every tenant; and every explorable view answers explore grouped by a column the
 * catalog calls groupable and aggregated over one it calls aggregatable.
 */
export function catalogCases(url: () => string): void {
  it('catalog: the built-in contexts first, then the store’s views (the user view included), with column kinds', async () => {
    const { catalog } = await data<{ catalog: CatalogView[] }>(url(), CATALOG, { headers: ACME });
    expect(catalog.map((v) => [v.context, v.name])).toEqual([
      ['SPAN', 'span_event_view'],
      ['TRACE', 'raw_trace_view'],
      ['API_TRACE', 'raw_service_view'],
      ['BACKEND_TRACE', 'backend_entity_view'],
      ['LOG_EVENT', 'log_event_view'],
      ...['service_call_view', 'span_link_view', 'span_resource_view', 'tier_call_view'].map((n) => [n, n]),
    ]);
    // Every built-in view is served; nothing else is there.
    expect(new Set(catalog.map((v) => v.name))).toEqual(
      new Set([...builtinViews.map((v) => v.name), 'tier_call_view']),
    );
    expect((await data<{ catalog: CatalogView[] }>(url(), CATALOG, { headers: GLOBEX })).catalog).toEqual(catalog);
    const tier = catalog.find((v) => v.name === 'tier_call_view');
    expect(tier).toEqual({
      name: 'tier_call_view',
      context: 'tier_call_view',
      version: '0.1.0',
      description: 'API calls served, with the customer tier of their trace',
      timeColumn: 'start_time',
      key: ['trace_id', 'span_id'],
      hasAttributes: false,
      explorable: true,
      columns: [
        ['customer_tier', 'lowCardinalityString', 'DIMENSION', true, false],
        ['service_name', 'lowCardinalityString', 'DIMENSION', true, false],
        ['operation', 'string', 'DIMENSION', true, false],
        ['start_time', 'datetime', 'TIME', false, false],
        ['trace_id', 'string', 'KEY', true, false],
        ['span_id', 'string', 'KEY', true, false],
        ['duration_micros', 'uint64', 'METRIC', true, true],
        ['status_code', 'lowCardinalityString', 'DIMENSION', true, false],
        ['is_error', 'bool', 'DIMENSION', true, false],
      ].map(([name, type, kind, groupable, aggregatable]) => ({
        name,
        type,
        kind,
        description: '',
        groupable,
        aggregatable,
      })),
    });
    const spans = catalog.find((v) => v.context === 'SPAN');
    expect(spans).toMatchObject({ timeColumn: 'start_time', key: ['trace_id', 'span_id'], hasAttributes: true });
    const columns = new Map(spans?.columns.map((c) => [c.name, c]));
    expect(columns.has('tenant_id')).toBe(false);
    expect(columns.has('attribute_keys')).toBe(false);
    expect(columns.get('duration_micros')).toMatchObject({ kind: 'METRIC', aggregatable: true });
    expect(columns.get('service_name')).toMatchObject({ kind: 'DIMENSION', groupable: true, aggregatable: false });
    expect(columns.get('enriched_attribute_keys')).toMatchObject({ kind: 'ARRAY', groupable: false });
    expect(columns.get('end_time')).toMatchObject({ kind: 'TIME', groupable: false });
    // Descriptions as the view gives them.
    const isError = catalog.find((v) => v.context === 'API_TRACE')?.columns.find((c) => c.name === 'is_error');
    const defined = builtinViews.find((v) => v.name === 'raw_service_view')?.columns['is_error']?.description;
    expect(defined).toBeTruthy();
    expect(isError).toMatchObject({ type: 'bool', kind: 'DIMENSION', description: defined });
  });

  it('catalog: explore reads every explorable view as the catalog describes it', async () => {
    const { catalog } = await data<{ catalog: CatalogView[] }>(url(), CATALOG, { headers: ACME });
    const fields = catalog
      .filter((v) => v.explorable)
      .map((v, i) => {
        const group = v.columns.find((c) => c.groupable && c.kind === 'DIMENSION');
        const metric = v.columns.find((c) => c.aggregatable);
        const select = [
          '{ aggregation: COUNT, as: "n" }',
          ...(metric
            ? [
                `{ key: "${metric.name}", aggregation: AVG }`,
                `{ key: "${metric.name}", aggregation: PERCENTILE, p: 90 }`,
              ]
            : []),
        ];
        const groupBy = group ? `groupBy: [{ key: "${group.name}" }], ` : '';
        return `v${i}: explore(context: "${v.context}", ${between}, select: [${select.join(', ')}], ${groupBy}interval: { size: 1, unit: HOUR }, limit: 5) { columns { name } rows { intervalStart cells { number } } }`;
      });
    expect(fields).toHaveLength(catalog.length);
    const answer = await data<Record<string, { columns: { name: string }[]; rows: { cells: { number: number }[] }[] }>>(
      url(),
      `{ ${fields.join('\n')} }`,
      { headers: ACME },
    );
    for (const [i, v] of catalog.entries()) {
      const result = answer[`v${i}`];
      expect(result?.rows.length, v.name).toBeGreaterThan(0);
      expect(result?.columns[0]?.name === 'n' || result?.columns[1]?.name === 'n', v.name).toBe(true);
    }
    // The user view, grouped by its dimension, per tenant.
    const tiers = `{ explore(context: "tier_call_view", ${between}, select: [{ aggregation: COUNT, as: "calls" }], groupBy: [{ key: "customer_tier" }], orderBy: [{ key: "customer_tier" }]) { rows { cells { value } } } }`;
    const rows = async (headers: Record<string, string>): Promise<string[][]> =>
      (await data<{ explore: { rows: { cells: { value: string }[] }[] } }>(url(), tiers, { headers })).explore.rows.map(
        (r) => r.cells.map((c) => c.value),
      );
    expect(await rows(ACME)).toEqual([
      ['free', '2'],
      ['pro', '2'],
    ]);
    expect(await rows(GLOBEX)).toEqual([
      ['free', '3'],
      ['pro', '2'],
    ]);
  });
}
