// Throughput of the full built-in enricher chain (all eighteen, in process, memory entity store) on a
// realistic trace mix, in spans per CPU-second (user + system time of this process, from
// process.cpuUsage(), so other load on the machine does not count against us). Best of 3 rounds.
// Run after a build: `pnpm --filter @ht/enricher-sdk run bench` (BENCH_TRACES sizes the mix, default 2000).
// Ends with one JSON line of the figures.
import { cpus, loadavg } from 'node:os';
import { EnricherChain, loadPlugins, MemoryEntityStore } from '@ht/enricher-sdk/host';
import { builtinEnrichers } from '@ht/enricher-sdk/builtins';
import { traceBuilder } from '@ht/enricher-sdk/testing';

const UAS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];
const hex = (n, width) => n.toString(16).padStart(width, '0');

/** A checkout: frontend -> cart (HTTP, old conventions) -> redis + postgres; frontend -> payment (gRPC) -> stripe; kafka event. */
function checkout(i) {
  const b = traceBuilder({ traceId: hex(i + 1, 32) })
    .service('frontend', {
      'service.namespace': 'shop',
      'k8s.pod.name': `frontend-${i % 7}`,
      'cloud.region': 'eu-west-1',
    })
    .span('frontend', 'POST /checkout', {
      kind: 'SERVER',
      durationMs: 200,
      attributes: {
        'http.request.method': 'POST',
        'http.route': '/checkout',
        'url.path': '/checkout',
        'url.query': `step=pay&cart=${i}`,
        'url.scheme': 'https',
        'server.address': 'shop.example.com',
        'http.response.status_code': 200n,
        'user_agent.original': UAS[i % UAS.length],
        'client.address': `203.0.113.${i % 250}`,
      },
    })
    .call('cart', 'GET', {
      client: {
        attributes: {
          'http.request.method': 'GET',
          'url.full': `http://cart:8080/cart/${i}`,
          'server.address': 'cart',
          'server.port': 8080n,
          'http.response.status_code': 200n,
        },
      },
      server: {
        attributes: {
          'http.method': 'GET',
          'http.target': `/cart/${i}`,
          'net.host.name': 'cart',
          'http.status_code': 200n,
        },
      },
    })
    .child('cart', 'HGET', {
      kind: 'CLIENT',
      attributes: {
        'db.system': 'redis',
        'db.statement': `HGET cart:${i} items`,
        'net.peer.name': 'redis',
        'net.peer.port': 6379n,
      },
    })
    .sibling('cart', 'SELECT', {
      kind: 'CLIENT',
      attributes: {
        'db.system.name': 'postgresql',
        'db.namespace': 'cart',
        'db.query.text': 'SELECT * FROM cart_items WHERE cart_id = $1',
        'server.address': 'pg',
        'server.port': 5432n,
      },
    })
    .sibling('cart', 'load prices')
    .up(3)
    .call('payment', 'hipstershop.PaymentService/Charge', {
      client: {
        attributes: {
          'rpc.system': 'grpc',
          'rpc.service': 'hipstershop.PaymentService',
          'rpc.method': 'Charge',
          'rpc.grpc.status_code': 0n,
          'net.peer.name': 'payment',
          'net.peer.port': 50051n,
        },
      },
      server: {
        attributes: {
          'rpc.system.name': 'grpc',
          'rpc.method': 'hipstershop.PaymentService/Charge',
          'rpc.response.status_code': 'OK',
        },
      },
    })
    .child('payment', 'POST', {
      kind: 'CLIENT',
      attributes: {
        'http.request.method': 'POST',
        'url.full': `https://api.stripe.com/v1/charges/ch_${hex(i, 24)}`,
        'http.response.status_code': 200n,
      },
    })
    .up(3)
    .child('frontend', 'orders send', {
      kind: 'PRODUCER',
      attributes: {
        'messaging.system': 'kafka',
        'messaging.destination.name': 'orders',
        'messaging.operation.type': 'send',
      },
    })
    .child('shipping', 'orders process', {
      kind: 'CONSUMER',
      startMs: 150,
      durationMs: 40,
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': 'orders' },
    })
    .child('shipping', 'INSERT', {
      kind: 'CLIENT',
      attributes: {
        'db.system': 'mysql',
        'db.statement': 'INSERT INTO shipments (order_id) VALUES (?)',
        'net.peer.name': 'mysql',
      },
    });
  if (i % 10 === 0)
    b.up(3).child('frontend', 'render', {
      statusCode: 'ERROR',
      events: [
        {
          name: 'exception',
          atMs: 190,
          attributes: { 'exception.type': 'TypeError', 'exception.message': 'x is undefined' },
        },
      ],
    });
  return b.build();
}

