// Throughput of the six built-in views: rows per CPU-second of this process (user + system time from
// process.cpuUsage(), so other load on the shared machine counts less), on a mix of realistic traces
// enriched once, up front, by the full built-in enricher chain. Each view is run as a sink runs it
// (`fromTrace` on every trace, rows drained), best of 3 rounds. Run after a build:
// `pnpm --filter @ht/enricher-sdk run bench` (or `node bench/views.bench.mjs`; BENCH_TRACES sizes the mix).
// Ends with one JSON line of the figures.
import { cpus, loadavg } from 'node:os';
import { EnricherChain, loadPlugins, MemoryEntityStore } from '@ht/enricher-sdk/host';
import { builtinEnrichers, builtinViews } from '@ht/enricher-sdk/builtins';
import { traceBuilder } from '@ht/enricher-sdk/testing';

const TRACES = Number(process.env.BENCH_TRACES ?? 2000);
const SERVICES = ['cart', 'catalog', 'payment', 'shipping', 'users', 'recommendations'];
const hex = (n, width) => n.toString(16).padStart(width, '0');

/** A deterministic pseudo-random sequence (mulberry32), so every run sees the same traces. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The resource attributes an OTel SDK sends besides `service.name` (`@opentelemetry/sdk-node` with the
 * host, process and k8s detectors: 13 more), so views that keep resource attributes pay a real price.
 */
function sdkResource(service, instance) {
  return {
    'service.version': '1.4.2',
    'service.instance.id': `${service}-${instance}`,
    'deployment.environment.name': 'prod',
    'telemetry.sdk.name': 'opentelemetry',
    'telemetry.sdk.language': 'nodejs',
    'telemetry.sdk.version': '1.30.0',
    'host.name': `node-${instance}`,
    'host.arch': 'amd64',
    'os.type': 'linux',
    'process.pid': BigInt(1000 + instance),
    'process.runtime.name': 'nodejs',
    'k8s.namespace.name': 'shop',
    'k8s.pod.name': `${service}-7d9f8-${instance}`,
  };
}

/** Backend calls a service makes: SQL, cache, and sometimes a Kafka message. */
function backends(b, service, rnd, i) {
  b.child(service, 'SELECT', {
    kind: 'CLIENT',
    attributes: {
      'db.system.name': 'postgresql',
      'db.namespace': service,
      'db.query.text': `SELECT * FROM ${service}_items WHERE id = $1`,
      'server.address': `${service}-db`,
      'server.port': 5432n,
    },
  });
  b.sibling(service, 'GET', {
    kind: 'CLIENT',
    attributes: {
      'db.system': 'redis',
      'db.statement': `GET ${service}:${i}`,
      'server.address': 'redis',
      'server.port': 6379n,
    },
  });
  if (rnd() < 0.3) {
    b.sibling(service, `${service}-events publish`, {
      kind: 'PRODUCER',
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': `${service}-events` },
    });
  }
  b.up(1);
}

/** One trace: a frontend request fanning out to 2-5 services over HTTP, each with its backends. */
function trace(i, rnd) {
  const b = traceBuilder({ tenantId: `tenant-${i % 3}`, traceId: hex(i + 1, 32) });
  for (const service of ['frontend', ...SERVICES]) b.service(service, sdkResource(service, i % 5));
  b.span('frontend', 'GET /checkout', {
    kind: 'SERVER',
    durationMs: 300,
    attributes: {
      'http.request.method': 'GET',
      'http.route': '/checkout',
      'url.path': '/checkout',
      'url.query': `cart=${i}`,
      'http.response.status_code': 200n,
      'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36',
      'client.address': `203.0.113.${i % 250}`,
    },
    events: [{ name: 'cart loaded', atMs: 1, attributes: { level: 'info', message: `cart ${i} loaded` } }],
  });
  const calls = 2 + Math.floor(rnd() * 4);
  for (let c = 0; c < calls; c++) {
    const service = SERVICES[(i + c) % SERVICES.length];
    const failed = rnd() < 0.05;
    const status = failed ? 503n : 200n;
    b.call(service, `GET /${service}/{id}`, {
      client: {
        attributes: { 'http.request.method': 'GET', 'server.address': service, 'http.response.status_code': status },
      },
      server: {
        statusCode: failed ? 'ERROR' : 'UNSET',
        attributes: {
          'http.request.method': 'GET',
          'http.route': `/${service}/{id}`,
          'http.response.status_code': status,
        },
        events: failed
          ? [
              {
                name: 'exception',
                atMs: 5,
                attributes: { 'exception.type': 'TimeoutError', 'exception.message': 'upstream timed out' },
              },
            ]
          : [],
      },
    });
    backends(b, service, rnd, i);
    b.up(2);
  }
  return b.build();
}

async function enrichedTraces() {
  const rnd = random(42);
  const traces = Array.from({ length: TRACES }, (_, i) => trace(i, rnd));
  const plugins = await loadPlugins({}, { builtins: { enrichers: builtinEnrichers, views: [] } });
  const chain = new EnricherChain(plugins.enrichers, { entities: new MemoryEntityStore() });
  await chain.start();
  for (const t of traces) await chain.enrich(t);
  await chain.close();
  const failures = traces.reduce((n, t) => n + t.enrichmentErrors.length, 0);
  if (failures > 0) throw new Error(`the built-in chain recorded ${failures} failures on the bench traces`);
  return traces;
}

/** Rows a view gives for every trace, and the CPU seconds it took: best of 3 rounds after a warm-up. */
function measure(views, traces) {
  let rows = 0;
  let best = Infinity;
  for (let round = 0; round < 4; round++) {
    rows = 0;
    const cpu = process.cpuUsage();
    for (const t of traces) for (const view of views) for (const _row of view.fromTrace(t)) rows++;
    const used = process.cpuUsage(cpu);
    if (round > 0) best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { rows, seconds: best };
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const traces = await enrichedTraces();
const spans = traces.reduce((n, t) => n + t.spans.length, 0);
console.log(
  `views over ${fmt(traces.length)} enriched traces, ${fmt(spans)} spans (${(spans / traces.length).toFixed(1)} per trace)`,
);
const load = loadavg();
console.log(
  `  machine: ${cpus().length} cores, load average ${load.map((l) => l.toFixed(2)).join(' ')}; node ${process.version}`,
);
console.log(
  `${'view'.padEnd(22)} ${'rows/trace'.padStart(10)} ${'rows/CPU-s'.padStart(12)} ${'spans in/CPU-s'.padStart(15)}`,
);
const results = [];
for (const [name, views] of [...builtinViews.map((v) => [v.name, [v]]), ['all', builtinViews]]) {
  const { rows, seconds } = measure(views, traces);
  console.log(
    `${name.padEnd(22)} ${(rows / traces.length).toFixed(1).padStart(10)} ${fmt(rows / seconds).padStart(12)} ${fmt(spans / seconds).padStart(15)}`,
  );
  const rowsPerTrace = Number((rows / traces.length).toFixed(1));
  results.push(
    { name: `${name}: rows`, value: Math.round(rows / seconds), unit: 'rows/CPU-s', rowsPerTrace },
    { name: `${name}: spans in`, value: Math.round(spans / seconds), unit: 'spans in/CPU-s' },
  );
}
console.log(
  JSON.stringify({
    bench: '@ht/enricher-sdk views',
    loadAverage: Number(load[0].toFixed(2)),
    results,
    traces: traces.length,
    spans,
    cores: cpus().length,
    node: process.version,
  }),
);
