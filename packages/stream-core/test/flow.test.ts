import { describe, expect, it } from 'vitest';
import { HtError, Job, backoffDelay, retry } from '../src/index.js';
import { CreditAccount } from '../src/flow/CreditAccount.js';
import { MemorySink, MemorySource, VirtualClock, flushAsync, runToCompletion } from '../src/testing/index.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('credits and backpressure', () => {
  it('pauses a partition when its credits run out and resumes when the sink has caught up', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: range(20), p1: range(6) }, batchSize: 2 });
    const sink = new MemorySink<number>({ latencyMs: 10, clock });
    const job = new Job({ name: 'credits', clock });
    job.source(source, { credits: 4 }).to(sink);
    await job.start();
    expect(source.isPaused('p0')).toBe(true);
    let maxInSink = 0;
    for (let i = 0; i < 50 && job.status === 'running'; i++) {
      const depth = job.metrics.snapshot().find((m) => m.kind === 'sink')?.queueDepth ?? 0;
      maxInSink = Math.max(maxInSink, depth);
      const sourceDepth = job.metrics.snapshot().find((m) => m.kind === 'source')?.queueDepth ?? 0;
      // Per partition at most the credits (4) in flight: 8 for two partitions.
      expect(sourceDepth).toBeLessThanOrEqual(8);
      clock.advance(10);
      await flushAsync();
    }
    await job.done;
    expect(maxInSink).toBeGreaterThan(0);
    expect(maxInSink).toBeLessThanOrEqual(8);
    expect(source.pauses).toBeGreaterThan(0);
    expect(source.resumes).toBeGreaterThan(0);
    expect(sink.records.filter((_, i) => i >= 0)).toHaveLength(26);
    expect(source.acked).toEqual(
      new Map([
        ['p0', 19],
        ['p1', 5],
      ]),
    );
  });

  it('asks sinks to flush when every partition waits for credits', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: range(10) }, batchSize: 5 });
    const sink = new MemorySink<number>({ latencyMs: 10, clock });
    const job = new Job({ name: 'starved', clock });
    job.source(source, { credits: 5 }).to(sink);
    await job.start();
    expect(sink.flushes).toBe(1);
    for (let i = 0; i < 5 && job.status === 'running'; i++) {
      clock.advance(10);
      await flushAsync();
    }
    await job.done;
    expect(sink.records).toEqual(range(10));
  });
});

describe('bytes in flight', () => {
  it('pauses a partition once the bytes of its records in flight reach maxBytesInFlight, whatever its credits', async () => {
    const clock = new VirtualClock(0);
    // 1 000-byte records, 2 per emit: a 3 000-byte bound lets in two emits (4 000 bytes), never more.
    const source = new MemorySource({
      partitions: { p0: range(30), p1: range(10) },
      batchSize: 2,
      bytesOf: () => 1_000,
    });
    const sink = new MemorySink<number>({ latencyMs: 10, clock });
    const job = new Job({ name: 'bytes', clock });
    job.source(source, { credits: 10_000, maxBytesInFlight: 3_000 }).to(sink);
    await job.start();
    expect(source.isPaused('p0')).toBe(true);
    let most = 0;
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      const held = job.metrics.operator('memory-source')?.partitionsInFlight().values() ?? [];
      for (const { records, bytes } of held) {
        expect(bytes).toBe(records * 1_000);
        // The bound plus at most one emit (2 000 bytes) past it.
        expect(bytes).toBeLessThanOrEqual(3_000 + 2_000);
        most = Math.max(most, bytes);
      }
      clock.advance(10);
      await flushAsync();
    }
    await job.done;
    expect(most).toBeGreaterThanOrEqual(3_000);
    expect(source.pauses).toBeGreaterThan(0);
    expect(source.resumes).toBeGreaterThan(0);
    expect([...sink.records].sort((a, b) => a - b)).toEqual([...range(30), ...range(10)].sort((a, b) => a - b));
    const after = job.metrics.operator('memory-source')?.partitionsInFlight();
    expect([...(after?.values() ?? [])]).toEqual([
      { records: 0, bytes: 0 },
      { records: 0, bytes: 0 },
    ]);
  });

  it('shows the records and bytes each source partition holds in the Prometheus text', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: range(4) }, batchSize: 4, bytesOf: (n) => 100 + n });
    const sink = new MemorySink<number>({ latencyMs: 10, clock });
    const job = new Job({ name: 'held', clock });
    job.source(source, { name: 'in' }).to(sink);
    await job.start();
    const text = job.metrics.toPrometheus();
    expect(text).toContain(
      'ht_stream_source_in_flight_records{job="held",operator="in",kind="source",partition="p0"} 4',
    );
    expect(text).toContain(
      'ht_stream_source_in_flight_bytes{job="held",operator="in",kind="source",partition="p0"} 406',
    );
    clock.advance(10);
    await flushAsync();
    await job.done;
    expect(job.metrics.toPrometheus()).toContain(
      'ht_stream_source_in_flight_bytes{job="held",operator="in",kind="source",partition="p0"} 0',
    );
  });
});

