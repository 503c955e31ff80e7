import { Redis } from 'ioredis';
import type { KeyedStateBackend } from '../src/index.js';
import { Job, MemoryStateBackend, valueState } from '../src/index.js';
import { RedisStateBackend } from '../src/redis/index.js';
import { CountingSink, arraySource, best, makeBatches, round } from './harness.js';

async function countPerKey(batches: ReturnType<typeof makeBatches>, backend: KeyedStateBackend): Promise<number> {
  const sink = new CountingSink<number>();
  const job = new Job({ name: 'bench-state', stateBackend: backend });
  job
    .source(arraySource(batches), { timestamp: (s) => s.startMs })
    .keyBy((s) => s.service)
    .process({
      state: { n: valueState<number>('n') },
      processElement(_s, ctx) {
        const n = (ctx.state.n.get() ?? 0) + 1;
        ctx.state.n.set(n);
        if (n % 100 === 0) ctx.emit(n);
      },
    })
    .to(sink);
  await job.start();
  await job.done;
  return sink.records;
}

/** A keyed counter in process-function state: Redis backend vs memory backend. */
export async function redisStateBench(records: number, runs: number): Promise<Record<string, unknown>> {
  const url = process.env['HT_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
  } catch (e) {
    client.disconnect();
    return { benchmark: 'redis-vs-memory-state', skipped: `no Redis at ${url}: ${(e as Error).message}` };
  }
  const batches = makeBatches(records, 10_000, 100);
  const prefix = `ht-bench-${process.pid}`;
  try {
    const memory = await best(runs, () => countPerKey(batches, new MemoryStateBackend()));
    let run = 0;
    const redis = await best(runs, () =>
      countPerKey(batches, new RedisStateBackend({ client, prefix: `${prefix}-${run++}`, maxCachedKeys: 0 })),
    );
    const memoryRate = records / memory.wallSeconds;
    const redisRate = records / redis.wallSeconds;
    return {
      benchmark: 'redis-vs-memory-state',
      records,
      keys: 10_000,
      note: 'wall-clock rates (Redis server CPU is another process); Redis cache disabled: every batch reads and writes its keys',
      memoryRecordsPerSecond: round(memoryRate),
      redisRecordsPerSecond: round(redisRate),
      redisToMemoryRatio: round(redisRate / memoryRate),
    };
  } finally {
    const keys = await client.keys(`${prefix}*`);
    for (let i = 0; i < keys.length; i += 1000) await client.del(...keys.slice(i, i + 1000));
    client.disconnect();
  }
}
