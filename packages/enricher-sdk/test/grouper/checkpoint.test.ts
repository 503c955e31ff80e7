import { Job, MemorySnapshotStore } from '@ht/stream-core';
import { MemorySink, MemorySource, VirtualClock, flushAsync } from '@ht/stream-core/testing';
import { describe, expect, it } from 'vitest';
import { groupTraces, spanEndTime } from '../../src/grouper/index.js';
import { createResource, createSpan, spanToJson } from '../../src/index.js';
import type { Span, Trace } from '../../src/index.js';
import { label, sp } from './helpers.js';

const store = new MemorySnapshotStore();
const clock = new VirtualClock(0);

/** One run of the grouper job; runs share the snapshot store, and their sources the same log (as a topic). */
function run(source: MemorySource<Span>): {
  job: Job;
  sink: MemorySink<Trace>;
  grouped: ReturnType<typeof groupTraces>;
} {
  const job = new Job({ name: 'grouper-checkpoints', clock, checkpoints: { store, intervalMs: 3_600_000 } });
  const sink = new MemorySink<Trace>();
  const spans = job.source(source, { timestamp: spanEndTime, watermarks: { outOfOrdernessMs: 1_000 } });
  const grouped = groupTraces(spans, { gapMs: 10, maxSpansPerTrace: 2 });
  grouped.traces.to(sink);
  return { job, sink, grouped };
}

const rich = createSpan({
  ...sp('A', 'a3', 3),
  attributes: { 'http.route': '/cart/{id}', 'http.response.status_code': 200n, ratio: 0.5, tags: ['x', 'y'] },
  resource: createResource({ attributes: { 'service.name': 'cart' } }),
  enriched: { 'ht.service.name': 'cart' },
  receivedAtUnixNano: 1_700_000_000_000_000_001n,
});

describe('groupTraces: checkpoints', () => {
  it('keeps open fragments, fragment numbers and span contents across a restart from a checkpoint', async () => {
    const log = [sp('A', 'a1', 1), sp('A', 'a2', 2), rich, sp('B', 'b1', 4)];
    const source = new MemorySource<Span>({ partitions: { p0: [] }, bounded: false, batchSize: 1 });
    const first = run(source);
    await first.job.start();
    source.push('p0', log);
    await first.job.stop({ drain: 'checkpoint' });
    expect(first.sink.records.map(label)).toEqual(['A#0 max-spans: a1,a2']);
    // The checkpoint holds A#1 and B#0: every position is acknowledged.
    expect(source.acked.get('p0')).toBe(3);

    const replay = new MemorySource<Span>({ partitions: { p0: log }, bounded: false, batchSize: 1 });
    const second = run(replay);
    await second.job.start(); // resumes after the checkpoint's position
    expect(second.grouped.stats.snapshot()).toMatchObject({ openTraces: 2, openSpans: 2, trackedTraces: 2 });
    replay.push('p0', [sp('A', 'a4', 5)]);
    replay.end();
    await flushAsync();
    await second.job.done;
    expect(second.sink.records.map(label).sort()).toEqual(['A#1 max-spans: a3,a4', 'B#0 end-of-input: b1']);
    const restored = second.sink.records.find((t) => t.fragment === 1)?.spans[0];
    expect(restored && spanToJson(restored)).toEqual(spanToJson(rich));
    expect(replay.acked.get('p0')).toBe(4);
  });
});
