import { Job } from '../src/index.js';
import type { SpanLike } from './harness.js';
import { CountingSink, arraySource, best, makeBatches, round } from './harness.js';

interface Slow {
  readonly service: string;
  readonly micros: number;
}

function loopChain(batches: readonly SpanLike[][]): number {
  let out = 0;
  for (const batch of batches) {
    const result: string[] = [];
    for (const s of batch) {
      const a: Slow = { service: s.service, micros: s.durationMs * 1000 };
      if (a.micros <= 500_000) continue;
      result.push(`${a.service}:${a.micros}`);
    }
    out += result.length;
  }
  return out;
}

async function engineChain(batches: readonly SpanLike[][]): Promise<number> {
  const sink = new CountingSink<string>();
  const job = new Job({ name: 'bench-stateless' });
  job
    .source(arraySource(batches))
    .map((s): Slow => ({ service: s.service, micros: s.durationMs * 1000 }))
    .filter((a) => a.micros > 500_000)
    .map((a) => `${a.service}:${a.micros}`)
    .to(sink);
  await job.start();
  await job.done;
  return sink.records;
}

/** map -> filter -> map: engine vs the same work in a loop. */
export async function statelessChainBench(records: number, runs: number): Promise<Record<string, unknown>> {
  const batches = makeBatches(records, 1_000, 100);
  const loop = await best(runs, () => loopChain(batches));
  const engine = await best(runs, () => engineChain(batches));
  if (loop.result !== engine.result) throw new Error(`outputs differ: ${loop.result} vs ${engine.result}`);
  const loopRate = records / loop.cpuSeconds;
  const engineRate = records / engine.cpuSeconds;
  return {
    benchmark: 'stateless-map-filter-map',
    records,
    outputs: engine.result,
    engineRecordsPerCpuSecond: round(engineRate),
    loopRecordsPerCpuSecond: round(loopRate),
    engineToLoopRatio: round(engineRate / loopRate),
  };
}
