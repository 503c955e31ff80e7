import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { redisUrl, uniqueName } from './endpoints.js';

const redis = new Redis(redisUrl);
afterAll(() => redis.quit());

describe('Redis smoke (real server, ioredis)', () => {
  it('pings and runs a pipeline', async () => {
    expect(await redis.ping()).toBe('PONG');
    const prefix = uniqueName('smoke');
    const pipeline = redis.pipeline();
    for (let i = 0; i < 100; i++) pipeline.hset(`${prefix}:h`, `f${i}`, String(i));
    pipeline.hlen(`${prefix}:h`);
    pipeline.expire(`${prefix}:h`, 60);
    const results = await pipeline.exec();
    expect(results?.every(([err]) => err === null)).toBe(true);
    expect(results?.[100]?.[1]).toBe(100);
    expect(await redis.hget(`${prefix}:h`, 'f42')).toBe('42');
    await redis.del(`${prefix}:h`);
  });
});
