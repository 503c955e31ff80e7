import type { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { Clock, ErrorPolicy, MapAsyncOptions } from '../src/index.js';
import { HtError, MemoryStateBackend, OperatorMetrics } from '../src/index.js';
import type { Batch, CheckpointParticipant, OperatorContext } from '../src/operator/index.js';
import { END_OF_TIME, NO_WATERMARK } from '../src/operator/index.js';
import { asyncStepSettings, mapAsyncOperator } from '../src/operators/mapAsync.js';
import { rejectAfter, resolveAfter, schedulerClock } from '../src/testing/index.js';
import { testScheduler } from './helpers.js';

/** A batch of records (no tokens, no keys) and the watermark after them. */
function batch<T>(values: T[], watermark: number, times: number[] = values.map(() => 0)): Batch<T> {
  return { values, times, tokens: values.map(() => null), keys: undefined, watermark, idle: false };
}

/** What the operator under test was given by its (fake) job. */
interface Harness {
  readonly ctx: OperatorContext;
  readonly failures: { record: unknown; error: unknown }[];
  readonly participants: CheckpointParticipant[];
  readonly throttles: boolean[];
}

/** An operator context with the job's error-policy semantics, without a job. */
function harness(clock: Clock, policy: ErrorPolicy = 'skip'): Harness {
  const failures: Harness['failures'] = [];
  const participants: CheckpointParticipant[] = [];
  const throttles: boolean[] = [];
  const ctx: OperatorContext = {
    job: 'test',
    name: 'async',
    clock,
    metrics: new OperatorMetrics('test', 'async', 'operator'),
    policy,
    checkpointing: false,
    stateBackend: new MemoryStateBackend(),
    recordFailed: (error, record) => {
      if (policy === 'fail') throw new HtError('USER_FUNCTION_FAILED', 'failed', { cause: error });
      failures.push({ record, error });
    },
    sideOutput: () => {
      throw new Error('no side outputs here');
    },
    registerParticipant: (p) => participants.push(p),
    registerPartitionedParticipant: () => {
      throw new Error('no per-partition state here');
    },
    throttleSources: (on) => throttles.push(on),
  };
  return { ctx, failures, participants, throttles };
}

function step<T, U>(
  h: Harness,
  input: Observable<Batch<T>>,
  fn: (value: T) => PromiseLike<U> | U,
  options: MapAsyncOptions = {},
): Observable<Batch<U>> {
  return mapAsyncOperator(fn, asyncStepSettings(options))(h.ctx, input);
}

describe('mapAsync (marbles)', () => {
  it('ordered: results leave in input order once the slow ones arrive; completes after the last result', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const clock = schedulerClock(ts);
      const input = cold('a 9ms b 9ms c 9ms |', {
        a: batch([15, 2], 0),
        b: batch([5], 9),
        c: batch<number>([], 25),
      });
      const out = step(harness(clock), input, (n) => resolveAfter(clock, n, `r${n}`));
      expectObservable(out).toBe('15ms (xy) 1ms z 9ms |', {
        x: batch(['r15', 'r2'], 0),
        y: batch(['r5'], 9),
        z: batch<string>([], 25),
      });
      expectSubscriptions(input.subscriptions).toBe('^ 29ms !');
    });
  });

  it('unordered: results leave as they settle, within their watermark segment', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      const input = cold('a 9ms b 9ms c 9ms |', {
        a: batch([15, 2], 0),
        b: batch([5], 9),
        c: batch<number>([], 25),
      });
      const out = step(harness(clock), input, (n) => resolveAfter(clock, n, `r${n}`), { ordered: false });
      expectObservable(out).toBe('2ms a 12ms (bc) 1ms d 9ms |', {
        a: batch(['r2'], NO_WATERMARK),
        b: batch(['r15'], 0),
        c: batch(['r5'], 9),
        d: batch<string>([], 25),
      });
    });
  });

  it('unordered: a fast record never overtakes a watermark that preceded it, nor the watermark a slow record', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      // 20 (slow) then watermark 5, then 1 (fast) and watermark 6: 1 waits for 20 and watermark 5.
      const input = cold('ab 8ms c', { a: batch([20], 5), b: batch([1], 6), c: batch<number>([], 7) });
      const out = step(harness(clock), input, (n) => resolveAfter(clock, n, n * 10), { ordered: false });
      // 10 waits for 200 (and watermark 5, which 7 then supersedes in the same batch).
      expectObservable(out).toBe('20ms a', { a: batch([200, 10], 7) });
    });
  });

  it('keeps each record’s event time and token with its result', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      const input = cold('a', { a: batch([3, 1], 1, [100, 200]) });
      const out = step(harness(clock), input, (n) => resolveAfter(clock, n, n), { ordered: false });
      expectObservable(out).toBe('-a-b', {
        a: batch([1], NO_WATERMARK, [200]),
        b: batch([3], 1, [100]),
      });
    });
  });

  it('plain (synchronous) results pass in the batch they arrived with', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      const input = cold('a-b|', { a: batch([1, 2], 0), b: batch([3], END_OF_TIME) });
      const out = step(harness(clock), input, (n) => n + 1);
      expectObservable(out).toBe('a-b|', { a: batch([2, 3], 0), b: batch([4], END_OF_TIME) });
    });
  });

  it('never has more than maxInFlight records called and not yet sent; the rest wait their turn', () => {
    const ts = testScheduler();
    let pending = 0;
    let peak = 0;
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      const input = cold('a', { a: batch([1, 2, 3, 4, 5], 0) });
      const h = harness(clock);
      const out = step(
        h,
        input,
        (n) => {
          peak = Math.max(peak, ++pending);
          return resolveAfter(clock, 10, n).then((v) => {
            pending--;
            return v;
          });
        },
        { maxInFlight: 2 },
      );
      // Each result leaves as it settles, and the next record starts in its place.
      expectObservable(out).toBe('10ms (ab) 6ms (cd) 6ms e', {
        a: batch([1], NO_WATERMARK),
        b: batch([2], NO_WATERMARK),
        c: batch([3], NO_WATERMARK),
        d: batch([4], NO_WATERMARK),
        e: batch([5], 0),
      });
      ts.schedule(() => {
        expect(h.ctx.metrics.inFlight()).toBe(2);
        expect(h.ctx.metrics.queueDepth()).toBe(3);
      }, 5);
    });
    expect(peak).toBe(2);
  });

  it('a timed-out record goes to the error policy with a TIMEOUT cause; its late result is ignored', () => {
    const ts = testScheduler();
    const h = harness(schedulerClock(ts));
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      const input = cold('a 29ms |', { a: batch([5, 50, 7], 0) });
      const out = step(h, input, (n) => resolveAfter(clock, n, n), { timeoutMs: 10, ordered: false });
      expectObservable(out).toBe('5ms a 1ms b 2ms c 19ms |', {
        a: batch([5], NO_WATERMARK),
        b: batch([7], NO_WATERMARK),
        c: batch<number>([], 0),
      });
    });
    expect(h.failures).toHaveLength(1);
    expect(h.failures[0]?.record).toBe(50);
    const cause = h.failures[0]?.error as HtError;
    expect(cause).toBeInstanceOf(HtError);
    expect(cause.code).toBe('TIMEOUT');
    expect(cause.message).toBe('no result within 10 ms (mapAsync timeoutMs)');
  });

  it('thrown and rejected records go to the error policy (skip); the others pass in order', () => {
    const ts = testScheduler();
    const h = harness(schedulerClock(ts));
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      const input = cold('a|', { a: batch([1, 2, 3, 4], 0) });
      const out = step(h, input, (n) => {
        if (n === 2) throw new Error('sync 2');
        if (n === 3) return rejectAfter<number>(clock, 3, new Error('async 3'));
        return resolveAfter(clock, 5, n);
      });
      expectObservable(out).toBe('5ms (ab|)', { a: batch([1], NO_WATERMARK), b: batch([4], 0) });
    });
    expect(h.failures.map((f) => [f.record, (f.error as Error).message])).toEqual([
      [2, 'sync 2'],
      [3, 'async 3'],
    ]);
  });

  it('fails (policy fail) on a rejection, unsubscribing its input', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const clock = schedulerClock(ts);
      const input = cold('a 9ms b 9ms |', { a: batch([1], 0), b: batch([2], 1) });
      const out = step(harness(clock, 'fail'), input, (n) =>
        n === 2 ? rejectAfter<number>(clock, 2, new Error('no')) : resolveAfter(clock, 1, n),
      );
      expectObservable(out).toBe(
        '-a 10ms #',
        { a: batch([1], 0) },
        new HtError('USER_FUNCTION_FAILED', 'failed', { cause: new Error('no') }),
      );
      expectSubscriptions(input.subscriptions).toBe('^ 11ms !');
    });
  });

  it('fails (policy fail) when the function throws synchronously', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const input = cold('-a-|', { a: batch([1], 0) });
      const out = step(harness(schedulerClock(ts), 'fail'), input, (): number => {
        throw new Error('boom');
      });
      expectObservable(out).toBe('-#', {}, new HtError('USER_FUNCTION_FAILED', 'failed', { cause: new Error('boom') }));
      expectSubscriptions(input.subscriptions).toBe('^!');
    });
  });

  it('passes an input error on at once', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      const input = cold('a-#', { a: batch([1], 0) }, new Error('upstream'));
      const out = step(harness(clock), input, (n) => resolveAfter(clock, 5, n));
      expectObservable(out).toBe('--#', {}, new Error('upstream'));
    });
  });

  it('unsubscription propagates upstream and cancels the records in flight (and their timeouts)', () => {
    const ts = testScheduler();
    const calls: number[] = [];
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const clock = schedulerClock(ts);
      const input = cold('a 9ms b', { a: batch([1], 0), b: batch([2], 1) });
      const out = step(
        harness(clock, 'fail'),
        input,
        (n) => {
          calls.push(n);
          return resolveAfter(clock, 20, n);
        },
        { timeoutMs: 5 },
      );
      expectObservable(out, '^--!').toBe('---');
      expectSubscriptions(input.subscriptions).toBe('^--!');
    });
    expect(calls).toEqual([1]);
  });

  it('waits for the records in flight before completing, and quiesces for checkpoints only when empty', () => {
    const ts = testScheduler();
    const h = harness(schedulerClock(ts));
    const quiet: (boolean | number)[] = [];
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      const input = cold('a|', { a: batch([1], 0) });
      const out = step(h, input, (n) => resolveAfter(clock, 8, n));
      expectObservable(out).toBe('8ms (a|)', { a: batch([1], 0) });
      ts.schedule(() => {
        const q = h.participants[0]?.quiesce?.();
        quiet.push(q === undefined);
        void q?.then(() => quiet.push(clock.now()));
      }, 3);
    });
    // Resolved when the last result left (its promise callback runs after the virtual frames).
    return Promise.resolve().then(() => expect(quiet).toEqual([false, 8]));
  });

  it('pauses the sources upstream while records without credits pile up, and resumes at half', () => {
    const ts = testScheduler();
    const h = harness(schedulerClock(ts));
    ts.run(({ cold, expectObservable }) => {
      const clock = schedulerClock(ts);
      // Tokens are null here: like window results, they hold no credits.
      const input = cold('a', { a: batch([1, 2, 3, 4, 5, 6], 0) });
      const out = step(h, input, (n) => resolveAfter(clock, 10, n), { maxInFlight: 2 });
      expectObservable(out).toBe('10ms (ab) 6ms (cd) 6ms (ef)', {
        a: batch([1], NO_WATERMARK),
        b: batch([2], NO_WATERMARK),
        c: batch([3], NO_WATERMARK),
        d: batch([4], NO_WATERMARK),
        e: batch([5], NO_WATERMARK),
        f: batch([6], 0),
      });
      ts.schedule(() => expect(h.throttles).toEqual([true]), 15);
    });
    // 4 waiting (>= 2): pause; 2 waiting: still paused; 0 waiting (<= half of 2): resume.
    expect(h.throttles).toEqual([true, false]);
  });
});

describe('mapAsync options', () => {
  it('are validated', () => {
    expect(() => asyncStepSettings({ maxInFlight: 0 })).toThrow(/maxInFlight must be a positive integer/);
    expect(() => asyncStepSettings({ name: 'x', timeoutMs: -1 })).toThrow(/mapAsync "x": timeoutMs must be/);
    expect(asyncStepSettings({})).toEqual({ maxInFlight: 100, ordered: true, timeoutMs: undefined });
  });
});
