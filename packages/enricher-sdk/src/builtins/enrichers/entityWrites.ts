import { z } from 'zod';
import { LruCache } from '../../entities/LruCache.js';
import { addsSomething } from '../../entities/MemoryEntityStore.js';
import { isProvisionalEntity } from '../../entities/provisionalEntity.js';
import { EntityType } from '../../model/Entity.js';
import type { Entity } from '../../model/Entity.js';
import type { Span } from '../../model/Span.js';
import type { EnrichContext } from '../../plugin/context.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, BackendAttr, ServiceAttr } from '../../catalogue/attributeKeys.js';
import { apiEntityName, serviceEntityName } from './entityNames.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';

interface Wanted {
  readonly type: EntityType;
  readonly name: string;
  readonly attributes: Record<string, string>;
}

const config = z.strictObject({
  /** Entities remembered as registered, so an unchanged one is not sent to the store again. */
  cacheSize: z.number().int().positive().default(10_000),
});
/**
 * Built-in `entity-writes` (Hypertrace's entity span enricher): registers the services, APIs and
 * backends the trace refers to in the entity store (`ctx.entities`: memory, or Redis shared by every
 * copy of the stage), one call per distinct entity per trace, with descriptive attributes, and lists
 * them on `trace.entities` (sorted by type and name) for entity views. An entity already registered
 * with the same attributes is not sent again (a local cache of `cacheSize`, default 10 000); one the store
 * could not register (`isProvisionalEntity`: Redis down) is sent again on its next sighting. An id that disagrees with the
 * store's (a store that mints its own ids) is logged: the built-ins compute ids as `entityId` does.
 * Depends on `service-entity`, `api-naming` and `backend`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(entityWrites, trace, undefined, { with: [...dependencies] });
 * await run.entities.list('default', 'SERVICE'); // the trace's services
 * ```
 */
export const entityWrites = defineEnricher({
  name: BuiltinEnricher.ENTITY_WRITES,
  version: BUILTIN_VERSION,
  description: 'entity store writes: services, APIs and backends of the trace',
  dependsOn: [BuiltinEnricher.SERVICE_ENTITY, BuiltinEnricher.API_NAMING, BuiltinEnricher.BACKEND],
  config,
  init(ctx) {
    known.set(ctx.config, new LruCache(ctx.config.cacheSize));
  },
  enrichTrace(trace, ctx) {
    const wanted = new Map<string, Wanted>();
    for (const span of trace.spans) collect(span, wanted);
    let cache = known.get(ctx.config);
    if (cache === undefined) known.set(ctx.config, (cache = new LruCache(ctx.config.cacheSize)));
    const entities: Entity[] = [];
    const pending: Promise<Entity>[] = [];
    for (const [id, w] of wanted) {
      const seen = cache.get(`${trace.tenantId}\u0000${id}`);
      if (seen !== undefined && !addsSomething(seen.attributes, w.attributes)) entities.push(seen);
      else pending.push(register(trace.tenantId, id, w, cache, ctx));
    }
    if (pending.length === 0) {
      trace.entities.push(...entities.sort(byTypeAndName));
      return undefined; // all known: no store call, stay synchronous
    }
    return Promise.all(pending).then((registered) => {
      if (ctx.signal.aborted) return; // timed out: the trace has moved on
      trace.entities.push(...entities, ...registered);
      trace.entities.sort(byTypeAndName);
    });
  },
});

const known = new WeakMap<object, LruCache<string, Entity>>();

async function register(
  tenantId: string,
  id: string,
  w: Wanted,
  cache: LruCache<string, Entity>,
  ctx: EnrichContext<{ cacheSize: number }>,
): Promise<Entity> {
  const entity = await ctx.entities.getOrCreate(tenantId, w.type, w.name, w.attributes);
  if (entity.id !== id) ctx.logger.warn({ expected: id, got: entity.id, name: w.name }, 'entity id mismatch');
  // A provisional entity (the store could not register it: Redis down) is asked for again next time.
  if (!isProvisionalEntity(entity)) cache.set(`${tenantId}\u0000${id}`, entity);
  return entity;
}

/**
 * Adds the span's service, API and backend to `wanted`, each the first time its id is seen in the trace
 * (in that order). Spans of a trace repeat the same few ids: names and attributes are read only for new ones.
 */
function collect(span: Span, wanted: Map<string, Wanted>): void {
  const e = span.enriched;
  const serviceId = e.string(ServiceAttr.ID);
  const apiId = e.string(ApiAttr.ID);
  const newService = serviceId !== undefined && !wanted.has(serviceId);
  if (newService || (apiId !== undefined && !wanted.has(apiId))) {
    const name = e.string(ServiceAttr.NAME);
    const namespace = e.string(ServiceAttr.NAMESPACE);
    const environment = e.string(ServiceAttr.ENVIRONMENT);
    const service = serviceEntityName(name ?? '', namespace ?? '', environment ?? '');
    if (newService) {
      const attributes: Record<string, string> = { 'service.name': name ?? '' };
      if (namespace !== undefined) attributes['service.namespace'] = namespace;
      if (environment !== undefined) attributes['deployment.environment.name'] = environment;
      wanted.set(serviceId, { type: EntityType.SERVICE, name: service, attributes });
    }
    // Checked after the service is added, as each entity is only added under an id not yet taken.
    const apiName = apiId !== undefined && !wanted.has(apiId) ? e.string(ApiAttr.NAME) : undefined;
    if (apiId !== undefined && apiName !== undefined) {
      const attributes: Record<string, string> = { 'api.name': apiName, 'service.id': serviceId ?? '' };
      const pattern = e.string(ApiAttr.URL_PATTERN);
      if (pattern !== undefined) attributes['api.url_pattern'] = pattern;
      wanted.set(apiId, { type: EntityType.API, name: apiEntityName(service, apiName), attributes });
    }
  }
  const backendId = e.string(BackendAttr.ID);
  if (backendId === undefined || wanted.has(backendId)) return;
  const backendName = e.string(BackendAttr.NAME);
  if (backendName === undefined) return;
  const attributes: Record<string, string> = {
    'backend.type': e.string(BackendAttr.TYPE) ?? '',
    'backend.protocol': e.string(BackendAttr.PROTOCOL) ?? '',
  };
  const host = e.string(BackendAttr.HOST);
  const port = e.asString(BackendAttr.PORT);
  if (host !== undefined) attributes['backend.host'] = host;
  if (port !== undefined) attributes['backend.port'] = port;
  wanted.set(backendId, { type: EntityType.BACKEND, name: backendName, attributes });
}

const TYPE_ORDER: Readonly<Record<EntityType, number>> = { SERVICE: 0, API: 1, BACKEND: 2 };

function byTypeAndName(a: Entity, b: Entity): number {
  return TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
