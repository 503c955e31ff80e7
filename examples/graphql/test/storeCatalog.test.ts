import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import { defineView } from '@ht/enricher-sdk';
import { createDuckDbStore } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryServer } from '../src/index.js';
import type { RunningQueryServer } from '../src/index.js';
import { data, gql } from './support/graphqlClient.js';
import { RANGE, seedStore } from './support/seedRows.js';
import { tierCallView } from './support/tierCallView.js';

const ACME = { 'x-tenant-id': 'acme' };
const between = `between: { startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}" }`;

/** A view another process creates while the server runs. */
const lateView = defineView({
  name: 'late_view',
  version: '0.1.0',
  description: 'created after the server started',
  columns: { tenant_id: { type: 'lowCardinalityString' }, start_time: { type: 'datetime' }, id: { type: 'string' } },
  key: ['tenant_id', 'id'],
  timeColumn: 'start_time',
  *fromTrace() {},
});

describe('explore from the store catalog: a server given no view definitions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ht-graphql-catalog-'));
  const path = join(dir, 'views.duckdb');
  let store: ViewStore;
  let server: RunningQueryServer;
  beforeAll(async () => {
    // The pipeline (with a plugin's view) writes the file and closes it…
    const writer = await createDuckDbStore({ path });
    await seedStore(writer, [...builtinViews, tierCallView], [{ tenant: 'acme', scale: 1 }]);
    await writer.close();
    // …and a query server opens it knowing no view: every view comes from the file's catalog.
    store = await createDuckDbStore({ path });
    server = await createQueryServer({ store, port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the plugin's user view and the built-in ones, with no plugin code", async () => {
    const tiers = `{ explore(context: "tier_call_view", ${between}, select: [{ aggregation: COUNT }], groupBy: [{ key: "customer_tier" }], filterBy: [{ key: "operation", op: STARTS_WITH, value: "get", caseInsensitive: true }], orderBy: [{ key: "customer_tier" }]) { columns { name kind } rows { cells { value } } } }`;
    expect((await data(server.url, tiers, { headers: ACME }))['explore']).toEqual({
      columns: [
        { name: 'customer_tier', kind: 'string' },
        { name: 'count', kind: 'int' },
      ],
      rows: [{ cells: [{ value: 'free' }, { value: '2' }] }, { cells: [{ value: 'pro' }, { value: '2' }] }],
    });
    const services = `{ services(startTime: "${RANGE.startTime}", endTime: "${RANGE.endTime}") { name calls } }`;
    expect((await data(server.url, services, { headers: ACME }))['services']).toEqual([
      { name: 'cart', calls: 2 },
      { name: 'frontend', calls: 2 },
    ]);
  });

  it('lists the catalog’s views for an unknown context, and finds a view created since', async () => {
    const late = `{ explore(context: "late_view", ${between}, select: [{ aggregation: COUNT }]) { rows { cells { value } } } }`;
    const unknown = await gql(server.url, late, { headers: ACME });
    const valid = [
      'SPAN',
      'TRACE',
      'API_TRACE',
      'BACKEND_TRACE',
      'LOG_EVENT',
      ...[...builtinViews, tierCallView].map((v) => v.name).sort(),
    ];
    expect(unknown.errors?.[0]?.message).toBe(
      `unknown context 'late_view': the valid contexts are ${valid.join(', ')}`,
    );
    expect(unknown.errors?.[0]?.extensions?.['validContexts']).toEqual(valid);
    await store.ensureTables([lateView]);
    await store.write('late_view', [{ tenant_id: 'acme', start_time: Date.parse(RANGE.startTime) * 1000, id: 'a' }]);
    expect((await data(server.url, late, { headers: ACME }))['explore']).toEqual({
      rows: [{ cells: [{ value: '1' }] }],
    });
  });
});
