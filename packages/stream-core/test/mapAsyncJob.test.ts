import { describe, expect, it } from 'vitest';
import type { DeadLetter, HtError, RecordError } from '../src/index.js';
import { Job, MemorySnapshotStore, countAggregate, tumblingWindows } from '../src/index.js';
import {
  MemorySink,
  MemorySource,
  VirtualClock,
  flushAsync,
  rejectAfter,
  resolveAfter,
  runToCompletion,
} from '../src/testing/index.js';
import type { Rec } from './helpers.js';
import { rec } from './helpers.js';

describe('mapAsync in a job', () => {
  it('acknowledges a record only once its result is written, in position order', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: [10, 30, 20] }, batchSize: 1 });
    const sink = new MemorySink<number>();
    const job = new Job({ name: 'acks', clock });
    job
      .source(source)
      .mapAsync((n) => resolveAfter(clock, n, n * 2), { ordered: false })
      .to(sink);
    await job.start();
    expect(source.ackLog).toEqual([]);
    clock.advance(10);
    expect(sink.records).toEqual([20]);
    expect(source.ackLog).toEqual([['p0', 0]]);
    clock.advance(10);
    // Unordered: 20 is written, but position 1 (30, still in flight) holds the acknowledgement back.
    expect(sink.records).toEqual([20, 40]);
    expect(source.ackLog).toEqual([['p0', 0]]);
    clock.advance(10);
    expect(sink.records).toEqual([20, 40, 60]);
    // One acknowledgement covers every earlier position.
    expect(source.ackLog).toEqual([
      ['p0', 0],
      ['p0', 2],
    ]);
    await job.done;
  });

  it('bounds the records in flight; the source pauses on credits under load and resumes', async () => {
    const clock = new VirtualClock(0);
    const records = Array.from({ length: 40 }, (_, i) => i);
    const source = new MemorySource({ partitions: { p0: records }, batchSize: 2 });
    const sink = new MemorySink<number>();
    const job = new Job({ name: 'bounded', clock });
    let pending = 0;
    let peak = 0;
    let peakWaiting = 0;
    job
      .source(source, { credits: 6 })
      .mapAsync(
        (n) => {
          peak = Math.max(peak, ++pending);
          return resolveAfter(clock, 5, n).then((v) => {
            pending--;
            return v;
          });
        },
        { name: 'slow', maxInFlight: 3 },
      )
      .to(sink);
    await job.start();
    expect(source.isPaused('p0')).toBe(true);
    const metrics = job.metrics.operator('slow');
    expect(metrics?.inFlight()).toBe(3);
    expect(job.metrics.toPrometheus()).toContain(
      'ht_stream_in_flight{job="bounded",operator="slow",kind="operator"} 3',
    );
    while (job.status === 'running') {
      peakWaiting = Math.max(peakWaiting, metrics?.queueDepth() ?? 0);
      clock.advance(1);
      await flushAsync(1);
    }
    await job.done;
    expect(sink.records).toEqual(records);
    expect(peak).toBe(3);
    // Credits bound what waits: at most 6 records inside the engine, 3 of them in flight.
    expect(peakWaiting).toBeLessThanOrEqual(3);
    expect(source.pauses).toBeGreaterThan(1);
    expect(source.resumes).toBeGreaterThan(1);
  });

  it('behind a window (results hold no credits) pauses the sources itself, and resumes them', async () => {
    const clock = new VirtualClock(0);
    const records = Array.from({ length: 200 }, (_, i) => rec(`k${i % 20}`, i));
    const source = new MemorySource<Rec>({ partitions: { p0: records }, batchSize: 5 });
    const sink = new MemorySink<string>();
    const job = new Job({ name: 'throttle', clock });
    job
      .source(source, { timestamp: (r) => r.t })
      .keyBy((r) => r.k)
      .window(tumblingWindows({ sizeMs: 20 }))
      .aggregate(countAggregate(), (n, w) => `${w.key}@${w.start}:${n}`)
      .mapAsync((s) => resolveAfter(clock, 1, s), { maxInFlight: 2 })
      .to(sink);
    await job.start();
    // The first window fired 20 results at once: 2 in flight, 18 waiting, so the source stopped.
    expect(source.isPaused('p0')).toBe(true);
    expect(job.metrics.operator('memory-source')?.recordsOut).toBeLessThan(200);
    await runToCompletion(job, clock, { stepMs: 1 });
    expect(sink.records).toHaveLength(200);
    expect(sink.records.every((s) => s.endsWith(':1'))).toBe(true);
    expect(source.resumes).toBeGreaterThan(0);
    expect(source.acked.get('p0')).toBe(199);
  });

  it('skip: failed and timed-out records are reported and acknowledged', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: [1, 2, 3, 4] }, batchSize: 1 });
    const sink = new MemorySink<number>();
    const reported: RecordError[] = [];
    const job = new Job({ name: 'skip', clock });
    job.errors$.subscribe((e) => reported.push(e));
    job
      .source(source)
      .mapAsync(
        (n) => {
          if (n === 2) return rejectAfter<number>(clock, 1, new Error('two'));
          if (n === 3) return resolveAfter(clock, 100, n);
          return resolveAfter(clock, 1, n);
        },
        { name: 'lookup', onError: 'skip', timeoutMs: 10 },
      )
      .to(sink);
    await runToCompletion(job, clock, { stepMs: 1 });
    expect(sink.records).toEqual([1, 4]);
    expect(
      reported.map((r) => [r.operator, r.record, r.error.code, (r.error.cause as HtError | Error).message]),
    ).toEqual([
      ['lookup', 2, 'USER_FUNCTION_FAILED', 'two'],
      ['lookup', 3, 'USER_FUNCTION_FAILED', 'no result within 10 ms (mapAsync timeoutMs)'],
    ]);
    expect((reported[1]?.error.cause as HtError).code).toBe('TIMEOUT');
    expect(source.acked.get('p0')).toBe(3);
    expect(job.metrics.operator('lookup')).toMatchObject({ errors: 2, dropped: 2, recordsIn: 4, recordsOut: 2 });
  });

  it('dead-letter: a failed record goes to the dead letters and is acknowledged once they hold it', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: [1, 2] }, batchSize: 1 });
    const sink = new MemorySink<number>();
    const dlq = new MemorySink<DeadLetter>({ name: 'dlq', latencyMs: 5, clock });
    const job = new Job({ name: 'dlq', clock });
    job
      .source(source)
      .mapAsync((n) => (n === 2 ? rejectAfter<number>(clock, 1, new Error('no')) : resolveAfter(clock, 1, n)), {
        name: 'lookup',
        onError: 'dead-letter',
      })
      .to(sink);
    job.deadLetters().to(dlq);
    await job.start();
    clock.advance(1);
    expect(sink.records).toEqual([1]);
    expect(source.ackLog).toEqual([['p0', 0]]);
    await runToCompletion(job, clock, { stepMs: 1 });
    expect(dlq.records.map((d) => [d.operator, d.record])).toEqual([['lookup', 2]]);
    expect(source.ackLog).toEqual([
      ['p0', 0],
      ['p0', 1],
    ]);
  });

  it('fail: a timeout fails the job with USER_FUNCTION_FAILED, its cause a TIMEOUT HtError', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: [1] } });
    const job = new Job({ name: 'fail', clock });
    job
      .source(source)
      .mapAsync((n) => resolveAfter(clock, 1_000, n), { name: 'lookup', timeoutMs: 50 })
      .to(new MemorySink<number>());
    const done = runToCompletion(job, clock);
    await expect(done).rejects.toMatchObject({
      code: 'USER_FUNCTION_FAILED',
      message: 'operator "lookup" failed on a record: no result within 50 ms (mapAsync timeoutMs)',
      context: { operator: 'lookup', record: 1 },
    });
    await done.catch((e: unknown) => expect(((e as HtError).cause as HtError).code).toBe('TIMEOUT'));
    expect(source.ackLog).toEqual([]);
  });

  it('a checkpoint taken while records are in flight waits for them (sources held), then covers them', async () => {
    const clock = new VirtualClock(0);
    const store = new MemorySnapshotStore();
    const source = new MemorySource({ partitions: { p0: [1, 2, 3] }, batchSize: 1, bounded: false });
    const sink = new MemorySink<number>();
    const job = new Job({ name: 'cp', clock, checkpoints: { store, intervalMs: 60_000 } });
    job
      .source(source)
      .mapAsync((n) => resolveAfter(clock, 50, n * 10), { name: 'lookup' })
      .to(sink);
    await job.start();
    let writtenAtCheckpoint: number[] | undefined;
    const checkpoint = job.checkpoint().then((r) => {
      writtenAtCheckpoint = [...sink.records];
      return r;
    });
    await flushAsync();
    expect(writtenAtCheckpoint).toBeUndefined();
    expect(source.isPaused('p0')).toBe(true);
    source.push('p0', [4]);
    clock.advance(50);
    const result = await checkpoint;
    expect(result.positions).toEqual({ 'memory-source': { p0: 2 } });
    expect(writtenAtCheckpoint).toEqual([10, 20, 30]);
    expect(source.acked.get('p0')).toBe(2);
    // The hold is lifted: the record pushed meanwhile flows on.
    clock.advance(1);
    clock.advance(50);
    expect(sink.records).toEqual([10, 20, 30, 40]);
    await job.stop({ drain: 'discard' });
  });

  it('stopping waits for the records in flight, as it waits for writes in flight', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: [1, 2] }, batchSize: 1, bounded: false });
    const sink = new MemorySink<number>();
    const job = new Job({ name: 'stop', clock });
    job
      .source(source)
      .mapAsync((n) => resolveAfter(clock, 10, n), { timeoutMs: 20 })
      .to(sink);
    await job.start();
    let stopped = false;
    const stopping = job.stop({ drain: 'discard' }).then(() => (stopped = true));
    await flushAsync();
    expect(stopped).toBe(false);
    clock.advance(10);
    await stopping;
    expect(sink.records).toEqual([1, 2]);
    expect(source.acked.get('p0')).toBe(1);
    expect(clock.pendingTimers).toBe(0);
  });

  it('runs native promises, collecting those settled in one microtask turn into one batch, in order', async () => {
    const records = Array.from({ length: 1_000 }, (_, i) => i);
    const source = new MemorySource({ partitions: { p0: records }, batchSize: 100 });
    const sink = new MemorySink<number>();
    const job = new Job({ name: 'native' });
    job
      .source(source)
      .mapAsync(async (n) => Promise.resolve(n + 1), { maxInFlight: 50 })
      .to(sink);
    await job.start();
    await job.done;
    expect(sink.records).toEqual(records.map((n) => n + 1));
    expect(sink.batches.length).toBeLessThanOrEqual(40);
    expect(source.acked.get('p0')).toBe(999);
  });
});
