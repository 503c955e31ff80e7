import { createDuckDbStore, QueryLimitError } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';
import type { IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryServer, storeError } from '../src/index.js';
import type { QueryServerOptions, RunningQueryServer } from '../src/index.js';
import { contractDifferences, contractSchema } from './support/contractDifferences.js';
import { data, gql } from './support/graphqlClient.js';
import { SUITE_VIEWS } from './support/graphqlSuite.js';
import { RANGE, seedStore } from './support/seedRows.js';

let store: ViewStore;
const servers: RunningQueryServer[] = [];
const serve = async (options: Partial<QueryServerOptions> = {}): Promise<string> => {
  const server = await createQueryServer({ store, views: SUITE_VIEWS, port: 0, ...options });
  servers.push(server);
  return server.url;
};
const services = `{ services(startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}") { name } }`;
const names = async (url: string, headers: Record<string, string>): Promise<string[]> =>
  (await data<{ services: { name: string }[] }>(url, services, { headers })).services.map((s) => s.name);

beforeAll(async () => {
  store = await createDuckDbStore({ path: ':memory:' });
  await seedStore(store, SUITE_VIEWS, [
    { tenant: 'acme', scale: 1 },
    { tenant: 'globex', scale: 3, extraService: 'billing' },
  ]);
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await store.close();
});

describe('the served schema', () => {
  it("keeps docs/contracts.md's minimum and matches the committed snapshot", async () => {
    const url = await serve();
    const introspection = await data<IntrospectionQuery>(url, getIntrospectionQuery());
    const schema = buildClientSchema(introspection);
    expect(contractDifferences(contractSchema(), schema)).toEqual([]);
    await expect(printSchema(schema)).toMatchFileSnapshot('./__snapshots__/schema.graphql');
  });

  it('serves GraphiQL to a browser at /graphql, and a home page at /', async () => {
    const url = await serve({ tenancy: { apiKeys: { k: 'acme' } } });
    const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/graphiql/i);
    // Self-contained: nothing loaded from a CDN.
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(`${url}/nope`)).status).toBe(404);
  });
});

describe('tenancy', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve({ tenancy: { apiKeys: { 'k-acme': 'acme', 'k-globex': 'globex' } } });
  });

  it('takes the tenant from x-tenant-id, else the default tenant', async () => {
    const open = await serve();
    expect(await names(open, { 'x-tenant-id': 'globex' })).toEqual(['billing', 'cart', 'frontend']);
    expect(await names(open, {})).toEqual([]);
    const bad = await gql(open, services, { headers: { 'x-tenant-id': "acme' OR 1=1" } });
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0]?.message).toMatch(/is not a tenant id/);
  });

  it("with API keys, takes the key's tenant (x-tenant-id cannot override it)", async () => {
    expect(await names(url, { authorization: 'Bearer k-globex' })).toEqual(['billing', 'cart', 'frontend']);
    expect(await names(url, { 'x-api-key': 'k-acme', 'x-tenant-id': 'globex' })).toEqual(['cart', 'frontend']);
  });

  it('refuses a missing or unknown key with 401', async () => {
    const cases: Record<string, string>[] = [
      {},
      { authorization: 'Bearer nope' },
      { 'x-api-key': 'k-acme ' + 'x' },
      { 'x-tenant-id': 'acme' },
    ];
    for (const headers of cases) {
      const answer = await gql(url, services, { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(answer.data).toBeUndefined();
    }
  });

  it('scopes extra routes the same way', async () => {
    const withRoute = await serve({
      tenancy: { apiKeys: { 'k-acme': 'acme' } },
      routes: [
        {
          method: 'GET',
          path: /^\/api\/tenant$/,
          handle: (_req, res, { tenantId, url: requestUrl }) => {
            res.end(`${tenantId} ${requestUrl.searchParams.get('x') ?? ''}`);
          },
        },
      ],
    });
    const ok = await fetch(`${withRoute}/api/tenant?x=1`, { headers: { 'x-api-key': 'k-acme' } });
    expect([ok.status, await ok.text()]).toEqual([200, 'acme 1']);
    expect((await fetch(`${withRoute}/api/tenant`)).status).toBe(401);
  });
});

describe('limits, each named in its error', () => {
  const limitOf = (answer: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown =>
    answer.errors?.[0]?.extensions?.['limit'];

  it('depth', async () => {
    const url = await serve({ limits: { maxDepth: 2 } });
    const answer = await gql(
      url,
      `{ entities(type: SERVICE, between: { startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}" }) { outgoingEdges { name } } }`,
      { headers: { 'x-tenant-id': 'acme' } },
    );
    expect(limitOf(answer)).toBe('maxDepth');
    expect(answer.errors?.[0]?.message).toBe('the query is 3 fields deep, over the depth limit (maxDepth 2)');
    expect(await names(url, { 'x-tenant-id': 'acme' })).toEqual(['cart', 'frontend']);
  });

  it('complexity, counting list fields times their limit', async () => {
    const url = await serve({ limits: { maxComplexity: 100 } });
    const q = (limit: number) =>
      `{ traces(filter: { startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}" }, limit: ${limit}) { traceId spanCount } }`;
    expect((await gql(url, q(49))).errors).toBeUndefined();
    const answer = await gql(url, q(50));
    expect(limitOf(answer)).toBe('maxComplexity');
    expect(answer.errors?.[0]?.message).toMatch(/complexity is 101, over the complexity limit \(maxComplexity 100\)/);
  });

  it('max rows: a limit over it, and a store answer over it', async () => {
    const url = await serve({ limits: { maxRows: 1 } });
    const over = await gql(
      url,
      `{ spans(between: { startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}" }, limit: 2) { spanId } }`,
    );
    expect(limitOf(over)).toBe('maxRows');
    expect(over.errors?.[0]?.message).toBe('limit 2 is over the max rows limit (maxRows 1)');
    const answer = await gql(url, services, { headers: { 'x-tenant-id': 'acme' } });
    expect(limitOf(answer)).toBe('maxRows');
    expect(answer.errors?.[0]?.message).toMatch(/more than the max rows limit \(maxRows 1\)/);
  });

  it('max time range', async () => {
    const url = await serve({ limits: { maxTimeRangeMs: 3_600_000 } });
    const answer = await gql(url, services);
    expect(limitOf(answer)).toBe('maxTimeRangeMs');
    expect(answer.errors?.[0]?.message).toMatch(/longer than the max time range limit \(maxTimeRangeMs 3600000, 1 h\)/);
  });

  it('query timeout: a store query stopped by it is reported naming it', () => {
    const error = storeError(new QueryLimitError('timeoutMs', 'span_event_view', 'exceeded timeoutMs (5 ms)'), {
      maxRows: 10,
      queryTimeoutMs: 5,
    }) as { message: string; extensions: Record<string, unknown> };
    expect(error.message).toBe('the query ran longer than the query timeout (queryTimeoutMs 5)');
    expect(error.extensions['limit']).toBe('queryTimeoutMs');
  });
});
