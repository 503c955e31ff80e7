import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { entityId, isProvisionalEntity } from '../../src/index.js';
import { MemoryEntityStore } from '../../src/host/index.js';
import { RedisEntityStore } from '../../src/redis/index.js';
import { MemoryLogger } from '../../src/testing/MemoryLogger.js';

const URL = process.env['HT_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('RedisEntityStore (real Redis)', () => {
  let redisA: Redis;
  let redisB: Redis;
  let prefix: string;

  beforeAll(() => {
    redisA = new Redis(URL, { maxRetriesPerRequest: 1 });
    redisB = new Redis(URL, { maxRetriesPerRequest: 1 });
  });

  afterEach(async () => {
    const keys = await redisA.keys(`${prefix}*`);
    if (keys.length > 0) await redisA.del(...keys);
  });

  afterAll(async () => {
    await redisA.quit();
    await redisB.quit();
  });

  const stores = (options = {}) => {
    prefix = `ht-test:${randomUUID()}:`;
    return [
      new RedisEntityStore(redisA, { keyPrefix: prefix, ...options }),
      new RedisEntityStore(redisB, { keyPrefix: prefix, ...options }),
    ] as const;
  };

  it('gives every instance the same id and merges attributes across instances', async () => {
    const [a, b] = stores();
    const fromA = await a.getOrCreate('acme', 'SERVICE', 'checkout', { env: 'prod' });
    const fromB = await b.getOrCreate('acme', 'SERVICE', 'checkout', { region: 'eu' });
    expect(fromB.id).toBe(fromA.id);
    expect(isProvisionalEntity(fromA)).toBe(false);
    expect(fromA.id).toBe(entityId('acme', 'SERVICE', 'checkout'));
    expect(fromA.id).toBe((await new MemoryEntityStore().getOrCreate('acme', 'SERVICE', 'checkout')).id);
    expect(fromB.attributes).toEqual({ env: 'prod', region: 'eu' });
    expect(await a.get('acme', 'SERVICE', fromA.id)).toMatchObject({ name: 'checkout', attributes: { env: 'prod' } });
    expect(await b.get('acme', 'SERVICE', fromA.id)).toEqual({
      id: fromA.id,
      tenantId: 'acme',
      type: 'SERVICE',
      name: 'checkout',
      attributes: { env: 'prod', region: 'eu' },
    });
    expect(await b.get('other', 'SERVICE', fromA.id)).toBeUndefined();
  });

  it('serves known entities from the local LRU and shares one registration among concurrent first sightings', async () => {
    const [a] = stores();
    const multi = vi.spyOn(redisA, 'multi');
    try {
      const all = await Promise.all(Array.from({ length: 50 }, () => a.getOrCreate('acme', 'API', 'GET /cart')));
      expect(new Set(all.map((e) => e.id)).size).toBe(1);
      expect(multi).toHaveBeenCalledTimes(1);
      await a.getOrCreate('acme', 'API', 'GET /cart');
      expect(multi).toHaveBeenCalledTimes(1);
      await a.getOrCreate('acme', 'API', 'GET /cart', { 'http.route': '/cart' });
      expect(multi).toHaveBeenCalledTimes(2);
    } finally {
      multi.mockRestore();
    }
  });

  it('lists a tenant’s entities of a type from any instance', async () => {
    const [a, b] = stores();
    await a.getOrCreate('acme', 'BACKEND', 'redis:6379');
    await b.getOrCreate('acme', 'BACKEND', 'postgres:orders');
    await b.getOrCreate('acme:eu', 'BACKEND', 'kafka:spans');
    expect((await a.list('acme', 'BACKEND')).map((e) => e.name)).toEqual(['postgres:orders', 'redis:6379']);
    expect((await a.list('acme:eu', 'BACKEND')).map((e) => e.name)).toEqual(['kafka:spans']);
  });

  it('keeps ids and enrichment going when Redis is unreachable', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    down.on('error', () => undefined);
    const logger = new MemoryLogger();
    prefix = `ht-test:${randomUUID()}:`;
    const store = new RedisEntityStore(down, { keyPrefix: prefix, logger, writeTimeoutMs: 200 });
    const entity = await store.getOrCreate('acme', 'SERVICE', 'cart', { env: 'prod' });
    expect(entity).toEqual({
      id: entityId('acme', 'SERVICE', 'cart'),
      tenantId: 'acme',
      type: 'SERVICE',
      name: 'cart',
      attributes: { env: 'prod' },
    });
    // Marked provisional, so callers that remember registered entities ask again next time.
    expect(isProvisionalEntity(entity)).toBe(true);
    expect(logger.entries[0]?.msg).toContain('entity registration in Redis failed');
    await expect(store.list('acme', 'SERVICE')).rejects.toThrow(/Redis entity store/);
    down.disconnect();
  });
});
