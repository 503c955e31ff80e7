import { describe, expect, it } from 'vitest';
import type { DeadLetter, RecordError } from '../src/index.js';
import { HtError, Job } from '../src/index.js';
import {
  MemorySink,
  MemorySource,
  VirtualClock,
  flushAsync,
  marbleSource,
  schedulerClock,
} from '../src/testing/index.js';
import { testScheduler } from './helpers.js';

describe('map', () => {
  it('emits one output per record in the frame it arrived, completes, and acks after the sink', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const input = cold('-a-b-c---|', { a: 1, b: 2, c: [3, 4] });
      const source = marbleSource<number>({ p0: input });
      const sink = new MemorySink<number>();
      const job = new Job({ name: 'map', clock: schedulerClock(ts) });
      job
        .source(source)
        .map((n) => n * 10)
        .to(sink);
      expectObservable(sink.values$).toBe('-x-y-(zw)|', { x: 10, y: 20, z: 30, w: 40 });
      expectObservable(source.acks$).toBe('-a-b-c-', { a: 'p0@0', b: 'p0@1', c: 'p0@2' });
      expectSubscriptions(input.subscriptions).toBe('^--------!');
      void job.start();
    });
  });

  it('fails the job with the record when the callback throws (policy fail), unsubscribing the source', () => {
    const ts = testScheduler();
    let job!: Job;
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const input = cold('-a-b-c-|', { a: 1, b: 2, c: 3 });
      const sink = new MemorySink<number>();
      job = new Job({ name: 'map-fail', clock: schedulerClock(ts) });
      job
        .source(marbleSource<number>({ p0: input }))
        .map((n) => {
          if (n === 2) throw new Error('two is bad');
          return n;
        })
        .to(sink);
      expectObservable(sink.values$).toBe('-x---', { x: 1 });
      expectSubscriptions(input.subscriptions).toBe('^--!');
      void job.start();
    });
    expect(job.status).toBe('failed');
    return job.done.then(
      () => expect.unreachable(),
      (e: unknown) => {
        expect(e).toBeInstanceOf(HtError);
        const err = e as HtError;
        expect(err.code).toBe('USER_FUNCTION_FAILED');
        expect(err.context).toEqual({ operator: 'map#1', record: 2 });
        expect((err.cause as Error).message).toBe('two is bad');
      },
    );
  });

  it('skips and reports failed records (policy skip), acknowledging them', () => {
    const ts = testScheduler();
    const reported: RecordError[] = [];
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<number>({ p0: cold('-a-b-|', { a: [1, 2, 3], b: 4 }) });
      const sink = new MemorySink<number>();
      const job = new Job({ name: 'map-skip', clock: schedulerClock(ts), errorPolicy: 'skip' });
      job.errors$.subscribe((e) => reported.push(e));
      job
        .source(source)
        .map((n) => {
          if (n % 2 === 0) throw new Error(`even ${n}`);
          return n;
        })
        .to(sink);
      expectObservable(sink.values$).toBe('-(xy)|', { x: 1, y: 3 });
      expectObservable(source.acks$).toBe('-a-b-', { a: 'p0@0', b: 'p0@1' });
      void job.start();
    });
    expect(reported.map((r) => r.record)).toEqual([2, 4]);
    expect(reported[0]?.operator).toBe('map#1');
  });

  it('routes failed records to the dead-letter output (policy dead-letter)', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<number>({ p0: cold('-a-b-|', { a: 1, b: 2 }) });
      const sink = new MemorySink<number>();
      const dlq = new MemorySink<DeadLetter>();
      const job = new Job({ name: 'map-dlq', clock: schedulerClock(ts) });
      job
        .source(source)
        .map(
          (n) => {
            if (n === 2) throw new Error('no');
            return n;
          },
          { name: 'risky', onError: 'dead-letter' },
        )
        .to(sink);
      job.deadLetters().to(dlq);
      expectObservable(sink.values$).toBe('-a---|', { a: 1 });
      expectObservable(dlq.values$).toBe('---d-|', {
        d: expect.objectContaining({ operator: 'risky', record: 2 }) as unknown as DeadLetter,
      });
      // The dead letter is acknowledged once the dead-letter sink has it.
      expectObservable(source.acks$).toBe('-a-b-', { a: 'p0@0', b: 'p0@1' });
      void job.start();
    });
  });

  it('rejects a dead-letter policy when nothing reads the dead letters', async () => {
    const job = new Job({ name: 'dlq-missing', errorPolicy: 'dead-letter' });
    job
      .source(marbleSource<number>({}))
      .map((n) => n)
      .to(new MemorySink());
    await expect(job.start()).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});

describe('filter', () => {
  it('drops records and acknowledges them at once, keeping order', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<number>({ p0: cold('-a-b-c---|', { a: 1, b: 2, c: [3, 4, 5] }) });
      const sink = new MemorySink<number>();
      const job = new Job({ name: 'filter', clock: schedulerClock(ts) });
      job
        .source(source)
        .filter((n) => n % 2 === 1)
        .to(sink);
      expectObservable(sink.values$).toBe('-a---(bc)|', { a: 1, b: 3, c: 5 });
      expectObservable(source.acks$).toBe('-a-b-c-', { a: 'p0@0', b: 'p0@1', c: 'p0@2' });
      void job.start();
    });
  });

  it('narrows the stream type with a type guard', () => {
    const job = new Job({ name: 'guard' });
    const sink = new MemorySink<string>();
    job
      .source(marbleSource<string | number>({}))
      .filter((v): v is string => typeof v === 'string')
      .map((s) => s.toUpperCase())
      .to(sink);
    expect(job.status).toBe('created');
  });
});

