import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FilePartitionSnapshotStore,
  Job,
  MemoryPartitionSnapshotStore,
  MemoryStateBackend,
  sessionWindows,
  slidingWindows,
  valueState,
} from '../src/index.js';
import type { KeyedProcessFunction, KeyedStateBackend, PartitionSnapshot, WindowAssigner } from '../src/index.js';
import { MemorySink, MemorySource, VirtualClock, flushAsync } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec } from './helpers.js';
import { PartitionEventTime } from '../src/time/PartitionEventTime.js';
import { movePartition, until, windowCountJob, withoutMove } from './partitionJobs.js';

const state = { count: valueState<number>('count') };

/**
 * Counts each key's records; its first record sets an event-time timer 10 ms later (emits
 * `key=count@time`, clears the count) and a processing-time timer 1 s later (emits `key:clock@time`).
 */
const countUntilTimer: KeyedProcessFunction<string, Rec, string, typeof state> = {
  state,
  processElement(_r, ctx) {
    const n = (ctx.state.count.get() ?? 0) + 1;
    ctx.state.count.set(n);
    if (n > 1) return;
    ctx.timers.registerEventTimeTimer(ctx.timestamp + 10);
    ctx.timers.registerProcessingTimeTimer(ctx.timers.currentProcessingTime() + 1_000);
  },
  onTimer(time, ctx) {
    if (ctx.domain === 'processing-time') {
      ctx.emit(`${ctx.key}:clock@${time}`);
      return;
    }
    ctx.emit(`${ctx.key}=${ctx.state.count.get() ?? 0}@${time}`);
    ctx.state.count.clear();
  },
};

function processJob(options: {
  source: MemorySource<Rec>;
  store: MemoryPartitionSnapshotStore;
  clock: VirtualClock;
  stateBackend?: KeyedStateBackend;
  messageKey?: string;
}): { job: Job; sink: MemorySink<string> } {
  const sink = new MemorySink<string>();
  const job = new Job({
    name: 'timers',
    clock: options.clock,
    stateBackend: options.stateBackend,
    partitionState: { store: options.store, intervalMs: 600_000, log: () => undefined },
  });
  job
    .source(options.source, { timestamp: (r) => r.t })
    .keyBy((r) => r.k, options.messageKey === undefined ? {} : { messageKey: options.messageKey })
    .process(countUntilTimer, { name: 'count' })
    .to(sink);
  return { job, sink };
}