/** A product page fanning out to 20 gRPC calls (a bigger trace). */
function productPage(i) {
  const b = traceBuilder({ traceId: hex(1_000_000 + i, 32) }).span('frontend', 'GET /product/{id}', {
    kind: 'SERVER',
    durationMs: 300,
    attributes: {
      'http.request.method': 'GET',
      'url.path': `/product/${hex(i, 10)}`,
      'http.response.status_code': 200n,
      'user_agent.original': UAS[(i + 1) % UAS.length],
    },
  });
  for (let c = 0; c < 20; c++) {
    b.call('productcatalog', 'hipstershop.ProductCatalogService/GetProduct', {
      client: {
        startMs: c * 10,
        durationMs: 8,
        attributes: {
          'rpc.system': 'grpc',
          'rpc.service': 'hipstershop.ProductCatalogService',
          'rpc.method': 'GetProduct',
          'rpc.grpc.status_code': c === 7 ? 5n : 0n,
          'net.peer.name': 'productcatalog',
        },
      },
      server: {
        startMs: c * 10 + 1,
        durationMs: 6,
        attributes: {
          'rpc.system': 'grpc',
          'rpc.service': 'hipstershop.ProductCatalogService',
          'rpc.method': 'GetProduct',
          'rpc.grpc.status_code': c === 7 ? 5n : 0n,
        },
      },
    }).up(2);
  }
  return b.build();
}

function traceMix(n) {
  const traces = [];
  for (let i = 0; i < n; i++) traces.push(i % 4 === 3 ? productPage(i) : checkout(i));
  return traces;
}

const plugins = await loadPlugins({}, { builtins: { enrichers: builtinEnrichers, views: [] } });
const chain = new EnricherChain(plugins.enrichers, { entities: new MemoryEntityStore() });
await chain.start();

const TRACES = Number(process.env.BENCH_TRACES ?? 2000);
async function round() {
  const traces = traceMix(TRACES); // built outside the measurement: enrichment writes into them
  const spans = traces.reduce((sum, t) => sum + t.spans.length, 0);
  globalThis.gc?.(); // the garbage of building the fixtures is not the enrichers' cost
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (const trace of traces) await chain.enrich(trace);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const errors = traces.reduce((sum, t) => sum + t.enrichmentErrors.length, 0);
  if (errors > 0)
    throw new Error(
      `${errors} enrichment errors: ${JSON.stringify(traces.find((t) => t.enrichmentErrors.length)?.enrichmentErrors)}`,
    );
  return { spans, perCpuSecond: spans / cpuSeconds, perWallSecond: spans / ((performance.now() - wall) / 1000) };
}

await round(); // warm up (JIT, caches)
const results = [];
for (let r = 0; r < 3; r++) results.push(await round());
await chain.close();
const best = results.reduce((a, b) => (b.perCpuSecond > a.perCpuSecond ? b : a));
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `built-in enricher chain (${plugins.enrichers.length} enrichers), ${TRACES} traces / ${best.spans} spans per round`,
);
console.log(`  rounds (spans per CPU-second): ${results.map((r) => fmt(r.perCpuSecond)).join(', ')}`);
console.log(
  `  best: ${fmt(best.perCpuSecond).padStart(10)} spans per CPU-second  (${fmt(best.perWallSecond)} per wall second)`,
);
const load = loadavg();
console.log(
  `  machine: ${cpus().length} cores, load average ${load.map((l) => l.toFixed(2)).join(' ')}; node ${process.version}`,
);
console.log(
  JSON.stringify({
    bench: '@ht/enricher-sdk enrichers',
    loadAverage: Number(load[0].toFixed(2)),
    results: [
      {
        name: `built-in enricher chain (${plugins.enrichers.length} enrichers), best round`,
        value: Math.round(best.perCpuSecond),
        unit: 'spans/CPU-s',
        roundsPerCpuSecond: results.map((r) => Math.round(r.perCpuSecond)),
      },
      {
        name: `built-in enricher chain (${plugins.enrichers.length} enrichers), best round, wall`,
        value: Math.round(best.perWallSecond),
        unit: 'spans/s (wall)',
      },
    ],
    traces: TRACES,
    spans: best.spans,
    cores: cpus().length,
    node: process.version,
  }),
);
