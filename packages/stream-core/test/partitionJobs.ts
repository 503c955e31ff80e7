import { expect } from 'vitest';
import { countAggregate, Job, MemoryPartitionSnapshotStore, OutputTag, tumblingWindows } from '../src/index.js';
import type { PartitionSnapshotStore, WindowAssigner } from '../src/index.js';
import { MemorySink, MemorySource, VirtualClock, flushAsync } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec } from './helpers.js';

/** A job counting each key's records per window, with state per input partition. */
export interface WindowCountJob {
  readonly job: Job;
  /** `key@start=count` per window fired. */
  readonly sink: MemorySink<string>;
  /** Records later than their window (there should be none). */
  readonly late: MemorySink<Rec>;
}

export function windowCountJob(options: {
  source: MemorySource<Rec>;
  store: PartitionSnapshotStore;
  clock: VirtualClock;
  assigner?: WindowAssigner;
  name?: string;
  log?: string[];
}): WindowCountJob {
  const sink = new MemorySink<string>();
  const late = new MemorySink<Rec>();
  const lateTag = new OutputTag<Rec>('late');
  const job = new Job({
    name: options.name ?? 'window-counts',
    clock: options.clock,
    partitionState: {
      store: options.store,
      intervalMs: 600_000,
      restoreTimeoutMs: 30_000,
      log: (line) => options.log?.push(line),
    },
  });
  const counts = job
    .source(options.source, { timestamp: (r) => r.t })
    .keyBy((r) => r.k, { messageKey: 'k' })
    .window(options.assigner ?? tumblingWindows({ sizeMs: 10 }))
    .lateData(lateTag)
    .aggregate(countAggregate<Rec>(), (n, w) => `${w.key}@${w.start}=${n}`, { name: 'count' });
  counts.to(sink);
  counts.sideOutput(lateTag).to(late);
  return { job, sink, late };
}

/** Polls (virtual time does not move) until `condition` holds: stores on disk or on the network take real time. */
export async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await flushAsync();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The input of {@link movePartition}: partition p0 moves, p1 stays with the first copy, p2 only in the second. */
export const MOVE_INPUT = {
  /** Read by the first copy before its checkpoint. */
  p0: [rec('x', 1), rec('x', 2), rec('y', 3)],
  p1: [rec('z', 4)],
  /** Read by the first copy after the checkpoint (so only its replay by the second counts). */
  p0AfterCheckpoint: [rec('x', 5)],
  /** The second copy's own partition, far ahead in event time: its job watermark passes p0's windows. */
  p2: [rec('c', 100)],
  /** p0's next record in the second copy: moves p0's own event time past its restored windows. */
  p0Later: [rec('x', 30)],
} as const;

/**
 * Runs a window count job whose partition p0 moves to a second copy: the first copy reads p0 and p1,
 * checkpoints, reads one more p0 record, loses p0 (revoke: its windows dropped) and ends with p1; the
 * second copy, whose own partition p2 already moved its watermark far ahead, is assigned p0, restores
 * its open windows and event time from the store, replays the record read after the checkpoint, and
 * fires p0's windows when p0's own event time passes them. Returns what each copy emitted, and what
 * the second had emitted before p0's event time moved.
 */
export async function movePartition(
  store: PartitionSnapshotStore,
  assigner?: WindowAssigner,
): Promise<{ first: string[]; second: string[]; beforeP0Moved: string[]; late: Rec[]; log: string[] }> {
  const log: string[] = [];
  const s1 = new MemorySource<Rec>({
    partitions: { p0: MOVE_INPUT.p0, p1: MOVE_INPUT.p1 },
    batchSize: 1,
    bounded: false,
    messageKey: 'k',
  });
  const first = windowCountJob({ source: s1, store, clock: new VirtualClock(0), assigner, name: 'moves', log });
  await first.job.start();
  await until(() => first.job.partitionStateStats?.missing === 2, 'the first copy assigned p0 and p1');
  await flushAsync();
  const checkpoint = await first.job.checkpointPartitions();
  expect(checkpoint.positions).toEqual({ p0: 2, p1: 0 });
  s1.push('p0', MOVE_INPUT.p0AfterCheckpoint);
  s1.revoke('p0');
  s1.end();
  await first.job.done;

  const s2 = new MemorySource<Rec>({
    partitions: { p2: MOVE_INPUT.p2 },
    batchSize: 1,
    bounded: false,
    messageKey: 'k',
  });
  const second = windowCountJob({ source: s2, store, clock: new VirtualClock(0), assigner, name: 'moves', log });
  await second.job.start();
  await until(() => second.job.partitionStateStats?.missing === 1, 'the second copy assigned p2');
  s2.push('p0', [...MOVE_INPUT.p0, ...MOVE_INPUT.p0AfterCheckpoint]);
  await until(() => second.job.partitionStateStats?.restored === 1, 'p0 restored by the second copy');
  await flushAsync();
  const beforeP0Moved = [...second.sink.records];
  s2.push('p0', MOVE_INPUT.p0Later);
  s2.end();
  await second.job.done;
  return {
    first: [...first.sink.records].sort(),
    second: [...second.sink.records].sort(),
    beforeP0Moved,
    late: [...first.late.records, ...second.late.records],
    log,
  };
}

/** What one copy that owns every partition from the start emits for {@link MOVE_INPUT} (sorted). */
export async function withoutMove(assigner?: WindowAssigner): Promise<string[]> {
  const source = new MemorySource<Rec>({
    partitions: {
      p0: [...MOVE_INPUT.p0, ...MOVE_INPUT.p0AfterCheckpoint, ...MOVE_INPUT.p0Later],
      p1: MOVE_INPUT.p1,
      p2: MOVE_INPUT.p2,
    },
    batchSize: 1,
    messageKey: 'k',
  });
  const { job, sink } = windowCountJob({
    source,
    store: new MemoryPartitionSnapshotStore(),
    clock: new VirtualClock(0),
    assigner,
    name: 'no-move',
  });
  await job.start();
  await job.done;
  return [...sink.records].sort();
}
