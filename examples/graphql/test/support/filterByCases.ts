import { expect, it } from 'vitest';
import { data, gql } from './graphqlClient.js';
import { RANGE, TRACE_ERROR, TRACE_OK } from './seedRows.js';

const ACME = { 'x-tenant-id': 'acme' };
const GLOBEX = { 'x-tenant-id': 'globex' };
const between = `between: { startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}" }`;
const COUNT_SPANS = `query($f: [FilterArg!]) { explore(context: "SPAN", ${between}, select: [{ aggregation: COUNT }], filterBy: $f) { rows { cells { number } } } }`;

type Filter = Record<string, unknown>;

/**
 * `filterBy` with OR/NOT groups, string matches and attribute predicates, on every field that takes it
 * (explore, spans, logEvents, entities) and on `traces`' attribute conditions; injection attempts on each
 * new string argument. The fixture per tenant (seedRows.ts): two traces of four spans each — frontend
 * `GET /` (http.route `/`, ht.api.name `GET /`), frontend `GET /cart` (http.method, http.response.status_code
 * 200 / 503), cart `GET /cart` (http.route `/cart`, ht.api.name, tenant.marker), cart `GET` (db.system
 * redis); globex also has billing `POST /pay`.
 */
export function filterByCases(url: () => string): void {
  const spanCount = async (headers: Record<string, string>, ...f: Filter[]): Promise<number> => {
    const answer = await data<{ explore: { rows: { cells: { number: number }[] }[] } }>(url(), COUNT_SPANS, {
      variables: { f },
      headers,
    });
    return answer.explore.rows[0]?.cells[0]?.number ?? 0;
  };
  /** Several span counts in one request: one aliased explore per filter list. */
  const spanCounts = async (headers: Record<string, string>, filters: readonly Filter[][]): Promise<number[]> => {
    const vars = filters.map((_, i) => `$f${i}: [FilterArg!]`).join(', ');
    const fields = filters
      .map(
        (_, i) =>
          `c${i}: explore(context: "SPAN", ${between}, select: [{ aggregation: COUNT }], filterBy: $f${i}, limit: 1) { rows { cells { number } } }`,
      )
      .join('\n');
    const answer = await data<Record<string, { rows: { cells: { number: number }[] }[] }>>(
      url(),
      `query(${vars}) { ${fields} }`,
      { variables: Object.fromEntries(filters.map((f, i) => [`f${i}`, f])), headers },
    );
    return filters.map((_, i) => answer[`c${i}`]?.rows[0]?.cells[0]?.number ?? 0);
  };
  const refusal = async (...f: Filter[]): Promise<string | undefined> =>
    (await gql(url(), COUNT_SPANS, { variables: { f }, headers: ACME })).errors?.[0]?.message;

  it('filterBy: OR/NOT groups and string matches on columns, case-insensitive, per tenant', async () => {
    const cart = { key: 'service_name', value: 'cart' };
    expect(await spanCount(ACME)).toBe(8);
    expect(await spanCount(ACME, { anyOf: [cart, { key: 'span_name', op: 'STARTS_WITH', value: 'GET /c' }] })).toBe(6);
    expect(await spanCount(ACME, { ...cart, not: true })).toBe(4);
    expect(await spanCount(GLOBEX, { ...cart, not: true })).toBe(5);
    expect(await spanCount(ACME, { key: 'span_name', op: 'STARTS_WITH', value: 'get /' })).toBe(0);
    expect(await spanCount(ACME, { key: 'span_name', op: 'STARTS_WITH', value: 'get /', caseInsensitive: true })).toBe(
      6,
    );
    expect(await spanCount(ACME, { key: 'span_name', op: 'ENDS_WITH', value: '/CART', caseInsensitive: true })).toBe(4);
    expect(await spanCount(ACME, { key: 'span_name', op: 'CONTAINS', value: 'ar' })).toBe(4);
    expect(await spanCount(ACME, { key: 'span_name', op: 'LIKE', value: 'GET _cart' })).toBe(4);
    expect(await spanCount(ACME, { key: 'span_name', op: 'LIKE', value: 'G%T' })).toBe(2);
    expect(await spanCount(ACME, { key: 'service_name', value: 'FrontEnd', caseInsensitive: true })).toBe(4);
    expect(await spanCount(ACME, { key: 'service_name', op: 'NEQ', value: 'CART', caseInsensitive: true })).toBe(4);
    expect(
      await spanCount(GLOBEX, { key: 'service_name', op: 'IN', values: ['CART', 'Billing'], caseInsensitive: true }),
    ).toBe(5);
    // Nested: (cart AND NOT db.system) OR (frontend AND duration >= 8000), negated as a whole.
    const nested = {
      anyOf: [
        { allOf: [cart, { attribute: 'db.system', op: 'EXISTS', not: true }] },
        {
          allOf: [
            { key: 'service_name', value: 'frontend' },
            { key: 'duration_micros', op: 'GE', value: '8000' },
          ],
        },
      ],
    };
    expect(await spanCount(ACME, nested)).toBe(4);
    expect(await spanCount(ACME, { ...nested, not: true })).toBe(4);
    expect(await spanCount(GLOBEX, nested)).toBe(6);
  }, 60_000);

  it('filterBy: attribute existence, comparison and match, enriched keys, per tenant', async () => {
    const attr = (attribute: string, op: string, value?: string, extra: Filter = {}): Filter => ({
      attribute,
      op,
      ...(value === undefined ? {} : { value }),
      ...extra,
    });
    expect(await spanCount(ACME, attr('db.system', 'EXISTS'))).toBe(2);
    expect(await spanCount(ACME, attr('db.system', 'EXISTS', undefined, { not: true }))).toBe(6);
    expect(await spanCount(ACME, attr('http.route', 'STARTS_WITH', '/C'))).toBe(0);
    expect(await spanCount(ACME, attr('http.route', 'STARTS_WITH', '/C', { caseInsensitive: true }))).toBe(2);
    expect(await spanCount(ACME, attr('ht.api.name', 'ENDS_WITH', 'cart'))).toBe(2);
    expect(await spanCount(ACME, attr('ht.api.name', 'LIKE', 'get%', { caseInsensitive: true }))).toBe(4);
    expect(await spanCount(ACME, attr('tenant.marker', 'EQ', 'ACME', { caseInsensitive: true }))).toBe(2);
    expect(await spanCount(GLOBEX, attr('tenant.marker', 'EQ', 'ACME', { caseInsensitive: true }))).toBe(0);
    expect(await spanCount(ACME, attr('tenant.marker', 'NEQ', 'globex'))).toBe(2);
    expect(await spanCount(GLOBEX, attr('tenant.marker', 'NEQ', 'globex'))).toBe(0);
    expect(await spanCount(ACME, { attribute: 'tenant.marker', op: 'IN', values: ['x', 'acme'] })).toBe(2);
    // Numbers compare as numbers (200 > 60), text as text ('/cart' > '/').
    expect(await spanCount(ACME, attr('http.response.status_code', 'GE', '500'))).toBe(1);
    expect(await spanCount(ACME, attr('http.response.status_code', 'GT', '60'))).toBe(2);
    expect(await spanCount(ACME, attr('http.response.status_code', 'LT', '200.5'))).toBe(1);
    expect(await spanCount(ACME, attr('http.route', 'GT', '/'))).toBe(2);
    expect(
      await spanCount(ACME, {
        anyOf: [
          attr('http.response.status_code', 'GE', '500'),
          attr('db.system', 'CONTAINS', 'DI', { caseInsensitive: true }),
        ],
      }),
    ).toBe(3);
  }, 60_000);

  it('filterBy on spans, logEvents and entities; traces attribute comparisons and case-insensitive matches', async () => {
    const spans = `query($f: [FilterArg!]) { spans(${between}, filterBy: $f, orderBy: [{ key: "start_time" }]) { traceId spanId } }`;
    const f = [
      {
        anyOf: [
          { attribute: 'http.response.status_code', op: 'GE', value: '500' },
          { key: 'span_name', value: 'GET' },
        ],
      },
      { key: 'trace_id', value: TRACE_ERROR },
    ];
    expect((await data(url(), spans, { variables: { f }, headers: ACME }))['spans']).toEqual([
      { traceId: TRACE_ERROR, spanId: '1000000000000002' },
      { traceId: TRACE_ERROR, spanId: '1000000000000004' },
    ]);
    const logs = `query($f: [FilterArg!]) { logEvents(${between}, filterBy: $f) { message } }`;
    const acmeLogs = [{ key: 'message', op: 'CONTAINS', value: 'ACME', caseInsensitive: true }];
    expect((await data(url(), logs, { variables: { f: acmeLogs }, headers: ACME }))['logEvents']).toEqual([
      { message: 'cart failed for acme' },
    ]);
    expect((await data(url(), logs, { variables: { f: acmeLogs }, headers: GLOBEX }))['logEvents']).toEqual([]);
    const apis = `query($f: [FilterArg!]) { entities(type: API, ${between}, filterBy: $f, orderBy: [{ key: "name", direction: ASC }]) { name metric(key: "calls") { count } } }`;
    const entities = async (headers: Record<string, string>, ...filters: Filter[]): Promise<unknown> =>
      (await data(url(), apis, { variables: { f: filters }, headers }))['entities'];
    expect(await entities(ACME, { key: 'api_name', op: 'ENDS_WITH', value: '/CART', caseInsensitive: true })).toEqual([
      { name: 'GET /cart', metric: { count: 2 } },
    ]);
    expect(await entities(GLOBEX, { key: 'service_name', value: 'cart', not: true })).toEqual([
      { name: 'GET /', metric: { count: 2 } },
      { name: 'POST /pay', metric: { count: 1 } },
    ]);
    expect(
      await entities(GLOBEX, {
        anyOf: [
          { key: 'service_name', value: 'billing' },
          { key: 'is_error', value: 'true' },
        ],
      }),
    ).toEqual([
      { name: 'GET /', metric: { count: 1 } },
      { name: 'GET /cart', metric: { count: 1 } },
      { name: 'POST /pay', metric: { count: 1 } },
    ]);
    const traces = `query($f: TraceFilter!) { traces(filter: $f) { traceId } }`;
    const ids = async (headers: Record<string, string>, conditions: Filter[]): Promise<string[]> =>
      (
        await data<{ traces: { traceId: string }[] }>(url(), traces, {
          variables: { f: { ...RANGE, attributeConditions: conditions } },
          headers,
        })
      ).traces.map((t) => t.traceId);
    expect(await ids(ACME, [{ key: 'http.response.status_code', op: 'GE', value: '500' }])).toEqual([TRACE_ERROR]);
    expect(await ids(ACME, [{ key: 'http.response.status_code', op: 'LT', value: '300' }])).toEqual([TRACE_OK]);
    expect(await ids(ACME, [{ key: 'tenant.marker', value: 'ACME', caseInsensitive: true }])).toEqual([
      TRACE_ERROR,
      TRACE_OK,
    ]);
    expect(await ids(GLOBEX, [{ key: 'tenant.marker', value: 'ACME', caseInsensitive: true }])).toEqual([]);
    // TraceFilter's spanFilter (filterBy on one span), maxDurationMicros and offset.
    const search = async (headers: Record<string, string>, extra: Filter): Promise<string[]> =>
      (
        await data<{ traces: { traceId: string }[] }>(url(), traces, {
          variables: { f: { ...RANGE, ...extra } },
          headers,
        })
      ).traces.map((t) => t.traceId);
    const failedOrPost = {
      spanFilter: [
        {
          anyOf: [
            { key: 'span_name', op: 'LIKE', value: 'post%', caseInsensitive: true },
            { attribute: 'http.response.status_code', op: 'GE', value: '500' },
          ],
        },
      ],
    };
    const billing = 'ffffffffffffffffffffffffffffffff';
    expect(await search(ACME, failedOrPost)).toEqual([TRACE_ERROR]);
    expect(await search(GLOBEX, failedOrPost)).toEqual([TRACE_ERROR, billing]);
    expect(await search(GLOBEX, { ...failedOrPost, offset: 1 })).toEqual([billing]);
    expect(await search(GLOBEX, { maxDurationMicros: 5000 })).toEqual([billing]);
    expect(await search(ACME, { maxDurationMicros: 5000 })).toEqual([]);
    expect(await search(ACME, { offset: 1 })).toEqual([TRACE_OK]);
    expect(await search(ACME, { spanFilter: [{ key: 'span_name', op: 'CONTAINS', value: "' OR 1=1 --" }] })).toEqual(
      [],
    );
  }, 60_000);

  it('filterBy: injection attempts on every new string argument find nothing; malformed filters are refused', async () => {
    const injections = ["' OR 1=1 --", "%' OR '1'='1", "x') OR 1=1 --", '\\\\%', "'; DROP TABLE span_event_view; --"];
    for (const value of injections) {
      const cases: [Filter, number][] = [];
      for (const op of ['STARTS_WITH', 'ENDS_WITH', 'CONTAINS', 'LIKE', 'EQ', 'NEQ']) {
        cases.push([{ key: 'span_name', op, value, caseInsensitive: true }, op === 'NEQ' ? 8 : 0]);
        cases.push([{ attribute: 'http.route', op, value, caseInsensitive: true }, op === 'NEQ' ? 4 : 0]);
      }
      cases.push([{ attribute: value, op: 'EXISTS' }, 0]);
      cases.push([{ attribute: 'http.route', op: 'GT', value: `~${value}` }, 0]);
      cases.push([{ key: 'service_name', op: 'IN', values: [value], caseInsensitive: true }, 0]);
      cases.push([{ anyOf: [{ attribute: value, op: 'IN', values: [value] }] }, 0]);
      const counts = await spanCounts(
        ACME,
        cases.map(([f]) => [f]),
      );
      expect(counts, value).toEqual(cases.map(([, n]) => n));
    }
    expect(await spanCount(ACME)).toBe(8);
    expect(await refusal({ key: 'span_name', attribute: 'x' })).toMatch(
      /one of key \(column\), attribute, anyOf or allOf/,
    );
    expect(await refusal({ anyOf: [] })).toMatch(/anyOf needs at least one condition/);
    let deep: Filter = { key: 'service_name', value: 'cart' };
    for (let i = 0; i < 6; i++) deep = { allOf: [deep] };
    expect(await refusal(deep)).toMatch(/deeper than 5 \(maxDepth\)/);
    expect(
      await refusal({ anyOf: Array.from({ length: 100 }, () => ({ key: 'service_name', value: 'cart' })) }),
    ).toMatch(/more than 100 conditions \(maxConditions\)/);
    expect(await refusal({ key: 'service_name', op: 'EXISTS' })).toMatch(/EXISTS is for attributes/);
    expect(await refusal({ key: 'duration_micros', op: 'STARTS_WITH', value: '1' })).toMatch(
      /STARTS_WITH needs a string column; 'duration_micros' is/,
    );
    expect(await refusal({ key: 'duration_micros', op: 'GT', value: '1', caseInsensitive: true })).toMatch(
      /caseInsensitive applies to/,
    );
    expect(await refusal({ attribute: 'http.route', op: 'GE', value: '1', caseInsensitive: true })).toMatch(
      /caseInsensitive does not apply to GE/,
    );
    expect(await refusal({ attribute: 'http.route', op: 'LIKE' })).toMatch(/LIKE on 'http.route' needs a value/);
    expect(await refusal({ key: 'span_name', op: 'LIKE', value: 'GET \\' })).toMatch(/lone/);
  }, 60_000);
}
