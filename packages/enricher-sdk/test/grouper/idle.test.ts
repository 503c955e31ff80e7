import { Job } from '@ht/stream-core';
import { MemorySink, MemorySource, VirtualClock, flushAsync } from '@ht/stream-core/testing';
import { describe, expect, it } from 'vitest';
import { groupTraces, spanEndTime } from '../../src/grouper/index.js';
import type { GrouperOptions } from '../../src/grouper/index.js';
import type { Span, Trace } from '../../src/index.js';
import { label, sp } from './helpers.js';

async function start(options: GrouperOptions): Promise<{
  clock: VirtualClock;
  source: MemorySource<Span>;
  sink: MemorySink<Trace>;
  grouped: ReturnType<typeof groupTraces>;
  job: Job;
}> {
  const clock = new VirtualClock(0);
  const source = new MemorySource<Span>({ partitions: { p0: [] }, bounded: false, batchSize: 1 });
  const job = new Job({ name: 'idle', clock });
  const sink = new MemorySink<Trace>();
  const grouped = groupTraces(job.source(source, { timestamp: spanEndTime }), options);
  grouped.traces.to(sink);
  await job.start();
  return { clock, source, sink, grouped, job };
}

describe('groupTraces: processing-time fallback', () => {
  it('emits a trace that received nothing for idleTimeoutMs of wall-clock time while event time stood still', async () => {
    const { clock, source, sink, grouped, job } = await start({ gapMs: 10, idleTimeoutMs: 1_000 });
    source.push('p0', [sp('A', 'a1', 1)]);
    clock.advance(600);
    source.push('p0', [sp('B', 'b1', 2)]);
    clock.advance(399);
    expect(sink.records).toEqual([]);
    clock.advance(1); // checked every 250 ms: A's 1 000 ms are up at the check at 1 000
    expect(sink.records.map(label)).toEqual(['A#0 idle: a1']);
    clock.advance(599);
    expect(sink.records).toHaveLength(1); // B's are up at 1 600, noticed at the next check
    clock.advance(151);
    expect(sink.records.map(label)).toEqual(['A#0 idle: a1', 'B#0 idle: b1']);
    // A span of A's session after that: a follow-up fragment, itself emitted by the fallback.
    source.push('p0', [sp('A', 'a2', 3)]);
    clock.advance(1_250);
    expect(sink.records.map(label).slice(2)).toEqual(['A#1 idle: a2']);
    expect(grouped.stats.snapshot()).toMatchObject({ lateSpans: 1, openTraces: 0 });
    source.end();
    await flushAsync();
    await job.done;
  });

  it('waits for event time alone when idleTimeoutMs is Infinity', async () => {
    const { clock, source, sink, job } = await start({ gapMs: 10, idleTimeoutMs: Infinity });
    source.push('p0', [sp('A', 'a1', 1)]);
    clock.advance(10_000_000);
    expect(sink.records).toEqual([]);
    expect(clock.pendingTimers).toBe(0);
    source.end();
    await flushAsync();
    await job.done;
    expect(sink.records.map(label)).toEqual(['A#0 end-of-input: a1']);
  });
});
