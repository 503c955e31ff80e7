import type { Span } from '../../model/Span.js';
import { BackendType } from '../../catalogue/attributeKeys.js';
import { Normalized } from '../../catalogue/normalized.js';
import { templatePath } from './pathTemplate.js';
import { sqlStatementOf } from './sqlStatement.js';

/**
 * A backend as the `backend` enricher describes it.
 *
 * @example
 * ```ts
 * const b: Backend = { name: 'redis@cache:6379', type: 'CACHE', protocol: 'redis', host: 'cache', port: 6379,
 *   operation: 'GET', destination: '' };
 * ```
 */
export interface Backend {
  readonly name: string;
  readonly type: BackendType;
  readonly protocol: string;
  readonly host: string;
  readonly port: number;
  readonly operation: string;
  readonly destination: string;
}

const CACHES = new Set(['redis', 'memcached', 'valkey', 'hazelcast', 'aerospike']);
const NOT_SQL = new Set([...CACHES, 'mongodb', 'elasticsearch', 'opensearch', 'dynamodb', 'couchdb', 'cosmosdb']);
const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443 };

/**
 * The backend an exit span calls, from its normalized attributes, or `undefined` when nothing names it.
 * - DB / CACHE (`db.system.name`; redis, memcached, … are caches): `system:namespace@host:port`;
 *   operation: `db.operation.name`, else the SQL statement type (or the cache command) of the query
 *   text; destination: `db.collection.name`, else the SQL statement's table.
 * - MESSAGING: `system:destination`; operation `messaging.operation.type`.
 * - GRPC / RPC: `host:port`; operation the method, destination the service.
 * - HTTP: `host:port` (port from the scheme when not given); operation the method, destination the
 *   path with ids templated out.
 *
 * @example
 * ```ts
 * backendOf(redisClientSpan)?.name; // 'redis@cache:6379'
 * ```
 */
export function backendOf(span: Span): Backend | undefined {
  const e = span.enriched;
  let host = e.string(Normalized.SERVER_ADDRESS) ?? e.string(Normalized.NETWORK_PEER_ADDRESS) ?? '';
  let port = e.int(Normalized.SERVER_PORT) ?? e.int(Normalized.NETWORK_PEER_PORT) ?? 0;
  const at = host === '' ? '' : `@${host}${port === 0 ? '' : `:${port}`}`;

  const db = e.string(Normalized.DB_SYSTEM_NAME);
  if (db !== undefined) {
    const namespace = e.string(Normalized.DB_NAMESPACE) ?? '';
    const query = e.string(Normalized.DB_QUERY_TEXT) ?? '';
    const statement = query === '' || NOT_SQL.has(db) ? undefined : sqlStatementOf(query);
    const command = CACHES.has(db) ? (/^\s*([A-Za-z]+)/.exec(query)?.[1]?.toUpperCase() ?? '') : '';
    return {
      name: `${db}${namespace === '' ? '' : `:${namespace}`}${at}`,
      type: CACHES.has(db) ? BackendType.CACHE : BackendType.DB,
      protocol: db,
      host,
      port,
      operation: e.string(Normalized.DB_OPERATION_NAME)?.toUpperCase() ?? statement?.type ?? command,
      destination: e.string(Normalized.DB_COLLECTION_NAME) ?? statement?.table ?? '',
    };
  }
  const messaging = e.string(Normalized.MESSAGING_SYSTEM);
  const destination = e.string(Normalized.MESSAGING_DESTINATION_NAME);
  if (messaging !== undefined && destination !== undefined) {
    const operation = e.string(Normalized.MESSAGING_OPERATION_TYPE) ?? (span.kind === 'PRODUCER' ? 'send' : '');
    const base = { type: BackendType.MESSAGING, protocol: messaging, host, port, operation, destination };
    return { ...base, name: `${messaging}:${destination}` };
  }
  const rpc = e.string(Normalized.RPC_SYSTEM_NAME);
  if (rpc !== undefined) {
    if (host === '') return undefined;
    const method = e.string(Normalized.RPC_METHOD) ?? '';
    const slash = method.lastIndexOf('/');
    return {
      name: port === 0 ? host : `${host}:${port}`,
      type: rpc === 'grpc' ? BackendType.GRPC : BackendType.RPC,
      protocol: rpc,
      host,
      port,
      operation: slash < 0 ? method : method.slice(slash + 1),
      destination: slash < 0 ? '' : method.slice(0, slash),
    };
  }
  const method = e.string(Normalized.HTTP_REQUEST_METHOD);
  const full = e.string(Normalized.URL_FULL);
  if (method === undefined && full === undefined) return undefined;
  const url = parseUrl(full);
  const scheme = (e.string(Normalized.URL_SCHEME) ?? url?.protocol.slice(0, -1) ?? 'http').toLowerCase();
  if (host === '') host = url?.hostname ?? '';
  if (port === 0) port = Number(url?.port ?? '') || (DEFAULT_PORTS[scheme] ?? 0);
  if (host === '') return undefined;
  const path = e.string(Normalized.URL_PATH) ?? url?.pathname ?? '';
  return {
    name: port === 0 ? host : `${host}:${port}`,
    type: BackendType.HTTP,
    protocol: scheme,
    host,
    port,
    operation: method?.toUpperCase() ?? '',
    destination: path === '' ? '' : templatePath(path),
  };
}

function parseUrl(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
