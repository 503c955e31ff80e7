import type { Observable } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import type { Stream, WindowInfo } from '../src/index.js';
import {
  Job,
  OutputTag,
  countAggregate,
  countTrigger,
  eventTimeTrigger,
  globalWindows,
  sessionWindows,
  slidingWindows,
  tumblingWindows,
} from '../src/index.js';
import { MemorySink, marbleSource, schedulerClock } from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec, testScheduler } from './helpers.js';

const label = (count: number, w: WindowInfo<string>): string => `${w.key}:${w.start}-${w.end}:${count}:${w.firing}`;

function setup(
  ts: TestScheduler,
  partitions: Record<string, Observable<Rec | Rec[]>>,
  watermarks: { outOfOrdernessMs?: number; idleTimeoutMs?: number } = {},
): { job: Job; spans: Stream<Rec>; source: ReturnType<typeof marbleSource<Rec>> } {
  const source = marbleSource<Rec>(partitions);
  const job = new Job({ name: 'windows', clock: schedulerClock(ts) });
  const spans = job.source(source, { timestamp: (r) => r.t, watermarks });
  return { job, spans, source };
}

describe('tumbling windows', () => {
  it('fire per key when the watermark passes their end, and acknowledge their records after the result', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, spans, source } = setup(ts, {
        p0: cold('-a-b-c-----d-----|', { a: rec('x', 1), b: rec('y', 5), c: rec('x', 12), d: rec('x', 25) }),
      });
      const sink = new MemorySink<string>();
      spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 10 }))
        .aggregate(countAggregate(), label)
        .to(sink);
      expectObservable(sink.values$).toBe('-----(xy)--z-----(w|)', {
        x: 'x:0-10:1:on-time',
        y: 'y:0-10:1:on-time',
        z: 'x:10-20:1:on-time',
        w: 'x:20-30:1:on-time',
      });
      // Each result acknowledges what its window held, as soon as the sink has it.
      expectObservable(source.acks$).toBe('-----(ab)--c-----d', { a: 'p0@0', b: 'p0@1', c: 'p0@2', d: 'p0@3' });
      void job.start();
    });
  });

  it('send records past the allowed lateness to the typed late output', () => {
    const ts = testScheduler();
    let job!: Job;
    ts.run(({ cold, expectObservable }) => {
      const setupResult = setup(ts, { p0: cold('-a-b-c-|', { a: rec('x', 12), b: rec('x', 3), c: rec('x', 15) }) });
      job = setupResult.job;
      const late = new OutputTag<Rec>('late');
      const sink = new MemorySink<string>({ name: 'counts' });
      const lateSink = new MemorySink<Rec>({ name: 'late' });
      const counts = setupResult.spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 10 }))
        .lateData(late)
        .aggregate(countAggregate(), label, { name: 'count' });
      counts.to(sink);
      counts.sideOutput(late).to(lateSink);
      expectObservable(sink.values$).toBe('-------(r|)', { r: 'x:10-20:2:on-time' });
      expectObservable(lateSink.values$).toBe('---l---|', { l: rec('x', 3) });
      // The late record is written at once, but its position waits for the earlier one held by the window.
      expectObservable(setupResult.source.acks$).toBe('-------(ab)', { a: 'p0@1', b: 'p0@2' });
      void job.start();
    });
    expect(job.metrics.operator('count')?.late).toBe(1);
  });

  it('keep windows for the allowed lateness: late records fire again, later ones are dropped and counted', () => {
    const ts = testScheduler();
    let job!: Job;
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, {
        p0: cold('-a-b-c-d-e-|', { a: rec('x', 1), b: rec('x', 15), c: rec('x', 2), d: rec('x', 30), e: rec('x', 4) }),
      });
      job = s.job;
      const sink = new MemorySink<string>();
      s.spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 10 }))
        .allowedLateness(10)
        .aggregate(countAggregate(), label, { name: 'count' })
        .to(sink);
      expectObservable(sink.values$).toBe('---a-b-c---(d|)', {
        a: 'x:0-10:1:on-time',
        b: 'x:0-10:2:late',
        c: 'x:10-20:1:on-time',
        d: 'x:30-40:1:on-time',
      });
      void job.start();
    });
    expect(job.metrics.operator('count')?.late).toBe(1);
    expect(job.metrics.operator('count')?.dropped).toBe(1);
  });

  it('fire early on processing time while the window is open', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, { p0: cold('-ab-c---|', { a: rec('x', 1), b: rec('x', 2), c: rec('x', 3) }) });
      const sink = new MemorySink<string>();
      s.spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 100 }))
        .trigger(eventTimeTrigger({ earlyEveryMs: 2 }))
        .aggregate(countAggregate(), label)
        .to(sink);
      expectObservable(sink.values$).toBe('---x--y-(z|)', {
        x: 'x:0-100:2:early',
        y: 'x:0-100:3:early',
        z: 'x:0-100:3:on-time',
      });
      void s.job.start();
    });
  });

  it('fire early every N records', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, { p0: cold('-abc-|', { a: rec('x', 1), b: rec('x', 2), c: rec('x', 3) }) });
      const sink = new MemorySink<string>();
      s.spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 100 }))
        .trigger(eventTimeTrigger({ earlyEveryCount: 2 }))
        .aggregate(countAggregate(), label)
        .to(sink);
      expectObservable(sink.values$).toBe('--x--(z|)', { x: 'x:0-100:2:early', z: 'x:0-100:3:on-time' });
      void s.job.start();
    });
  });
});

