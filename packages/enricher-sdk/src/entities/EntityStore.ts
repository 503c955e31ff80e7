import type { Entity, EntityType } from '../model/Entity.js';

/**
 * Where entities (services, APIs, backends) get their stable ids. Identity is `(tenantId, type, name)`:
 * the same triple gets the same id on every call, on every instance and after restarts. `attributes`
 * describe the entity and are merged (a later value for a key replaces the earlier one).
 *
 * Built in: {@link MemoryEntityStore} (one process) and `RedisEntityStore` from
 * `@ht/enricher-sdk/redis` (shared by every instance, with a local LRU). Both derive ids from the
 * identity ({@link entityId}), so they agree with each other.
 *
 * @example
 * ```ts
 * const service = await ctx.entities.getOrCreate(trace.tenantId, 'SERVICE', 'checkout', { env: 'prod' });
 * span.enriched.set('ht.service.id', service.id);
 * ```
 */
export interface EntityStore {
  /** The entity for `(tenantId, type, name)`, registered on first sight, attributes merged. */
  getOrCreate(
    tenantId: string,
    type: EntityType,
    name: string,
    attributes?: Readonly<Record<string, string>>,
  ): Promise<Entity>;
  /** The entity with `id`, if registered. */
  get(tenantId: string, type: EntityType, id: string): Promise<Entity | undefined>;
  /** Every registered entity of `type` for the tenant. */
  list(tenantId: string, type: EntityType): Promise<Entity[]>;
  /** Releases what the store holds (connections are the caller's to close when passed in). */
  close(): Promise<void>;
}
