import { describe, expect, it } from 'vitest';
import { BUILTIN_PLUGINS_MODULE_URL, builtinEnrichers } from '../../../src/builtins/index.js';
import { EnricherChain, loadPlugins, MemoryEntityStore } from '../../../src/host/index.js';
import { isProvisionalEntity, markProvisionalEntity } from '../../../src/index.js';
import type { Entity, EntityStore, EntityType } from '../../../src/index.js';
import { httpCheckout } from './fixtures/web.js';

/** A store whose registrations fail (answered provisional, as `RedisEntityStore` does with Redis down) while `down`. */
class FlakyEntityStore implements EntityStore {
  down = true;
  readonly calls: string[] = [];
  private readonly inner = new MemoryEntityStore();

  async getOrCreate(
    tenantId: string,
    type: EntityType,
    name: string,
    attributes: Readonly<Record<string, string>> = {},
  ): Promise<Entity> {
    this.calls.push(`${type}:${name}`);
    if (!this.down) return this.inner.getOrCreate(tenantId, type, name, attributes);
    const computed = await new MemoryEntityStore().getOrCreate(tenantId, type, name, attributes);
    return markProvisionalEntity({ ...computed });
  }
  get(tenantId: string, type: EntityType, id: string): Promise<Entity | undefined> {
    return this.inner.get(tenantId, type, id);
  }
  list(tenantId: string, type: EntityType): Promise<Entity[]> {
    return this.inner.list(tenantId, type);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe('entity-writes with a store that could not register (docs/reliability.md, Redis stopped)', () => {
  it('asks again on the next sighting for entities answered provisional, and stops once they are registered', async () => {
    const builtins = { enrichers: builtinEnrichers, views: [], moduleUrl: BUILTIN_PLUGINS_MODULE_URL };
    const plugins = await loadPlugins({}, { builtins });
    const store = new FlakyEntityStore();
    const chain = new EnricherChain(plugins.enrichers, { entities: store });
    await chain.start();
    try {
      const [first] = httpCheckout();
      await chain.enrich(first!);
      const perSighting = store.calls.length;
      expect(perSighting).toBeGreaterThan(0);
      // The trace still lists its entities, with the computed ids.
      expect(first!.entities.map((e) => e.id).sort()).toEqual(
        (await Promise.all(first!.entities.map((e) => new MemoryEntityStore().getOrCreate(e.tenantId, e.type, e.name))))
          .map((e) => e.id)
          .sort(),
      );

      // Still down: asked again (not remembered as registered).
      await chain.enrich(httpCheckout()[0]!);
      expect(store.calls.length).toBe(2 * perSighting);

      // Back: registered on this sighting…
      store.down = false;
      await chain.enrich(httpCheckout()[0]!);
      expect(store.calls.length).toBe(3 * perSighting);
      const services = await store.list(first!.tenantId, 'SERVICE');
      expect(services.length).toBeGreaterThan(0);
      expect(services.every((e) => !isProvisionalEntity(e))).toBe(true);

      // …and remembered from then on: no more calls.
      await chain.enrich(httpCheckout()[0]!);
      expect(store.calls.length).toBe(3 * perSighting);
    } finally {
      await chain.close();
    }
  });
});
