import type { Entity } from '../model/Entity.js';

const PROVISIONAL = new WeakSet<Entity>();

/**
 * Marks `entity` as computed but not registered: an {@link EntityStore} returns it when its backing
 * store could not take the registration (Redis down), so the caller can go on with the (deterministic)
 * id. Callers that remember registered entities must not remember a provisional one, or it would never
 * be registered on a later sighting. Returns `entity`.
 *
 * @example
 * ```ts
 * const computed = { id: entityId('acme', 'SERVICE', 'cart'), tenantId: 'acme', type: EntityType.SERVICE, name: 'cart', attributes: {} };
 * isProvisionalEntity(markProvisionalEntity(computed)); // true
 * ```
 */
export function markProvisionalEntity<T extends Entity>(entity: T): T {
  PROVISIONAL.add(entity);
  return entity;
}

/**
 * Whether an entity store returned `entity` without registering it ({@link markProvisionalEntity}): it
 * is to be asked for again on the next sighting.
 *
 * @example
 * ```ts
 * const remembered = new Map<string, Entity>();
 * const entity = await new MemoryEntityStore().getOrCreate('acme', 'SERVICE', 'cart');
 * if (!isProvisionalEntity(entity)) remembered.set(entity.id, entity);
 * ```
 */
export function isProvisionalEntity(entity: Entity): boolean {
  return PROVISIONAL.has(entity);
}