describe('watermarks across partitions', () => {
  const build = (ts: TestScheduler, cold: (m: string, v?: Record<string, Rec>) => Observable<Rec>, idle?: number) => {
    const s = setup(
      ts,
      { p0: cold('-a---b------|', { a: rec('x', 1), b: rec('x', 12) }), p1: cold('-------------|') },
      idle === undefined ? {} : { idleTimeoutMs: idle },
    );
    const sink = new MemorySink<string>();
    s.spans
      .keyBy((r) => r.k)
      .window(tumblingWindows({ sizeMs: 10 }))
      .aggregate(countAggregate(), label)
      .to(sink);
    return { ...s, sink };
  };

  it('hold event time at the slowest partition', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, sink } = build(ts, cold);
      expectObservable(sink.values$).toBe('-------------(ab|)', { a: 'x:0-10:1:on-time', b: 'x:10-20:1:on-time' });
      void job.start();
    });
  });

  it('stop waiting for a partition that has been idle for the idle timeout', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const { job, sink } = build(ts, cold, 4);
      expectObservable(sink.values$).toBe('-----a-------(b|)', { a: 'x:0-10:1:on-time', b: 'x:10-20:1:on-time' });
      void job.start();
    });
  });
});

describe('sliding windows', () => {
  it('count each record in every window that covers it', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, { p0: cold('-ab-|', { a: rec('x', 1), b: rec('x', 7) }) });
      const sink = new MemorySink<string>();
      s.spans
        .keyBy((r) => r.k)
        .window(slidingWindows({ sizeMs: 10, slideMs: 5 }))
        .aggregate(countAggregate(), label)
        .to(sink);
      expectObservable(sink.values$).toBe('--a-(bc|)', {
        a: 'x:-5-5:1:on-time',
        b: 'x:0-10:2:on-time',
        c: 'x:5-15:1:on-time',
      });
      void s.job.start();
    });
  });
});

