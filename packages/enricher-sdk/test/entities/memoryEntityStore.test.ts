import { describe, expect, it } from 'vitest';
import { entityId } from '../../src/index.js';
import { MemoryEntityStore } from '../../src/host/index.js';
import { LruCache } from '../../src/entities/LruCache.js';

describe('entityId', () => {
  it('is a stable RFC 4122 v5 UUID of tenant, type and name', () => {
    const id = entityId('default', 'SERVICE', 'checkout');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entityId('default', 'SERVICE', 'checkout')).toBe(id);
    expect(entityId('acme', 'SERVICE', 'checkout')).not.toBe(id);
    expect(entityId('default', 'API', 'checkout')).not.toBe(id);
    // The separator keeps ('a', 'b:c') and ('a:b', 'c') apart.
    expect(entityId('a', 'SERVICE', 'b\u0000c')).not.toBe(entityId('a\u0000SERVICE', 'SERVICE', 'c'));
  });
});

describe('MemoryEntityStore', () => {
  it('gives the same id in every store instance and merges attributes', async () => {
    const a = new MemoryEntityStore();
    const b = new MemoryEntityStore();
    const first = await a.getOrCreate('default', 'BACKEND', 'postgres:orders', { 'db.system': 'postgresql' });
    const again = await a.getOrCreate('default', 'BACKEND', 'postgres:orders');
    expect(again).toBe(first);
    const merged = await a.getOrCreate('default', 'BACKEND', 'postgres:orders', { 'server.port': '5432' });
    expect(merged.attributes).toEqual({ 'db.system': 'postgresql', 'server.port': '5432' });
    expect((await b.getOrCreate('default', 'BACKEND', 'postgres:orders')).id).toBe(first.id);
    expect(await a.get('default', 'BACKEND', first.id)).toBe(merged);
    expect(await a.get('default', 'SERVICE', first.id)).toBeUndefined();
  });

  it('lists entities per tenant and type', async () => {
    const store = new MemoryEntityStore();
    await store.getOrCreate('t1', 'SERVICE', 'a');
    await store.getOrCreate('t1', 'SERVICE', 'b');
    await store.getOrCreate('t2', 'SERVICE', 'c');
    await store.getOrCreate('t1', 'API', 'GET /');
    expect((await store.list('t1', 'SERVICE')).map((e) => e.name)).toEqual(['a', 'b']);
    expect((await store.list('t2', 'API')).length).toBe(0);
    await store.close();
  });
});

describe('LruCache', () => {
  it('drops the least recently used entry past capacity', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.size).toBe(2);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
