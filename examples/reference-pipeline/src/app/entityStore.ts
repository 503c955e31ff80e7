import type { EntityStore, Logger } from '@ht/enricher-sdk';
import { MemoryEntityStore } from '@ht/enricher-sdk/host';
import type { EntitiesConfig } from '../config/entitiesConfig.js';
import { closeRedis, connectRedis } from './redisClient.js';

/** The enricher stage's entity store for an `entities` section, and what to close after the stage. */
export interface ConfiguredEntityStore {
  readonly entities: EntityStore;
  /** Releases what the store holds (the Redis connection); call after the stage stopped. */
  readonly close: () => Promise<void>;
}

/**
 * Builds the enricher stage's entity store from `entities` (docs/configuration.md): a
 * `MemoryEntityStore`, or a `RedisEntityStore` (`@ht/enricher-sdk/redis`) on a connection of its own.
 * Redis must answer at start (else `DEPENDENCY_UNAVAILABLE`, exit status 3, naming `entities` and the URL
 * with its password hidden); later outages do not hold enrichment up: the client queues nothing while
 * disconnected (`enableOfflineQueue: false`), so a registration fails at once, the store logs it to
 * `logger` at `warn` and returns the computed entity, and the next sighting registers it again.
 *
 * @example
 * ```ts
 * const { entities, close } = await entityStoreOf(config.entities, { logger });
 * const stage = createEnricherStage({ ...options, entities });
 * ```
 */
export async function entityStoreOf(
  config: EntitiesConfig,
  ctx: { readonly logger?: Logger } = {},
): Promise<ConfiguredEntityStore> {
  if (config.type === 'memory') return { entities: new MemoryEntityStore(), close: () => Promise.resolve() };
  const client = await connectRedis(config.url, 'entities', { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const { RedisEntityStore } = await import('@ht/enricher-sdk/redis');
  const entities = new RedisEntityStore(client, {
    keyPrefix: config.keyPrefix,
    cacheSize: config.cacheSize,
    writeTimeoutMs: config.writeTimeoutMs,
    ...(ctx.logger === undefined ? {} : { logger: ctx.logger }),
  });
  return { entities, close: () => closeRedis(client) };
}
