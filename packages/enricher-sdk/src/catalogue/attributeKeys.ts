/**
 * The catalogue of every enriched attribute the built-in enrichers write. Span-level keys live in
 * `span.enriched`, trace-level keys (`ht.trace.…`) in `trace.enriched`. A key is written when its value
 * is known; absent means unknown or not applicable (a `true`-only flag such as `ht.span.parent_missing`
 * is absent when false). Ints are `bigint`, as everywhere in the model. Which enricher writes which key:
 * docs/enrichers.md; the normalized semantic-convention keys (`Normalized`): docs/semconv.md.
 *
 * Keys are only ever added, never renamed: views and user enrichers are built on them.
 *
 * @packageDocumentation
 */

/**
 * Span placement and clock-skew keys (enrichers `span-type`, `clock-skew`, `trace-stats`).
 *
 * @example
 * ```ts
 * if (span.enriched.string(SpanAttr.TYPE) === SpanType.ENTRY) entries++;
 * ```
 */
export const SpanAttr = {
  /** `ENTRY` | `EXIT` | `INTERNAL` ({@link SpanType}). */
  TYPE: 'ht.span.type',
  /** `HTTP` | `HTTPS` | `GRPC` | `RPC` | `DB` | `MESSAGING` | `UNKNOWN` ({@link Protocol}). */
  PROTOCOL: 'ht.span.protocol',
  /** `true` when the span names a parent that is not in the trace (a broken parent link). */
  PARENT_MISSING: 'ht.span.parent_missing',
  /** Start after clock-skew adjustment, unix ns (int); only on shifted spans, originals untouched. */
  ADJUSTED_START: 'ht.span.adjusted_start_unix_nano',
  /** End after clock-skew adjustment, unix ns (int); only on shifted spans. */
  ADJUSTED_END: 'ht.span.adjusted_end_unix_nano',
  /** The shift applied by clock-skew adjustment, ns (int, may be negative); only on shifted spans. */
  CLOCK_SKEW: 'ht.span.clock_skew_nanos',
  /** `true` when the span is on the trace's critical path. */
  CRITICAL_PATH: 'ht.span.critical_path',
  /** Time this span contributes to the critical path, µs (int); only on critical-path spans. */
  CRITICAL_PATH_MICROS: 'ht.span.critical_path_micros',
} as const;

/**
 * Service keys (enricher `service-entity`). Exit spans carry their parent's service.
 *
 * @example
 * ```ts
 * const serviceId = span.enriched.string(ServiceAttr.ID);
 * ```
 */
export const ServiceAttr = {
  /** The service entity id (see `EntityStore`). */
  ID: 'ht.service.id',
  /** `service.name`, `unknown_service` when the client sent none. */
  NAME: 'ht.service.name',
  /** `service.namespace`, when set. */
  NAMESPACE: 'ht.service.namespace',
  /** `deployment.environment.name` (or the old `deployment.environment`), when set. */
  ENVIRONMENT: 'ht.service.environment',
} as const;

/**
 * API keys: status (`api-status`, every span), boundary (`api-boundary`), naming (`api-naming`), error
 * counts per visit (`errors`) and exit calls per visit (`exit-calls`). Per-visit counts sit on the
 * visit's entry span; `ID`, `NAME`, `URL_PATTERN` and `ENTRY_SPAN_ID` on every span of the visit.
 *
 * @example
 * ```ts
 * span.enriched.string(ApiAttr.NAME); // 'GET /users/{id}'
 * ```
 */
