/**
 * The normalized attribute keys the `semconv` enricher writes: one key per concept (`ht.` + the current
 * OTel name), whichever convention the client used. The mapping from the names clients send is
 * `SEMCONV_TABLE` in `@ht/enricher-sdk/builtins`; docs/semconv.md renders it.
 *
 * @packageDocumentation
 */

/**
 * Prefix of the normalized attribute set: a normalized key is `ht.` + the current OTel name.
 *
 * @example
 * ```ts
 * `${NORMALIZED_PREFIX}http.request.method` === Normalized.HTTP_REQUEST_METHOD;
 * ```
 */
export const NORMALIZED_PREFIX = 'ht.';

/**
 * The normalized attribute set (enricher `semconv`): one key per concept, whichever convention the
 * client used. Values keep the current convention's type (ports and status codes are ints).
 *
 * @example
 * ```ts
 * const method = span.enriched.string(Normalized.HTTP_REQUEST_METHOD); // from http.request.method or http.method
 * ```
 */
export const Normalized = {
  HTTP_REQUEST_METHOD: 'ht.http.request.method',
  HTTP_RESPONSE_STATUS_CODE: 'ht.http.response.status_code',
  HTTP_ROUTE: 'ht.http.route',
  HTTP_REQUEST_BODY_SIZE: 'ht.http.request.body.size',
  HTTP_RESPONSE_BODY_SIZE: 'ht.http.response.body.size',
  URL_FULL: 'ht.url.full',
  URL_SCHEME: 'ht.url.scheme',
  URL_PATH: 'ht.url.path',
  URL_QUERY: 'ht.url.query',
  SERVER_ADDRESS: 'ht.server.address',
  SERVER_PORT: 'ht.server.port',
  CLIENT_ADDRESS: 'ht.client.address',
  NETWORK_PEER_ADDRESS: 'ht.network.peer.address',
  NETWORK_PEER_PORT: 'ht.network.peer.port',
  NETWORK_PROTOCOL_NAME: 'ht.network.protocol.name',
  NETWORK_PROTOCOL_VERSION: 'ht.network.protocol.version',
  NETWORK_TRANSPORT: 'ht.network.transport',
  USER_AGENT_ORIGINAL: 'ht.user_agent.original',
  DB_SYSTEM_NAME: 'ht.db.system.name',
  DB_NAMESPACE: 'ht.db.namespace',
  DB_QUERY_TEXT: 'ht.db.query.text',
  DB_OPERATION_NAME: 'ht.db.operation.name',
  DB_COLLECTION_NAME: 'ht.db.collection.name',
  MESSAGING_SYSTEM: 'ht.messaging.system',
  MESSAGING_DESTINATION_NAME: 'ht.messaging.destination.name',
  MESSAGING_OPERATION_TYPE: 'ht.messaging.operation.type',
  MESSAGING_DESTINATION_PARTITION_ID: 'ht.messaging.destination.partition.id',
  MESSAGING_CONSUMER_GROUP_NAME: 'ht.messaging.consumer.group.name',
  MESSAGING_MESSAGE_ID: 'ht.messaging.message.id',
  RPC_SYSTEM_NAME: 'ht.rpc.system.name',
  /** Fully qualified, `service/method` (the current convention); joined from `rpc.service` + `rpc.method`. */
  RPC_METHOD: 'ht.rpc.method',
  /** A string: the gRPC code name (`NOT_FOUND`) for gRPC, the error code otherwise. */
  RPC_RESPONSE_STATUS_CODE: 'ht.rpc.response.status_code',
  USER_ID: 'ht.user.id',
  CODE_FUNCTION_NAME: 'ht.code.function.name',
  CODE_FILE_PATH: 'ht.code.file.path',
  CODE_LINE_NUMBER: 'ht.code.line.number',
} as const;

/** One of the {@link Normalized} keys. */
export type NormalizedKey = (typeof Normalized)[keyof typeof Normalized];
