import type { ShopServices } from '../e2e/shopTraces.js';
import type { SentSpan, TracedService } from '../e2e/tracedService.js';

/** Traces sent without pause by several clients until stopped. */
export interface SteadyTraffic {
  /** Stops sending; resolves once every client's last request was answered and the clients shut down. */
  stop(): Promise<void>;
}

/** Records one visit of `service`: a `GET /items/{id}` server span and its Postgres call, ending now. */
export function recordVisit(service: TracedService, n: number): void {
  const now = Date.now();
  const visit = service.span({
    name: 'GET /items/{id}',
    kind: 'SERVER',
    startMs: now - 20,
    endMs: now,
    attributes: {
      'http.method': 'GET',
      'http.route': '/items/{id}',
      'http.target': `/items/${n}`,
      'http.status_code': 200,
    },
    expected: { spanType: 'ENTRY', protocol: 'HTTP', apiName: 'GET /items/{id}', httpMethod: 'GET', errorCount: 0 },
  });
  service.span({
    name: 'SELECT items',
    kind: 'CLIENT',
    parent: visit,
    startMs: now - 15,
    endMs: now - 5,
    attributes: {
      'db.system': 'postgresql',
      'db.name': 'shop',
      'db.statement': 'SELECT * FROM items WHERE id = $1',
      'net.peer.name': 'pg',
      'net.peer.port': 5432,
    },
    expected: {
      spanType: 'EXIT',
      protocol: 'DB',
      apiName: 'GET /items/{id}',
      backendName: 'postgresql:shop@pg:5432',
      errorCount: 0,
    },
  });
}

/**
 * Each of `services` records a two-span trace and sends it (one request per trace), every `intervalMs`,
 * until stopped. A client whose request fails (a stage restarting behind the receiver is not a reason;
 * the receiver stays up) lets its exporter report it; `sent` lists every span recorded.
 */
export function startSteadyTraffic(services: readonly TracedService[], intervalMs = 100): SteadyTraffic {
  let stopped = false;
  let n = 0;
  const loops = services.map(async (service) => {
    while (!stopped) {
      recordVisit(service, n++);
      await service.flush();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
    await service.shutdown();
  });
  return {
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

/** The clients of the shop that send straight to the receiver stage (all but the collector's). */
export function directClients(s: ShopServices): TracedService[] {
  return [s.webFrontend, s.apiGateway, s.catalog, s.inventory];
}

export type { SentSpan };
