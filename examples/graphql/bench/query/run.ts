/**
 * `pnpm bench:query` (docs/benchmarks.md, "query"): the query layer's latency at scale.
 *
 * 1. Seeds N shop spans (`HT_BENCH_QUERY_SPANS`, default 10M) over 24 h of event time through the built-in
 *    enrichers and views (a tenth of the spans, the rest replicas of their rows: `replicas.ts`) into ClickHouse (`HT_CLICKHOUSE_URL`) and DuckDB, reporting the seeding rate;
 *    ClickHouse's rollups are rebuilt for the whole day. A dataset already seeded (same N, same
 *    `SEED_VERSION`) is reused: the ClickHouse database and the DuckDB file are kept, with a marker.
 * 2. p50/p99 (warm, `HT_BENCH_QUERY_RUNS` runs each, default 10) of the queries the UI needs, over the
 *    last hour and the whole day, on each store; ClickHouse also without rollups (the ratio).
 * 3. The same needs through GraphQL (`createQueryServer` over the same store, HTTP on loopback) beside the
 *    store's own time for the very reads GraphQL made (recorded once, replayed): the ratio per query.
 *
 * Env: HT_BENCH_QUERY_SPANS, HT_BENCH_QUERY_RUNS, HT_BENCH_QUERY_REPLICAS (default 10: the first tenth of the
 * day through the chain and views, the rest replicas of its rows with new ids and times; 1: all of it), HT_BENCH_QUERY_STORES (`clickhouse,duckdb`),
 * HT_BENCH_QUERY_DATABASE (ClickHouse database, default `ht_bench_query_<N>_v<SEED_VERSION>`),
 * HT_BENCH_QUERY_DIR (the DuckDB file and the marker; default `<tmpdir>/ht-bench-query`),
 * HT_BENCH_QUERY_RESEED=1 (seed again even when a dataset is there), HT_BENCH_QUERY_ONLY (only the queries
 * whose name contains one of these comma-separated texts, e.g. `trace by id,search by attribute`). Prints tables, then one JSON line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinViews } from '@ht/enricher-sdk/builtins';
import {
  attributeValue,
  builtinRollupsFor,
  column,
  count,
  createClickHouseStore,
  createDuckDbStore,
  eq,
  ge,
  lt,
} from '@ht/sinks';
import type { ViewStore } from '@ht/sinks';
import { createQueryServer } from '../../src/index.js';
import { cannedStore, recordingStore, replay, waves } from './recordingStore.js';
import type { RecordedCall } from './recordingStore.js';
import { seedStores } from './seedStores.js';
import type { NamedStore, SeedFigures } from './seedStores.js';
import { graphqlCases, storeCases } from './uiQueries.js';
import type { BenchRange, QueryTargets } from './uiQueries.js';

/** Bump when the generator, the views or the seeding change: a new dataset is seeded. */
const SEED_VERSION = 3;
const SEED = 14;
const SPANS = Number(process.env['HT_BENCH_QUERY_SPANS'] ?? 10_000_000);
const REPLICAS = Number(process.env['HT_BENCH_QUERY_REPLICAS'] ?? 10);
const RUNS = Number(process.env['HT_BENCH_QUERY_RUNS'] ?? 10);
const STORES = (process.env['HT_BENCH_QUERY_STORES'] ?? 'clickhouse,duckdb').split(',');
const CLICKHOUSE_URL = process.env['HT_CLICKHOUSE_URL'] ?? 'http://127.0.0.1:8123';
const DATABASE = process.env['HT_BENCH_QUERY_DATABASE'] ?? `ht_bench_query_${SPANS}_r${REPLICAS}_v${SEED_VERSION}`;
const DIR = process.env['HT_BENCH_QUERY_DIR'] ?? join(tmpdir(), 'ht-bench-query');
const RESEED = process.env['HT_BENCH_QUERY_RESEED'] === '1';
/** Only the queries whose name contains one of these (comma-separated), e.g. `trace by id`; default all. */
const ONLY = (process.env['HT_BENCH_QUERY_ONLY'] ?? '').split(',').filter((o) => o !== '');
const selected = (name: string): boolean => ONLY.length === 0 || ONLY.some((o) => name.includes(o));
const TENANT = 'default';
const HOUR = 3_600_000_000;
/** 2026-11-01T00:00:00Z: the day of event time. */
const DAY_START = Date.UTC(2026, 10, 1) * 1000;
const DAY_END = DAY_START + 24 * HOUR;
const RANGES: BenchRange[] = [
  { label: '1h', fromMicros: DAY_END - HOUR, toMicros: DAY_END },
  { label: '24h', fromMicros: DAY_START, toMicros: DAY_END },
];

