import { Job, countAggregate, tumblingWindows } from '../src/index.js';
import type { SpanLike } from './harness.js';
import { CountingSink, arraySource, best, makeBatches, round } from './harness.js';

const SIZE_MS = 1_000;
const DELAY_MS = 100;

/** The hand-written baseline: a Map per window, a count per key, windows emitted as the watermark passes. */
function loopCount(batches: readonly SpanLike[][]): { windows: number; total: number } {
  const windows = new Map<number, Map<string, number>>();
  let maxTs = -Infinity;
  let emitted = 0;
  let total = 0;
  const emit = (start: number, counts: Map<string, number>): void => {
    for (const [key, count] of counts) {
      const row = { key, start, count };
      emitted++;
      total += row.count;
    }
  };
  for (const batch of batches) {
    for (const r of batch) {
      const t = r.startMs;
      const start = t - (t % SIZE_MS);
      let counts = windows.get(start);
      if (counts === undefined) windows.set(start, (counts = new Map()));
      counts.set(r.service, (counts.get(r.service) ?? 0) + 1);
      if (t > maxTs) maxTs = t;
    }
    const watermark = maxTs - DELAY_MS - 1;
    for (const [start, counts] of windows) {
      if (start + SIZE_MS - 1 > watermark) continue;
      emit(start, counts);
      windows.delete(start);
    }
  }
  for (const [start, counts] of windows) emit(start, counts);
  return { windows: emitted, total };
}

async function engineCount(batches: readonly SpanLike[][]): Promise<{ windows: number; total: number }> {
  let total = 0;
  const sink = new CountingSink<{ key: string; start: number; count: number }>();
  const write = sink.write.bind(sink);
  sink.write = (rows) => {
    for (const r of rows) total += r.count;
    write(rows);
  };
  const job = new Job({ name: 'bench-window-count' });
  job
    .source(arraySource(batches), { timestamp: (s) => s.startMs, watermarks: { outOfOrdernessMs: DELAY_MS } })
    .keyBy((s) => s.service)
    .window(tumblingWindows({ sizeMs: SIZE_MS }))
    .aggregate(countAggregate(), (count, w) => ({ key: w.key, start: w.start, count }))
    .to(sink);
  await job.start();
  await job.done;
  return { windows: sink.records, total };
}

/** Keyed tumbling-window count, 10k keys: engine vs hand-written loop, measured side by side. */
export async function windowCountBench(records: number, runs: number): Promise<Record<string, unknown>> {
  const batches = makeBatches(records, 10_000, 100);
  const loop = await best(runs, () => loopCount(batches));
  const engine = await best(runs, () => engineCount(batches));
  if (
    loop.result.total !== records ||
    engine.result.total !== records ||
    loop.result.windows !== engine.result.windows
  ) {
    throw new Error(`results differ: loop ${JSON.stringify(loop.result)} engine ${JSON.stringify(engine.result)}`);
  }
  const loopRate = records / loop.cpuSeconds;
  const engineRate = records / engine.cpuSeconds;
  return {
    benchmark: 'keyed-tumbling-window-count',
    records,
    keys: 10_000,
    windowResults: engine.result.windows,
    engineRecordsPerCpuSecond: round(engineRate),
    loopRecordsPerCpuSecond: round(loopRate),
    engineToLoopRatio: round(engineRate / loopRate),
    engineWallSeconds: round(engine.wallSeconds),
    targets: { ratioAtLeast: 0.5, recordsPerCpuSecondAtLeast: 1_000_000 },
    met: engineRate / loopRate >= 0.5 && engineRate >= 1_000_000,
  };
}
