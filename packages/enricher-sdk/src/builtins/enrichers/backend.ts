import { entityId } from '../../entities/entityId.js';
import { EntityType } from '../../model/Entity.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiBoundary, BackendAttr } from '../../catalogue/attributeKeys.js';
import { backendOf } from './backendOf.js';
import { calleeSpansOf } from './callees.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted, setTrustedInt } from '../../model/attributes.js';

/**
 * Built-in `backend`: for each exit call (an `ht.api.boundary` EXIT span) that reached no traced
 * service, the backend it called, as an entity: `ht.backend.id`, `name`, `type` (DB, CACHE, MESSAGING,
 * HTTP, GRPC, RPC), `protocol`, `host`, `port`, `operation` and `destination` (see `backendOf` for each
 * type: SQL statement type and table, cache command, topic, HTTP method and templated path, RPC
 * method). An exit call with no recognisable protocol or no host gets none. Depends on `semconv`,
 * `api-boundary` and `service-entity`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(backend, trace, undefined, { with: [semconv, spanType, apiBoundary, serviceEntity] });
 * run.trace.spans[2]?.enriched.string(BackendAttr.NAME); // 'postgresql:orders@pg:5432'
 * ```
 */
export const backend = defineEnricher({
  name: BuiltinEnricher.BACKEND,
  version: BUILTIN_VERSION,
  description: 'backends for exit calls leaving the traced world: DB, cache, HTTP/gRPC hosts, messaging',
  dependsOn: [BuiltinEnricher.SEMCONV, BuiltinEnricher.API_BOUNDARY, BuiltinEnricher.SERVICE_ENTITY],
  enrichTrace(trace) {
    for (const span of trace.spans) {
      if (span.enriched.string(ApiAttr.BOUNDARY) !== ApiBoundary.EXIT) continue;
      if (calleeSpansOf(span, trace).length > 0) continue;
      const found = backendOf(span);
      if (found === undefined) continue;
      const e = span.enriched;
      setTrusted(e, BackendAttr.ID, entityId(trace.tenantId, EntityType.BACKEND, found.name));
      setTrusted(e, BackendAttr.NAME, found.name);
      setTrusted(e, BackendAttr.TYPE, found.type);
      setTrusted(e, BackendAttr.PROTOCOL, found.protocol);
      if (found.host !== '') setTrusted(e, BackendAttr.HOST, found.host);
      if (found.port !== 0) setTrustedInt(e, BackendAttr.PORT, found.port);
      if (found.operation !== '') setTrusted(e, BackendAttr.OPERATION, found.operation);
      if (found.destination !== '') setTrusted(e, BackendAttr.DESTINATION, found.destination);
    }
  },
});
