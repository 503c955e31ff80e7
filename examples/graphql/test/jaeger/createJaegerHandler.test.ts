import { QueryLimitError } from '@ht/sinks';
import type { QueryRow, ViewStore } from '@ht/sinks';
import { HtError } from '@ht/stream-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Query } from '@ht/sinks';
import { createScopedJaegerHandler, toJaegerTrace } from '../../src/index.js';
import { serveJaeger } from './support/serveJaeger.js';
import type { ServedJaeger } from './support/serveJaeger.js';

/** A store whose every read fails with `error`. */
const failingStore = (error: Error): ViewStore =>
  ({
    query: () => Promise.reject(error),
    traceRows: () => Promise.reject(error),
  }) as unknown as ViewStore;

let served: ServedJaeger | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe('createJaegerHandler', () => {
  it('answers a query that met its time limit with 504 naming the limit', async () => {
    served = await serveJaeger({
      store: failingStore(new QueryLimitError('timeoutMs', 'span_event_view', 'exceeded timeoutMs (10000 ms)')),
    });
    const { status, body } = await served.get('/api/services');
    expect(status).toBe(504);
    expect(body).toEqual({
      data: null,
      total: 0,
      limit: 0,
      offset: 0,
      errors: [{ code: 504, msg: "query on 'span_event_view' exceeded timeoutMs (10000 ms)" }],
    });
  });

  it("answers a store failure with 500 and without the store's message (no SQL reaches the client)", async () => {
    served = await serveJaeger({
      store: failingStore(
        new HtError('DEPENDENCY_UNAVAILABLE', "SELECT secret FROM span_event_view WHERE tenant_id = 'x'"),
      ),
    });
    const { status, body } = await served.get('/api/traces/abc');
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/SELECT|secret/);
    expect(body.errors?.[0]?.msg).toContain('DEPENDENCY_UNAVAILABLE');
  });

  it('leaves other paths to the server, refuses other methods with 405, and pretty-prints on request', async () => {
    served = await serveJaeger({ store: failingStore(new Error('unused')) });
    expect((await served.get('/graphql')).status).toBe(404);
    expect((await served.get('/api/unknown')).status).toBe(404);
    const post = await fetch(`${served.url}/api/services`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const bad = await fetch(`${served.url}/api/traces?prettyPrint=true`);
    expect(await bad.text()).toContain('\n    "data": null');
  });
});