export const ApiAttr = {
  /** `SUCCESS` | `FAIL` ({@link ApiStatus}). */
  STATUS: 'ht.api.status',
  /** The protocol status as a string: HTTP `'404'`, gRPC `'5'`; absent without a protocol status. */
  STATUS_CODE: 'ht.api.status_code',
  /** Reason phrase, gRPC code name or the span's status message. */
  STATUS_MESSAGE: 'ht.api.status_message',
  /** `ENTRY` (first entry span of a service visit) | `EXIT` ({@link ApiBoundary}). */
  BOUNDARY: 'ht.api.boundary',
  /** The span id of the entry span of the service visit this span belongs to. */
  ENTRY_SPAN_ID: 'ht.api.entry_span_id',
  /** The API entity id. */
  ID: 'ht.api.id',
  /** `GET /users/{id}`, `hipstershop.CartService/GetCart`, `process orders` (consumer), else the span name. */
  NAME: 'ht.api.name',
  /** The templated path or route, `/users/{id}` (HTTP APIs only). */
  URL_PATTERN: 'ht.api.url_pattern',
  /** Spans in error within the visit (int, on the entry span). */
  ERROR_COUNT: 'ht.api.error_count',
  /** Exceptions recorded within the visit (int, on the entry span). */
  EXCEPTION_COUNT: 'ht.api.exception_count',
  /** Exit calls made within the visit (int, on the entry span). */
  EXIT_CALL_COUNT: 'ht.api.exit_call_count',
  /** Distinct callees (service or backend names) of the visit, sorted (string[], on the entry span). */
  CALLEE_NAMES: 'ht.api.callee_names',
  /** Calls per callee, same order as `CALLEE_NAMES` (int[], on the entry span). */
  CALLEE_CALL_COUNTS: 'ht.api.callee_call_counts',
} as const;

/**
 * Error and exception keys per span (enricher `errors`).
 *
 * @example
 * ```ts
 * const failed = span.enriched.int(ErrorAttr.ERROR_COUNT) === 1;
 * ```
 */
export const ErrorAttr = {
  /** 1 when the span is in error (status ERROR, HTTP 5xx server / 4xx-5xx client, gRPC error), else 0. */
  ERROR_COUNT: 'ht.error.count',
  /** Exceptions recorded on the span (`exception` events, or exception attributes), int. */
  EXCEPTION_COUNT: 'ht.exception.count',
  /** The first exception's type. */
  EXCEPTION_TYPE: 'ht.exception.type',
  /** The first exception's message. */
  EXCEPTION_MESSAGE: 'ht.exception.message',
} as const;

/**
 * Backend keys on exit spans whose callee is outside the traced world (enricher `backend`).
 *
 * @example
 * ```ts
 * span.enriched.string(BackendAttr.TYPE); // 'DB'
 * ```
 */
export const BackendAttr = {
  /** The backend entity id. */
  ID: 'ht.backend.id',
  /** Entity name: `postgresql:orders@pg.internal:5432`, `redis@cache:6379`, `kafka:orders`, `api.stripe.com:443`. */
  NAME: 'ht.backend.name',
  /** `DB` | `CACHE` | `MESSAGING` | `HTTP` | `GRPC` | `RPC` ({@link BackendType}). */
  TYPE: 'ht.backend.type',
  /** The system or protocol: `postgresql`, `redis`, `kafka`, `http`, `https`, `grpc`, … */
  PROTOCOL: 'ht.backend.protocol',
  HOST: 'ht.backend.host',
  /** int. */
  PORT: 'ht.backend.port',
  /** SQL statement type (`SELECT`), cache command (`GET`), messaging operation, HTTP method, RPC method. */
  OPERATION: 'ht.backend.operation',
  /** SQL table, topic or queue, HTTP path, `Service` of an RPC. */
  DESTINATION: 'ht.backend.destination',
} as const;

/**
 * HTTP keys resolved from every source the client may have used (enricher `http`).
 *
 * @example
 * ```ts
 * span.enriched.string(`${HttpAttr.QUERY_PARAM_PREFIX}page`); // '2'
 * ```
 */
