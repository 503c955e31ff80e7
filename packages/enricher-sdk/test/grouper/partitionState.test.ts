import { Job, MemoryPartitionSnapshotStore } from '@ht/stream-core';
import { MemorySink, MemorySource, VirtualClock, flushAsync } from '@ht/stream-core/testing';
import { describe, expect, it } from 'vitest';
import { groupTraces, spanEndTime, TRACE_MESSAGE_KEY } from '../../src/grouper/index.js';
import type { Span, Trace } from '../../src/index.js';
import { label, sp } from './helpers.js';

/** A grouper job with state per input partition over `source`; copies share `store`. */
function copy(
  source: MemorySource<Span>,
  store: MemoryPartitionSnapshotStore,
  clock: VirtualClock,
  grouper: { maxOpenSpans?: number } = {},
): { job: Job; sink: MemorySink<Trace>; grouped: ReturnType<typeof groupTraces> } {
  const job = new Job({
    name: 'grouper-partitions',
    clock,
    partitionState: { store, intervalMs: 3_600_000, log: () => undefined },
  });
  const sink = new MemorySink<Trace>();
  const spans = job.source(source, { timestamp: spanEndTime, watermarks: { outOfOrdernessMs: 1_000 } });
  const grouped = groupTraces(spans, { gapMs: 10, maxSpansPerTrace: 3, ...grouper });
  grouped.traces.to(sink);
  return { job, sink, grouped };
}

const keyed = (partitions: Record<string, Span[]>, bounded = false): MemorySource<Span> =>
  new MemorySource<Span>({ partitions, bounded, batchSize: 1, messageKey: TRACE_MESSAGE_KEY });

describe('groupTraces: state per input partition', () => {
  it('a partition moved to another copy takes its open traces along: fragments come out whole and numbered on', async () => {
    const clock = new VirtualClock(0);
    const store = new MemoryPartitionSnapshotStore();
    const log = { p0: [sp('A', 'a1', 1), sp('A', 'a2', 2)], p1: [sp('B', 'b1', 3)] };
    const first = copy(keyed(log), store, clock);
    await first.job.start();
    await flushAsync();
    expect(first.grouped.stats.snapshot()).toMatchObject({ openTraces: 2, openSpans: 3 });
    await first.job.checkpointPartitions();
    await first.job.stop({ drain: 'discard' });
    expect(first.sink.records).toEqual([]);

    // The second copy reads the same topic further on, after the positions in the snapshots.
    const later = { p0: [...log.p0, sp('A', 'a3', 4), sp('A', 'a4', 5)], p1: [...log.p1, sp('B', 'b2', 6)] };
    const second = copy(keyed(later, true), store, clock);
    await second.job.start();
    await flushAsync();
    expect(second.sink.records.map(label).sort()).toEqual([
      'A#0 max-spans: a1,a2,a3',
      'A#1 end-of-input: a4',
      'B#0 end-of-input: b1,b2',
    ]);
  });

  it('the memory cap holds per partition: a full partition does not make another emit early', async () => {
    const clock = new VirtualClock(0);
    const source = keyed({
      p0: [sp('A', 'a1', 1), sp('B', 'b1', 2), sp('C', 'c1', 3)],
      p1: [sp('D', 'd1', 1)],
    });
    const { job, sink } = copy(source, new MemoryPartitionSnapshotStore(), clock, { maxOpenSpans: 3 });
    await job.start();
    await flushAsync();
    source.push('p0', [sp('E', 'e1', 4)]);
    await flushAsync();
    // p0 holds 4 spans past its cap of 3: its oldest trace leaves; p1's single span stays open.
    expect(sink.records.map(label)).toEqual(['A#0 memory-cap: a1']);
  });

  it('a revoked partition drops its open traces; spans of other partitions carry on', async () => {
    const clock = new VirtualClock(0);
    const source = keyed({ p0: [sp('A', 'a1', 1)], p1: [sp('B', 'b1', 2)] });
    const { job, sink, grouped } = copy(source, new MemoryPartitionSnapshotStore(), clock);
    await job.start();
    await flushAsync();
    source.revoke('p0');
    expect(grouped.stats.snapshot()).toMatchObject({ openTraces: 1, openSpans: 1 });
    source.end();
    await flushAsync();
    expect(sink.records.map(label)).toEqual(['B#0 end-of-input: b1']);
  });
});

/** The source's event-time settings of the grouper stage's kind: 1 s idle, then the clock when all idle. */
const FOLLOW_CLOCK = { outOfOrdernessMs: 0, idleTimeoutMs: 1_000, whenAllIdle: 'follow-clock' } as const;

