import { column, count, eq, gt, has, isIn, lt, ne } from '../query/build.js';
import {
  and,
  attributeCompare,
  attributeExists,
  attributeMatch,
  contains,
  endsWith,
  like,
  not,
  or,
  startsWith,
} from '../query/filterBuilders.js';
import type { Filter } from '../query/Query.js';
import type { ViewRow, ViewStore } from '../store/ViewStore.js';
import type { ConformanceCase, ConformanceTarget } from './ConformanceTarget.js';
import { withStore } from './ConformanceTarget.js';
import { evaluateFilter } from './evaluateFilter.js';
import { fixtureTraces, viewRows } from './fixtureTraces.js';
import { fixtureSpanEventView } from './fixtureViews.js';
import { HOSTILE_STRINGS, hostileSpanRows } from './hostileRows.js';
import { assertEqual, compareStrings } from './reference.js';

const VIEW = 'fixture_span_event_view';
const rows: ViewRow[] = [
  ...viewRows(fixtureSpanEventView, fixtureTraces({ traces: 30, seed: 23 })),
  ...hostileSpanRows(),
];
const K = 'attribute_keys';
const V = 'attribute_values';

/** Named filters and the rows they must select, by the in-memory reference. */
export const CASES_FOR_DEBUG_ONLY = 0;
const CASES: readonly (readonly [string, Filter])[] = [
  ['or of two columns', or(eq('service_name', 'cart'), eq('status_code', 'ERROR'))],
  ['not in', not(isIn('service_name', ['cart', 'checkout']))],
  ['not of an or', not(or(eq('span_kind', 'SERVER'), gt('duration_micros', 50_000)))],
  ['and nested in or', or(and(eq('span_kind', 'CLIENT'), lt('duration_micros', 20_000)), eq('is_entry', true))],
  ['empty or', or()],
  ['empty and', and()],
  ['not of an empty or', not(or())],
  ['double negation', not(not(ne('status_code', 'OK')))],
  ['prefix', startsWith('span_name', 'GET ')],
  ['prefix, case-insensitive', startsWith('span_name', 'get /', { caseInsensitive: true })],
  ['suffix', endsWith('span_name', 'cart')],
  ['suffix, case-insensitive', endsWith('span_name', 'CART', { caseInsensitive: true })],
  ['contains a quote', contains('span_name', "'")],
  ['contains a literal %', contains('span_name', '%')],
  ['contains a literal _', contains('span_name', '_')],
  ['contains a backslash', contains('span_name', '\\')],
  ['contains nothing (every row)', contains('span_name', '')],
  ['contains unicode, case-insensitive', contains('span_name', 'NAïVE 🚀 Ü', { caseInsensitive: true })],
  ['case-insensitive folds ASCII letters only', contains('span_name', 'NAÏVE', { caseInsensitive: true })],
  ['prefix on a LowCardinality column', startsWith('service_name', 'c')],
  ['like with % and _', like('span_name', 'GET /%/_%')],
  ['like one character', like('span_name', '_')],
  ['like the empty string', like('span_name', '')],
  ['like an escaped %, then anything', like('span_name', '\\%%')],
  ['like an escaped _ inside', like('span_name', '%\\_%')],
  ['like an escaped backslash', like('span_name', 'a\\\\\\%b')],
  ['like across a newline', like('span_name', 'tab_new%line')],
  ['like, case-insensitive', like('span_name', 'get /car_', { caseInsensitive: true })],
  ['like a prototype name', like('span_name', '\\_\\_proto\\_\\_')],
  ['attribute exists', attributeExists(K, V, 'http.status_code')],
  ['attribute __proto__ exists', attributeExists(K, V, '__proto__')],
  ['attribute constructor exists (empty value)', attributeExists(K, V, 'constructor')],
  ['attribute with an empty key exists', attributeExists(K, V, '')],
  ['attribute absent', not(attributeExists(K, V, 'no.such.key'))],
  ['attribute >= 500 as a number', attributeCompare(K, V, 'http.status_code', 'ge', 500)],
  ['attribute < 0 as a number', attributeCompare(K, V, 'http.status_code', 'lt', 0)],
  ['attribute = 1000 as a number (1e3)', attributeCompare(K, V, 'http.status_code', 'eq', 1000)],
  ['attribute != 404 as a number', attributeCompare(K, V, 'http.status_code', 'ne', 404)],
  ['attribute > "4" as a string', attributeCompare(K, V, 'http.status_code', 'gt', '4')],
  ['attribute = "" as a string', attributeCompare(K, V, 'http.status_code', 'eq', '')],
  ['attribute __proto__ = polluted', attributeCompare(K, V, '__proto__', 'eq', 'polluted')],
  ['attribute ne as a string', attributeCompare(K, V, 'note', 'ne', 'get /cart')],
  ['attribute prefix', attributeMatch(K, V, 'note', 'prefix', '50%')],
  ['attribute contains a quote and backslash', attributeMatch(K, V, 'note', 'contains', "'s \\")],
  ['attribute like, case-insensitive', attributeMatch(K, V, 'toString', 'like', 'get /c%', { caseInsensitive: true })],
  ['attribute suffix unicode', attributeMatch(K, V, 'note', 'suffix', '🚀')],
  ['attribute match on a fixture key', attributeMatch(K, V, 'user_agent.original', 'contains', "'")],
  ['not attribute match', not(attributeMatch(K, V, 'note', 'contains', '%'))],
  ['hostile strings as equality', or(...HOSTILE_STRINGS.map((s) => eq('span_name', s)))],
  ['has beside a group', and(has(K, 'note'), or(startsWith('span_name', 'a'), endsWith('span_name', 'e')))],
];

const byId = (a: string, b: string): number => compareStrings(a, b);

async function selected(store: ViewStore, where: Filter[]): Promise<string[]> {
  const found = await store.query({
    view: VIEW,
    tenantId: 'default',
    select: [column('span_id')],
    where,
    orderBy: [{ by: 'span_id' }],
  });
  return found.map((r) => String(r['span_id']));
}

/**
 * Cases for OR/NOT groups, string matches (prefix, suffix, contains, LIKE, case-insensitive) and
 * attribute predicates (exists, compare as string or number, match) over the fixture spans and rows of
 * hostile strings: each filter selects the rows an in-memory evaluation selects, in `WHERE` and in a
 * conditional aggregate.
 *
 * @example
 * ```ts
 * for (const c of filterCases(target)) it(c.name, c.run);
 * ```
 */
export function filterCases(target: ConformanceTarget): ConformanceCase[] {
  return [
    {
      name: 'OR/NOT, string match and attribute predicates select the rows an in-memory evaluation selects',
      run: () =>
        withStore(target, async (store) => {
          await store.ensureTables([fixtureSpanEventView]);
          await store.write(VIEW, rows);
          for (const [what, filter] of CASES) {
            const expected = rows
              .filter((r) => evaluateFilter(filter, r))
              .map((r) => String(r['span_id']))
              .sort(byId);
            assertEqual(await selected(store, [filter]), expected, `filter ${what}`);
          }
          const [row] = await store.query({
            view: VIEW,
            tenantId: 'default',
            select: CASES.map(([, f], i) => count(`n${i}`, [f])),
          });
          assertEqual(
            row,
            Object.fromEntries(CASES.map(([, f], i) => [`n${i}`, rows.filter((r) => evaluateFilter(f, r)).length])),
            'the same filters in conditional aggregates',
          );
        }),
    },
  ];
}