export const HttpAttr = {
  /** Upper-case method. */
  METHOD: 'ht.http.method',
  /** int. */
  STATUS_CODE: 'ht.http.status_code',
  /** The full URL, rebuilt from parts when the client sent none. */
  URL: 'ht.http.url',
  SCHEME: 'ht.http.scheme',
  /** Host, with `:port` when not the scheme's default. */
  HOST: 'ht.http.host',
  PATH: 'ht.http.path',
  /** The query string without `?`. */
  QUERY_STRING: 'ht.http.query_string',
  /** Prefix of one key per query parameter; a repeated parameter is a string[]. */
  QUERY_PARAM_PREFIX: 'ht.http.query.param.',
  /** Request body size, bytes (int). */
  REQUEST_SIZE: 'ht.http.request.size',
  /** Response body size, bytes (int). */
  RESPONSE_SIZE: 'ht.http.response.size',
} as const;

/**
 * gRPC keys (enricher `grpc`).
 *
 * @example
 * ```ts
 * span.enriched.string(GrpcAttr.ENDPOINT); // 'hipstershop.CartService/GetCart'
 * ```
 */
export const GrpcAttr = {
  /** Fully qualified service, `hipstershop.CartService`. */
  SERVICE: 'ht.grpc.service',
  METHOD: 'ht.grpc.method',
  /** `service/method`. */
  ENDPOINT: 'ht.grpc.endpoint',
  /** int, 0-16. */
  STATUS_CODE: 'ht.grpc.status_code',
  /** Code name, `NOT_FOUND`. */
  STATUS: 'ht.grpc.status',
} as const;

/**
 * User-agent and client keys (enricher `user-agent`).
 *
 * @example
 * ```ts
 * span.enriched.string(UserAgentAttr.NAME); // 'Chrome'
 * ```
 */
export const UserAgentAttr = {
  /** Browser or client name. */
  NAME: 'ht.user_agent.name',
  VERSION: 'ht.user_agent.version',
  /** `browser` | `bot` | `library` | `app` | `unknown`. */
  TYPE: 'ht.user_agent.type',
  /** `desktop` | `mobile` | `tablet` | `smarttv` | `console` | `wearable` | … */
  DEVICE: 'ht.user_agent.device',
  OS_NAME: 'ht.user_agent.os.name',
  OS_VERSION: 'ht.user_agent.os.version',
  /** The originating client IP: first `X-Forwarded-For` hop, else `client.address`, else the peer. */
  CLIENT_IP: 'ht.client.ip',
} as const;

/**
 * Space keys (enricher `spaces`).
 *
 * @example
 * ```ts
 * span.enriched.strings(SpaceAttr.IDS); // ['checkout-team']
 * ```
 */
export const SpaceAttr = {
  /** Spaces whose rules match the span (string[]). */
  IDS: 'ht.space.ids',
} as const;

/**
 * Prefix of resource attributes copied onto spans by config (enricher `resource-attributes`):
 * `k8s.pod.name` becomes `ht.resource.k8s.pod.name`.
 *
 * @example
 * ```ts
 * span.enriched.string(`${RESOURCE_ATTR_PREFIX}k8s.pod.name`);
 * ```
 */
export const RESOURCE_ATTR_PREFIX = 'ht.resource.';

/**
 * Trace-level keys, in `trace.enriched` (enrichers `transaction-name`, `errors`, `spaces`, `clock-skew`,
 * `trace-stats`). Call edges go to `trace.callEdges`, entities to `trace.entities`.
 *
 * @example
 * ```ts
 * trace.enriched.string(TraceAttr.TRANSACTION_NAME); // 'GET /checkout'
 * ```
 */
