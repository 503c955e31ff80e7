import type { Entity, EntityType } from '../model/Entity.js';
import { entityId } from './entityId.js';
import type { EntityStore } from './EntityStore.js';

/**
 * An {@link EntityStore} in this process's memory: for local mode, tests, and a single instance. Ids come
 * from {@link entityId}, so they match those of the Redis store and survive restarts even though the
 * registry does not.
 *
 * @example
 * ```ts
 * const entities = new MemoryEntityStore();
 * const a = await entities.getOrCreate('default', 'SERVICE', 'cart');
 * const b = await entities.getOrCreate('default', 'SERVICE', 'cart');
 * a.id === b.id; // true
 * ```
 */
export class MemoryEntityStore implements EntityStore {
  // tenant \0 type -> id -> entity
  private readonly registry = new Map<string, Map<string, Entity>>();

  getOrCreate(
    tenantId: string,
    type: EntityType,
    name: string,
    attributes: Readonly<Record<string, string>> = {},
  ): Promise<Entity> {
    return Promise.resolve(this.getOrCreateSync(tenantId, type, name, attributes));
  }

  /** The synchronous form of {@link MemoryEntityStore.getOrCreate}. */
  getOrCreateSync(
    tenantId: string,
    type: EntityType,
    name: string,
    attributes: Readonly<Record<string, string>> = {},
  ): Entity {
    const bucket = this.bucket(tenantId, type);
    const id = entityId(tenantId, type, name);
    const existing = bucket.get(id);
    if (existing !== undefined && !addsSomething(existing.attributes, attributes)) return existing;
    const entity: Entity = Object.freeze({
      id,
      tenantId,
      type,
      name,
      attributes: Object.freeze({ ...existing?.attributes, ...attributes }),
    });
    bucket.set(id, entity);
    return entity;
  }

  get(tenantId: string, type: EntityType, id: string): Promise<Entity | undefined> {
    return Promise.resolve(this.registry.get(`${tenantId}\u0000${type}`)?.get(id));
  }

  list(tenantId: string, type: EntityType): Promise<Entity[]> {
    return Promise.resolve([...(this.registry.get(`${tenantId}\u0000${type}`)?.values() ?? [])]);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private bucket(tenantId: string, type: EntityType): Map<string, Entity> {
    const key = `${tenantId}\u0000${type}`;
    let bucket = this.registry.get(key);
    if (bucket === undefined) {
      bucket = new Map();
      this.registry.set(key, bucket);
    }
    return bucket;
  }
}

/** Whether merging `update` into `current` would change anything. */
export function addsSomething(
  current: Readonly<Record<string, string>>,
  update: Readonly<Record<string, string>>,
): boolean {
  for (const key in update) if (current[key] !== update[key]) return true;
  return false;
}
