/**
 * `@ht/enricher-sdk/redis`: the Redis-backed entity store, shared by every instance of a stage. Needs
 * `ioredis` (an optional peer dependency of `@ht/enricher-sdk`).
 *
 * @packageDocumentation
 */
export { RedisEntityStore } from '../entities/RedisEntityStore.js';
export type { RedisEntityStoreOptions } from '../entities/RedisEntityStore.js';
