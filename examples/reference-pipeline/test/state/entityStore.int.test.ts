import { isProvisionalEntity } from '@ht/enricher-sdk';
import { MemoryLogger } from '@ht/enricher-sdk/testing';
import { throwawayRedis } from '@ht/services';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { entityStoreOf } from '../../src/app/entityStore.js';
import { validateConfig } from '../../src/config/index.js';

// A private Redis: the test stops it (the shared one is never stopped).
const redisServer = await throwawayRedis();
afterAll(() => redisServer.destroy());

describe('entities with the Redis store (docs/configuration.md)', () => {
  it('registers under keyPrefix; while Redis is down answers at once with the computed entity, then registers it on the next sighting', async () => {
    await redisServer.start();
    // A write timeout far longer than the test: had the client queued commands while disconnected, the
    // registration during the outage would wait for it.
    const config = validateConfig(
      { entities: { type: 'redis', url: redisServer.url, keyPrefix: 'itest:', writeTimeoutMs: '10m' } },
      { source: 'test' },
    ).entities;
    const logger = new MemoryLogger();
    const { entities, close } = await entityStoreOf(config, { logger });
    try {
      const known = await entities.getOrCreate('acme', 'SERVICE', 'checkout');
      expect(isProvisionalEntity(known)).toBe(false);

      await redisServer.stop();
      const sightedAt = Date.now();
      const computed = await entities.getOrCreate('acme', 'SERVICE', 'payments');
      expect(Date.now() - sightedAt).toBeLessThan(60_000);
      expect(isProvisionalEntity(computed)).toBe(true);
      expect(
        logger.entries.some((e) => e.level === 'warn' && e.msg.includes('entity registration in Redis failed')),
      ).toBe(true);

      await redisServer.start();
      await expect
        .poll(async () => isProvisionalEntity(await entities.getOrCreate('acme', 'SERVICE', 'payments')), {
          timeout: 30_000,
          interval: 250,
        })
        .toBe(false);
      const listed = await entities.list('acme', 'SERVICE');
      expect(listed.map((e) => [e.name, e.id])).toEqual([
        ['checkout', known.id],
        ['payments', computed.id],
      ]);
      const raw = new Redis(redisServer.url);
      const keys = await raw.keys('*').finally(() => raw.disconnect());
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((k) => !k.startsWith('itest:'))).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