/** A copy whose grouper cuts by the gap alone (1 s), on `watermarks`; copies share `store`. */
function gapCopy(
  source: MemorySource<Span>,
  store: MemoryPartitionSnapshotStore,
  clock: VirtualClock,
  watermarks: { outOfOrdernessMs: number; idleTimeoutMs: number; whenAllIdle?: 'follow-clock' },
): { job: Job; sink: MemorySink<Trace> } {
  const job = new Job({
    name: 'grouper-partitions',
    clock,
    partitionState: { store, intervalMs: 3_600_000, log: () => undefined },
  });
  const sink = new MemorySink<Trace>();
  const spans = job.source(source, { timestamp: spanEndTime, watermarks });
  groupTraces(spans, { gapMs: 1_000, idleTimeoutMs: Infinity }).traces.to(sink);
  return { job, sink };
}

describe('groupTraces: a watermark per input partition', () => {
  it('a partition moved while the job watermark followed the clock keeps its open traces open: the replayed span joins fragment 0', async () => {
    const clock = new VirtualClock(10_000);
    const store = new MemoryPartitionSnapshotStore();
    // Copy 1 holds A open on p0 (a1 at 10 000), snapshots it, and dies.
    const first = gapCopy(keyed({ p0: [sp('A', 'a1', 10_000)] }), store, clock, FOLLOW_CLOCK);
    await first.job.start();
    await flushAsync();
    await first.job.checkpointPartitions();
    await first.job.stop({ drain: 'discard' });

    // Copy 2 owns p1; while p0 waits to move, p1 goes quiet and the job's watermark follows the clock.
    const source = keyed({ p1: [sp('B', 'b1', 10_000)] });
    const second = gapCopy(source, store, clock, FOLLOW_CLOCK);
    await second.job.start();
    await flushAsync();
    for (let i = 0; i < 10; i++) clock.advance(1_000);
    expect(second.sink.records.map(label)).toEqual(['B#0 gap: b1']);

    // p0 arrives with a2 (500 ms after a1, within the gap) after the snapshot's position: restored, then replayed.
    source.push('p0', [sp('A', 'a1', 10_000), sp('A', 'a2', 10_500)]);
    await flushAsync();
    expect(second.sink.records.map(label)).toEqual(['B#0 gap: b1']); // A stays open: p0's event time is 10 500
    clock.advance(1_000); // p0 idle: it follows the clock, past a2 + the gap
    expect(second.sink.records.map(label)).toEqual(['B#0 gap: b1', 'A#0 gap: a1,a2']);
    await second.job.stop({ drain: 'discard' });
  });

  it('a partition does not wait for a slower one, and an idle one follows the others', async () => {
    const clock = new VirtualClock(0);
    const source = keyed({ p0: [sp('A', 'a1', 1_000)], p1: [sp('B', 'b1', 1_000)] });
    const { job, sink } = gapCopy(source, new MemoryPartitionSnapshotStore(), clock, {
      outOfOrdernessMs: 0,
      idleTimeoutMs: 1_000,
    });
    await job.start();
    await flushAsync();
    // p0 moves on to 5 000; the job's watermark (the minimum) stays at p1's 999, p0's passes A's gap.
    clock.advance(600);
    source.push('p0', [sp('C', 'c1', 5_000)]);
    await flushAsync();
    expect(sink.records.map(label)).toEqual(['A#0 gap: a1']);
    // p1 has been quiet for its idle timeout (p0 has not): it follows p0's event time, and B closes too.
    clock.advance(400);
    await flushAsync();
    expect(sink.records.map(label)).toEqual(['A#0 gap: a1', 'B#0 gap: b1']);
    await job.stop({ drain: 'discard' });
  });

  it("a restored partition's event time restarts from its snapshot: a span behind it is a follow-up, not a new fragment 0", async () => {
    const clock = new VirtualClock(0);
    const store = new MemoryPartitionSnapshotStore();
    const log = { p0: [sp('A', 'a1', 1_000), sp('B', 'b1', 4_000)] };
    const first = gapCopy(keyed(log), store, clock, FOLLOW_CLOCK);
    await first.job.start();
    await flushAsync();
    expect(first.sink.records.map(label)).toEqual(['A#0 gap: a1']); // p0 at 4 000: A's gap passed
    await first.job.checkpointPartitions();
    await first.job.stop({ drain: 'discard' });

    // The next copy reads p0 on from its snapshot, whose event time (3 999) it restarts from: a span of A
    // at 1 200 is behind it, a follow-up of the emitted fragment 0 (still remembered for the allowed
    // lateness), not a new fragment 0 as a partition starting from nothing would make it.
    const second = gapCopy(keyed({ p0: [...log.p0, sp('A', 'a2', 1_200)] }, true), store, clock, FOLLOW_CLOCK);
    await second.job.start();
    await flushAsync();
    expect(second.sink.records.map(label)).toEqual(['A#1 late: a2', 'B#0 end-of-input: b1']);
  });
});
