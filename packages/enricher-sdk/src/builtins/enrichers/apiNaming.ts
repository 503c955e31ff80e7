import { entityId } from '../../entities/entityId.js';
import { EntityType } from '../../model/Entity.js';
import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiBoundary, ServiceAttr } from '../../catalogue/attributeKeys.js';
import { Normalized } from '../../catalogue/normalized.js';
import { apiEntityName, serviceEntityName } from './entityNames.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { normalizeRoute, templatePath } from './pathTemplate.js';
import { setTrusted } from '../../model/attributes.js';

interface ApiName {
  readonly name: string;
  readonly urlPattern: string;
}

/**
 * Built-in `api-naming` (Hypertrace's endpoint enricher): names the API of each service visit from its
 * entry span and writes `ht.api.id`, `ht.api.name` and (HTTP) `ht.api.url_pattern` on every span of the
 * visit.
 * - gRPC and other RPC: the fully qualified method, `hipstershop.CartService/GetCart`.
 * - HTTP: method and route template (`http.route`, `:id` and `<id>` forms normalized to `{id}`); without
 *   a route, the path with ids templated out (`/users/123` -> `/users/{id}`, see `templatePath`).
 * - Messaging consumers: `process orders` (operation and destination, as OTel names such spans).
 * - Anything else: the span name.
 * The id is the entity id of the API within its service. Depends on `semconv`, `api-boundary`,
 * `service-entity`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(apiNaming, trace, undefined, { with: [semconv, spanType, apiBoundary, serviceEntity] });
 * run.trace.spans[0]?.enriched.string(ApiAttr.NAME); // 'GET /users/{id}'
 * ```
 */
export const apiNaming = defineEnricher({
  name: BuiltinEnricher.API_NAMING,
  version: BUILTIN_VERSION,
  description: 'API naming: method + route template, gRPC method, messaging destination; ids templated out',
  dependsOn: [BuiltinEnricher.SEMCONV, BuiltinEnricher.API_BOUNDARY, BuiltinEnricher.SERVICE_ENTITY],
  enrichTrace(trace) {
    const apis = new Map<string, { api: ApiName; id: string }>();
    for (const span of trace.spans) {
      if (span.enriched.string(ApiAttr.BOUNDARY) !== ApiBoundary.ENTRY) continue;
      const api = apiNameOf(span);
      const service = serviceEntityName(
        span.enriched.string(ServiceAttr.NAME) ?? '',
        span.enriched.string(ServiceAttr.NAMESPACE) ?? '',
        span.enriched.string(ServiceAttr.ENVIRONMENT) ?? '',
      );
      apis.set(span.spanId, { api, id: entityId(trace.tenantId, EntityType.API, apiEntityName(service, api.name)) });
    }
    for (const span of trace.spans) {
      const entry = span.enriched.string(ApiAttr.ENTRY_SPAN_ID);
      const found = entry === undefined ? undefined : apis.get(entry);
      if (found === undefined) continue;
      setTrusted(span.enriched, ApiAttr.ID, found.id);
      setTrusted(span.enriched, ApiAttr.NAME, found.api.name);
      if (found.api.urlPattern !== '') setTrusted(span.enriched, ApiAttr.URL_PATTERN, found.api.urlPattern);
    }
  },
});

/**
 * The API name (and HTTP URL pattern) of an entry span, read from its normalized attributes.
 *
 * @example
 * ```ts
 * apiNameOf(serverSpan); // { name: 'GET /users/{id}', urlPattern: '/users/{id}' }
 * ```
 */
export function apiNameOf(span: Span): ApiName {
  const e = span.enriched;
  const rpcMethod = e.string(Normalized.RPC_METHOD);
  if (rpcMethod !== undefined) return { name: rpcMethod, urlPattern: '' };
  const method = e.string(Normalized.HTTP_REQUEST_METHOD)?.toUpperCase();
  const route = e.string(Normalized.HTTP_ROUTE);
  const path = e.string(Normalized.URL_PATH) ?? pathOfUrl(e.string(Normalized.URL_FULL));
  if (route !== undefined || (method !== undefined && path !== undefined)) {
    const pattern = route !== undefined ? normalizeRoute(route) : templatePath(path ?? '/');
    return { name: method === undefined ? pattern : `${method} ${pattern}`, urlPattern: pattern };
  }
  const destination = e.string(Normalized.MESSAGING_DESTINATION_NAME);
  if (destination !== undefined) {
    return { name: `${e.string(Normalized.MESSAGING_OPERATION_TYPE) ?? 'process'} ${destination}`, urlPattern: '' };
  }
  return { name: span.name, urlPattern: '' };
}

function pathOfUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}
