import { MemorySink } from '@ht/stream-core/testing';
import { map } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { GROUPER_REASON_KEY, groupTraces } from '../../src/grouper/index.js';
import type { Trace } from '../../src/index.js';
import { label, marbleJob, sp, testScheduler } from './helpers.js';

describe('groupTraces: the gap', () => {
  it('emits a trace once event time passes its newest span by the gap, and acknowledges its spans after the write', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, spans, source } = marbleJob(ts, {
        p0: cold('-a-b-c-d-----|', {
          a: sp('A', 'a1', 1),
          b: sp('A', 'a2', 5),
          c: sp('B', 'b1', 8),
          d: sp('X', 'x1', 30),
        }),
      });
      const sink = new MemorySink<Trace>();
      groupTraces(spans, { gapMs: 10 }).traces.to(sink);
      expectObservable(sink.values$.pipe(map(label))).toBe('-------(ab)--(x|)', {
        a: 'A#0 gap: a1,a2',
        b: 'B#0 gap: b1',
        x: 'X#0 end-of-input: x1',
      });
      // Positions are acknowledged once the traces holding their spans are written, not before.
      expectObservable(source.acks$).toBe('-------(abc)-d', { a: 'p0@0', b: 'p0@1', c: 'p0@2', d: 'p0@3' });
      void job.start();
    });
  });

  it('closes the open fragment at once when a span comes a gap after it; earlier spans join it, or leave alone when too early', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(
        ts,
        {
          p0: cold('-a-b-c-d-|', {
            a: sp('A', 'a1', 100),
            b: sp('A', 'a2', 110), // a gap after a1: A#0 leaves now, not when event time gets there
            c: sp('A', 'a3', 99), // earlier than A#1, within its duration limit: joins it
            d: sp('A', 'a4', 40), // the duration limit before A#1's newest span: a fragment of its own
          }),
        },
        { outOfOrdernessMs: 1_000 },
      );
      const sink = new MemorySink<Trace>();
      groupTraces(spans, { gapMs: 10, maxTraceDurationMs: 50 }).traces.to(sink);
      expectObservable(sink.values$.pipe(map(label))).toBe('---a---b-(c|)', {
        a: 'A#0 gap: a1',
        b: 'A#2 late: a4',
        c: 'A#1 end-of-input: a2,a3',
      });
      void job.start();
    });
  });
});

describe('groupTraces: limits', () => {
  it('emits a trace at maxSpansPerTrace; later spans continue as the next fragment', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(ts, {
        p0: cold('-a-b-c-|', { a: sp('A', 'a1', 1), b: sp('A', 'a2', 2), c: sp('A', 'a3', 3) }),
      });
      const sink = new MemorySink<Trace>();
      groupTraces(spans, { gapMs: 10, maxSpansPerTrace: 2 }).traces.to(sink);
      expectObservable(sink.values$.pipe(map(label))).toBe('---x---(y|)', {
        x: 'A#0 max-spans: a1,a2',
        y: 'A#1 end-of-input: a3',
      });
      void job.start();
    });
  });

  it('emits a trace at maxTraceDurationMs: when event time reaches it, or at once when a span would stretch past it', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(ts, {
        p0: cold('-a-b-c-d-e-|', {
          a: sp('A', 'a1', 1),
          b: sp('A', 'a2', 5),
          c: sp('A', 'a3', 9),
          d: sp('B', 'b1', 21), // watermark 20: A (from 1) reached its 10 ms limit at 11
          e: sp('B', 'b2', 31), // 21..31 would reach the limit: B#0 leaves at once
        }),
      });
      const sink = new MemorySink<Trace>();
      groupTraces(spans, { gapMs: 12, maxTraceDurationMs: 10 }).traces.to(sink);
      expectObservable(sink.values$.pipe(map(label))).toBe('-------a-b-(c|)', {
        a: 'A#0 max-duration: a1,a2,a3',
        b: 'B#0 max-duration: b1',
        c: 'B#1 end-of-input: b2',
      });
      void job.start();
    });
  });
});

describe('groupTraces: keys and output', () => {
  it('keys by tenant and trace id: one trace id in two tenants is two traces', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, spans } = marbleJob(ts, {
        p0: cold('-a-b-|', { a: sp('A', 'a1', 1, 'acme'), b: sp('A', 'a2', 2, 'acme') }),
        p1: cold('--c--|', { c: sp('A', 'c1', 1, 'globex:eu') }),
      });
      const sink = new MemorySink<Trace>();
      groupTraces(spans, { gapMs: 10 }).traces.to(sink);
      expectObservable(sink.values$.pipe(map(label))).toBe('-----(ab|)', {
        a: 'acme/A#0 end-of-input: a1,a2',
        b: 'globex:eu/A#0 end-of-input: c1',
      });
      void job.start();
    });
  });

  it('emits model traces: tenant and trace id from the spans, spans in arrival order, the reason as ht.grouper.reason', async () => {
    const ts = testScheduler();
    const sink = new MemorySink<Trace>();
    ts.run(({ cold }) => {
      const { job, spans } = marbleJob(ts, {
        p0: cold('-a-b-|', { a: sp('A', 'a2', 2, 'acme'), b: sp('A', 'a1', 1, 'acme') }),
      });
      groupTraces(spans).traces.to(sink);
      void job.start();
    });
    const [trace] = sink.records;
    expect(trace).toMatchObject({ tenantId: 'acme', traceId: '00000000000000000000000000000041', fragment: 0 });
    expect(trace!.spans.map((s) => s.name)).toEqual(['a2', 'a1']);
    expect(trace!.enriched.toObject()).toEqual({ [GROUPER_REASON_KEY]: 'end-of-input' });
    expect(trace!.entities).toEqual([]);
  });
});
