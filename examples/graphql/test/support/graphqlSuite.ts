import { builtinViews } from '@ht/enricher-sdk/builtins';
import type { ViewDefinition } from '@ht/enricher-sdk';
import { builtinRollupsFor, MINUTE_MICROS } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryServer } from '../../src/index.js';
import type { RunningQueryServer } from '../../src/index.js';
import { catalogCases } from './catalogCases.js';
import { filterByCases } from './filterByCases.js';
import { data, gql } from './graphqlClient.js';
import { tierCallView } from './tierCallView.js';
import { RANGE, row, seedStore, T0, TRACE_ERROR, TRACE_OK } from './seedRows.js';

export const SUITE_VIEWS: readonly ViewDefinition[] = [...builtinViews, tierCallView];
const ACME = { 'x-tenant-id': 'acme' };
const GLOBEX = { 'x-tenant-id': 'globex' };
const between = `between: { startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}" }`;
const iso = (micros: number): string =>
  `${new Date(micros / 1000).toISOString().slice(0, 19)}.${String(micros % 1_000_000).padStart(6, '0')}Z`;

/**
 * Every field of the schema against one engine, through a real query server: two tenants seeded with the
 * same trace ids and names (globex's durations ×3 and one more service), each answer checked for each
 * tenant.
 */
