import { z } from 'zod';
import { durationMs } from './duration.js';
import { countOf } from './port.js';

const STORE_TYPES = ['memory', 'redis'] as const;

const memory = z.strictObject({ type: z.literal('memory') });

const redis = z.strictObject({
  type: z.literal('redis'),
  /** The Redis every enricher copy reaches. */
  url: z
    .string()
    .refine((url) => URL.canParse(url) && /^rediss?:$/.test(new URL(url).protocol), {
      message: 'must be a redis:// or rediss:// URL; write it like redis://127.0.0.1:6379',
    })
    .default('redis://127.0.0.1:6379'),
  /** Prefix of every key the store writes (`RedisEntityStoreOptions.keyPrefix`). */
  keyPrefix: z.string().min(1, { message: 'must not be empty; write e.g. "ht:"' }).default('ht:'),
  /** Entities kept in each copy's LRU. */
  cacheSize: countOf(1).default(10_000),
  /** A registration slower than this returns the computed entity and is tried again on the next sighting. */
  writeTimeoutMs: durationMs(1).default(1_000),
});

/**
 * The `entities` section, used by `ht stage enricher` (docs/configuration.md): where the enrichers'
 * entities (services, APIs, backends) are registered. `memory` (the default): in the process, each copy
 * its own. `redis`: a `RedisEntityStore` of `@ht/enricher-sdk/redis` shared by every copy, with its
 * option names (`keyPrefix`, `cacheSize`, `writeTimeoutMs`). Ids never depend on it (`entityId`): the store
 * holds the shared registry and merged attributes.
 *
 * @example
 * ```ts
 * entitiesConfigSchema.parse({ type: 'redis', url: 'redis://cache:6379' }).type; // 'redis'
 * ```
 */
export const entitiesConfigSchema = z.discriminatedUnion('type', [memory, redis], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `must be one of ${STORE_TYPES.join(', ')}; memory for each process its own, redis for one registry every enricher copy shares`
      : undefined,
});

/**
 * The `entities` section after defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig('ht.yaml');
 * const entities: EntitiesConfig = config.entities;
 * ```
 */
export type EntitiesConfig = z.output<typeof entitiesConfigSchema>;
