import { freePort } from '@ht/services';
import { MemoryEntityStore } from '@ht/enricher-sdk/host';
import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { entityStoreOf } from '../../src/app/entityStore.js';
import { validateConfig } from '../../src/config/index.js';

const entitiesOf = (entities: unknown): ReturnType<typeof validateConfig>['entities'] =>
  validateConfig({ entities }, { source: 'test' }).entities;

describe('entities → the enricher stage’s entity store', () => {
  it('memory by default: each process its own', async () => {
    const config = validateConfig({}, { source: 'test' }).entities;
    expect(config).toEqual({ type: 'memory' });
    const { entities, close } = await entityStoreOf(config);
    expect(entities).toBeInstanceOf(MemoryEntityStore);
    await close();
  });

  it('redis: the RedisEntityStore option names, with their defaults', () => {
    expect(entitiesOf({ type: 'redis' })).toEqual({
      type: 'redis',
      url: 'redis://127.0.0.1:6379',
      keyPrefix: 'ht:',
      cacheSize: 10_000,
      writeTimeoutMs: 1_000,
    });
    expect(entitiesOf({ type: 'redis', url: 'rediss://cache:6380', writeTimeoutMs: '250ms' })).toMatchObject({
      url: 'rediss://cache:6380',
      writeTimeoutMs: 250,
    });
  });

  it('a Redis that cannot be reached stops the stage at start, naming the key and the URL (password hidden)', async () => {
    const port = await freePort();
    const config = entitiesOf({ type: 'redis', url: `redis://:s3cret@127.0.0.1:${port}` });
    const error: unknown = await entityStoreOf(config).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isHtError(error, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain(`entities: Redis at redis://:***@127.0.0.1:${port}`);
    expect((error as Error).message).not.toContain('s3cret');
  });
});
