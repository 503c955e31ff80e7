import { describe, expect, it } from 'vitest';
import type { CheckpointOptions, Stream } from '../src/index.js';
import { Job, MemorySnapshotStore, countAggregate, tumblingWindows, valueState } from '../src/index.js';
import { MemorySink, MemorySource, VirtualClock, flushAsync } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec } from './helpers.js';

function countJob(
  source: MemorySource<Rec>,
  sink: MemorySink<string>,
  clock: VirtualClock,
  checkpoints: CheckpointOptions,
): Job {
  const job = new Job({ name: 'cp', clock, checkpoints });
  const spans: Stream<Rec> = job.source(source, { timestamp: (r) => r.t });
  spans
    .keyBy((r) => r.k)
    .window(tumblingWindows({ sizeMs: 100 }))
    .aggregate(countAggregate(), (n, w) => `${w.key}:${w.start}:${n}`, { name: 'counts' })
    .to(sink);
  return job;
}

const before = [rec('x', 1), rec('x', 2), rec('y', 3)];
const after = [rec('x', 4), rec('y', 150)];

describe('checkpoints', () => {
  it('release the acknowledgements held by window state once the snapshot is saved', async () => {
    const clock = new VirtualClock(0);
    const store = new MemorySnapshotStore();
    const source = new MemorySource<Rec>({ partitions: { p0: [] }, bounded: false, batchSize: 2 });
    const job = countJob(source, new MemorySink(), clock, { store, intervalMs: 60_000 });
    await job.start();
    source.push('p0', before);
    expect(source.ackLog).toEqual([]);
    const result = await job.checkpoint();
    expect(result.positions).toEqual({ 'memory-source': { p0: 2 } });
    expect(source.acked.get('p0')).toBe(2);
    const saved = await store.load('cp');
    expect(saved?.id).toBe(1);
    expect(saved?.operators['counts']).toEqual({
      watermark: 2,
      windows: [
        ['x', 0, 100, 2, 2, false, 2],
        ['y', 0, 100, 1, 1, false, 3],
      ],
    });
    await job.stop({ drain: 'discard' });
  });

  it('restore windows and source positions: a crashed-and-restarted run writes what one run would', async () => {
    const reference = new MemorySink<string>({ name: 'ref' });
    const refJob = countJob(
      new MemorySource({ partitions: { p0: [...before, ...after] } }),
      reference,
      new VirtualClock(0),
      { store: new MemorySnapshotStore() },
    );
    await refJob.start();
    await refJob.done;

    const clock = new VirtualClock(0);
    const store = new MemorySnapshotStore();
    const first = new MemorySource<Rec>({ partitions: { p0: [] }, bounded: false, batchSize: 2 });
    const out1 = new MemorySink<string>();
    const job1 = countJob(first, out1, clock, { store });
    await job1.start();
    first.push('p0', before);
    await job1.checkpoint();
    first.push('p0', after); // processed, but lost with the "crash" below
    await job1.stop({ drain: 'discard' });

    // A new process: same input, no acknowledgement knowledge; the snapshot says where to resume.
    const second = new MemorySource<Rec>({ partitions: { p0: [...before, ...after] } });
    const out2 = new MemorySink<string>();
    const job2 = countJob(second, out2, clock, { store });
    await job2.start();
    await job2.done;
    const deduplicated = new Map(
      [...out1.records, ...out2.records].map((r) => [r.split(':').slice(0, 2).join(':'), r]),
    );
    expect([...deduplicated.values()].sort()).toEqual([...reference.records].sort());
    expect(second.ackLog.at(-1)).toEqual(['p0', 4]);
  });

  it('copy operator state at the checkpoint: later records do not leak into the saved snapshot', async () => {
    const clock = new VirtualClock(0);
    const store = new MemorySnapshotStore();
    const source = new MemorySource<Rec>({ partitions: { p0: [] }, bounded: false });
    const job = new Job({ name: 'cp-copy', clock, checkpoints: { store } });
    job
      .source(source, { timestamp: (r) => r.t })
      .keyBy((r) => r.k)
      .window(tumblingWindows({ sizeMs: 100 }))
      .process((records) => [records.length], { name: 'all' })
      .to(new MemorySink());
    await job.start();
    source.push('p0', [rec('x', 1)]);
    const pending = job.checkpoint();
    source.push('p0', [rec('x', 2)]); // lands in the same accumulator before the save completes
    await pending;
    const saved = await store.load('cp-copy');
    expect(saved?.operators['all']).toMatchObject({ windows: [['x', 0, 100, [{ k: 'x', t: 1 }], 1, false, 1]] });
    await job.stop({ drain: 'discard' });
  });

  it('take checkpoints periodically on the clock', async () => {
    const clock = new VirtualClock(0);
    const store = new MemorySnapshotStore();
    const source = new MemorySource<Rec>({ partitions: { p0: before }, bounded: false });
    const job = countJob(source, new MemorySink(), clock, { store, intervalMs: 1_000 });
    await job.start();
    expect(await store.load('cp')).toBeUndefined();
    clock.advance(1_000);
    await flushAsync();
    expect((await store.load('cp'))?.id).toBe(1);
    clock.advance(1_000);
    await flushAsync();
    expect((await store.load('cp'))?.id).toBe(2);
    await job.stop({ drain: 'discard' });
  });

  it('drain "checkpoint" keeps open windows in the snapshot for the next run', async () => {
    const clock = new VirtualClock(0);
    const store = new MemorySnapshotStore();
    const out1 = new MemorySink<string>();
    const first = new MemorySource<Rec>({ partitions: { p0: before }, bounded: false });
    const job1 = countJob(first, out1, clock, { store });
    await job1.start();
    await job1.stop({ drain: 'checkpoint' });
    expect(out1.records).toEqual([]);
    expect(first.acked.get('p0')).toBe(2);

    const out2 = new MemorySink<string>();
    const job2 = countJob(new MemorySource<Rec>({ partitions: { p0: [...before, ...after] } }), out2, clock, {
      store,
    });
    await job2.start();
    await job2.done;
    expect(out2.records.sort()).toEqual(['x:0:3', 'y:0:1', 'y:100:1']);
  });

  it('hold process-function acknowledgements until a checkpoint when checkpointing', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource<Rec>({ partitions: { p0: before }, bounded: false });
    const job = new Job({ name: 'cp-process', clock, checkpoints: { store: new MemorySnapshotStore() } });
    job
      .source(source, { timestamp: (r) => r.t })
      .keyBy((r) => r.k)
      .process({
        state: { n: valueState<number>('n') },
        processElement(_r, ctx) {
          ctx.state.n.set((ctx.state.n.get() ?? 0) + 1);
        },
      })
      .to(new MemorySink());
    await job.start();
    expect(source.ackLog).toEqual([]);
    await job.checkpoint();
    expect(source.acked.get('p0')).toBe(2);
    await job.stop({ drain: 'discard' });
  });
});
