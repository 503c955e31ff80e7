import { Job } from '../src/index.js';
import type { SpanLike } from './harness.js';
import { CountingSink, arraySource, best, makeBatches, round } from './harness.js';

const project = (s: SpanLike): string => `${s.service}:${s.durationMs}`;

async function run(batches: readonly SpanLike[][], step: 'map' | 'mapAsync', maxInFlight: number): Promise<number> {
  const sink = new CountingSink<string>();
  const job = new Job({ name: `bench-${step}` });
  const spans = job.source(arraySource(batches));
  const out = step === 'map' ? spans.map(project) : spans.mapAsync((s) => Promise.resolve(project(s)), { maxInFlight });
  out.to(sink);
  await job.start();
  await job.done;
  return sink.records;
}

/**
 * The cost of the async step itself: `mapAsync` with a function whose promise is already resolved,
 * against `map` with the same function, at the default maxInFlight (100) and at 1000.
 */
export async function mapAsyncBench(records: number, runs: number): Promise<Record<string, unknown>> {
  const batches = makeBatches(records, 1_000, 100);
  const map = await best(runs, () => run(batches, 'map', 0));
  const async100 = await best(runs, () => run(batches, 'mapAsync', 100));
  const async1000 = await best(runs, () => run(batches, 'mapAsync', 1_000));
  for (const m of [async100, async1000]) {
    if (m.result !== map.result) throw new Error(`outputs differ: ${m.result} vs ${map.result}`);
  }
  const mapRate = records / map.cpuSeconds;
  const rate100 = records / async100.cpuSeconds;
  const rate1000 = records / async1000.cpuSeconds;
  return {
    benchmark: 'map-async-resolved-vs-map',
    records,
    mapRecordsPerCpuSecond: round(mapRate),
    mapAsyncRecordsPerCpuSecond: round(rate100),
    mapAsyncToMapRatio: round(rate100 / mapRate),
    mapAsyncMaxInFlight1000RecordsPerCpuSecond: round(rate1000),
    mapAsyncMaxInFlight1000ToMapRatio: round(rate1000 / mapRate),
  };
}
