import { HtError } from '@ht/stream-core/errors';
import type { Redis } from 'ioredis';
import type { Logger } from '../context/Logger.js';
import { noopLogger } from '../context/Logger.js';
import type { Entity, EntityType } from '../model/Entity.js';
import { entityId } from './entityId.js';
import type { EntityStore } from './EntityStore.js';
import { LruCache } from './LruCache.js';
import { addsSomething } from './MemoryEntityStore.js';
import { OutageLog } from './OutageLog.js';
import { markProvisionalEntity } from './provisionalEntity.js';

/**
 * Options of {@link RedisEntityStore}.
 *
 * @example
 * ```ts
 * new RedisEntityStore(redis, { keyPrefix: 'ht:prod:', cacheSize: 50_000, logger });
 * ```
 */
export interface RedisEntityStoreOptions {
  /** Prefix of every key the store writes. Default `ht:`. */
  readonly keyPrefix?: string;
  /** Entities kept in the local LRU. Default 10 000. */
  readonly cacheSize?: number;
  /** A registration slower than this returns the (deterministic) entity anyway and retries later. Default 1000. */
  readonly writeTimeoutMs?: number;
  /**
   * Told about registrations that failed (Redis down): enrichment goes on, ids stay correct. An outage's
   * first failure is logged at `warn`, further ones summed up at most every 10 s, the recovery at `info`.
   */
  readonly logger?: Logger;
}

const ATTRIBUTE = 'a:';

/**
 * An {@link EntityStore} in Redis, shared by every instance of a stage, with a local LRU so a known
 * entity costs no round trip. Each entity is a hash (`<prefix>entity:<id>`: id, tenant, type, name and
 * `a:<key>` attributes) plus membership in `<prefix>entities:<tenant>:<type>`.
 *
 * Ids come from {@link entityId}, not from Redis: Redis holds the shared registry and merged
 * attributes. So an unreachable Redis slows nothing and changes no id: the entity is returned as
 * computed locally (marked provisional: `isProvisionalEntity`), the failure is logged, and the next
 * sighting registers it again.
 *
 * The Redis connection is the caller's: `close()` leaves it open.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { RedisEntityStore } from '@ht/enricher-sdk/redis';
 * const entities = new RedisEntityStore(new Redis(process.env['HT_REDIS_URL'] ?? 'redis://127.0.0.1:6379'), { keyPrefix: 'ht:' });
 * ```
 */
export class RedisEntityStore implements EntityStore {
  private readonly prefix: string;
  private readonly cache: LruCache<string, Entity>;
  private readonly inFlight = new Map<string, Promise<Entity>>();
  private readonly writeTimeoutMs: number;
  private readonly outage: OutageLog;

  constructor(
    private readonly redis: Redis,
    options: RedisEntityStoreOptions = {},
  ) {
    this.prefix = options.keyPrefix ?? 'ht:';
    this.cache = new LruCache(options.cacheSize ?? 10_000);
    this.writeTimeoutMs = options.writeTimeoutMs ?? 1000;
    this.outage = new OutageLog(options.logger ?? noopLogger, 'entity registration in Redis');
  }

  getOrCreate(
    tenantId: string,
    type: EntityType,
    name: string,
    attributes: Readonly<Record<string, string>> = {},
  ): Promise<Entity> {
    const id = entityId(tenantId, type, name);
    const cached = this.cache.get(id);
    if (cached !== undefined && !addsSomething(cached.attributes, attributes)) return Promise.resolve(cached);
    const flight = this.inFlight.get(id);
    // Concurrent first sightings of one entity share one registration (unless they bring new attributes).
    if (flight !== undefined && Object.keys(attributes).length === 0) return flight;
    const registration = this.register({ id, tenantId, type, name, attributes }, cached).finally(() => {
      if (this.inFlight.get(id) === registration) this.inFlight.delete(id);
    });
    this.inFlight.set(id, registration);
    return registration;
  }

  async get(tenantId: string, type: EntityType, id: string): Promise<Entity | undefined> {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached.tenantId === tenantId && cached.type === type ? cached : undefined;
    const entity = fromHash(await this.call(() => this.redis.hgetall(this.entityKey(id))));
    return entity !== undefined && entity.tenantId === tenantId && entity.type === type ? entity : undefined;
  }

  async list(tenantId: string, type: EntityType): Promise<Entity[]> {
    const ids = await this.call(() => this.redis.smembers(this.indexKey(tenantId, type)));
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.entityKey(id));
    const replies = (await this.call(() => pipeline.exec())) ?? [];
    return replies
      .map(([, hash]) => fromHash(hash as Record<string, string>))
      .filter((e): e is Entity => e !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private async register(wanted: Entity, cached: Entity | undefined): Promise<Entity> {
    const local: Entity = { ...wanted, attributes: { ...cached?.attributes, ...wanted.attributes } };
    const key = this.entityKey(wanted.id);
    const fields: string[] = ['id', wanted.id, 'tenantId', wanted.tenantId, 'type', wanted.type, 'name', wanted.name];
    for (const [k, v] of Object.entries(wanted.attributes)) fields.push(`${ATTRIBUTE}${k}`, v);
    const write = this.redis
      .multi()
      .hset(key, ...fields)
      .sadd(this.indexKey(wanted.tenantId, wanted.type), wanted.id)
      .hgetall(key)
      .exec();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.writeTimeoutMs);
    });
    try {
      const result = await Promise.race([write, timeout]);
      if (result === 'timeout') throw new Error(`no answer within ${this.writeTimeoutMs} ms`);
      const [, , [error, hash] = []] = result ?? [];
      if (error) throw error;
      const merged = fromHash(hash as Record<string, string>) ?? local;
      this.cache.set(merged.id, Object.freeze({ ...merged, attributes: Object.freeze(merged.attributes) }));
      this.outage.succeeded();
      return merged;
    } catch (e) {
      write.catch(() => undefined);
      this.outage.failed(
        { err: e, entityId: wanted.id, type: wanted.type, name: wanted.name },
        'entity registration in Redis failed: using the computed id; it is registered again on the next sighting',
      );
      // Not cached here, and marked so that callers (entity-writes) do not remember it as registered.
      return markProvisionalEntity(local);
    } finally {
      clearTimeout(timer);
    }
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw new HtError('DEPENDENCY_UNAVAILABLE', `Redis entity store: ${(e as Error).message}`, {
        retriable: true,
        cause: e,
      });
    }
  }

  private entityKey(id: string): string {
    return `${this.prefix}entity:${id}`;
  }

  private indexKey(tenantId: string, type: EntityType): string {
    return `${this.prefix}entities:${encodeURIComponent(tenantId)}:${type}`;
  }
}

function fromHash(hash: Record<string, string> | null | undefined): Entity | undefined {
  if (!hash || hash['id'] === undefined) return undefined;
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(hash)) if (k.startsWith(ATTRIBUTE)) attributes[k.slice(ATTRIBUTE.length)] = v;
  return {
    id: hash['id'],
    tenantId: hash['tenantId'] ?? '',
    type: (hash['type'] ?? 'SERVICE') as EntityType,
    name: hash['name'] ?? '',
    attributes,
  };
}
