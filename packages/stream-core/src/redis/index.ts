/**
 * `@ht/stream-core/redis`: the Redis state backend and snapshot store. ioredis is an optional peer
 * dependency of `@ht/stream-core`: install it to use this entry point.
 *
 * @packageDocumentation
 */
export { RedisStateBackend } from './RedisStateBackend.js';
export type { RedisStateBackendOptions } from './RedisStateBackend.js';
export { RedisSnapshotStore } from './RedisSnapshotStore.js';
export { RedisPartitionSnapshotStore } from './RedisPartitionSnapshotStore.js';
export type { RedisPartitionSnapshotStoreOptions } from './RedisPartitionSnapshotStore.js';
