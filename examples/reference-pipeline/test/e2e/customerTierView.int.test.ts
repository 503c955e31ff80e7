import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import { customerCallView } from '@ht/customer-tier-plugin';
import { createQueryServer } from '@ht/graphql';
import { createDuckDbStore } from '@ht/sinks';
import { afterAll, describe, expect, it } from 'vitest';
import { startHt } from './htProcess.js';
import type { HtProcess } from './htProcess.js';
import { occurrences, readViews } from './storedViews.js';
import { TracedService } from './tracedService.js';
import type { SentSpan } from './tracedService.js';

/** What `customer_call_view` should hold for a span: its trace's tier and the API it served. */
interface ExpectedCall {
  readonly tier: string;
  readonly operation: string;
}

const CONFIG = fileURLToPath(new URL('fixtures/customer-tier.ht.yaml', import.meta.url));
const PLUGIN = fileURLToPath(new URL('../../../custom-enricher', import.meta.url));

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * A user's folder: the config file, and the plugin installed beside it (`node_modules/@ht/customer-tier-plugin`,
 * linked to examples/custom-enricher as `npm install` of a local package does).
 */
function userFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ht-e2e-plugin-'));
  dirs.push(dir);
  copyFileSync(CONFIG, join(dir, 'ht.yaml'));
  mkdirSync(join(dir, 'node_modules', '@ht'), { recursive: true });
  symlinkSync(PLUGIN, join(dir, 'node_modules', '@ht', 'customer-tier-plugin'), 'dir');
  return dir;
}

/** Records the shop's visits, each trace with another customer tier header (or none). */
function recordTieredTraces(url: string, sent: SentSpan<ExpectedCall>[]): TracedService<ExpectedCall>[] {
  const exporter = (): OTLPTraceExporter => new OTLPTraceExporter({ url, headers: { 'x-tenant-id': 'acme' } });
  const frontend = new TracedService<ExpectedCall>('web-frontend', exporter(), sent);
  const cart = new TracedService<ExpectedCall>('cart', exporter(), sent);
  const notification = new TracedService<ExpectedCall>('notification', exporter(), sent);
  const start = Date.now() - 200;
  const header = (value: string | string[] | undefined) =>
    value === undefined ? {} : { 'http.request.header.x-customer-tier': value };

  // Header value → the tier the plugin should give the whole trace: [free, pro, enterprise], else other.
  const cases: readonly [string | string[] | undefined, string, boolean][] = [
    [['Pro'], 'pro', false], // OTel records headers as string arrays, values lowercased and trimmed
    [['gold'], 'other', false], // not a tier sold
    [undefined, 'free', false], // no header: the default tier
    [' enterprise ', 'enterprise', true], // some SDKs record a plain string; this visit fails
  ];
  cases.forEach(([value, tier, fails], i) => {
    const at = start + i * 40;
    const page = frontend.span({
      name: 'GET /cart/:id',
      kind: 'SERVER',
      startMs: at,
      endMs: at + 30,
      attributes: {
        'http.request.method': 'GET',
        'http.route': '/cart/:id',
        'url.path': `/cart/${100 + i}`,
        'http.response.status_code': fails ? 500 : 200,
        ...header(value),
      },
      ...(fails ? { error: { message: 'cart unavailable' } } : {}),
      expected: { tier, operation: 'GET /cart/{id}' },
    });
    const call = frontend.span({
      name: 'GET',
      kind: 'CLIENT',
      parent: page,
      startMs: at + 2,
      endMs: at + 28,
      attributes: {
        'http.request.method': 'GET',
        'url.full': `http://cart:8080/carts/${100 + i}`,
        'http.response.status_code': 200,
        'server.address': 'cart',
        'server.port': 8080,
      },
      expected: { tier, operation: 'GET /cart/{id}' },
    });
    cart.span({
      name: 'GET /carts/:id',
      kind: 'SERVER',
      parent: call,
      startMs: at + 4,
      endMs: at + 26,
      attributes: {
        'http.request.method': 'GET',
        'http.route': '/carts/:id',
        'url.path': `/carts/${100 + i}`,
        'http.response.status_code': 200,
      },
      expected: { tier, operation: 'GET /carts/{id}' },
    });
  });
  // A consumer's trace: no request header, so the default tier; CONSUMER spans are API calls too.
  notification.span({
    name: 'process orders',
    kind: 'CONSUMER',
    startMs: start + 200,
    endMs: start + 220,
    attributes: {
      'messaging.system': 'kafka',
      'messaging.destination.name': 'orders',
      'messaging.operation.type': 'process',
    },
    expected: { tier: 'free', operation: 'process orders' },
  });
  return [frontend, cart, notification];
}