export const TraceAttr = {
  /** The API name of the earliest API entry span. */
  TRANSACTION_NAME: 'ht.trace.transaction_name',
  /** int. */
  SPAN_COUNT: 'ht.trace.span_count',
  /** Distinct services (int). */
  SERVICE_COUNT: 'ht.trace.service_count',
  /** Distinct APIs (int). */
  API_COUNT: 'ht.trace.api_count',
  /** API visits, i.e. API entry spans (int). */
  API_VISIT_COUNT: 'ht.trace.api_visit_count',
  /** Service names, sorted (string[]). */
  SERVICES: 'ht.trace.services',
  /** Service of the root span (the earliest root when several). */
  ROOT_SERVICE: 'ht.trace.root_service',
  /** Name of the root span. */
  ROOT_OPERATION: 'ht.trace.root_operation',
  ROOT_SPAN_ID: 'ht.trace.root_span_id',
  /** Earliest (adjusted) span start, unix ns (int). */
  START: 'ht.trace.start_unix_nano',
  /** Latest (adjusted) span end, unix ns (int). */
  END: 'ht.trace.end_unix_nano',
  /** int, µs. */
  DURATION_MICROS: 'ht.trace.duration_micros',
  /** Span ids on the critical path from the root, in order (string[]). */
  CRITICAL_PATH: 'ht.trace.critical_path',
  /** Spans whose parent is not in the trace (int). */
  ORPHAN_SPAN_COUNT: 'ht.trace.orphan_span_count',
  /** Spans shifted by clock-skew adjustment (int; written by `clock-skew`, also when 0). */
  SKEW_ADJUSTED_SPAN_COUNT: 'ht.trace.skew_adjusted_span_count',
  /** Spans in error (int). */
  ERROR_COUNT: 'ht.trace.error_count',
  /** Exceptions recorded (int). */
  EXCEPTION_COUNT: 'ht.trace.exception_count',
  /** Whether any span is in error (bool). */
  HAS_ERROR: 'ht.trace.has_error',
  /** Union of the spans' spaces, sorted (string[]). */
  SPACE_IDS: 'ht.trace.space_ids',
} as const;

/**
 * Values of `ht.span.type`.
 *
 * @example
 * ```ts
 * span.enriched.string(SpanAttr.TYPE) === SpanType.EXIT;
 * ```
 */
export const SpanType = { ENTRY: 'ENTRY', EXIT: 'EXIT', INTERNAL: 'INTERNAL' } as const;
/** One of the {@link SpanType} values. */
export type SpanType = (typeof SpanType)[keyof typeof SpanType];

/**
 * Values of `ht.span.protocol`.
 *
 * @example
 * ```ts
 * span.enriched.string(SpanAttr.PROTOCOL) === Protocol.GRPC;
 * ```
 */
export const Protocol = {
  HTTP: 'HTTP',
  HTTPS: 'HTTPS',
  GRPC: 'GRPC',
  RPC: 'RPC',
  DB: 'DB',
  MESSAGING: 'MESSAGING',
  UNKNOWN: 'UNKNOWN',
} as const;
/** One of the {@link Protocol} values. */
export type Protocol = (typeof Protocol)[keyof typeof Protocol];

/**
 * Values of `ht.api.status`.
 *
 * @example
 * ```ts
 * span.enriched.string(ApiAttr.STATUS) === ApiStatus.FAIL;
 * ```
 */
export const ApiStatus = { SUCCESS: 'SUCCESS', FAIL: 'FAIL' } as const;
/** One of the {@link ApiStatus} values. */
export type ApiStatus = (typeof ApiStatus)[keyof typeof ApiStatus];

/**
 * Values of `ht.api.boundary`.
 *
 * @example
 * ```ts
 * span.enriched.string(ApiAttr.BOUNDARY) === ApiBoundary.ENTRY;
 * ```
 */
export const ApiBoundary = { ENTRY: 'ENTRY', EXIT: 'EXIT' } as const;
/** One of the {@link ApiBoundary} values. */
export type ApiBoundary = (typeof ApiBoundary)[keyof typeof ApiBoundary];

/**
 * Values of `ht.backend.type`.
 *
 * @example
 * ```ts
 * span.enriched.string(BackendAttr.TYPE) === BackendType.CACHE;
 * ```
 */
export const BackendType = {
  DB: 'DB',
  CACHE: 'CACHE',
  MESSAGING: 'MESSAGING',
  HTTP: 'HTTP',
  GRPC: 'GRPC',
  RPC: 'RPC',
} as const;
/** One of the {@link BackendType} values. */
export type BackendType = (typeof BackendType)[keyof typeof BackendType];
