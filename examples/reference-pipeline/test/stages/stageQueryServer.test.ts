import { createServer } from 'node:net';
import type { Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import { createDuckDbStore } from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStageQueryServer } from '../../src/app/stageQueryServer.js';
import { validateConfig } from '../../src/config/index.js';

describe("ht stage views' query server", () => {
  let store: ViewStore;
  let holder: Server;
  let taken: number;
  beforeAll(async () => {
    store = await createDuckDbStore({ path: ':memory:' });
    await store.ensureTables(builtinViews);
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    taken = (holder.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => holder.close(resolve));
    await store.close();
  });

  it('serves GraphQL and the Jaeger API on the configured port, and nothing when ui.enabled is false', async () => {
    const config = validateConfig({ ui: { port: 0 } }, { source: 'test' });
    const query = await startStageQueryServer({ config, store });
    try {
      const answer = await fetch(`${query!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ services(startTime: "2024-05-01T00:00:00Z", endTime: "2024-05-02T00:00:00Z") { name } }',
        }),
      });
      expect(await answer.json()).toEqual({ data: { services: [] } });
      expect(await (await fetch(`${query!.url}/api/services`)).json()).toMatchObject({ data: [] });
    } finally {
      await query?.close();
    }
    const off = validateConfig({ ui: { enabled: false } }, { source: 'test' });
    expect(await startStageQueryServer({ config: off, store })).toBeUndefined();
  });

  it('warns and serves nothing when the configured port is taken; a taken --query-port is refused', async () => {
    const config = validateConfig({ ui: { port: taken } }, { source: 'test' });
    const warnings: string[] = [];
    const logger = { warn: (message: unknown) => void warnings.push(String(message)) };
    expect(await startStageQueryServer({ config, store, logger })).toBeUndefined();
    expect(warnings).toEqual([
      `the query API (GraphQL, Jaeger API, UI) is not served: 127.0.0.1:${taken} is taken; give this copy --query-port N, or ui.enabled: false`,
    ]);
    await expect(startStageQueryServer({ config, store, queryPort: taken })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining(`127.0.0.1:${taken}`) as unknown,
    });
  });
});