describe('createScopedJaegerHandler', () => {
  it('reads the store and tenant its caller gives, whatever the request says', async () => {
    const asked: Query[] = [];
    const store = {
      query: (q: Query) => {
        asked.push(q);
        return Promise.resolve([{ service_name: 'cart' }]);
      },
    } as unknown as ViewStore;
    const jaeger = createScopedJaegerHandler({});
    const server = createServer((req, res) => {
      void jaeger(req, res, { store, tenant: 'acme' }).then((answered) => answered || res.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const response = await fetch(`${url}/api/services`, { headers: { 'x-tenant-id': 'globex' } });
      expect(await response.json()).toEqual({ data: ['cart'], total: 1, limit: 0, offset: 0, errors: null });
      expect(asked[0]?.tenantId).toBe('acme');
      expect((await fetch(`${url}/graphql`)).status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('toJaegerTrace', () => {
  const span = (values: Record<string, unknown>): QueryRow => ({
    trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
    parent_span_id: '',
    span_kind: 'SERVER',
    status_code: 'UNSET',
    status_message: '',
    attribute_keys: [],
    attribute_values: [],
    duration_micros: 10,
    ...values,
  });

  it("writes spans in start order with Jaeger's derived tags, logs and one process per service", () => {
    const trace = toJaegerTrace(
      [
        span({
          span_id: 'b',
          parent_span_id: 'a',
          service_name: 'cart',
          span_name: 'GET',
          start_time: 20,
          status_code: 'ERROR',
          status_message: 'boom',
        }),
        span({
          span_id: 'a',
          service_name: 'web',
          span_name: 'GET /',
          start_time: 10,
          status_code: 'OK',
          attribute_keys: ['k'],
          attribute_values: ['v'],
        }),
        span({
          span_id: 'c',
          parent_span_id: 'a',
          service_name: 'web',
          span_name: 'render',
          start_time: 30,
          span_kind: 'INTERNAL',
        }),
      ],
      [
        {
          span_id: 'b',
          event_index: 1,
          event_time: 25,
          event_name: 'second',
          attribute_keys: [],
          attribute_values: [],
        },
        {
          span_id: 'b',
          event_index: 0,
          event_time: 21,
          event_name: 'first',
          attribute_keys: ['n'],
          attribute_values: ['1'],
        },
      ],
    );
    expect(trace.spans.map((s) => [s.spanID, s.processID])).toEqual([
      ['a', 'p1'],
      ['b', 'p2'],
      ['c', 'p1'],
    ]);
    expect(trace.processes).toEqual({ p1: { serviceName: 'web', tags: [] }, p2: { serviceName: 'cart', tags: [] } });
    expect(trace.spans[0]!.tags).toEqual([
      { key: 'k', type: 'string', value: 'v' },
      { key: 'span.kind', type: 'string', value: 'server' },
      { key: 'otel.status_code', type: 'string', value: 'OK' },
    ]);
    expect(trace.spans[1]!.tags).toEqual([
      { key: 'span.kind', type: 'string', value: 'server' },
      { key: 'otel.status_code', type: 'string', value: 'ERROR' },
      { key: 'error', type: 'bool', value: true },
      { key: 'otel.status_description', type: 'string', value: 'boom' },
    ]);
    expect(trace.spans[1]!.references).toEqual([{ refType: 'CHILD_OF', traceID: trace.traceID, spanID: 'a' }]);
    expect(trace.spans[1]!.logs).toEqual([
      {
        timestamp: 21,
        fields: [
          { key: 'event', type: 'string', value: 'first' },
          { key: 'n', type: 'string', value: '1' },
        ],
      },
      { timestamp: 25, fields: [{ key: 'event', type: 'string', value: 'second' }] },
    ]);
    expect(trace.spans[2]!.tags).toEqual([{ key: 'span.kind', type: 'string', value: 'internal' }]);
  });

  it('reads 0.2.0 rows: enriched attributes and the scope as tags, a process per resource, links as FOLLOWS_FROM', () => {
    const trace = toJaegerTrace(
      [
        span({
          span_id: 'a',
          service_name: 'web',
          start_time: 10,
          attribute_keys: ['k'],
          attribute_values: ['v'],
          enriched_attribute_keys: ['ht.api.name'],
          enriched_attribute_values: ['GET /'],
          scope_name: 'lib',
          scope_version: '1.2',
          resource_id: 'r1',
        }),
        span({ span_id: 'b', parent_span_id: 'a', service_name: 'web', start_time: 20, resource_id: 'r2' }),
      ],
      [],
      {
        resourceRows: [
          { resource_id: 'r1', attribute_keys: ['host.name', 'service.name'], attribute_values: ['h1', 'web'] },
          { resource_id: 'r1', attribute_keys: ['host.name'], attribute_values: ['ignored: a later fragment'] },
          { resource_id: 'r2', attribute_keys: ['host.name', 'service.name'], attribute_values: ['h2', 'web'] },
        ],
        linkRows: [
          { span_id: 'b', link_index: 1, linked_trace_id: 't2', linked_span_id: 's2' },
          { span_id: 'b', link_index: 0, linked_trace_id: 't1', linked_span_id: 's1' },
        ],
      },
    );
    expect(trace.spans[0]!.tags.slice(0, 4)).toEqual([
      { key: 'k', type: 'string', value: 'v' },
      { key: 'ht.api.name', type: 'string', value: 'GET /' },
      { key: 'otel.scope.name', type: 'string', value: 'lib' },
      { key: 'otel.scope.version', type: 'string', value: '1.2' },
    ]);
    expect(trace.processes).toEqual({
      p1: { serviceName: 'web', tags: [{ key: 'host.name', type: 'string', value: 'h1' }] },
      p2: { serviceName: 'web', tags: [{ key: 'host.name', type: 'string', value: 'h2' }] },
    });
    expect(trace.spans[1]!.references).toEqual([
      { refType: 'CHILD_OF', traceID: trace.traceID, spanID: 'a' },
      { refType: 'FOLLOWS_FROM', traceID: 't1', spanID: 's1' },
      { refType: 'FOLLOWS_FROM', traceID: 't2', spanID: 's2' },
    ]);
  });
});
