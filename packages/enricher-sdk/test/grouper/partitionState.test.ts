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
