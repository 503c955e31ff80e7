import { Job } from '@ht/stream-core';
import type { Sink } from '@ht/stream-core';
import { MemorySink, MemorySource, VirtualClock, runToCompletion } from '@ht/stream-core/testing';
import { map } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { groupTraces, spanEndTime } from '../../src/grouper/index.js';
import type { GrouperStats } from '../../src/grouper/index.js';
import { OpenQueue } from '../../src/grouper/OpenQueue.js';
import { OpenFragment, TraceState } from '../../src/grouper/TraceState.js';
import type { Span, Trace } from '../../src/index.js';
import { label, marbleJob, sp, testScheduler } from './helpers.js';

describe('groupTraces: memory cap', () => {
  it('emits the oldest open traces early (reason memory-cap) when it holds more than maxOpenSpans spans', () => {
    const ts = testScheduler();
    let stats!: GrouperStats;
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(
        ts,
        {
          p0: cold('-a-b-c-d-e-|', {
            a: sp('A', 'a1', 1),
            b: sp('B', 'b1', 2),
            c: sp('C', 'c1', 3),
            d: sp('D', 'd1', 4),
            e: sp('A', 'a2', 5), // A continues as fragment 1 (not late: it was cut, not closed by time)
          }),
        },
        { outOfOrdernessMs: 1_000 },
      );
      const sink = new MemorySink<Trace>();
      const grouped = groupTraces(spans, { gapMs: 100, maxSpansPerTrace: 2, maxOpenSpans: 3 });
      stats = grouped.stats;
      grouped.traces.to(sink);
      expectObservable(sink.values$.pipe(map(label))).toBe('-------a-b-(ecd|)', {
        a: 'A#0 memory-cap: a1',
        b: 'B#0 memory-cap: b1',
        c: 'C#0 end-of-input: c1',
        d: 'D#0 end-of-input: d1',
        e: 'A#1 end-of-input: a2',
      });
      void job.start();
    });
    expect(stats.snapshot().tracesEmitted['memory-cap']).toBe(2);
    expect(stats.snapshot().spansEmitted['memory-cap']).toBe(2);
    expect(stats.snapshot().lateSpans).toBe(0);
  });

  it('never drops a span nor stalls the source: every span leaves in exactly one fragment while memory stays under the cap', async () => {
    const clock = new VirtualClock(0);
    const input: Span[] = [];
    for (let i = 0; i < 400; i++) input.push(sp(`T${i % 100}`, `s${i}`, i));
    const source = new MemorySource<Span>({
      partitions: { p0: input.slice(0, 200), p1: input.slice(200) },
      batchSize: 8,
    });
    const job = new Job({ name: 'capped', clock });
    const grouped = groupTraces(
      job.source(source, { timestamp: spanEndTime, credits: 16, watermarks: { outOfOrdernessMs: 100_000 } }),
      { gapMs: 50_000, maxSpansPerTrace: 5, maxOpenSpans: 20 },
    );
    let peakOpen = 0;
    const written: Trace[] = [];
    const sink: Sink<Trace> = {
      name: 'watching',
      write(traces) {
        peakOpen = Math.max(peakOpen, grouped.stats.snapshot().openSpans);
        written.push(...traces);
      },
    };
    grouped.traces.to(sink);
    await runToCompletion(job, clock);
    const names = written.flatMap((t) => t.spans.map((s) => s.name)).sort();
    expect(names).toEqual(input.map((s) => s.name).sort());
    expect(peakOpen).toBeLessThanOrEqual(20);
    expect(grouped.stats.snapshot().tracesEmitted['memory-cap']).toBeGreaterThan(0);
    expect([source.acked.get('p0'), source.acked.get('p1')]).toEqual([199, 199]);
  });
});

describe('OpenQueue (the memory cap order)', () => {
  it('gives the oldest open fragment first and iterates in opening order, across removals and compactions', () => {
    const queue = new OpenQueue();
    const states: TraceState[] = [];
    let seq = 0;
    const open = (s: TraceState): void => {
      s.open = new OpenFragment(s.next++, 0, 0, false, 0);
      s.open.seq = ++seq;
      queue.push(s);
    };
    const close = (s: TraceState): void => {
      s.open = undefined;
      queue.closed();
    };
    for (let i = 0; i < 5_000; i++) {
      const s = new TraceState('t', `trace-${i}`);
      states.push(s);
      open(s);
    }
    // Close the first 3 000 and every other one after: enough dead entries to compact.
    states.forEach((s, i) => (i < 3_000 || i % 2 === 1 ? close(s) : undefined));
    open(states[0]!); // reopened: now the newest
    expect(queue.size).toBe(1_001);
    expect(queue.first()?.traceId).toBe('trace-3000');
    const order = [...queue].map((s) => s.traceId);
    expect(order).toHaveLength(1_001);
    expect(order.slice(0, 2)).toEqual(['trace-3000', 'trace-3002']);
    expect(order.at(-1)).toBe('trace-0');
  });
});
