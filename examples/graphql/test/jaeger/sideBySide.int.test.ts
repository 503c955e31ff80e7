import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServicesConfig, serviceEndpoints } from '@ht/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JaegerDependencyLink, JaegerResponse, JaegerTrace } from '../../src/index.js';
import { normalizeTraces } from './support/normalizeJaeger.js';
import { postOtlp, startHt, startJaeger } from './support/sideBySideServers.js';
import type { HtServer, HtStoreConfig, JaegerServer } from './support/sideBySideServers.js';
import { otlpRequest, SIDE_BY_SIDE_SERVICES, SIDE_BY_SIDE_TRACES } from './support/sideBySideTraces.js';

/**
 * The same traces, posted as the same OTLP/JSON requests to `ht run` and to Jaeger v2 (memory store), give
 * the same answers from @ht's Jaeger API and from Jaeger's own, field by field, apart from what
 * `normalizeJaeger.ts` lists (what @ht adds, and what its views do not keep yet). `ht run` stores in
 * DuckDB, then in ClickHouse 18.16 where, once every trace is stored, each view's rows are written again
 * (a replay) and kept unmerged (merges stopped): the Jaeger API reads spans without `FINAL` (search, trace
 * by id), so the answers must not count a replayed row twice.
 */
const endpoints = serviceEndpoints(loadServicesConfig());
const clickhouseUrl = process.env['HT_CLICKHOUSE_URL'] ?? endpoints.clickhouseUrl;
const nowMs = Date.now();

/** Where `ht run` stores, and what the test does to that store once every trace is there. */
interface Backend {
  readonly name: string;
  store(dir: string): HtStoreConfig;
  /** Writes the stored rows again, kept as replays not merged yet (none: nothing). */
  replay?(): Promise<void>;
  dispose?(): Promise<void>;
}

/** SQL on the services' ClickHouse. */
async function clickhouse(sql: string): Promise<string> {
  const response = await fetch(clickhouseUrl, { method: 'POST', body: sql });
  const text = await response.text();
  if (!response.ok) throw new Error(`ClickHouse: ${text}`);
  return text.trim();
}

const database = `ht_jaeger_side_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
const SPANS = SIDE_BY_SIDE_TRACES.reduce((n, t) => n + t.spans.length, 0);

const BACKENDS: readonly Backend[] = [
  { name: 'DuckDB', store: (dir) => ({ type: 'duckdb', path: join(dir, 'ht.duckdb') }) },
  {
    name: 'ClickHouse 18.16, every trace replayed and left unmerged',
    store: () => ({ type: 'clickhouse', url: clickhouseUrl, database }),
    async replay() {
      // Merges stopped on every table of the database, then every view's rows written again as a replayed
      // batch is (the same rows, the same keys): each row is there twice, not merged.
      const tables = (
        await clickhouse(`SELECT name FROM system.tables WHERE database = '${database}' AND engine LIKE '%MergeTree'`)
      )
        .split('\n')
        .filter((t) => t !== '');
      for (const table of tables) await clickhouse(`SYSTEM STOP MERGES ${database}.\`${table}\``);
      for (const view of tables.filter((t) => t.endsWith('_view'))) {
        await clickhouse(`INSERT INTO ${database}.\`${view}\` SELECT * FROM ${database}.\`${view}\``);
      }
      const spans = `${database}.span_event_view`;
      expect(Number(await clickhouse(`SELECT count() FROM ${spans}`))).toBeGreaterThanOrEqual(2 * SPANS);
      expect(Number(await clickhouse(`SELECT count() FROM ${spans} FINAL`))).toBe(SPANS);
    },
    async dispose() {
      await clickhouse(`DROP DATABASE IF EXISTS ${database}`);
    },
  },
];

async function get<T>(base: string, path: string): Promise<{ status: number; body: JaegerResponse<T> }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: (await response.json()) as JaegerResponse<T> };
}

const startUs = (nowMs - 600_000) * 1000;
const endUs = nowMs * 1000;
const range = `start=${startUs}&end=${endUs}`;

