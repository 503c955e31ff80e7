import { createDuckDbStore } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JaegerDependencyLink, JaegerOperation, JaegerTrace } from '../../src/index.js';
import { seedTwoTenants, SHARED_TRACE_ID } from './support/seedViews.js';
import { serveJaeger } from './support/serveJaeger.js';
import type { ServedJaeger } from './support/serveJaeger.js';

const nowMicros = Date.now() * 1000;
const range = `start=${nowMicros - 600_000_000}&end=${nowMicros}`;
let store: ViewStore;
let byHeader: ServedJaeger;
let byKey: ServedJaeger;

beforeAll(async () => {
  store = await createDuckDbStore({ path: ':memory:' });
  await seedTwoTenants(store, nowMicros);
  byHeader = await serveJaeger({ store, limits: { maxTraceIds: 2 } });
  byKey = await serveJaeger({ store, tenancy: { apiKeys: { 'k-acme': 'acme', 'k-globex': 'globex' } } });
});

afterAll(async () => {
  await byHeader?.close();
  await byKey?.close();
  await store?.close();
});

/** Every string a route reads from its tenant's data, flattened. */
const markers = (value: unknown): string[] => JSON.stringify(value).match(/\b(acme|globex)\b/g) ?? [];

/** Every Jaeger route, as a path. */
const ROUTES: readonly string[] = [
  '/api/services',
  '/api/services/frontend/operations',
  '/api/operations?service=frontend',
  `/api/traces?service=frontend&${range}`,
  `/api/traces?traceID=${SHARED_TRACE_ID}`,
  `/api/traces/${SHARED_TRACE_ID}`,
  `/api/dependencies?endTs=${Math.floor(nowMicros / 1000)}&lookback=600000`,
];