describe('windows with state per input partition', () => {
  it('snapshot each partition’s open windows and event time; a moved partition’s windows are restored before its records, fire on its own watermark, and count every record once', async () => {
    const store = new MemoryPartitionSnapshotStore();
    const moved = await movePartition(store);
    // The snapshot of p0: its open windows, and its own watermark (x@2 was its newest record then).
    const p0 = (await store.load('moves', 'p0')) as PartitionSnapshot;
    expect(p0.position).toBe(2);
    expect(p0.operators['count']).toEqual({
      watermark: 2,
      // [key, start, end, accumulator, records, fired, newest record time]
      windows: [
        ['x', 0, 10, 2, 2, false, 2],
        ['y', 0, 10, 1, 1, false, 3],
      ],
    });
    // The first copy dropped p0's windows when p0 was revoked: only p1's window came out there.
    expect(moved.first).toEqual(['z@0=1']);
    // In the second copy p2 had moved the job's watermark to 99, past p0's windows [0, 10): they were
    // restored, took x@5 (replayed: read after the checkpoint), and did not fire before p0's own event time
    // moved; nothing was late.
    expect(moved.beforeP0Moved).toEqual([]);
    expect(moved.late).toEqual([]);
    expect(moved.second).toEqual(['c@100=1', 'x@0=3', 'x@30=1', 'y@0=1']);
    expect([...moved.first, ...moved.second].sort()).toEqual(await withoutMove());
    expect(moved.log).toContainEqual(
      expect.stringMatching(/^restored 1 partition\(s\) of job "moves" from memory in .*: p0$/),
    );
  });

  it.each<[string, WindowAssigner]>([
    ['sliding', slidingWindows({ sizeMs: 10, slideMs: 5 })],
    ['session', sessionWindows({ gapMs: 10 })],
  ])('%s windows: the move emits what one copy owning every partition emits, nothing late', async (_kind, assigner) => {
    const moved = await movePartition(new MemoryPartitionSnapshotStore(), assigner);
    expect(moved.late).toEqual([]);
    const reference = await withoutMove(assigner);
    // A window that fired in the first copy after the checkpoint fires again in the second (at least once,
    // as after any move): the same result, never a different count.
    const emitted = [...moved.first, ...moved.second];
    expect([...new Set(emitted)].sort()).toEqual(reference);
    for (const result of emitted) expect(reference).toContain(result);
  });

  it('file store: the moved partition’s windows go through a snapshot file in a temporary directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's7-partitions-windows-'));
    try {
      const store = new FilePartitionSnapshotStore(dir);
      const moved = await movePartition(store);
      expect(moved.second).toEqual(['c@100=1', 'x@0=3', 'x@30=1', 'y@0=1']);
      expect([...moved.first, ...moved.second].sort()).toEqual(await withoutMove());
      expect(moved.log).toContainEqual(expect.stringContaining(`from file:${dir}`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('commit offsets only up to the last saved snapshot: a window open in it that fires afterwards is read again whole by a next owner', async () => {
    const source = new MemorySource<Rec>({
      partitions: { p0: [rec('x', 1), rec('x', 2)] },
      batchSize: 1,
      bounded: false,
      messageKey: 'k',
    });
    const { job, sink } = windowCountJob({
      source,
      store: new MemoryPartitionSnapshotStore(),
      clock: new VirtualClock(0),
    });
    await job.start();
    await flushAsync();
    await job.checkpointPartitions();
    expect(source.acked.get('p0')).toBe(1);
    // x@5 joins the window [0, 10) saved open at position 1; x@12 fires it. Its result is written, which
    // acknowledges x@5 (position 2), but the commit stays at 1: a next owner restoring the snapshot reads
    // x@5 again, and its window [0, 10) comes out with 3 records, not 2.
    source.push('p0', [rec('x', 5), rec('x', 12)]);
    await flushAsync();
    expect(sink.records).toEqual(['x@0=3']);
    expect(source.acked.get('p0')).toBe(1);
    await job.checkpointPartitions();
    expect(source.acked.get('p0')).toBe(3);
    // At the end of input every window fires: nothing is left for a next owner, the rest is committed.
    source.push('p0', [rec('x', 13)]);
    source.end();
    await job.done;
    expect(source.acked.get('p0')).toBe(4);
  });

  it('refuse a window whose key is not the message key, saying why', async () => {
    const source = new MemorySource<Rec>({ partitions: { p0: [rec('x', 1)] }, messageKey: 'tenant' });
    const { job } = windowCountJob({ source, store: new MemoryPartitionSnapshotStore(), clock: new VirtualClock(0) });
    await job.start().catch(() => undefined);
    await expect(job.done).rejects.toThrow(
      'operator "count" keeps its keyed state per input partition, which is only sound when its key is the Kafka message key',
    );
    await expect(job.done).rejects.toThrow('source "memory-source" is keyed by "tenant", keyBy "keyBy#1" keys by "k"');
  });
});

describe('keyed process functions with state per input partition', () => {
  it('snapshot state and timers per partition, drop them on revoke, restore them on assign before records flow; restored timers fire on the partition’s own watermark and on the clock', async () => {
    const store = new MemoryPartitionSnapshotStore();
    const clock1 = new VirtualClock(0);
    const s1 = new MemorySource<Rec>({
      partitions: { p0: [rec('a', 1), rec('a', 2)], p1: [rec('b', 3)] },
      batchSize: 1,
      bounded: false,
      messageKey: 'k',
    });
    const first = processJob({ source: s1, store, clock: clock1, messageKey: 'k' });
    await first.job.start();
    await flushAsync();
    await first.job.checkpointPartitions();
    const p0 = (await store.load('timers', 'p0')) as PartitionSnapshot;
    expect(p0.position).toBe(1);
    expect(p0.operators['count']).toEqual({
      state: { count: [['a', 2]] },
      eventTimers: [['a', 11]],
      processingTimers: [['a', 1_000]],
      watermark: 1,
    });

    // p0 reads one more record, then moves away: its state and both its timers go with it.
    s1.push('p0', [rec('a', 5)]);
    s1.revoke('p0');
    clock1.advance(1_000);
    s1.end();
    await first.job.done;
    expect(first.sink.records).toEqual(['b:clock@1000', 'b=1@13']);

    // The second copy: its own partition p2 takes the job's watermark to 99 first.
    const clock2 = new VirtualClock(0);
    const s2 = new MemorySource<Rec>({
      partitions: { p2: [rec('c', 100)] },
      batchSize: 1,
      bounded: false,
      messageKey: 'k',
    });
    const second = processJob({ source: s2, store, clock: clock2, messageKey: 'k' });
    await second.job.start();
    await flushAsync();
    s2.push('p0', [rec('a', 1), rec('a', 2), rec('a', 5)]);
    await until(() => second.job.partitionStateStats?.restored === 1, 'p0 restored');
    await flushAsync();
    // a's timer (11) is behind the job's watermark but not p0's own (4, from the replayed a@5): it waits.
    expect(second.sink.records).toEqual([]);
    s2.push('p0', [rec('q', 30)]);
    await flushAsync();
    // Restored state (2) plus the replayed record: every record counted once.
    expect(second.sink.records).toEqual(['a=3@11']);
    clock2.advance(999);
    expect(second.sink.records).toEqual(['a=3@11']);
    clock2.advance(1);
    // The restored processing-time timer fires at its time, with the second copy's own.
    expect(second.sink.records.slice(1).sort()).toEqual(['a:clock@1000', 'c:clock@1000', 'q:clock@1000']);
    s2.end();
    await second.job.done;
    expect(second.sink.records.slice(4).sort()).toEqual(['c=1@110', 'q=1@40']);
  });

  it('refuse a key that is not the message key, and a durable state backend, saying why', async () => {
    const source = (): MemorySource<Rec> =>
      new MemorySource<Rec>({ partitions: { p0: [rec('a', 1)] }, messageKey: 'k' });
    const store = new MemoryPartitionSnapshotStore();
    const noKey = processJob({ source: source(), store, clock: new VirtualClock(0) });
    await noKey.job.start().catch(() => undefined);
    await expect(noKey.job.done).rejects.toThrow(
      'operator "count" keeps its keyed state per input partition, which is only sound when its key is the Kafka message key',
    );

    const memory = new MemoryStateBackend();
    const durable: KeyedStateBackend = {
      open: (scope, clock) => Object.assign(memory.open(scope, clock), { durable: true }),
    };
    const shared = processJob({
      source: source(),
      store,
      clock: new VirtualClock(0),
      messageKey: 'k',
      stateBackend: durable,
    });
    await shared.job.start().catch(() => undefined);
    await expect(shared.job.done).rejects.toThrow(
      'operator "count" keeps its keyed state in a durable backend, which every copy of job "timers" shares',
    );
  });
});

describe('event time per partition of the built-in operators', () => {
  it('a restored partition restarts from its snapshot’s watermark, never moves backwards, and the watermark sent on never does either', () => {
    const time = new PartitionEventTime({ outOfOrdernessMs: 1 });
    const fired: string[] = [];
    const each = (p: string, w: number): void => void fired.push(`${p}:${w}`);
    time.observe('p2', 101, 0);
    expect(time.advance(99, 0, each)).toBe(99);
    // p0 arrives from another copy, its snapshot taken at watermark 41: it does not pull what was sent back.
    time.restore('p0', 41, 0);
    expect(time.advance(99, 0, each)).toBe(99);
    expect(time.of('p0')).toBe(41);
    // A replayed record older than the snapshot's watermark leaves it where it was.
    time.observe('p0', 30, 1);
    expect(time.advance(99, 1, each)).toBe(99);
    expect(time.of('p0')).toBe(41);
    time.observe('p0', 60, 2);
    time.advance(99, 2, each);
    expect(time.of('p0')).toBe(58);
    // The end of input reaches every partition.
    expect(time.advance(Infinity, 3, each)).toBe(Infinity);
    expect(fired.slice(-2)).toEqual(['p2:Infinity', 'p0:Infinity']);
    time.drop('p0');
    expect([...time.partitions()]).toEqual(['p2']);
  });
});
