import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../src/index.js';
import { Job, systemClock, valueState } from '../src/index.js';
import { RedisSnapshotStore, RedisStateBackend } from '../src/redis/index.js';
import { createStateHandles } from '../src/state/StateHandles.js';
import { MemorySink, MemorySource } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec } from './helpers.js';

const url = process.env['HT_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const prefix = `ht-test-${process.pid}-${Date.now()}`;
let client: Redis;

beforeAll(async () => {
  client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
});

afterAll(async () => {
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(...keys);
  client.disconnect();
});

function countingJob(name: string, source: MemorySource<Rec>, sink: MemorySink<string>): Job {
  const job = new Job({ name, stateBackend: new RedisStateBackend({ client, prefix }) });
  job
    .source(source, { timestamp: (r) => r.t })
    .keyBy((r) => r.k)
    .process(
      {
        state: { count: valueState<number>('count') },
        processElement(_r, ctx) {
          const n = (ctx.state.count.get() ?? 0) + 1;
          ctx.state.count.set(n);
          ctx.emit(`${ctx.key}=${n}`);
        },
      },
      { name: 'counter' },
    )
    .to(sink);
  return job;
}

describe('Redis state backend (real Redis)', () => {
  it('keeps keyed state in Redis, namespaced per job and operator, across job runs', async () => {
    const sink1 = new MemorySink<string>();
    const job1 = countingJob(
      'redis-counts',
      new MemorySource({ partitions: { p0: [rec('a', 1), rec('b', 2), rec('a', 3)] }, batchSize: 2 }),
      sink1,
    );
    await job1.start();
    await job1.done;
    expect(sink1.records).toEqual(['a=1', 'b=1', 'a=2']);
    expect(await client.get(`${prefix}:redis-counts:counter:count:s:a`)).toBe('2');

    // A new run (another process, or a copy that took the partition over) continues from Redis.
    const sink2 = new MemorySink<string>();
    const job2 = countingJob('redis-counts', new MemorySource({ partitions: { p0: [rec('a', 4)] } }), sink2);
    await job2.start();
    await job2.done;
    expect(sink2.records).toEqual(['a=3']);

    // Another job name is another namespace.
    const sink3 = new MemorySink<string>();
    const job3 = countingJob('other-job', new MemorySource({ partitions: { p0: [rec('a', 5)] } }), sink3);
    await job3.start();
    await job3.done;
    expect(sink3.records).toEqual(['a=1']);
  });

  it('acknowledges a record only after its state changes are written', async () => {
    const source = new MemorySource({ partitions: { p0: [rec('x', 1), rec('y', 2)] }, batchSize: 1 });
    const job = countingJob('redis-acks', source, new MemorySink());
    await job.start();
    // The memory sink is synchronous; the acks can only come after the Redis round trips.
    expect(source.ackLog).toEqual([]);
    await job.done;
    expect(source.acked.get('p0')).toBe(1);
  });

  it('writes TTLs as Redis expiries and drops cleared state', async () => {
    const backend = new RedisStateBackend({ client, prefix });
    const store = backend.open({ job: 'ttl', operator: 'op' }, systemClock);
    const cursor = { key: 'k' as string | number };
    const s = createStateHandles(
      { short: valueState<string>('short', { ttlMs: 80 }), keep: valueState<number>('keep') },
      store,
      cursor,
    );
    await store.prefetch(['k']);
    s.short.set('soon gone');
    s.keep.set(7);
    await store.persist();
    const pttl = await client.pttl(`${prefix}:ttl:op:short:s:k`);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(80);
    await new Promise((r) => setTimeout(r, 120));

    const fresh = backend.open({ job: 'ttl', operator: 'op' }, systemClock);
    const f = createStateHandles(
      { short: valueState<string>('short', { ttlMs: 80 }), keep: valueState<number>('keep') },
      fresh,
      cursor,
    );
    await fresh.prefetch(['k']);
    expect(f.short.get()).toBeUndefined();
    expect(f.keep.get()).toBe(7);
    f.keep.clear();
    await fresh.persist();
    expect(await client.exists(`${prefix}:ttl:op:keep:s:k`)).toBe(0);
  });

  it('stores snapshots whole', async () => {
    const store = new RedisSnapshotStore({ client, prefix });
    expect(await store.load('snap-job')).toBeUndefined();
    const snapshot: Snapshot = {
      version: 1,
      job: 'snap-job',
      id: 3,
      takenAt: 1,
      sources: { s: { positions: { '0': 41 }, watermarks: { emitted: 10, maxTimestamps: { '0': 11 } } } },
      operators: { w: { big: 12345678901234567890n } },
    };
    await store.save(snapshot);
    expect(await store.load('snap-job')).toEqual(snapshot);
  });
});
