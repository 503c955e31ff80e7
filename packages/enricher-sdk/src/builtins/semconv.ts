/**
 * The OTel semantic-convention mapping as data: for each normalized attribute, the names clients send
 * it under (current OTel name first, then older OTel names, then OpenTracing/Zipkin names), in
 * precedence order. The `semconv` enricher applies it; docs/semconv.md renders it.
 *
 * @packageDocumentation
 */
import { Normalized, NORMALIZED_PREFIX } from '../catalogue/normalized.js';
import type { NormalizedKey } from '../catalogue/normalized.js';

/**
 * Where a source name comes from: the current OTel convention, an older OTel one, or OpenTracing /
 * Zipkin / Jaeger tag conventions (which the Zipkin and Jaeger receivers pass through as is).
 *
 * @example
 * ```ts
 * const origin: SemconvOrigin = 'otel-old';
 * ```
 */
export type SemconvOrigin = 'otel' | 'otel-old' | 'opentracing';

/**
 * One name a normalized attribute may arrive under.
 *
 * @example
 * ```ts
 * const source: SemconvSource = { name: 'net.peer.name', origin: 'otel-old', kinds: ['CLIENT', 'PRODUCER'] };
 * ```
 */
export interface SemconvSource {
  readonly name: string;
  readonly origin: SemconvOrigin;
  /** Only on spans of these kinds (old `net.*` names meant different ends on client and server). */
  readonly kinds?: readonly string[];
  /** Take one part of the value: the path or query of a target, the host or port of `host:port`. */
  readonly part?: 'path' | 'query' | 'host' | 'port';
  /** Old values renamed in the current convention (`ip_tcp` -> `tcp`). */
  readonly values?: Readonly<Record<string, string>>;
}

/**
 * The mapping of one normalized attribute: its key, value type and sources in precedence order.
 *
 * @example
 * ```ts
 * SEMCONV_TABLE.find((r) => r.key === Normalized.URL_FULL)?.sources.map((s) => s.name); // ['url.full', 'http.url']
 * ```
 */
export interface SemconvRule {
  readonly key: NormalizedKey;
  readonly type: 'string' | 'int';
  readonly sources: readonly SemconvSource[];
}

const CLIENT_SIDE = ['CLIENT', 'PRODUCER'];
const SERVER_SIDE = ['SERVER', 'CONSUMER'];
const otel = (name: string): SemconvSource => ({ name, origin: 'otel' });
const old = (name: string, extra: Partial<SemconvSource> = {}): SemconvSource => ({
  name,
  origin: 'otel-old',
  ...extra,
});
const ot = (name: string, extra: Partial<SemconvSource> = {}): SemconvSource => ({
  name,
  origin: 'opentracing',
  ...extra,
});
const rule = (key: NormalizedKey, type: 'string' | 'int', ...sources: SemconvSource[]): SemconvRule => ({
  key,
  type,
  sources: [otel(key.slice(NORMALIZED_PREFIX.length)), ...sources],
});
const N = Normalized;

/**
 * The whole mapping. The `semconv` enricher writes each normalized key from the first source present
 * (ints also from numeric strings, as Zipkin sends every tag as a string). RPC method and status codes
 * need more than renaming and are derived in code (see docs/semconv.md).
 *
 * @example
 * ```ts
 * for (const r of SEMCONV_TABLE) console.log(r.key, r.sources.map((s) => s.name).join(' | '));
 * ```
 */
export const SEMCONV_TABLE: readonly SemconvRule[] = [
  rule(N.HTTP_REQUEST_METHOD, 'string', old('http.method')),
  rule(N.HTTP_RESPONSE_STATUS_CODE, 'int', old('http.status_code')),
  rule(N.HTTP_ROUTE, 'string'),
  rule(N.HTTP_REQUEST_BODY_SIZE, 'int', old('http.request_content_length')),
  rule(N.HTTP_RESPONSE_BODY_SIZE, 'int', old('http.response_content_length')),
  rule(N.URL_FULL, 'string', old('http.url')),
  rule(N.URL_SCHEME, 'string', old('http.scheme')),
  rule(N.URL_PATH, 'string', old('http.target', { part: 'path' }), ot('http.path')),
  rule(N.URL_QUERY, 'string', old('http.target', { part: 'query' })),
  rule(
    N.SERVER_ADDRESS,
    'string',
    old('net.peer.name', { kinds: CLIENT_SIDE }),
    old('net.host.name', { kinds: SERVER_SIDE }),
    old('http.host', { part: 'host' }),
    ot('peer.hostname', { kinds: CLIENT_SIDE }),
  ),
  rule(
    N.SERVER_PORT,
    'int',
    old('net.peer.port', { kinds: CLIENT_SIDE }),
    old('net.host.port', { kinds: SERVER_SIDE }),
    old('http.host', { part: 'port' }),
    ot('peer.port', { kinds: CLIENT_SIDE }),
  ),
  rule(N.CLIENT_ADDRESS, 'string', old('http.client_ip'), old('net.peer.name', { kinds: SERVER_SIDE })),
  rule(
    N.NETWORK_PEER_ADDRESS,
    'string',
    old('net.sock.peer.addr'),
    old('net.peer.ip'),
    ot('peer.ipv4'),
    ot('peer.ipv6'),
  ),
  rule(N.NETWORK_PEER_PORT, 'int', old('net.sock.peer.port')),
  rule(N.NETWORK_PROTOCOL_NAME, 'string', old('net.protocol.name')),
  rule(N.NETWORK_PROTOCOL_VERSION, 'string', old('net.protocol.version'), old('http.flavor')),
  rule(N.NETWORK_TRANSPORT, 'string', old('net.transport', { values: { ip_tcp: 'tcp', ip_udp: 'udp' } })),
  rule(N.USER_AGENT_ORIGINAL, 'string', old('http.user_agent')),
  rule(N.DB_SYSTEM_NAME, 'string', old('db.system'), ot('db.type')),
  rule(N.DB_NAMESPACE, 'string', old('db.name'), ot('db.instance')),
  rule(N.DB_QUERY_TEXT, 'string', old('db.statement')),
  rule(N.DB_OPERATION_NAME, 'string', old('db.operation')),
  rule(
    N.DB_COLLECTION_NAME,
    'string',
    old('db.sql.table'),
    old('db.mongodb.collection'),
    old('db.cassandra.table'),
    old('db.cosmosdb.container'),
  ),
  rule(N.MESSAGING_SYSTEM, 'string'),
  rule(N.MESSAGING_DESTINATION_NAME, 'string', old('messaging.destination'), ot('message_bus.destination')),
  rule(
    N.MESSAGING_OPERATION_TYPE,
    'string',
    old('messaging.operation', { values: { publish: 'send', deliver: 'process' } }),
  ),
  rule(
    N.MESSAGING_DESTINATION_PARTITION_ID,
    'string',
    old('messaging.kafka.destination.partition'),
    old('messaging.kafka.partition'),
  ),
  rule(N.MESSAGING_CONSUMER_GROUP_NAME, 'string', old('messaging.kafka.consumer.group')),
  rule(N.MESSAGING_MESSAGE_ID, 'string', old('messaging.message_id')),
  rule(N.RPC_SYSTEM_NAME, 'string', old('rpc.system')),
  rule(N.USER_ID, 'string', old('enduser.id')),
  rule(N.CODE_FUNCTION_NAME, 'string', old('code.function')),
  rule(N.CODE_FILE_PATH, 'string', old('code.filepath')),
  rule(N.CODE_LINE_NUMBER, 'int', old('code.lineno')),
];