interface Marker {
  readonly spans: number;
  readonly replicas: number;
  readonly seedVersion: number;
  readonly stores: string[];
  readonly database: string;
  readonly seeding: SeedFigures;
  readonly rollupRebuildSeconds: number;
  readonly seededAt: string;
}

interface Figure {
  name: string;
  value: number;
  unit: string;
  [extra: string]: unknown;
}
const results: Figure[] = [];
const goals: { goal: string; met: boolean; value: number }[] = [];

const ms = (v: number): number => Math.round(v * 10) / 10;
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

async function timedRuns(run: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  await run(0); // warm-up
  const times: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

async function dropClickHouseDatabase(name: string): Promise<void> {
  const response = await fetch(`${CLICKHOUSE_URL}/?query=${encodeURIComponent(`DROP DATABASE IF EXISTS ${name}`)}`, {
    method: 'POST',
  });
  if (!response.ok) throw new Error(`cannot drop ${name}: ${await response.text()}`);
}

async function rowCount(store: ViewStore, view: string): Promise<number> {
  const rows = await store.query({ view, tenantId: TENANT, select: [count('n')] });
  return Number(rows[0]?.['n'] ?? 0);
}

async function openStores(fresh: boolean): Promise<NamedStore[]> {
  const stores: NamedStore[] = [];
  if (STORES.includes('clickhouse')) {
    if (fresh) await dropClickHouseDatabase(DATABASE);
    stores.push({
      name: 'clickhouse',
      store: await createClickHouseStore({ url: CLICKHOUSE_URL, database: DATABASE, requestTimeoutMs: 600_000 }),
    });
  }
  if (STORES.includes('duckdb')) {
    const path = join(DIR, `spans-${SPANS}-r${REPLICAS}-v${SEED_VERSION}.duckdb`);
    if (fresh) rmSync(path, { force: true });
    stores.push({ name: 'duckdb', store: await createDuckDbStore({ path }) });
  }
  for (const { store } of stores) {
    await store.ensureTables(builtinViews);
    await store.ensureRollups(builtinRollupsFor(builtinViews));
  }
  return stores;
}

/**
 * Seeding drops the ClickHouse database first: refuses when a dataset seeded for another set of stores
 * (`HT_BENCH_QUERY_STORES`) lives in it, unless `HT_BENCH_QUERY_RESEED=1` asks for that.
 */
function refuseToDropAnotherDataset(markerPath: string): void {
  if (RESEED || !STORES.includes('clickhouse')) return;
  const prefix = `seed-${SPANS}-r${REPLICAS}-v${SEED_VERSION}-`;
  for (const name of readdirSync(DIR)) {
    if (!name.startsWith(prefix) || join(DIR, name) === markerPath) continue;
    const other = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Marker;
    if (other.database === DATABASE)
      throw new Error(
        `ClickHouse database ${DATABASE} holds the dataset seeded for ${other.stores.join(', ')} (${name}): seeding for ` +
          `${STORES.join(', ')} would drop it. Run with HT_BENCH_QUERY_STORES=${other.stores.join(',')}, another ` +
          'HT_BENCH_QUERY_DATABASE, or HT_BENCH_QUERY_RESEED=1.',
      );
  }
}

/** Opens the stores, seeding them unless the marker and the row counts say the dataset is there. */
async function seededStores(): Promise<{ stores: NamedStore[]; marker: Marker; reused: boolean }> {
  mkdirSync(DIR, { recursive: true });
  const markerPath = join(DIR, `seed-${SPANS}-r${REPLICAS}-v${SEED_VERSION}-${STORES.join('-')}.json`);
  if (!RESEED && existsSync(markerPath)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8')) as Marker;
    const stores = await openStores(false);
    const expected = marker.seeding.rowsPerView['span_event_view'] ?? -1;
    const counts = await Promise.all(stores.map(({ store }) => rowCount(store, 'span_event_view')));
    // Within 0.01%: a few rows short on one store is reported, not a reason to reseed for half an hour.
    const close = counts.every((n) => Math.abs(n - expected) <= expected * 1e-4);
    if (marker.database === DATABASE && marker.replicas === REPLICAS && close) {
      if (counts.some((n) => n !== expected))
        console.log(
          `note: span_event_view rows ${stores.map((s, i) => `${s.name} ${counts[i]}`).join(', ')}; seeded ${expected}`,
        );
      return { stores, marker, reused: true };
    }
    console.log(
      `the seeded dataset is incomplete (span_event_view rows ${counts.join(', ')}, want ${expected}): seeding again`,
    );
    await Promise.all(stores.map(({ store }) => store.close()));
  }
  refuseToDropAnotherDataset(markerPath);
  const stores = await openStores(true);
  console.log(`seeding ${SPANS} spans over 24 h into ${stores.map((s) => s.name).join(' and ')} …`);
  const seeding = await seedStores(
    stores,
    builtinViews,
    { spans: SPANS, seed: SEED, fromMicros: DAY_START, toMicros: DAY_END, replicas: REPLICAS, tenantId: TENANT },
    (spans, seconds) =>
      console.log(`  ${spans} spans, ${seconds.toFixed(0)} s, ${Math.round(spans / seconds)} spans/s`),
  );
  const rebuildStarted = performance.now();
  for (const { store } of stores) {
    if (store.capabilities.rollups !== 'rebuilt') continue;
    for (const rollup of builtinRollupsFor(builtinViews))
      for (let from = DAY_START; from < DAY_END; from += HOUR)
        await store.rebuildRollup(rollup.name, from, from + HOUR);
  }
  const marker: Marker = {
    spans: SPANS,
    replicas: REPLICAS,
    seedVersion: SEED_VERSION,
    stores: stores.map((s) => s.name),
    database: DATABASE,
    seeding,
    rollupRebuildSeconds: (performance.now() - rebuildStarted) / 1000,
    seededAt: new Date().toISOString(),
  };
  writeFileSync(markerPath, `${JSON.stringify(marker, null, 2)}\n`);
  return { stores, marker, reused: false };
}

/** Trace ids of the last hour and user ids, from the data (the same on every store). */
async function targetsOf(store: ViewStore): Promise<QueryTargets> {
  const last = RANGES[0]!;
  const rows = await store.query({
    view: 'raw_trace_view',
    tenantId: TENANT,
    select: [column('trace_id')],
    where: [ge('start_time', last.fromMicros + HOUR / 2), lt('start_time', last.toMicros)],
    orderBy: [{ by: 'trace_id' }],
    limit: 16,
  });
  // Users seen in the last hour (their spans of the whole day match the 24 h search too).
  const users = await store.query({
    view: 'span_event_view',
    tenantId: TENANT,
    select: [attributeValue('attribute_keys', 'attribute_values', 'app.user.id', 'user')],
    where: [
      eq('span_name', 'GET /cart'),
      ge('start_time', last.fromMicros + HOUR / 2),
      lt('start_time', last.toMicros),
    ],
    limit: 16,
    dedup: false,
  });
  const userIds = users.map((r) => String(r['user']));
  return { tenantId: TENANT, traceIds: rows.map((r) => String(r['trace_id'])), userIds };
}

async function storeFigures(name: string, store: ViewStore, targets: QueryTargets): Promise<void> {
  const rebuilt = store.capabilities.rollups === 'rebuilt';
  console.log(
    `\n${name} (${store.capabilities.engine}), ${RUNS} warm runs each\n| query | range | p50 ms | p99 ms |\n|---|---|---:|---:|`,
  );
  const withRollups = new Map<string, number>();
  for (const range of RANGES) {
    for (const c of storeCases(targets, range, rebuilt).filter((c) => selected(c.name))) {
      const { p50, p99 } = await timedRuns((i) => c.run(store, i));
      const label = `${c.name}${c.noRollups ? ', no rollups' : ''}`;
      console.log(`| ${label} | ${c.range} | ${ms(p50)} | ${ms(p99)} |`);
      const key = `${c.name} ${c.range}`;
      const figure: Figure = { name: `${name}: ${label} (${c.range}) p50`, value: ms(p50), unit: 'ms', p99: ms(p99) };
      if (c.noRollups) figure['ratioToRollups'] = ms(p50 / withRollups.get(key)!);
      else withRollups.set(key, p50);
      results.push(figure);
      if (c.noRollups || c.variant) continue;
      if (c.name === 'trace by id' || (c.name === 'service list (RED)' && c.range === '1h'))
        goals.push({ goal: `${name}: ${c.name} (${c.range}) p99 < 100 ms`, met: p99 < 100, value: ms(p99) });
      if (c.range === '1h')
        goals.push({ goal: `${name}: ${c.name} (${c.range}) p99 < 300 ms`, met: p99 < 300, value: ms(p99) });
      else if (c.range === '24h')
        goals.push({ goal: `${name}: ${c.name} (24h) p99 < 1 s`, met: p99 < 1000, value: ms(p99) });
    }
  }
}

/**
 * The GraphQL client: `node:http` with a keep-alive agent, the lightest client in the bench's process.
 * (`fetch` — undici — cost 1-5 ms more per request on this machine, on the event loop the server and the
 * store share: a browser's requests cost the server nothing of the kind.)
 */
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function graphqlFigures(name: string, store: ViewStore, targets: QueryTargets): Promise<void> {
  const recording = recordingStore(store);
  const server = await createQueryServer({ store: recording.store, views: builtinViews, host: '127.0.0.1', port: 0 });
  // The same server over the reads' recorded answers: GraphQL's own time for each request.
  const canned = cannedStore(store);
  const alone = await createQueryServer({ store: canned.store, views: builtinViews, host: '127.0.0.1', port: 0 });
  const trivial = await timedRuns(() => post({ query: '{ __typename }' }, alone.url));
  console.log(
    `\n${name} through GraphQL (${server.url}/graphql) beside the same store reads replayed, ${RUNS} warm runs each; ` +
      `"GraphQL alone" answers the reads from their recorded results (\`{ __typename }\`: p50 ${ms(trivial.p50)} ms)\n` +
      '| query | range | store reads | GraphQL p50 ms | store p50 ms | GraphQL p99 ms | store p99 ms | ratio (p50) | GraphQL alone p50 ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  results.push({
    name: `${name} GraphQL: { __typename } p50`,
    value: ms(trivial.p50),
    unit: 'ms',
    p99: ms(trivial.p99),
  });
  async function post(body: unknown, url = server.url): Promise<void> {
    const { status, text } = await postJson(`${url}/graphql`, body, { 'x-tenant-id': targets.tenantId });
    const answer = JSON.parse(text) as { errors?: { message: string }[] };
    if (status !== 200 || answer.errors) throw new Error(`GraphQL: ${JSON.stringify(answer.errors ?? status)}`);
  }
  try {
    for (const range of RANGES) {
      for (const c of graphqlCases(targets, range).filter((c) => selected(c.name))) {
        // Each run: GraphQL (its store reads recorded on the way), then the same reads replayed on the store.
        await post(c.body(0)); // warm-up
        const graphqlTimes: number[] = [];
        const storeTimes: number[] = [];
        let reads = 0;
        const calls: RecordedCall[] = [];
        for (let i = 1; i <= RUNS; i++) {
          let started = performance.now();
          const recorded = waves(await recording.record(() => post(c.body(i))));
          graphqlTimes.push(performance.now() - started);
          reads = recorded.flat().length;
          calls.push(...recorded.flat());
          started = performance.now();
          await replay(store, recorded);
          storeTimes.push(performance.now() - started);
        }
        graphqlTimes.sort((a, b) => a - b);
        storeTimes.sort((a, b) => a - b);
        const g50 = percentile(graphqlTimes, 0.5);
        const s50 = percentile(storeTimes, 0.5);
        const ratio = g50 / s50;
        canned.use(calls);
        const own = await timedRuns((i) => post(c.body(i), alone.url));
        // The warm-up's reads were not recorded: any other miss would put store time in "alone".
        const ownMisses = canned.misses - reads;
        if (ownMisses > 0) console.log(`  note: GraphQL alone read the store ${ownMisses} times beyond the warm-up`);
        console.log(
          `| ${c.name} | ${c.range} | ${reads} | ${ms(g50)} | ${ms(s50)} | ${ms(percentile(graphqlTimes, 0.99))} | ` +
            `${ms(percentile(storeTimes, 0.99))} | ${ratio.toFixed(2)} | ${ms(own.p50)} |`,
        );
        results.push({
          name: `${name} GraphQL: ${c.name} (${c.range}) p50`,
          value: ms(g50),
          unit: 'ms',
          p99: ms(percentile(graphqlTimes, 0.99)),
          storeP50: ms(s50),
          storeP99: ms(percentile(storeTimes, 0.99)),
          storeReads: reads,
          ratio: Math.round(ratio * 100) / 100,
          graphqlAloneP50: ms(own.p50),
        });
        goals.push({
          goal: `${name}: GraphQL ${c.name} (${c.range}) within 20% of the store`,
          met: ratio <= 1.2,
          value: Math.round(ratio * 100) / 100,
        });
      }
    }
  } finally {
    await server.close();
    await alone.close();
  }
}