describe('flatMap', () => {
  it('emits zero or more outputs per record; a record is acknowledged after all its outputs', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<number>({ p0: cold('-a----b-c-|', { a: 2, b: 0, c: 1 }) });
      const sink = new MemorySink<string>();
      const job = new Job({ name: 'flatMap', clock: schedulerClock(ts) });
      job
        .source(source)
        .flatMap((n) => Array.from({ length: n }, (_, i) => `${n}.${i}`))
        .to(sink);
      expectObservable(sink.values$).toBe('-(xy)---z-|', { x: '2.0', y: '2.1', z: '1.0' });
      expectObservable(source.acks$).toBe('-a----b-c-', { a: 'p0@0', b: 'p0@1', c: 'p0@2' });
      void job.start();
    });
  });
});

describe('fan-out and union', () => {
  it('acknowledges a record only when every branch has written it', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: [1, 2, 3] }, batchSize: 1 });
    const fast = new MemorySink<number>({ name: 'fast' });
    const slow = new MemorySink<number>({ name: 'slow', latencyMs: 10, clock });
    const job = new Job({ name: 'fanout', clock });
    const numbers = job.source(source);
    numbers.to(fast);
    numbers.map((n) => n * 100).to(slow);
    await job.start();
    expect(fast.records).toEqual([1, 2, 3]);
    expect(slow.records).toEqual([]);
    expect(source.ackLog).toEqual([]);
    clock.advance(10);
    await flushAsync();
    expect(slow.records).toEqual([100, 200, 300]);
    expect(source.ackLog).toEqual([
      ['p0', 0],
      ['p0', 1],
      ['p0', 2],
    ]);
    await job.done;
    expect(job.status).toBe('finished');
  });

  it('merges streams; the watermark is the minimum over inputs', () => {
    const ts = testScheduler();
    const watermarks: number[] = [];
    ts.run(({ cold, expectObservable }) => {
      const left = marbleSource<number>({ p0: cold('-a---b-|', { a: 10, b: 30 }) }, 'left');
      const right = marbleSource<number>({ p0: cold('---c---|', { c: 20 }) }, 'right');
      const sink = new MemorySink<number>();
      const job = new Job({ name: 'union', clock: schedulerClock(ts) });
      job
        .source(left, { timestamp: (n) => n })
        .union(job.source(right, { timestamp: (n) => n }))
        .map((n) => {
          watermarks.push(job.metrics.operator('union#2')?.watermark ?? NaN);
          return n;
        })
        .to(sink);
      expectObservable(sink.values$).toBe('-a-c-b-|', { a: 10, b: 30, c: 20 });
      void job.start();
    });
    // After `a` only left has a watermark (right holds -∞); after `c` min(9, 19); after `b` min(29, 19).
    expect(watermarks).toEqual([-Infinity, 9, 19]);
  });
});

describe('stop', () => {
  it('unsubscribes the source and completes the sinks when the job stops', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const input = cold('-a-b-c-d-e-|', { a: 1, b: 2, c: 3, d: 4, e: 5 });
      const sink = new MemorySink<number>();
      const job = new Job({ name: 'stop', clock: schedulerClock(ts) });
      job.source(marbleSource<number>({ p0: input })).to(sink);
      expectObservable(sink.values$).toBe('-a-b|', { a: 1, b: 2 });
      expectSubscriptions(input.subscriptions).toBe('^---!');
      void job.start();
      ts.schedule(() => void job.stop(), 4);
    });
  });
});

describe('keyBy and timestamps', () => {
  it('routes records whose key or timestamp callback throws by the error policy', () => {
    const ts = testScheduler();
    const reported: unknown[] = [];
    ts.run(({ cold, expectObservable }) => {
      const source = marbleSource<{ id: number; k?: string; t?: number }>({
        p0: cold('-a-b-c-|', { a: { id: 1, k: 'x', t: 1 }, b: { id: 2, t: 2 }, c: { id: 3, k: 'y' } }),
      });
      const sink = new MemorySink<string>();
      const job = new Job({ name: 'keyBy', clock: schedulerClock(ts), errorPolicy: 'skip' });
      job.errors$.subscribe((e) => reported.push([e.operator, e.record]));
      job
        .source(source, {
          timestamp: (r) => {
            if (r.t === undefined) throw new Error('no time');
            return r.t;
          },
        })
        .keyBy((r) => {
          if (r.k === undefined) throw new Error('no key');
          return r.k;
        })
        .process<string>({ processElement: (r, ctx) => ctx.emit(`${ctx.key}:${r.id}`) })
        .to(sink);
      expectObservable(sink.values$).toBe('-a-----|', { a: 'x:1' });
      expectObservable(source.acks$).toBe('-a-b-c-', { a: 'p0@0', b: 'p0@1', c: 'p0@2' });
      void job.start();
    });
    expect(reported).toEqual([
      ['keyBy#1', { id: 2, t: 2 }],
      ['marble-source', { id: 3, k: 'y' }],
    ]);
  });
});