function sideBySide(backend: Backend): void {
  const dir = mkdtempSync(join(tmpdir(), 'ht-jaeger-side-'));
  let jaeger: JaegerServer;
  let ht: HtServer;
  let htUrl: string;

  /** Both answers to one path. */
  async function both<T>(
    path: string,
  ): Promise<[{ status: number; body: JaegerResponse<T> }, { status: number; body: JaegerResponse<T> }]> {
    return [await get<T>(htUrl, path), await get<T>(jaeger.queryUrl, path)];
  }

  beforeAll(async () => {
    jaeger = await startJaeger(dir);
    ht = await startHt(dir, backend.store(dir));
    // ht itself answers: the Jaeger API its query server mounts on /api (the UI + GraphQL port).
    htUrl = ht.queryUrl;
    for (const plan of SIDE_BY_SIDE_TRACES) {
      await postOtlp(jaeger.otlpUrl, otlpRequest(plan, nowMs));
      await postOtlp(ht.otlpUrl, otlpRequest(plan, nowMs));
    }
    // ht stores a trace once the grouper's gap passed: wait until every trace is there whole (its spans,
    // their events and links: each view is its own batch) and the service graph has its calls.
    const ids = SIDE_BY_SIDE_TRACES.map((t) => `traceID=${t.traceId}`).join('&');
    const complete = async (): Promise<boolean> => {
      const { body } = await get<JaegerTrace[]>(htUrl, `/api/traces?${ids}`);
      const whole = SIDE_BY_SIDE_TRACES.every((plan) => {
        const found = (body.data ?? []).find((t) => t.traceID === plan.traceId);
        const events = plan.spans.reduce((n, s) => n + (s.events?.length ?? 0), 0);
        const links = plan.spans.reduce((n, s) => n + (s.links?.length ?? 0), 0);
        const follows = (span: JaegerTrace['spans'][number]): number =>
          span.references.filter((r) => r.refType === 'FOLLOWS_FROM').length;
        return (
          found !== undefined &&
          found.spans.length === plan.spans.length &&
          found.spans.reduce((n, s) => n + s.logs.length, 0) === events &&
          found.spans.reduce((n, s) => n + follows(s), 0) === links
        );
      });
      if (!whole) return false;
      const deps = await get<JaegerDependencyLink[]>(htUrl, `/api/dependencies?endTs=${Date.now()}&lookback=600000`);
      return (deps.body.data ?? []).length > 0;
    };
    for (let i = 0; i < 150 && !(await complete()); i++) await new Promise((r) => setTimeout(r, 200));
    await backend.replay?.();
    // Jaeger's exporter answers once written; wait for its services list to be sure.
    for (let i = 0; i < 50 && (await get<string[]>(jaeger.queryUrl, '/api/services')).body.data.length < 4; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 60_000);

  afterAll(async () => {
    await ht?.stop();
    await jaeger?.stop();
    rmSync(dir, { recursive: true, force: true });
    await backend.dispose?.();
  }, 30_000);

  describe(`the Jaeger API of @ht (${backend.name}) beside Jaeger v2, on the same traces`, () => {
    it('lists the same services', async () => {
      const [ours, theirs] = await both<string[]>('/api/services');
      expect(ours.status).toBe(theirs.status);
      expect({ ...ours.body, data: [...ours.body.data].sort() }).toEqual({
        ...theirs.body,
        data: [...theirs.body.data].sort(),
      });
      expect([...ours.body.data].sort()).toEqual(SIDE_BY_SIDE_SERVICES);
    });

    it.each(SIDE_BY_SIDE_SERVICES)('lists the same operations of %s, by name and with their kinds', async (service) => {
      const [ours, theirs] = await both<string[]>(`/api/services/${encodeURIComponent(service)}/operations`);
      expect({ ...ours.body, data: [...ours.body.data].sort() }).toEqual({
        ...theirs.body,
        data: [...theirs.body.data].sort(),
      });
      for (const kind of ['', 'server', 'client', 'producer', 'consumer', 'internal']) {
        const [o, t] = await both<{ name: string; spanKind: string }[]>(
          `/api/operations?service=${service}&spanKind=${kind}`,
        );
        const sorted = (ops: { name: string; spanKind: string }[]): string[] =>
          ops.map((op) => `${op.spanKind} ${op.name}`).sort();
        expect({ ...o.body, data: sorted(o.body.data) }).toEqual({ ...t.body, data: sorted(t.body.data) });
      }
    });

    it('returns every trace by id alike, and the same 404 for an unknown one', async () => {
      for (const { traceId } of SIDE_BY_SIDE_TRACES) {
        const [ours, theirs] = await both<JaegerTrace[]>(`/api/traces/${traceId}`);
        expect(ours.status).toBe(200);
        expect(normalizeTraces(ours.body)).toEqual(normalizeTraces(theirs.body));
      }
      const [ours, theirs] = await both<null>('/api/traces/0af7651916cd43dd8448eb211c80319c');
      expect(ours.status).toBe(theirs.status);
      expect(ours.body).toEqual(theirs.body);
    });

    it.each([
      ['a service', 'service=frontend'],
      ['a service and operation', 'service=frontend&operation=GET%20%2Fcheckout'],
      ['an int attribute', `service=cart&tags=${encodeURIComponent('{"http.response.status_code":"200"}')}`],
      ['a string attribute with tag=', 'service=frontend&tag=http.route:%2Fhome'],
      [
        'two attributes on one span',
        `service=frontend&tags=${encodeURIComponent('{"http.request.method":"POST","http.route":"/order"}')}`,
      ],
      [
        'attributes on different spans (no trace)',
        `service=frontend&tags=${encodeURIComponent('{"http.route":"/home","template.name":"home"}')}`,
      ],
      ['a minimum duration', 'service=frontend&minDuration=45ms'],
      ['a maximum duration', 'service=frontend&maxDuration=5ms'],
      ['both durations', 'service=cart&minDuration=10ms&maxDuration=20ms'],
      ['a limit (the most recent)', 'service=frontend&limit=1'],
      ['ids', 'traceID=5b8efff798038103d269b633813fc60c&traceID=7da01b19ba25a325f48bd855a35be82e'],
      ['an unknown service', 'service=nobody'],
    ])('finds the same traces by %s', async (_what, query) => {
      const [ours, theirs] = await both<JaegerTrace[]>(`/api/traces?${query}&${range}`);
      expect(ours.status).toBe(theirs.status);
      expect(normalizeTraces(ours.body)).toEqual(normalizeTraces(theirs.body));
    });

    // Jaeger v1.76's memory store matches `error`, `span.status` and `span.kind` as span attributes only, so
    // it finds no trace by them (OTLP keeps them as fields, not attributes); its later versions, and Jaeger's
    // other stores (where the OTLP translator wrote them as tags), match them as @ht does.
    it.each([
      ['error=true: a span in error', '{"error":"true"}', 'frontend', ['6c9f0a08a9149214e37ac744924ad71d']],
      ['error=false: a span with status OK', '{"error":"false"}', 'frontend', ['8eb12c2acb36b436059ce966b46cf93f']],
      ['span.status', '{"span.status":"ERROR"}', 'payment', ['6c9f0a08a9149214e37ac744924ad71d']],
      ['span.kind', '{"span.kind":"producer"}', 'frontend', ['8eb12c2acb36b436059ce966b46cf93f']],
      [
        'span.kind and an attribute',
        '{"span.kind":"internal","template.name":"home"}',
        'frontend',
        ['7da01b19ba25a325f48bd855a35be82e'],
      ],
    ])('finds traces by %s, as later Jaeger versions do', async (_what, tags, service, traceIds) => {
      const ours = await get<JaegerTrace[]>(
        htUrl,
        `/api/traces?service=${service}&tags=${encodeURIComponent(tags)}&${range}`,
      );
      expect(ours.body.data.map((t) => t.traceID).sort()).toEqual(traceIds);
    });

    it.each([
      ['no service', ''],
      ['a malformed duration', 'service=frontend&minDuration=fast'],
      ['maxDuration below minDuration', 'service=frontend&minDuration=10ms&maxDuration=1ms'],
      ['a malformed tag', 'service=frontend&tag=novalue'],
      ['malformed JSON tags', 'service=frontend&tags=%7B%22a%22'],
      ['a malformed trace id', 'traceID=xyz'],
    ])('refuses %s with the same status', async (_what, query) => {
      const [ours, theirs] = await both<null>(`/api/traces?${query}&${range}`);
      expect(ours.status).toBe(theirs.status);
      expect(ours.body.data).toBe(theirs.body.data);
      expect(ours.body.errors?.map((e) => e.code)).toEqual(theirs.body.errors?.map((e) => e.code));
    });

    // Jaeger v1.76's memory store also counts a parent and child span of the same service as a link
    // (frontend → frontend); ht's graph, like Jaeger's dependency jobs for its other stores, links services
    // that call each other. Links to backends (databases, queues) are what ht adds.
    it('draws the same dependency graph between services', async () => {
      const path = `/api/dependencies?endTs=${nowMs}&lookback=600000`;
      const [ours, theirs] = await both<JaegerDependencyLink[]>(path);
      const sorted = (links: JaegerDependencyLink[]): JaegerDependencyLink[] =>
        links
          .filter((l) => SIDE_BY_SIDE_SERVICES.includes(l.child) && l.parent !== l.child)
          .sort((a, b) => `${a.parent} ${a.child}`.localeCompare(`${b.parent} ${b.child}`));
      expect({ ...ours.body, data: sorted(ours.body.data) }).toEqual({
        ...theirs.body,
        data: sorted(theirs.body.data),
      });
      expect(sorted(ours.body.data).length).toBeGreaterThan(0);
    });
  });
}

for (const backend of BACKENDS) sideBySide(backend);
