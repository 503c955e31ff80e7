/**
 * The names of the built-in enrichers, as used in `dependsOn`, in the `plugins` config (to disable,
 * configure or reorder one) and in recorded enrichment errors. Listed in the default order.
 *
 * @example
 * ```ts
 * defineEnricher({ name: 'tier', version: '1', dependsOn: [BuiltinEnricher.SERVICE_ENTITY], enrichSpan() {} });
 * ```
 */
export const BuiltinEnricher = {
  SEMCONV: 'semconv',
  RESOURCE_ATTRIBUTES: 'resource-attributes',
  CLOCK_SKEW: 'clock-skew',
  SPAN_TYPE: 'span-type',
  API_STATUS: 'api-status',
  API_BOUNDARY: 'api-boundary',
  SERVICE_ENTITY: 'service-entity',
  API_NAMING: 'api-naming',
  TRANSACTION_NAME: 'transaction-name',
  ERRORS: 'errors',
  BACKEND: 'backend',
  HTTP: 'http',
  GRPC: 'grpc',
  USER_AGENT: 'user-agent',
  SPACES: 'spaces',
  EXIT_CALLS: 'exit-calls',
  TRACE_STATS: 'trace-stats',
  ENTITY_WRITES: 'entity-writes',
} as const;
/** One of the {@link BuiltinEnricher} names. */
export type BuiltinEnricher = (typeof BuiltinEnricher)[keyof typeof BuiltinEnricher];

/**
 * The version every built-in enricher reports (the package's own).
 *
 * @example
 * ```ts
 * defineEnricher({ name: BuiltinEnricher.HTTP, version: BUILTIN_VERSION, enrichSpan() {} });
 * ```
 */
export const BUILTIN_VERSION = '0.1.0';
