import { Job } from '@ht/stream-core';
import { MemorySink, MemorySource, VirtualClock, runToCompletion } from '@ht/stream-core/testing';
import { map } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { groupTraces, spanEndTime } from '../../src/grouper/index.js';
import type { Span, Trace } from '../../src/index.js';
import { label, marbleJob, sp, testScheduler } from './helpers.js';

describe('groupTraces: late spans', () => {
  it('turns spans arriving after their trace was emitted into follow-up fragments 1, 2, … (reason late)', () => {
    const ts = testScheduler();
    let stats!: ReturnType<typeof groupTraces>['stats'];
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(ts, {
        p0: cold('-a-x-b-c-|', { a: sp('A', 'a1', 1), x: sp('X', 'x1', 20), b: sp('A', 'a2', 3), c: sp('A', 'a3', 5) }),
      });
      const sink = new MemorySink<Trace>();
      const grouped = groupTraces(spans, { gapMs: 10, allowedLatenessMs: 50 });
      stats = grouped.stats;
      grouped.traces.to(sink);
      expectObservable(sink.values$.pipe(map(label))).toBe('---a-b-c-(x|)', {
        a: 'A#0 gap: a1',
        b: 'A#1 late: a2',
        c: 'A#2 late: a3',
        x: 'X#0 end-of-input: x1',
      });
      void job.start();
    });
    expect(stats.snapshot()).toMatchObject({ lateSpans: 2, tooLateSpans: 0, openTraces: 0, trackedTraces: 0 });
    expect(stats.snapshot().tracesEmitted).toMatchObject({ gap: 1, late: 2, 'end-of-input': 1 });
  });

  it('does not call a trace that resumes after its gap late: it continues as the next fragment', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(ts, {
        p0: cold('-a-x-b-|', { a: sp('A', 'a1', 1), x: sp('X', 'x1', 15), b: sp('A', 'a2', 16) }),
      });
      const sink = new MemorySink<Trace>();
      groupTraces(spans, { gapMs: 10 }).traces.to(sink);
      expectObservable(sink.values$.pipe(map(label))).toBe('---a---(xb|)', {
        a: 'A#0 gap: a1',
        x: 'X#0 end-of-input: x1',
        b: 'A#1 end-of-input: a2',
      });
      void job.start();
    });
  });

  it('sends spans past the allowed lateness (their trace forgotten, or never seen) to lateSpans', () => {
    const ts = testScheduler();
    let stats!: ReturnType<typeof groupTraces>['stats'];
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(ts, {
        p0: cold('-a-x-b-c-|', { a: sp('A', 'a1', 1), x: sp('X', 'x1', 40), b: sp('A', 'a2', 2), c: sp('B', 'b1', 3) }),
      });
      const sink = new MemorySink<Trace>({ name: 'traces' });
      const lateSink = new MemorySink<Span>({ name: 'late' });
      const grouped = groupTraces(spans, { gapMs: 10, allowedLatenessMs: 5 });
      stats = grouped.stats;
      grouped.traces.to(sink);
      grouped.lateSpans.to(lateSink);
      expectObservable(sink.values$.pipe(map(label))).toBe('---a-----(x|)', {
        a: 'A#0 gap: a1',
        x: 'X#0 end-of-input: x1',
      });
      expectObservable(lateSink.values$.pipe(map((s) => s.name))).toBe('-----b-c-|', { b: 'a2', c: 'b1' });
      void job.start();
    });
    expect(stats.snapshot()).toMatchObject({ tooLateSpans: 2, lateSpans: 0 });
  });

  it('drops and counts spans past the allowed lateness when nothing reads lateSpans, and still acknowledges them', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource<Span>({
      partitions: { p0: [sp('A', 'a1', 1), sp('X', 'x1', 40), sp('A', 'a2', 2)] },
      batchSize: 1,
    });
    const job = new Job({ name: 'unread-late', clock });
    const sink = new MemorySink<Trace>();
    groupTraces(job.source(source, { timestamp: spanEndTime }), { gapMs: 10, allowedLatenessMs: 5 }).traces.to(sink);
    await runToCompletion(job, clock);
    expect(sink.records.map(label)).toEqual(['A#0 gap: a1', 'X#0 end-of-input: x1']);
    expect(job.metrics.operator('grouper')).toMatchObject({ late: 1, dropped: 1, recordsIn: 3, recordsOut: 2 });
    expect(source.acked.get('p0')).toBe(2);
  });

  it('starts the numbering over at 0 for a span past the state it would have left (deterministic on replay)', () => {
    const ts = testScheduler();
    let stats!: ReturnType<typeof groupTraces>['stats'];
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(
        ts,
        { p0: cold('-a-b-|', { a: sp('A', 'a1', 1), b: sp('A', 'a2', 30) }) },
        { outOfOrdernessMs: 1_000 },
      );
      const sink = new MemorySink<Trace>();
      const grouped = groupTraces(spans, { gapMs: 10, allowedLatenessMs: 5 });
      stats = grouped.stats;
      grouped.traces.to(sink);
      // a2 is past a1 + gap + lateness: a run whose watermark had moved on would have forgotten A.
      expectObservable(sink.values$.pipe(map(label))).toBe('---a-(b|)', {
        a: 'A#0 gap: a1',
        b: 'A#0 end-of-input: a2',
      });
      void job.start();
    });
    expect(stats.snapshot().restartedTraces).toBe(1);
  });
});