describe('session windows', () => {
  it('merge sessions that a record bridges', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(
        ts,
        { p0: cold('-a-b-c-d-|', { a: rec('x', 1), b: rec('x', 10), c: rec('x', 5), d: rec('y', 2) }) },
        { outOfOrdernessMs: 20 },
      );
      const sink = new MemorySink<string>();
      s.spans
        .keyBy((r) => r.k)
        .window(sessionWindows({ gapMs: 5 }))
        .aggregate(countAggregate(), label)
        .to(sink);
      expectObservable(sink.values$).toBe('---------(yx|)', { y: 'y:2-7:1:on-time', x: 'x:1-15:3:on-time' });
      void s.job.start();
    });
  });

  it('close a session when the watermark passes its gap', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, { p0: cold('-a-b-c-|', { a: rec('x', 1), b: rec('x', 3), c: rec('y', 10) }) });
      const sink = new MemorySink<string>();
      s.spans
        .keyBy((r) => r.k)
        .window(sessionWindows({ gapMs: 3 }))
        .process((records, w) => [`${w.key}:${w.start}-${w.end}:${records.map((r) => r.t).join(',')}`])
        .to(sink);
      expectObservable(sink.values$).toBe('-----a-(b|)', { a: 'x:1-6:1,3', b: 'y:10-13:10' });
      void s.job.start();
    });
  });

  it('need a merge function for aggregates', () => {
    const job = new Job({ name: 'no-merge' });
    const keyed = job.source(marbleSource<Rec>({})).keyBy((r) => r.k);
    expect(() =>
      keyed.window(sessionWindows({ gapMs: 5 })).aggregate({
        createAccumulator: () => 0,
        add: (_v, a) => a + 1,
        getResult: (a) => a,
      }),
    ).toThrow(/merge/);
  });
});

describe('global windows', () => {
  it('fire and purge every N records with a count trigger, and flush the rest at the end', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, { p0: cold('-abc-|', { a: rec('x', 1), b: rec('x', 2), c: rec('x', 3) }) });
      const sink = new MemorySink<number>();
      s.spans
        .keyBy((r) => r.k)
        .window(globalWindows())
        .trigger(countTrigger(2))
        .aggregate(countAggregate())
        .to(sink);
      expectObservable(sink.values$).toBe('--x--(y|)', { x: 2, y: 1 });
      void s.job.start();
    });
  });
});

describe('window functions', () => {
  it('reduce keeps the input type', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, { p0: cold('-a-b-|', { a: rec('x', 1, 5), b: rec('x', 2, 9) }) });
      const sink = new MemorySink<Rec>();
      s.spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 10 }))
        .reduce((a, b) => ((a.v ?? 0) >= (b.v ?? 0) ? a : b))
        .to(sink);
      expectObservable(sink.values$).toBe('-----(m|)', { m: rec('x', 2, 9) });
      void s.job.start();
    });
  });

  it('skips a record whose aggregate callback throws (policy skip)', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, { p0: cold('-abc-|', { a: rec('x', 1, 1), b: rec('x', 2, -1), c: rec('x', 3, 2) }) });
      const sink = new MemorySink<number>();
      s.spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 10 }))
        .aggregate(
          {
            createAccumulator: () => 0,
            add: (r: Rec, acc: number) => {
              if ((r.v ?? 0) < 0) throw new Error('negative');
              return acc + (r.v ?? 0);
            },
            getResult: (acc) => acc,
          },
          { onError: 'skip' },
        )
        .to(sink);
      expectObservable(sink.values$).toBe('-----(s|)', { s: 3 });
      void s.job.start();
    });
  });
});

describe('stopping with open windows', () => {
  it('flush fires them', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const input = cold('-a-b------|', { a: rec('x', 1), b: rec('x', 2) });
      const s = setup(ts, { p0: input });
      const sink = new MemorySink<string>();
      s.spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 100 }))
        .aggregate(countAggregate(), label)
        .to(sink);
      expectObservable(sink.values$).toBe('-----(a|)', { a: 'x:0-100:2:on-time' });
      expectSubscriptions(input.subscriptions).toBe('^----!');
      void s.job.start();
      ts.schedule(() => void s.job.stop({ drain: 'flush' }), 5);
    });
  });

  it('discard leaves them unacknowledged, to be replayed', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const s = setup(ts, { p0: cold('-a-b------|', { a: rec('x', 1), b: rec('x', 2) }) });
      const sink = new MemorySink<string>();
      s.spans
        .keyBy((r) => r.k)
        .window(tumblingWindows({ sizeMs: 100 }))
        .aggregate(countAggregate(), label)
        .to(sink);
      expectObservable(sink.values$).toBe('-----|');
      expectObservable(s.source.acks$).toBe('------');
      void s.job.start();
      ts.schedule(() => void s.job.stop({ drain: 'discard' }), 5);
    });
  });
});