export function graphqlSuite(
  engine: string,
  create: () => Promise<ViewStore>,
  destroy: (s: ViewStore) => Promise<void>,
): void {
  describe(`GraphQL on ${engine}`, () => {
    let store: ViewStore;
    let server: RunningQueryServer;
    let url: string;
    beforeAll(async () => {
      store = await create();
      await seedStore(store, SUITE_VIEWS, [
        { tenant: 'acme', scale: 1 },
        { tenant: 'globex', scale: 3, extraService: 'billing' },
      ]);
      // Given the built-in views only: tier_call_view, a user view, comes from the store's catalog.
      server = await createQueryServer({ store, views: builtinViews, port: 0 });
      url = server.url;
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await store?.close();
      if (store) await destroy(store);
    });

    it('services: calls, errors, p50 and p99 per service, per tenant', async () => {
      const q = `{ services(startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}") { name calls errors p50Micros p99Micros } }`;
      expect((await data(url, q, { headers: ACME }))['services']).toEqual([
        { name: 'cart', calls: 2, errors: 1, p50Micros: 4000, p99Micros: 4000 },
        { name: 'frontend', calls: 2, errors: 1, p50Micros: 10000, p99Micros: 10000 },
      ]);
      expect((await data(url, q, { headers: GLOBEX }))['services']).toEqual([
        { name: 'billing', calls: 1, errors: 0, p50Micros: 2000, p99Micros: 2000 },
        { name: 'cart', calls: 2, errors: 1, p50Micros: 12000, p99Micros: 12000 },
        { name: 'frontend', calls: 2, errors: 1, p50Micros: 30000, p99Micros: 30000 },
      ]);
    });

    it('trace: every span of every fragment, attributes told apart, events; null for an unknown id', async () => {
      const q = `query($id: String!) { trace(traceId: $id) { traceId spans { traceId spanId parentSpanId serviceName name kind
        startTime durationMicros statusCode apiName spanType endTime errorCount attributes { key value }
        clientAttributes { key value } enrichedAttributes { key value } resourceAttributes { key value }
        resource { key value } links { index traceId spanId traceState attributes { key value } }
        events { name isException exceptionType message time index spanId } } } }`;
      const acme = (
        await data<{ trace: { traceId: string; spans: Record<string, unknown>[] } }>(url, q, {
          variables: { id: TRACE_ERROR.toUpperCase() },
          headers: ACME,
        })
      ).trace;
      expect(acme.traceId).toBe(TRACE_ERROR);
      expect(acme.spans.map((s) => s['spanId'])).toEqual([
        '1000000000000001',
        '1000000000000002',
        '1000000000000003',
        '1000000000000004',
      ]);
      const [root, , cart, late] = acme.spans;
      expect(root).toMatchObject({
        parentSpanId: null,
        serviceName: 'frontend',
        name: 'GET /',
        kind: 'SERVER',
        startTime: iso(T0 + 60_000_000),
        durationMicros: 10000,
        statusCode: 'ERROR',
        apiName: 'GET /',
        spanType: 'ENTRY',
        errorCount: 1,
        clientAttributes: [{ key: 'http.route', value: '/' }],
        enrichedAttributes: [{ key: 'ht.api.name', value: 'GET /' }],
        resourceAttributes: [{ key: 'ht.resource.host.name', value: 'host-acme' }],
        resource: [
          { key: 'host.name', value: 'host-acme' },
          { key: 'service.name', value: 'frontend' },
        ],
        links: [],
        events: [],
      });
      expect(cart!['links']).toEqual([
        {
          index: 0,
          traceId: TRACE_OK,
          spanId: '0000000000000001',
          traceState: '',
          attributes: [{ key: 'link.tenant', value: 'acme' }],
        },
      ]);
      expect(late!['resource']).toEqual([
        { key: 'host.name', value: 'host-acme' },
        { key: 'service.name', value: 'cart' },
      ]);
      expect(root!['attributes']).toHaveLength(3);
      expect(cart!['events']).toEqual([
        {
          name: 'exception',
          isException: true,
          exceptionType: 'CartError',
          message: 'cart failed for acme',
          time: iso(T0 + 60_002_100),
          index: 0,
          spanId: cart!['spanId'],
        },
      ]);
      expect(late).toMatchObject({ serviceName: 'cart', name: 'GET', durationMicros: 1000 });
      const globex = (
        await data<{ trace: { spans: Record<string, unknown>[] } }>(url, q, {
          variables: { id: TRACE_ERROR },
          headers: GLOBEX,
        })
      ).trace;
      expect(globex.spans.map((s) => s['durationMicros'])).toEqual([30000, 18000, 12000, 3000]);
      expect(globex.spans[2]!['events']).toMatchObject([{ message: 'cart failed for globex' }]);
      expect(globex.spans[2]!['links']).toMatchObject([{ attributes: [{ key: 'link.tenant', value: 'globex' }] }]);
      expect(globex.spans[0]!['resource']).toContainEqual({ key: 'host.name', value: 'host-globex' });
      expect(
        (await data(url, q, { variables: { id: 'ffffffffffffffffffffffffffffffff' }, headers: ACME }))['trace'],
      ).toBeNull();
      const bad = await gql(url, q, { variables: { id: "x' OR 1=1 --" }, headers: ACME });
      expect(bad.errors?.[0]?.message).toMatch(/is not a trace id/);
    });

    it('traceOutline, traceSpans, findInTrace: spans without attributes, some spans whole, find over attributes; per tenant', async () => {
      const lean =
        'spanId parentSpanId serviceName name kind startTime durationMicros statusCode apiName spanType protocol errorCount';
      const whole = `query($id: String!) { trace(traceId: $id) { spans { ${lean} } } }`;
      const outline = `query($id: String!) { traceOutline(traceId: $id) { traceId spanCount spans { ${lean} onCriticalPath } } }`;
      type Outline = { traceId: string; spanCount: number; spans: Record<string, unknown>[] } | null;
      for (const headers of [ACME, GLOBEX]) {
        const spans = (
          await data<{ trace: { spans: Record<string, unknown>[] } }>(url, whole, {
            variables: { id: TRACE_ERROR },
            headers,
          })
        ).trace.spans;
        const answer = (
          await data<{ traceOutline: Outline }>(url, outline, { variables: { id: TRACE_ERROR }, headers })
        ).traceOutline;
        expect(answer).toEqual({
          traceId: TRACE_ERROR,
          spanCount: 4,
          spans: spans.map((s) => ({ ...s, onCriticalPath: false })),
        });
      }
      // The critical path: a trace of a tenant of its own whose root and first child are on it.
      const spanView = SUITE_VIEWS.find((v) => v.name === 'span_event_view')!;
      const critical = 'c0ffee00c0ffee00c0ffee00c0ffee00';
      await store.write(
        'span_event_view',
        ['a', 'b', 'c'].map((s, i) =>
          row(spanView, {
            tenant_id: 'outline',
            trace_id: critical,
            span_id: `${s}000000000000000`,
            parent_span_id: i === 0 ? '' : 'a000000000000000',
            service_name: 'svc',
            span_name: `op ${s}`,
            start_time: T0 + i * 1_000,
            end_time: T0 + i * 1_000 + 500,
            duration_micros: 500,
            enriched_attribute_keys: i < 2 ? ['ht.span.critical_path', 'ht.span.critical_path_micros'] : [],
            enriched_attribute_values: i < 2 ? ['true', '500'] : [],
          }),
        ),
      );
      const marked = (
        await data<{ traceOutline: Outline }>(url, outline, {
          variables: { id: critical },
          headers: { 'x-tenant-id': 'outline' },
        })
      ).traceOutline;
      expect(marked?.spans.map((s) => [s['spanId'], s['onCriticalPath']])).toEqual([
        ['a000000000000000', true],
        ['b000000000000000', true],
        ['c000000000000000', false],
      ]);
      expect((await data(url, outline, { variables: { id: critical }, headers: ACME }))['traceOutline']).toBeNull();

      const some = `query($id: String!, $ids: [String!]!) { traceSpans(traceId: $id, spanIds: $ids) { spanId clientAttributes { key value } resourceAttributes { key value } events { message } links { spanId } } }`;
      const ids = ['1000000000000003', '1000000000000001', 'ffff000000000000'];
      for (const [headers, tenant] of [
        [ACME, 'acme'],
        [GLOBEX, 'globex'],
      ] as const) {
        expect((await data(url, some, { variables: { id: TRACE_ERROR, ids }, headers }))['traceSpans']).toEqual([
          {
            spanId: '1000000000000001',
            clientAttributes: [{ key: 'http.route', value: '/' }],
            resourceAttributes: [{ key: 'ht.resource.host.name', value: `host-${tenant}` }],
            events: [],
            links: [],
          },
          {
            spanId: '1000000000000003',
            clientAttributes: [
              { key: 'http.route', value: '/cart' },
              { key: 'tenant.marker', value: tenant },
            ],
            resourceAttributes: [],
            events: [{ message: `cart failed for ${tenant}` }],
            links: [{ spanId: '0000000000000001' }],
          },
        ]);
      }
      expect((await data(url, some, { variables: { id: TRACE_ERROR, ids: [] }, headers: ACME }))['traceSpans']).toEqual(
        [],
      );
      const tooMany = await gql(url, some, {
        variables: { id: TRACE_ERROR, ids: Array.from({ length: 10_001 }, (_, i) => String(i)) },
        headers: ACME,
      });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxRows' });

      const find = 'query($id: String!, $text: String!) { findInTrace(traceId: $id, text: $text) }';
      const found = async (text: string, headers = ACME, id = TRACE_ERROR): Promise<unknown> =>
        (await data(url, find, { variables: { id, text }, headers }))['findInTrace'];
      expect(await found('REDIS')).toEqual(['1000000000000004']); // an attribute value, any case
      expect(await found('tenant.marker')).toEqual(['1000000000000003']); // an attribute key
      expect(await found('cart')).toEqual(['1000000000000002', '1000000000000003', '1000000000000004']); // names, services
      expect(await found(' 1000000000000002 ')).toEqual(['1000000000000002']); // a span id
      expect(await found('host-globex')).toEqual([]); // another tenant's resource attribute
      expect(await found('host-globex', GLOBEX)).toEqual(['1000000000000001']);
      expect(await found('  ')).toEqual([]);
      expect(await found('cart', ACME, 'ffffffffffffffffffffffffffffffff')).toEqual([]);
      const bad = await gql(url, find, { variables: { id: "x' OR 1=1 --", text: 'a' }, headers: ACME });
      expect(bad.errors?.[0]?.message).toMatch(/is not a trace id/);
    }, 30_000); // about twenty queries: room on a busy machine

    it('traces: merged fragments, newest first, each TraceFilter condition, per tenant', async () => {
      const q = `query($f: TraceFilter!) { traces(filter: $f) { traceId rootService rootOperation startTime durationMicros spanCount errorCount } }`;
      const run = async (headers: Record<string, string>, extra: Record<string, unknown> = {}) =>
        (await data<{ traces: { traceId: string }[] }>(url, q, { variables: { f: { ...RANGE, ...extra } }, headers }))
          .traces;
      expect(await run(ACME)).toEqual([
        {
          traceId: TRACE_ERROR,
          rootService: 'frontend',
          rootOperation: 'GET /',
          startTime: iso(T0 + 60_000_000),
          durationMicros: 10000,
          spanCount: 4,
          errorCount: 2,
        },
        {
          traceId: TRACE_OK,
          rootService: 'frontend',
          rootOperation: 'GET /',
          startTime: iso(T0),
          durationMicros: 10000,
          spanCount: 4,
          errorCount: 0,
        },
      ]);
      const ids = async (headers: Record<string, string>, extra: Record<string, unknown>) =>
        (await run(headers, extra)).map((t) => t.traceId);
      expect(await ids(GLOBEX, {})).toEqual([TRACE_ERROR, 'ffffffffffffffffffffffffffffffff', TRACE_OK]);
      expect(await ids(ACME, { hasError: true })).toEqual([TRACE_ERROR]);
      expect(await ids(ACME, { hasError: false })).toEqual([TRACE_OK]);
      expect(await ids(ACME, { minDurationMicros: 20000 })).toEqual([]);
      expect(await ids(GLOBEX, { minDurationMicros: 20000 })).toEqual([TRACE_ERROR, TRACE_OK]);
      expect(await ids(GLOBEX, { service: 'billing' })).toEqual(['ffffffffffffffffffffffffffffffff']);
      expect(await ids(ACME, { service: 'billing' })).toEqual([]);
      expect(await ids(ACME, { service: 'cart', operation: 'GET' })).toEqual([TRACE_ERROR, TRACE_OK]);
      expect(await ids(ACME, { attributes: [{ key: 'tenant.marker', value: 'acme' }] })).toEqual([
        TRACE_ERROR,
        TRACE_OK,
      ]);
      expect(await ids(GLOBEX, { attributes: [{ key: 'tenant.marker', value: 'acme' }] })).toEqual([]);
      // attributeConditions (all hold, on one span) and anyAttributeConditions (OR): match, existence, NOT
      const both = [TRACE_ERROR, TRACE_OK];
      const cond = (...c: Record<string, unknown>[]) => ({ attributeConditions: c });
      expect(await ids(ACME, cond({ key: 'http.route', op: 'STARTS_WITH', value: '/ca' }))).toEqual(both);
      expect(await ids(ACME, cond({ key: 'ht.api.name', op: 'ENDS_WITH', value: '/cart' }))).toEqual(both);
      expect(await ids(ACME, { service: 'frontend', ...cond({ key: 'db.system', op: 'EXISTS' }) })).toEqual([]);
      expect(await ids(ACME, { service: 'cart', ...cond({ key: 'db.system', op: 'EXISTS' }) })).toEqual(both);
      expect(
        await ids(GLOBEX, { service: 'billing', ...cond({ key: 'http.route', op: 'EXISTS', not: true }) }),
      ).toEqual(['ffffffffffffffffffffffffffffffff']);
      expect(await ids(ACME, cond({ key: 'tenant.marker', op: 'NEQ', value: 'acme' }))).toEqual([]);
      expect(await ids(GLOBEX, cond({ key: 'tenant.marker', op: 'NEQ', value: 'acme' }))).toEqual(both);
      expect(
        await ids(ACME, {
          anyAttributeConditions: [
            { key: 'tenant.marker', value: 'nope' },
            { key: 'db.system', op: 'LIKE', value: 're%' },
          ],
        }),
      ).toEqual(both);
      expect(
        await ids(ACME, { anyAttributeConditions: [{ key: 'tenant.marker', op: 'CONTAINS', value: "' OR 1=1 --" }] }),
      ).toEqual([]);
      const noValue = await gql(url, q, {
        variables: { f: { ...RANGE, ...cond({ key: 'http.route', op: 'CONTAINS' }) } },
        headers: ACME,
      });
      expect(noValue.errors?.[0]?.message).toMatch(/CONTAINS on 'http.route' needs a value/);
      expect(await ids(ACME, { service: "cart' OR '1'='1", operation: "\\'; DROP TABLE span_event_view; --" })).toEqual(
        [],
      );
      const one = await data<{ traces: unknown[] }>(
        url,
        `query($f: TraceFilter!) { traces(filter: $f, limit: 1) { traceId } }`,
        { variables: { f: RANGE }, headers: ACME },
      );
      expect(one.traces).toEqual([{ traceId: TRACE_ERROR }]);
    });

    it('entities: services ordered by a metric, with aggregations, series and service-map edges', async () => {
      const q = `{ entities(type: SERVICE, ${between}, orderBy: [{ key: "duration", aggregation: MAX, direction: DESC }]) {
        type name service backendType
        calls: metric(key: "calls") { count avgRate(per: MINUTE) series(interval: { unit: MINUTE }) { startTime count sum } }
        errors: metric(key: "errors") { count }
        duration: metric(key: "duration") { sum avg min max percentile(p: 50) distinctCount avgRate series(interval: { size: 30, unit: SECOND }) { startTime count avg p99 avgRate } }
        incomingEdges { type name calls errors avgLatencyMicros p99LatencyMicros }
        outgoingEdges { type name calls errors avgLatencyMicros p99LatencyMicros } } }`;
      const acme = (await data<{ entities: Record<string, unknown>[] }>(url, q, { headers: ACME })).entities;
      expect(acme.map((e) => e['name'])).toEqual(['frontend', 'cart']);
      expect(acme[0]).toEqual({
        type: 'SERVICE',
        name: 'frontend',
        service: null,
        backendType: null,
        calls: {
          count: 2,
          avgRate: 2 / 120,
          series: [
            { startTime: iso(T0), count: 1, sum: 1 },
            { startTime: iso(T0 + 60_000_000), count: 1, sum: 1 },
          ],
        },
        errors: { count: 1 },
        duration: {
          sum: 20000,
          avg: 10000,
          min: 10000,
          max: 10000,
          percentile: 10000,
          distinctCount: 1,
          avgRate: 20000 / 7200,
          series: [
            { startTime: iso(T0), count: 1, avg: 10000, p99: 10000, avgRate: 10000 / 30 },
            { startTime: iso(T0 + 60_000_000), count: 1, avg: 10000, p99: 10000, avgRate: 10000 / 30 },
          ],
        },
        incomingEdges: [],
        outgoingEdges: [
          { type: 'SERVICE', name: 'cart', calls: 2, errors: 1, avgLatencyMicros: 6000, p99LatencyMicros: 6000 },
        ],
      });
      expect(acme[1]).toMatchObject({
        name: 'cart',
        duration: { max: 4000 },
        incomingEdges: [{ type: 'SERVICE', name: 'frontend', calls: 2, errors: 1 }],
        outgoingEdges: [{ type: 'BACKEND', name: 'redis@cache:6379', calls: 2, errors: 0, avgLatencyMicros: 1000 }],
      });
      const globex = (await data<{ entities: Record<string, unknown>[] }>(url, q, { headers: GLOBEX })).entities;
      expect(globex.map((e) => [e['name'], (e['duration'] as { max: number }).max])).toEqual([
        ['frontend', 30000],
        ['cart', 12000],
        ['billing', 2000],
      ]);
      const page = `{ entities(type: SERVICE, ${between}, orderBy: [{ key: "name", direction: ASC }], limit: 1, offset: 1) { name } }`;
      expect((await data(url, page, { headers: GLOBEX }))['entities']).toEqual([{ name: 'cart' }]);
    });

    it('entities: APIs filtered by service, backends with their callers', async () => {
      const apis = `{ entities(type: API, ${between}, filterBy: [{ key: "service_name", value: "cart" }]) { name service metric(key: "calls") { count } } }`;
      expect((await data(url, apis, { headers: ACME }))['entities']).toEqual([
        { name: 'GET /cart', service: 'cart', metric: { count: 2 } },
      ]);
      const backends = `{ entities(type: BACKEND, ${between}) { name backendType metric(key: "duration") { max } incomingEdges { type name calls } outgoingEdges { name } } }`;
      expect((await data(url, backends, { headers: GLOBEX }))['entities']).toEqual([
        {
          name: 'redis@cache:6379',
          backendType: 'CACHE',
          metric: { max: 3000 },
          incomingEdges: [{ type: 'SERVICE', name: 'cart', calls: 2 }],
          outgoingEdges: [],
        },
      ]);
      const unknown = await gql(url, `{ entities(type: SERVICE, ${between}) { metric(key: "nope") { count } } }`, {
        headers: ACME,
      });
      expect(unknown.errors?.[0]?.message).toMatch(
        /'nope' is not a metric of raw_service_view: use calls, errors, duration or one of .*duration_micros/,
      );
    });

    it('explore: answered from api_red_1m when it can be exactly (answeredFrom), the same answer as the view', async () => {
      const rollups = builtinRollupsFor(builtinViews);
      await store.ensureRollups(rollups);
      // The seeded hour rebuilt where the store rebuilds rollups (the rest of the range comes from the view).
      for (const r of rollups) await store.rebuildRollup(r.name, T0 - 60 * MINUTE_MICROS, T0 + 30 * MINUTE_MICROS);
      const viaRollups = await createQueryServer({ store, views: builtinViews, port: 0, rollups });
      const viewOnly = await createQueryServer({ store, views: builtinViews, port: 0, rollups: [] });
      type Answer = {
        explore: {
          answeredFrom: string;
          columns: { name: string; kind: string }[];
          rows: { intervalStart: string | null; cells: { name: string; value: string; number: number | null }[] }[];
        };
      };
      const ask = async (server: RunningQueryServer, q: string, headers: Record<string, string>) =>
        (await data<Answer>(server.url, q, { headers })).explore;
      const select = `select: [{ aggregation: COUNT, as: "calls" }, { key: "errors", aggregation: COUNT }, { key: "duration_micros", aggregation: PERCENTILE, p: 99 },
        { key: "duration_micros", aggregation: SUM }, { key: "duration_micros", aggregation: MIN }, { key: "duration_micros", aggregation: MAX }, { key: "duration", aggregation: AVG }]`;
      const answered: [string, string][] = [
        [
          'api_red_1m',
          `{ explore(context: "API_TRACE", ${between}, ${select}, groupBy: [{ key: "service_name" }, { key: "api_name", as: "api" }], interval: { size: 1, unit: MINUTE },
          orderBy: [{ key: "service_name" }, { key: "api" }]) { answeredFrom columns { name kind } rows { intervalStart cells { name value number } } } }`,
        ],
        // No group: the first rollup that answers (the service one, its entity filtered).
        [
          'service_red_1m',
          `{ explore(context: "API_TRACE", ${between}, ${select}, filterBy: [{ key: "service_name", op: IN, values: ["cart", "billing"] }]) {
          answeredFrom columns { name kind } rows { intervalStart cells { name value number } } } }`,
        ],
      ];
      try {
        for (const [rollup, q] of answered)
          for (const headers of [ACME, GLOBEX]) {
            const fromRollup = await ask(viaRollups, q, headers);
            const fromView = await ask(viewOnly, q, headers);
            expect(fromRollup.answeredFrom).toBe(rollup);
            expect(fromView.answeredFrom).toBe('raw_service_view');
            expect(fromRollup.rows.length).toBeGreaterThan(0);
            expect(fromRollup.columns).toEqual(fromView.columns);
            const exact = (rows: Answer['explore']['rows']) =>
              rows.map((r) => ({ ...r, cells: r.cells.filter((c) => !c.name.startsWith('p99')) }));
            expect(exact(fromRollup.rows)).toEqual(exact(fromView.rows));
            fromView.rows.forEach((row, i) =>
              row.cells.forEach((c, j) => expect(fromRollup.rows[i]!.cells[j]!.number).toBeCloseTo(c.number!, 6)),
            );
          }
        // A filter on a column the rollup does not hold: the view answers.
        const other = `{ explore(context: "API_TRACE", ${between}, select: [{ aggregation: COUNT }], filterBy: [{ key: "duration_micros", op: GT, value: "1" }]) { answeredFrom } }`;
        expect((await ask(viaRollups, other, ACME)).answeredFrom).toBe('raw_service_view');
        // The service list and the map's entities read through the same rule: the same answers either way.
        const pages = [
          `{ services(startTime: "${iso(T0 - 60 * MINUTE_MICROS)}", endTime: "${iso(T0 + 30 * MINUTE_MICROS)}") { name calls errors p50Micros p99Micros } }`,
          `{ entities(type: SERVICE, ${between}) { name metric(key: "duration") { count avg max percentile(p: 99) } outgoingEdges { type name calls errors p99LatencyMicros } } }`,
        ];
        // A server whose store notes each rollup read: the pages are answered from the rollups.
        const rollupReads: string[] = [];
        const noting = new Proxy(store, {
          get(target, property) {
            const value: unknown = Reflect.get(target, property, target);
            if (property === 'queryRollup')
              return (...args: Parameters<typeof store.queryRollup>) => {
                rollupReads.push(args[0]);
                return target.queryRollup(...args);
              };
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
        const notingServer = await createQueryServer({ store: noting, views: builtinViews, port: 0, rollups });
        try {
          for (const q of pages) {
            await data(notingServer.url, q, { headers: ACME });
            expect(rollupReads.length, q).toBeGreaterThan(0);
            rollupReads.length = 0;
          }
        } finally {
          await notingServer.close();
        }
        for (const q of pages)
          for (const headers of [ACME, GLOBEX]) {
            // Quantiles from merged states agree with the view's to 9 digits (float sums in another order).
            const rounded = (answer: unknown): unknown =>
              JSON.parse(JSON.stringify(answer), (_k, v: unknown) =>
                typeof v === 'number' ? Number(v.toPrecision(9)) : v,
              );
            const fromRollup = rounded(await data(viaRollups.url, q, { headers }));
            expect(JSON.stringify(fromRollup).length).toBeGreaterThan(40);
            expect(fromRollup).toEqual(rounded(await data(viewOnly.url, q, { headers })));
          }
      } finally {
        await viaRollups.close();
        await viewOnly.close();
      }
    });

    it('explore: built-in contexts, attributes, intervals, a plugin view, and an unknown context listing the valid ones', async () => {
      const spans = `{ explore(context: "SPAN", ${between}, select: [{ aggregation: COUNT, as: "spans" }, { key: "duration_micros", aggregation: PERCENTILE, p: 50 }, { key: "duration_micros", aggregation: AVG_RATE, per: SECOND }],
        groupBy: [{ key: "service_name" }], orderBy: [{ key: "service_name" }]) { columns { name kind } rows { cells { name value number } cell(name: "spans") { number } } } }`;
      const acme = (
        await data<{ explore: { columns: unknown[]; rows: { cells: unknown[]; cell: { number: number } }[] } }>(
          url,
          spans,
          { headers: ACME },
        )
      ).explore;
      expect(acme.columns).toEqual([
        { name: 'service_name', kind: 'string' },
        { name: 'spans', kind: 'int' },
        { name: 'p50_duration_micros', kind: 'float' },
        { name: 'avg_rate_duration_micros', kind: 'float' },
      ]);
      expect(acme.rows.map((r) => r.cells)).toEqual([
        [
          { name: 'service_name', value: 'cart', number: null },
          { name: 'spans', value: '4', number: 4 },
          { name: 'p50_duration_micros', value: '2500', number: 2500 },
          { name: 'avg_rate_duration_micros', value: String(10000 / 7200), number: 10000 / 7200 },
        ],
        [
          { name: 'service_name', value: 'frontend', number: null },
          { name: 'spans', value: '4', number: 4 },
          { name: 'p50_duration_micros', value: '8000', number: 8000 },
          { name: 'avg_rate_duration_micros', value: String(32000 / 7200), number: 32000 / 7200 },
        ],
      ]);
      // A column grouped under another name (the UI's key suggestions group by attribute_keys this way).
      const renamed = `{ explore(context: "SPAN", ${between}, select: [{ aggregation: COUNT, as: "spans" }], groupBy: [{ key: "service_name", as: "svc" }], orderBy: [{ key: "svc" }]) { rows { cells { name value } } } }`;
      expect(
        (await data<{ explore: { rows: { cells: unknown[] }[] } }>(url, renamed, { headers: ACME })).explore.rows.map(
          (r) => r.cells,
        ),
      ).toEqual([
        [
          { name: 'svc', value: 'cart' },
          { name: 'spans', value: '4' },
        ],
        [
          { name: 'svc', value: 'frontend' },
          { name: 'spans', value: '4' },
        ],
      ]);
      const routes = `{ explore(context: "SPAN", ${between}, select: [{ aggregation: COUNT }], groupBy: [{ attribute: "tenant.marker", as: "marker" }], interval: { unit: HOUR }, orderBy: [{ key: "marker" }]) { rows { intervalStart cells { name value } } } }`;
      expect((await data<{ explore: unknown }>(url, routes, { headers: GLOBEX })).explore).toEqual({
        rows: [
          {
            intervalStart: iso(T0),
            cells: [
              { name: 'marker', value: '' },
              { name: 'count', value: '7' },
            ],
          },
          {
            intervalStart: iso(T0),
            cells: [
              { name: 'marker', value: 'globex' },
              { name: 'count', value: '2' },
            ],
          },
        ],
      });
      const tiers = `{ explore(context: "tier_call_view", ${between}, select: [{ aggregation: COUNT }, { key: "duration_micros", aggregation: MAX }], groupBy: [{ key: "customer_tier" }], orderBy: [{ key: "customer_tier" }]) { rows { cells { value } } } }`;
      expect(
        (
          await data<{ explore: { rows: { cells: { value: string }[] }[] } }>(url, tiers, { headers: GLOBEX })
        ).explore.rows.map((r) => r.cells.map((c) => c.value)),
      ).toEqual([
        ['free', '3', '30000'],
        ['pro', '2', '12000'],
      ]);
      const unknown = await gql(
        url,
        `{ explore(context: "NOPE'--", ${between}, select: [{ aggregation: COUNT }]) { rows { intervalStart } } }`,
        { headers: ACME },
      );
      expect(unknown.errors?.[0]?.message).toBe(
        `unknown context 'NOPE'--': the valid contexts are SPAN, TRACE, API_TRACE, BACKEND_TRACE, LOG_EVENT, ${SUITE_VIEWS.map(
          (v) => v.name,
        )
          .sort()
          .join(', ')}`,
      );
      const badColumn = await gql(
        url,
        `{ explore(context: "TRACE", ${between}, select: [{ key: "x\\" OR 1=1" }]) { rows { intervalStart } } }`,
        { headers: ACME },
      );
      expect(badColumn.errors?.[0]?.message).toMatch(/x" OR 1=1/);
    });

    filterByCases(() => url);

    catalogCases(() => url);

    it('spans and logEvents: filtered, ordered, paged, per tenant', async () => {
      const q = `{ spans(${between}, filterBy: [{ key: "service_name", value: "cart" }, { key: "duration_micros", op: GE, value: "2000" }], orderBy: [{ key: "start_time" }]) { traceId spanId durationMicros } }`;
      expect((await data(url, q, { headers: ACME }))['spans']).toEqual([
        { traceId: TRACE_OK, spanId: '0000000000000003', durationMicros: 4000 },
        { traceId: TRACE_ERROR, spanId: '1000000000000003', durationMicros: 4000 },
      ]);
      const paged = `{ spans(${between}, filterBy: [{ attribute: "tenant.marker", value: "globex" }], limit: 1, offset: 1) { traceId durationMicros } }`;
      expect((await data(url, paged, { headers: GLOBEX }))['spans']).toEqual([
        { traceId: TRACE_OK, durationMicros: 12000 },
      ]);
      expect((await data(url, paged, { headers: ACME }))['spans']).toEqual([]);
      const injected = `{ spans(${between}, filterBy: [{ key: "service_name", value: "cart' OR '1'='1" }, { attribute: "x') OR 1=1 --", value: "\\\\'" }]) { spanId } }`;
      expect((await data(url, injected, { headers: ACME }))['spans']).toEqual([]);
      const logs = `{ logEvents(${between}, filterBy: [{ key: "is_exception", value: "true" }]) { traceId spanId serviceName spanName index name isException exceptionType exceptionMessage message level exceptionStacktrace apiName attributes { key } time } }`;
      expect((await data(url, logs, { headers: GLOBEX }))['logEvents']).toEqual([
        {
          traceId: TRACE_ERROR,
          spanId: '1000000000000003',
          serviceName: 'cart',
          spanName: 'GET /cart',
          index: 0,
          name: 'exception',
          isException: true,
          exceptionType: 'CartError',
          exceptionMessage: 'cart failed for globex',
          message: 'cart failed for globex',
          level: '',
          exceptionStacktrace: '',
          apiName: '',
          attributes: [],
          time: iso(T0 + 60_002_100),
        },
      ]);
    });
  });
}