describe('sink retries', () => {
  it('retries retriable write failures with backoff, then acknowledges', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: [1, 2, 3] } });
    const sink = new MemorySink<number>({
      failures: { count: 2, error: () => new HtError('DEPENDENCY_UNAVAILABLE', 'down', { retriable: true }) },
    });
    const job = new Job({ name: 'retry', clock });
    job.source(source).to(sink, { retry: { retries: 3, baseDelayMs: 100, random: () => 1 } });
    await job.start();
    await flushAsync();
    expect(sink.records).toEqual([]);
    clock.advance(99);
    await flushAsync();
    expect(sink.writes).toBe(1);
    clock.advance(1);
    await flushAsync();
    expect(sink.writes).toBe(2);
    clock.advance(199);
    await flushAsync();
    expect(sink.writes).toBe(2);
    clock.advance(1);
    await flushAsync();
    await job.done;
    expect(sink.writes).toBe(3);
    expect(sink.records).toEqual([1, 2, 3]);
    expect(source.acked.get('p0')).toBe(2);
  });

  it('fails the job on a non-retriable write error, acknowledging nothing', async () => {
    const source = new MemorySource({ partitions: { p0: [1, 2, 3] } });
    const sink = new MemorySink<number>({ failures: { count: 1, error: () => new Error('schema mismatch') } });
    const job = new Job({ name: 'fatal' });
    job.source(source).to(sink);
    await job.start();
    await expect(job.done).rejects.toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
      message: expect.stringContaining('schema mismatch') as string,
    });
    expect(source.ackLog).toEqual([]);
    expect(job.status).toBe('failed');
  });
});

describe('retry helper', () => {
  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffDelay(1, { baseDelayMs: 100, random: () => 0.5 })).toBe(50);
    expect(backoffDelay(4, { baseDelayMs: 100, random: () => 0.5 })).toBe(400);
    expect(backoffDelay(20, { baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.5 })).toBe(500);
  });

  it('retries only retriable errors and rethrows the last one', async () => {
    const clock = new VirtualClock(0);
    let calls = 0;
    const notRetriable = retry(
      () => {
        calls++;
        throw new HtError('CONFIG_INVALID', 'bad');
      },
      { clock },
    );
    await expect(notRetriable).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    expect(calls).toBe(1);

    const seen: number[] = [];
    const failing = retry(
      () => {
        throw new HtError('TIMEOUT', 'slow', { retriable: true });
      },
      { clock, retries: 2, random: () => 1, onRetry: (_e, attempt, delay) => seen.push(attempt, delay) },
    );
    const settled = failing.catch((e: unknown) => e);
    for (let i = 0; i < 5; i++) {
      await flushAsync(1);
      clock.advance(1_000);
    }
    expect(await settled).toMatchObject({ code: 'TIMEOUT' });
    expect(seen).toEqual([1, 100, 2, 200]);
  });
});