describe('the Jaeger API over a store holding two tenants with the same trace ids and names', () => {
  it.each(ROUTES)('%s answers with the tenant of x-tenant-id only', async (path) => {
    for (const tenant of ['acme', 'globex']) {
      const { status, body } = await byHeader.get(path, { 'x-tenant-id': tenant });
      expect(status).toBe(200);
      expect(markers(body.data).every((m) => m === tenant)).toBe(true);
    }
  });

  it('tells the tenants apart in every answer', async () => {
    const as = (tenant: string) => ({ 'x-tenant-id': tenant });
    expect((await byHeader.get<string[]>('/api/services', as('acme'))).body.data).toEqual(['cart', 'frontend']);
    expect((await byHeader.get<string[]>('/api/services', as('globex'))).body.data).toEqual([
      'cart',
      'frontend',
      'globex-only',
    ]);
    expect((await byHeader.get<string[]>('/api/services/globex-only/operations', as('acme'))).body.data).toEqual([]);
    expect(
      (await byHeader.get<JaegerOperation[]>('/api/operations?service=globex-only', as('globex'))).body.data,
    ).toEqual([{ name: 'GLOBEX OP', spanKind: 'client' }]);
    const acmeTrace = (await byHeader.get<JaegerTrace[]>(`/api/traces/${SHARED_TRACE_ID}`, as('acme'))).body.data[0]!;
    expect(acmeTrace.spans).toHaveLength(2);
    expect(acmeTrace.spans[1]!.logs[0]!.fields).toContainEqual({ key: 'event', type: 'string', value: 'acme event' });
    const globexTrace = (await byHeader.get<JaegerTrace[]>(`/api/traces/${SHARED_TRACE_ID}`, as('globex'))).body
      .data[0]!;
    expect(globexTrace.spans).toHaveLength(3);
    const found = await byHeader.get<JaegerTrace[]>(
      `/api/traces?service=frontend&tag=tenant.marker:globex&${range}`,
      as('acme'),
    );
    expect(found.body.data).toEqual([]);
    const deps = `/api/dependencies?endTs=${Math.floor(nowMicros / 1000)}&lookback=600000`;
    expect((await byHeader.get<JaegerDependencyLink[]>(deps, as('acme'))).body.data).toEqual([
      { parent: 'frontend', child: 'cart', callCount: 1 },
    ]);
    expect((await byHeader.get<JaegerDependencyLink[]>(deps, as('globex'))).body.data).toEqual([
      { parent: 'frontend', child: 'cart', callCount: 2 },
    ]);
  });

  it('reads the default tenant without x-tenant-id (it holds nothing here) and refuses a malformed one', async () => {
    expect((await byHeader.get<string[]>('/api/services')).body.data).toEqual([]);
    const bad = await byHeader.get('/api/services', { 'x-tenant-id': 'no spaces allowed' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.msg).toMatch(/x-tenant-id/);
  });

  it.each(ROUTES)(
    '%s takes the tenant from the API key and refuses a missing or unknown key with 401',
    async (path) => {
      expect((await byKey.get(path)).status).toBe(401);
      const wrong = await byKey.get(path, { authorization: 'Bearer k-nobody' });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ data: null, errors: [{ code: 401 }] });
      expect(JSON.stringify(wrong.body)).not.toContain('k-nobody');
      // With keys, the key decides: x-tenant-id cannot name another tenant.
      const acme = await byKey.get(path, { 'x-api-key': 'k-acme', 'x-tenant-id': 'globex' });
      expect(acme.status).toBe(200);
      expect(markers(acme.body.data).every((m) => m === 'acme')).toBe(true);
    },
  );

  const HOSTILE = [
    "' OR 1=1 --",
    "\\' OR '1'='1",
    '"); DROP TABLE span_event_view; --',
    "%' OR '%'='",
    '\u0000',
    '__proto__',
    'a`b"c\'d',
    'ü\u2028🙂',
  ];

  it.each(HOSTILE)('treats %j as data in every string argument', async (hostile) => {
    const h = { 'x-tenant-id': 'acme' };
    const q = encodeURIComponent(hostile);
    for (const path of [
      `/api/services/${q}/operations`,
      `/api/operations?service=${q}&spanKind=${q}`,
      `/api/traces?service=${q}&${range}`,
      `/api/traces?service=frontend&operation=${q}&${range}`,
      `/api/traces?service=frontend&tags=${encodeURIComponent(JSON.stringify({ [hostile]: hostile }))}&${range}`,
      `/api/traces?service=frontend&tag=${encodeURIComponent(`tenant.marker:${hostile}`)}&${range}`,
      `/api/dependencies?service=${q}`,
    ]) {
      const { status, body } = await byHeader.get(path, h);
      expect(status, path).toBe(200);
      expect(body.data, path).toEqual([]);
    }
    expect((await byHeader.get(`/api/traces/${q}`, h)).status).toBe(400);
    expect((await byHeader.get<string[]>('/api/services', h)).body.data).toEqual(['cart', 'frontend']);
  });

  it('names the limit a request meets', async () => {
    const h = { 'x-tenant-id': 'acme' };
    const tooMany = await byHeader.get(`/api/traces?service=frontend&limit=5000&${range}`, h);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.msg).toMatch(/maxTraces \(1500\)/);
    const tooLong = await byHeader.get(`/api/traces?service=frontend&start=0&end=${nowMicros}`, h);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors?.[0]?.msg).toMatch(/maxTimeRange/);
    const deps = await byHeader.get('/api/dependencies?lookback=999999999999', h);
    expect(deps.body.errors?.[0]?.msg).toMatch(/maxTimeRange/);
    const ids = Array.from({ length: 3 }, (_, i) => `traceID=${i + 1}`).join('&');
    const manyIds = await byHeader.get(`/api/traces?${ids}`, h);
    expect(manyIds.status).toBe(400);
    expect(manyIds.body.errors?.[0]?.msg).toMatch(/maxTraceIds \(2\)/);
  });

  it('answers a search by ids with the ones found and an error per missing id, and a missing trace with 404', async () => {
    const h = { 'x-tenant-id': 'acme' };
    const { body } = await byHeader.get<JaegerTrace[]>(`/api/traces?traceID=${SHARED_TRACE_ID}&traceID=abc`, h);
    expect(body.data.map((t) => t.traceID)).toEqual([SHARED_TRACE_ID]);
    expect(body.errors).toEqual([{ msg: 'trace not found', traceID: '00000000000000000000000000000abc' }]);
    const missing = await byHeader.get('/api/traces/abc', h);
    expect(missing).toEqual({
      status: 404,
      body: { data: null, total: 0, limit: 0, offset: 0, errors: [{ code: 404, msg: 'trace not found' }] },
    });
  });
});
