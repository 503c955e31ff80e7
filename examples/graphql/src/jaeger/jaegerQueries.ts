import { column, count, eq, ge, le, max, ne } from '@ht/sinks';
import type { Filter, Query } from '@ht/sinks';
import type { DependencyRequest, TraceSearch } from './jaegerParams.js';
import { JaegerRequestError } from './JaegerRequestError.js';
import { attributeCondition } from '../query/attributeCondition.js';

/** A query of the model without its tenant: {@link tenantScoped} adds it. */
type UnscopedQuery = Omit<Query, 'tenantId'>;

/**
 * The one place a Jaeger API query gets its tenant: every query the API sends goes through here
 * (docs/contracts.md, Tenancy). It sets the query's `tenantId`; the store compiles `tenant_id = tenant`
 * around every other filter.
 *
 * @example
 * ```ts
 * import { column } from '@ht/sinks';
 *
 * const q = tenantScoped('acme', { view: 'span_event_view', select: [column('service_name')] });
 * ```
 */
export function tenantScoped(tenantId: string, query: UnscopedQuery): Query {
  return { ...query, tenantId };
}

/** Span kinds as OTel names them, by Jaeger's lowercase spelling (a Map: `__proto__` is no kind). */
const SPAN_KINDS: ReadonlyMap<string, string> = new Map([
  ['server', 'SERVER'],
  ['client', 'CLIENT'],
  ['producer', 'PRODUCER'],
  ['consumer', 'CONSUMER'],
  ['internal', 'INTERNAL'],
]);

/** The OTel span kind of Jaeger's spelling; '' (no span has it) for an unknown one. */
const spanKindOf = (jaegerKind: string): string => SPAN_KINDS.get(jaegerKind.toLowerCase()) ?? '';

/**
 * The filters of one tag condition of a trace search on `span_event_view`, with the meaning Jaeger v2
 * gives the special keys: `error=true` is a span in error and `error=false` a span with status OK,
 * `span.status` the status (`OK`, `ERROR`, `UNSET`), `span.kind` the kind, `resource.service.name` the
 * service; any other key is a span attribute (client or enriched) with that value as a string. Keys the
 * views do not keep (`scope.*`, other `resource.*`) are refused with a 400 naming them.
 *
 * @example
 * ```ts
 * tagFilters('http.route', '/cart/{id}'); // [attributeEq('attribute_keys', 'attribute_values', 'http.route', '/cart/{id}')]
 * ```
 */
export function tagFilters(key: string, value: string): Filter[] {
  switch (key) {
    case 'error': {
      const verdict = value.toLowerCase();
      if (verdict === 'true' || verdict === '1') return [eq('status_code', 'ERROR')];
      if (verdict === 'false' || verdict === '0') return [eq('status_code', 'OK')];
      return [eq('status_code', ''), ne('status_code', '')]; // not a boolean: no span matches, as in Jaeger
    }
    case 'span.status': {
      const status = value.toUpperCase();
      return [eq('status_code', status === 'OK' || status === 'ERROR' ? status : 'UNSET')];
    }
    case 'span.kind':
      return [eq('span_kind', spanKindOf(value))];
    case 'resource.service.name':
      return [eq('service_name', value)];
    default:
      if (key.startsWith('scope.') || key.startsWith('resource.')) {
        throw new JaegerRequestError(
          400,
          `tag '${key.slice(0, 64)}' cannot be searched: the views keep no instrumentation scope or resource attributes other than service.name`,
        );
      }
      return [attributeCondition(undefined, key, value)];
  }
}

/**
 * The services with spans (`GET /api/services`): distinct service names, sorted.
 *
 * @example
 * ```ts
 * const rows = await store.query(servicesQuery('acme'));
 * ```
 */
export function servicesQuery(tenantId: string): Query {
  return tenantScoped(tenantId, {
    view: 'span_event_view',
    select: [column('service_name')],
    where: [ne('service_name', '')],
    groupBy: ['service_name'],
    orderBy: [{ by: 'service_name' }],
    dedup: false,
  });
}

/**
 * The operations of a service (`/api/operations`, `/api/services/{service}/operations`): distinct span
 * names with their kinds, optionally of one kind (Jaeger's lowercase `spanKind`).
 *
 * @example
 * ```ts
 * const rows = await store.query(operationsQuery('acme', 'cart', 'server'));
 * ```
 */
export function operationsQuery(tenantId: string, service: string, spanKind?: string): Query {
  const kind = spanKind === undefined || spanKind === '' ? [] : [eq('span_kind', spanKindOf(spanKind))];
  return tenantScoped(tenantId, {
    view: 'span_event_view',
    select: [column('span_name'), column('span_kind')],
    where: [eq('service_name', service), ...kind],
    groupBy: ['span_name', 'span_kind'],
    orderBy: [{ by: 'span_name' }, { by: 'span_kind' }],
    dedup: false,
  });
}

/**
 * The ids of the traces a search finds (`GET /api/traces`): as in Jaeger, a trace matches when one of its
 * spans meets every condition at once (service, operation, start in range, duration in range, every
 * tag); the most recent first (by their latest matching span), at most `limit`. Outputs `trace_id`.
 *
 * @example
 * ```ts
 * const search = parseTraceSearch(new URLSearchParams('service=cart&limit=20'), DEFAULT_JAEGER_API_LIMITS, Date.now() * 1000);
 * const ids = (await store.query(traceSearchQuery('acme', search))).map((row) => row['trace_id']);
 * ```
 */
export function traceSearchQuery(tenantId: string, search: TraceSearch): Query {
  const where: Filter[] = [
    eq('service_name', search.service),
    ge('start_time', search.startMicros),
    le('start_time', search.endMicros),
  ];
  if (search.operation !== undefined) where.push(eq('span_name', search.operation));
  if (search.minDurationMicros !== undefined) where.push(ge('duration_micros', Math.ceil(search.minDurationMicros)));
  if (search.maxDurationMicros !== undefined) where.push(le('duration_micros', Math.floor(search.maxDurationMicros)));
  for (const [key, value] of search.tags) where.push(...tagFilters(key, value));
  return tenantScoped(tenantId, {
    view: 'span_event_view',
    select: [column('trace_id'), max('start_time', 'latest_start')],
    where,
    groupBy: ['trace_id'],
    orderBy: [{ by: 'latest_start', direction: 'desc' }, { by: 'trace_id' }],
    limit: search.limit,
    dedup: false,
  });
}

/**
 * The dependency graph (`GET /api/dependencies`): calls per caller service and callee (a service, or a
 * backend @ht found: a database, cache, queue, outside host) from `service_call_view`. Outputs
 * `caller_service`, `callee_name` and `calls`.
 *
 * @example
 * ```ts
 * const endMicros = Date.now() * 1000;
 * const rows = await store.query(dependenciesQuery('acme', { startMicros: endMicros - 3_600_000_000, endMicros }));
 * ```
 */
export function dependenciesQuery(tenantId: string, request: DependencyRequest): Query {
  return tenantScoped(tenantId, {
    view: 'service_call_view',
    select: [column('caller_service'), column('callee_name'), count('calls')],
    where: [ge('start_time', request.startMicros), le('start_time', request.endMicros)],
    groupBy: ['caller_service', 'callee_name'],
    orderBy: [{ by: 'caller_service' }, { by: 'callee_name' }],
  });
}