describe('virtual-time harness', () => {
  it('drives a job with async sinks to completion', async () => {
    const clock = new VirtualClock(0);
    const source = new MemorySource({ partitions: { p0: range(50), p1: range(50) }, batchSize: 10 });
    const sink = new MemorySink<number>({ latencyMs: 25, clock });
    const job = new Job({ name: 'harness', clock });
    job
      .source(source, { credits: 20 })
      .map((n) => n + 1)
      .to(sink);
    await runToCompletion(job, clock, { stepMs: 5 });
    expect(job.status).toBe('finished');
    expect(sink.records).toHaveLength(100);
    expect(clock.now()).toBeGreaterThanOrEqual(25);
    expect(source.acked).toEqual(
      new Map([
        ['p0', 49],
        ['p1', 49],
      ]),
    );
  });

  it('a job that cannot start fails with an HtError and says so', async () => {
    const job = new Job({ name: 'bad', errorPolicy: 'dead-letter' });
    job.source(new MemorySource({ partitions: {} })).to(new MemorySink());
    await expect(job.start()).rejects.toBeInstanceOf(HtError);
    expect(job.status).toBe('failed');
    await expect(job.done).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});

describe('CreditAccount', () => {
  it('pauses when the bytes in flight reach the byte capacity, and resumes only once records and bytes are both at half', () => {
    const calls: string[] = [];
    const credits = new CreditAccount(
      10,
      { pause: () => calls.push('pause'), resume: () => calls.push('resume') },
      1_000,
    );
    credits.take(1, 600);
    expect(calls).toEqual([]);
    credits.take(1, 400);
    expect(calls).toEqual(['pause']);
    expect(credits.bytesInFlight).toBe(1_000);
    expect(credits.isOutOfCredits).toBe(true);
    credits.give(1, 400);
    expect(calls).toEqual(['pause']);
    credits.give(1, 600);
    expect(calls).toEqual(['pause', 'resume']);
    // Out of records with few bytes: resumes only once half the records are back, too.
    credits.take(10, 100);
    expect(calls).toEqual(['pause', 'resume', 'pause']);
    credits.give(4, 100);
    expect(calls).toEqual(['pause', 'resume', 'pause']);
    credits.give(1, 0);
    expect(calls).toEqual(['pause', 'resume', 'pause', 'resume']);
    // One record larger than the whole capacity still passes, alone.
    credits.take(1, 5_000);
    expect(calls).toEqual(['pause', 'resume', 'pause', 'resume', 'pause']);
    credits.give(1, 5_000);
    expect(calls).toEqual(['pause', 'resume', 'pause', 'resume', 'pause', 'resume']);
    expect(credits.bytesInFlight).toBe(0);
  });

  it('has no byte bound unless given one', () => {
    const calls: string[] = [];
    const credits = new CreditAccount(10, { pause: () => calls.push('pause'), resume: () => calls.push('resume') });
    credits.take(5, Number.MAX_SAFE_INTEGER);
    expect(calls).toEqual([]);
    expect(credits.bytesInFlight).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('pauses at zero, resumes at half, and stops driving the source once detached (revoked partition)', () => {
    const calls: string[] = [];
    const credits = new CreditAccount(10, { pause: () => calls.push('pause'), resume: () => calls.push('resume') });
    credits.take(10);
    expect(calls).toEqual(['pause']);
    credits.give(4);
    expect(calls).toEqual(['pause']);
    credits.give(1);
    expect(calls).toEqual(['pause', 'resume']);
    credits.take(5);
    expect(calls).toEqual(['pause', 'resume', 'pause']);
    credits.detach();
    credits.give(10);
    credits.hold(true);
    credits.hold(false);
    expect(calls).toEqual(['pause', 'resume', 'pause']);
    expect(credits.left).toBe(10);
  });
});
