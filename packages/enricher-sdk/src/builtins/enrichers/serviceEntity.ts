import { entityId } from '../../entities/entityId.js';
import { EntityType } from '../../model/Entity.js';
import { serviceName } from '../../model/Resource.js';
import type { Resource } from '../../model/Resource.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ServiceAttr, SpanAttr, SpanType } from '../../catalogue/attributeKeys.js';
import { forEachTopDown } from './apiBoundary.js';
import { serviceEntityName } from './entityNames.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted } from '../../model/attributes.js';

interface ServiceIdentity {
  readonly name: string;
  readonly namespace: string;
  readonly environment: string;
  readonly entityName: string;
  /** The entity id for {@link ServiceIdentity.idTenant}: spans of one resource ask for the same one. */
  id: string;
  idTenant: string | undefined;
}

/**
 * Built-in `service-entity`: the service of each span, as the service entity id `ht.service.id` plus
 * `ht.service.name`, `ht.service.namespace` and `ht.service.environment`. The identity is `service.name`
 * with `service.namespace` and `deployment.environment.name` (or the older `deployment.environment`) of
 * the span's resource: `shop/checkout@prod`. Exit spans take their parent's service, as Hypertrace
 * does: some proxies report a client span under the callee's name. The id is the entity store's id for
 * that identity (`entityId`); `entity-writes` registers the entity. Depends on `span-type`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(serviceEntity, trace, undefined, { with: [semconv, spanType] });
 * run.trace.spans[0]?.enriched.string(ServiceAttr.NAME); // 'checkout'
 * ```
 */
export const serviceEntity = defineEnricher({
  name: BuiltinEnricher.SERVICE_ENTITY,
  version: BUILTIN_VERSION,
  description: 'service entity id from service.name (+ namespace/env); exit spans take the parent service',
  dependsOn: [BuiltinEnricher.SPAN_TYPE],
  enrichTrace(trace) {
    // Each span's result is its service identity, passed down to its children.
    forEachTopDown<ServiceIdentity>(trace, (span, parent, parentIdentity) => {
      const fromParent = parent !== undefined && span.enriched.string(SpanAttr.TYPE) === SpanType.EXIT;
      const identity = (fromParent ? parentIdentity : undefined) ?? identityOfResource(span.resource);
      if (identity.idTenant !== trace.tenantId) {
        identity.id = entityId(trace.tenantId, EntityType.SERVICE, identity.entityName);
        identity.idTenant = trace.tenantId;
      }
      setTrusted(span.enriched, ServiceAttr.ID, identity.id);
      setTrusted(span.enriched, ServiceAttr.NAME, identity.name);
      if (identity.namespace !== '') setTrusted(span.enriched, ServiceAttr.NAMESPACE, identity.namespace);
      if (identity.environment !== '') setTrusted(span.enriched, ServiceAttr.ENVIRONMENT, identity.environment);
      return identity;
    });
  },
});

const identities = new WeakMap<Resource, ServiceIdentity>();

function identityOfResource(resource: Resource): ServiceIdentity {
  let identity = identities.get(resource);
  if (identity === undefined) {
    const name = serviceName(resource);
    const namespace = resource.attr.string('service.namespace') ?? '';
    const environment =
      resource.attr.string('deployment.environment.name') ?? resource.attr.string('deployment.environment') ?? '';
    const entityName = serviceEntityName(name, namespace, environment);
    identity = { name, namespace, environment, entityName, id: '', idTenant: undefined };
    identities.set(resource, identity);
  }
  return identity;
}
