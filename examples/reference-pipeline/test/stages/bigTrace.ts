import { randomBytes } from 'node:crypto';

/** An OTLP/JSON request holding one trace, and that trace's id. */
export interface BigTrace {
  readonly traceId: string;
  readonly body: unknown;
}

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
const str = (key: string, value: string): unknown => ({ key, value: { stringValue: value } });
const int = (key: string, value: number): unknown => ({ key, value: { intValue: String(value) } });

/**
 * One trace of `spanCount` spans in one OTLP/JSON request: an HTTP entry span of `bulk-api` whose
 * `spanCount - 1` children are PostgreSQL calls (client spans with the database semantic conventions, so
 * each gets a backend), a few attributes each, ending now. Enriched, it is several MB of Avro: past
 * Kafka's default 1 MB message before compression.
 */
export function bigTrace(spanCount: number): BigTrace {
  const traceId = hex(16);
  const rootId = hex(8);
  const endNanos = BigInt(Date.now()) * 1_000_000n;
  const startNanos = endNanos - BigInt(spanCount) * 100_000n - 1_000_000n;
  const at = (offsetNanos: bigint): string => String(startNanos + offsetNanos);
  const children = Array.from({ length: spanCount - 1 }, (_, i) => ({
    traceId,
    spanId: hex(8),
    parentSpanId: rootId,
    name: 'SELECT orders',
    kind: 3,
    startTimeUnixNano: at(500_000n + BigInt(i) * 100_000n),
    endTimeUnixNano: at(500_000n + BigInt(i) * 100_000n + 80_000n),
    attributes: [
      str('db.system', 'postgresql'),
      str('db.name', 'orders'),
      str('db.statement', `SELECT * FROM orders WHERE id = $1 -- item ${i}`),
      str('server.address', 'orders-db.internal'),
      int('server.port', 5432),
      int('item.index', i),
    ],
    status: {},
  }));
  const root = {
    traceId,
    spanId: rootId,
    name: 'POST /bulk',
    kind: 2,
    startTimeUnixNano: at(0n),
    endTimeUnixNano: String(endNanos),
    attributes: [
      str('http.request.method', 'POST'),
      str('http.route', '/bulk'),
      str('url.path', '/bulk'),
      int('http.response.status_code', 200),
    ],
    status: {},
  };
  const body = {
    resourceSpans: [
      {
        resource: { attributes: [str('service.name', 'bulk-api'), str('telemetry.sdk.language', 'nodejs')] },
        scopeSpans: [{ scope: { name: 'bulk' }, spans: [root, ...children] }],
      },
    ],
  };
  return { traceId, body };
}