describe('a user view through config only: ht run --config with @ht/customer-tier-plugin', () => {
  it('creates customer_call_view and fills it with each API call and its trace’s customer tier', async () => {
    const dir = userFolder();
    const sent: SentSpan<ExpectedCall>[] = [];
    let ht: HtProcess | undefined;
    let services: TracedService<ExpectedCall>[] = [];
    try {
      ht = await startHt(['run', '--config', join(dir, 'ht.yaml')]);
      expect(ht.output()).toMatch(/views: [^)]*customer_call_view/);
      services = recordTieredTraces(ht.endpoints['otlpHttp']!, sent);
      await Promise.all(services.map((s) => s.flush()));
    } finally {
      await Promise.allSettled(services.map((s) => s.shutdown()));
      const code = await ht?.stop();
      if (ht) expect(code, ht.output()).toBe(0);
    }

    const stored = await readViews(
      join(dir, 'ht-data', 'ht.duckdb'),
      {
        customer_call_view: [
          'tenant_id',
          'customer_tier',
          'service_name',
          'operation',
          'trace_id',
          'span_id',
          'is_error',
        ],
        span_event_view: [
          'span_id',
          'attribute_keys',
          'attribute_values',
          'enriched_attribute_keys',
          'enriched_attribute_values',
        ],
      },
      [...builtinViews, customerCallView],
      'acme',
    );

    // One row per SERVER or CONSUMER span, with its trace's tier and the API name the built-ins gave it.
    const key = (r: Readonly<Record<string, unknown>>): string => String(r['span_id']);
    const expected = sent
      .filter((s) => s.kind !== 'CLIENT')
      .map((s) => ({
        tenant_id: 'acme',
        customer_tier: s.expected.tier,
        service_name: s.service,
        operation: s.expected.operation,
        trace_id: s.traceId,
        span_id: s.spanId,
        is_error: s.statusCode === 'ERROR',
      }));
    expect(expected).toHaveLength(9);
    expect([...stored.customer_call_view].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected.sort((a, b) => key(a).localeCompare(key(b))),
    );

    // The enricher ran on every span, CLIENT spans too: the built-in view shows its attribute among the
    // enriched ones (span_event_view 0.2.0), not among the client's.
    const tiers = new Map(
      stored.span_event_view.map((r) => {
        const keys = r['enriched_attribute_keys'] as string[];
        return [r['span_id'], (r['enriched_attribute_values'] as string[])[keys.indexOf('ht.customer.tier')]];
      }),
    );
    expect(tiers.size).toBe(sent.length);
    for (const span of sent) expect(tiers.get(span.spanId), `${span.service} ${span.name}`).toBe(span.expected.tier);
    for (const row of stored.span_event_view) {
      expect((row['attribute_keys'] as string[]).filter((k) => k.startsWith('ht.'))).toEqual([]);
    }

    // The same file served by a GraphQL server started without the plugin (the built-in views only):
    // explore reads customer_call_view from the store's catalog, with no plugin code.
    const store = await createDuckDbStore({ path: join(dir, 'ht-data', 'ht.duckdb'), threads: 1 });
    const server = await createQueryServer({ store, views: builtinViews, port: 0 });
    try {
      const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
      const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tenant-id': 'acme' },
        body: JSON.stringify({
          query: `{ explore(context: "customer_call_view", between: { startTime: "${hourAgo}", endTime: "${inAnHour}" },
            select: [{ aggregation: COUNT }], groupBy: [{ key: "customer_tier" }], orderBy: [{ key: "customer_tier" }]) {
            rows { cells { value } } } }`,
        }),
      });
      const body = (await response.json()) as { data?: { explore: { rows: { cells: { value: string }[] }[] } } };
      const perTier = [...occurrences(expected.map((e) => e.customer_tier))].sort(([a], [b]) => a.localeCompare(b));
      expect(
        body.data?.explore.rows.map((r) => r.cells.map((c) => c.value)),
        JSON.stringify(body),
      ).toEqual(perTier.map(([tier, n]) => [tier, String(n)]));
    } finally {
      await server.close();
      await store.close();
    }
  }, 60_000);
});