const started = performance.now();
console.log(`pnpm bench:query: ${SPANS} spans, stores ${STORES.join(', ')}, load average ${loadavg()[0]!.toFixed(1)}`);
const { stores, marker, reused } = await seededStores();
const s = marker.seeding;
console.log(
  `${reused ? 'reused the dataset seeded' : 'seeded'} ${marker.seededAt}: ${s.spans} spans (${s.traces} traces; ${s.materializedSpans} by the chain and views, the rest replicas), ${s.rows} view rows in ` +
    `${s.seconds.toFixed(0)} s: ${Math.round(s.spans / s.seconds)} spans/s, ${Math.round(s.rows / s.seconds)} rows/s per store; ` +
    `busy ${Object.entries(s.busySeconds)
      .map(([n, sec]) => `${n} ${sec.toFixed(0)} s`)
      .join(', ')}; ClickHouse rollups rebuilt in ${marker.rollupRebuildSeconds.toFixed(0)} s`,
);
console.log(`rows per view: ${JSON.stringify(s.rowsPerView)}`);
try {
  const targets = await targetsOf(stores[0]!.store);
  for (const { name, store } of stores) await storeFigures(name, store, targets);
  for (const { name, store } of stores) await graphqlFigures(name, store, targets);
} finally {
  await Promise.all(stores.map(({ store }) => store.close()));
  agent.destroy();
}
console.log('\ngoals\n| goal | p99 ms (ratio for GraphQL) | met |\n|---|---:|---|');
for (const g of goals) console.log(`| ${g.goal} | ${g.value} | ${g.met ? 'yes' : '**no**'} |`);
console.log(
  JSON.stringify({
    bench: '@ht/graphql query',
    spans: s.spans,
    runs: RUNS,
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
    seconds: Math.round((performance.now() - started) / 1000),
    seeding: {
      reused,
      ...s,
      spansPerSecond: Math.round(s.spans / s.seconds),
      rowsPerSecond: Math.round(s.rows / s.seconds),
      rollupRebuildSeconds: marker.rollupRebuildSeconds,
    },
    results,
    goals,
  }),
);
