import { describe, expect, it } from 'vitest';
import { createSpan } from '@ht/enricher-sdk';
import type { Span } from '@ht/enricher-sdk';
import { MemoryMetrics } from '@ht/enricher-sdk/testing';
import { Job, isHtError } from '@ht/stream-core';
import type { Sink, SourceOptions, HtError } from '@ht/stream-core';
import { MemorySink, VirtualClock, flushAsync } from '@ht/stream-core/testing';
import { SpanChannel } from '../../src/index.js';
import type { SpanChannelOptions } from '../../src/index.js';
import { GatedSink } from '../support/GatedSink.js';

let serial = 0;

/** `n` spans of one trace (or of `n` traces), with span ids in creation order. */
function spans(n: number, trace?: string): Span[] {
  return Array.from({ length: n }, () => {
    const i = serial++;
    return createSpan({
      traceId: trace ?? i.toString(16).padStart(32, '0'),
      spanId: i.toString(16).padStart(16, '0'),
      name: `op-${i}`,
      startTimeUnixNano: BigInt(1_700_000_000_000 + i) * 1_000_000n,
      endTimeUnixNano: BigInt(1_700_000_000_001 + i) * 1_000_000n,
    });
  });
}

function channelJob(
  sink: Sink<Span>,
  options: SpanChannelOptions = {},
  source: SourceOptions<Span> = {},
): { channel: SpanChannel; job: Job; clock: VirtualClock } {
  const clock = new VirtualClock(0);
  const channel = new SpanChannel(options);
  const job = new Job({ name: 'channel', clock });
  job.source(channel, source).to(sink);
  return { channel, job, clock };
}

const ids = (list: readonly Span[]): string[] => list.map((s) => s.spanId);

/** Advances time (the channel resumes on a timer) and lets async writes settle. */
async function settle(clock: VirtualClock): Promise<void> {
  clock.advance(1);
  await flushAsync();
}

describe('SpanChannel', () => {
  it('hands every accepted span to the job, in order, and frees each once acknowledged', async () => {
    const sink = new MemorySink<Span>();
    const { channel, job } = channelJob(sink, { capacity: 100 });
    const early = spans(3);
    expect(channel.accept(early)).toEqual({ status: 'accepted' });
    await job.start();
    const later = [spans(5), spans(1), spans(10)];
    for (const batch of later) expect(channel.accept(batch)).toEqual({ status: 'accepted' });
    expect(ids(sink.records)).toEqual(ids([...early, ...later.flat()]));
    // A synchronous sink: each emit is durable at once, so everything is acknowledged already.
    expect(channel.snapshot()).toMatchObject({ held: 0, queued: 0, accepted: 19, acknowledged: 19, refusedFull: 0 });
    await job.stop();
  });

  it('answers full once the spans held until acknowledgement reach the capacity, and takes more after the ack', async () => {
    const sink = new GatedSink();
    const { channel, job } = channelJob(sink, { capacity: 10, retryAfterMs: 250, name: 'rx' });
    await job.start();
    expect(channel.accept(spans(6))).toEqual({ status: 'accepted' });
    expect(channel.accept(spans(4))).toEqual({ status: 'accepted' });
    // Emitted to the sink, not yet durable: still held.
    expect(sink.waiting).toBe(2);
    expect(channel.snapshot()).toMatchObject({ held: 10, queued: 0 });
    const refused = spans(1);
    expect(channel.accept(refused)).toEqual({
      status: 'full',
      retryAfterMs: 250,
      reason: 'span channel "rx" holds 10 of 10 spans, 1 more do not fit',
    });
    await sink.open();
    expect(channel.snapshot()).toMatchObject({ held: 0, acknowledged: 10, refusedFull: 1 });
    expect(channel.accept(refused)).toEqual({ status: 'accepted' });
    await sink.open();
    expect(sink.records).toHaveLength(11);
    await job.stop();
  });

  it('admits requests before decoding while there is room; when full, lets waiters in oldest first as acks make room', async () => {
    const sink = new GatedSink();
    const { channel, job } = channelJob(sink, { capacity: 10, waitForRoomMs: 60_000, name: 'rx' });
    await job.start();
    expect(channel.admit(true)).toEqual({ status: 'accepted' });
    expect(channel.accept(spans(5)).status).toBe('accepted');
    expect(channel.accept(spans(5)).status).toBe('accepted');
    const order: string[] = [];
    const first = Promise.resolve(channel.admit(true)).then((r) => order.push(`first:${r.status}`));
    const second = Promise.resolve(channel.admit(true)).then((r) => order.push(`second:${r.status}`));
    // Cannot wait (UDP): refused at once, undecoded; the waiters stay.
    expect(channel.admit(false)).toMatchObject({ status: 'full', reason: 'span channel "rx" holds 10 of 10 spans' });
    expect(channel.snapshot()).toMatchObject({ waiting: 2, refusedUndecoded: 1 });
    await sink.open(); // both batches acknowledged: room for 10, the average batch is about 5
    await Promise.all([first, second]);
    expect(order).toEqual(['first:accepted', 'second:accepted']);
    expect(channel.snapshot().waiting).toBe(0);
    await job.stop();
  });

  it('answers a waiting request full when no room came within waitForRoomMs, and lets waiters in on close', async () => {
    const sink = new GatedSink();
    const { channel, job } = channelJob(sink, { capacity: 2, waitForRoomMs: 20 });
    await job.start();
    expect(channel.accept(spans(2)).status).toBe('accepted');
    expect(await channel.admit(true)).toMatchObject({ status: 'full' });
    expect(channel.snapshot()).toMatchObject({ waiting: 0, refusedUndecoded: 1 });
    const noWaitSink = new GatedSink();
    const noWait = channelJob(noWaitSink, { capacity: 1, waitForRoomMs: 0 });
    await noWait.job.start();
    noWait.channel.accept(spans(1));
    expect(noWait.channel.admit(true)).toMatchObject({ status: 'full' });
    // Closing lets a waiter in, so that `accept` refuses it for the right reason (503).
    const longSink = new GatedSink();
    const long = channelJob(longSink, { capacity: 1, waitForRoomMs: 60_000 });
    await long.job.start();
    long.channel.accept(spans(1));
    const waiting = long.channel.admit(true);
    long.channel.close();
    expect(await waiting).toEqual({ status: 'accepted' });
    expect(() => long.channel.accept(spans(1))).toThrow('the pipeline is shutting down');
    for (const gated of [sink, noWaitSink, longSink]) {
      gated.autoOpen = true;
      await gated.open();
    }
    await Promise.all([job.stop(), noWait.job.stop(), long.job.stop()]);
  });

  it('frees capacity partially: an ack covers the spans up to its position only', async () => {
    const sink = new GatedSink();
    const { channel, job } = channelJob(sink, { capacity: 10 });
    await job.start();
    channel.accept(spans(4));
    await sink.open(); // the first batch is durable
    channel.accept(spans(6));
    expect(channel.snapshot().held).toBe(6);
    expect(channel.accept(spans(5)).status).toBe('full');
    expect(channel.accept(spans(4)).status).toBe('accepted');
    await sink.open();
    expect(channel.snapshot()).toMatchObject({ held: 0, accepted: 14, acknowledged: 14, refusedFull: 5 });
    await job.stop();
  });

  it('accepts a batch larger than the capacity into an empty channel only', async () => {
    const sink = new GatedSink();
    const { channel, job } = channelJob(sink, { capacity: 5 });
    await job.start();
    expect(channel.accept(spans(8)).status).toBe('accepted');
    expect(channel.accept(spans(1)).status).toBe('full');
    await sink.open();
    expect(channel.accept(spans(1)).status).toBe('accepted');
    expect(channel.accept(spans(8)).status).toBe('full');
    await sink.open();
    expect(sink.records).toHaveLength(9);
    await job.stop();
  });

  it('queues while the engine is out of credits and emits the rest, in order, once it resumes', async () => {
    const sink = new GatedSink();
    const { channel, job, clock } = channelJob(sink, { capacity: 100 }, { credits: 4 });
    await job.start();
    const batches = [spans(3), spans(3), spans(3), spans(2)];
    for (const batch of batches) expect(channel.accept(batch).status).toBe('accepted');
    // 4 credits: the second emit overdrew them, so the engine paused the partition and the rest waits here.
    expect(sink.waiting).toBe(2);
    expect(channel.snapshot()).toMatchObject({ held: 11, queued: 5 });
    await sink.open();
    await settle(clock);
    expect(channel.snapshot().queued).toBe(0);
    await sink.open();
    expect(ids(sink.records)).toEqual(ids(batches.flat()));
    expect(channel.snapshot()).toMatchObject({ held: 0, acknowledged: 11 });
    await job.stop();
  });

  it('close refuses new spans, drains what is queued, then ends the source so the job completes', async () => {
    const sink = new GatedSink();
    const { channel, job, clock } = channelJob(sink, { capacity: 100 }, { credits: 2 });
    await job.start();
    const accepted = [spans(2), spans(2), spans(2)];
    for (const batch of accepted) channel.accept(batch);
    // 2 credits: the first emit used them up, the other two batches wait here.
    expect(channel.snapshot().queued).toBe(4);
    channel.close();
    expect(channel.state).toBe('closing');
    let refusal: unknown;
    try {
      channel.accept(spans(1));
    } catch (error) {
      refusal = error;
    }
    expect(isHtError(refusal, 'LIFECYCLE')).toBe(true);
    expect((refusal as HtError).retriable).toBe(true);
    expect((refusal as HtError).message).toBe('span channel "span-channel" is closing: the pipeline is shutting down');
    expect(job.status).toBe('running');
    sink.autoOpen = true;
    await sink.open();
    for (let i = 0; i < 10 && job.status === 'running'; i++) await settle(clock);
    await job.done;
    expect(job.status).toBe('finished');
    expect(channel.state).toBe('ended');
    expect(ids(sink.records)).toEqual(ids(accepted.flat()));
    expect(channel.snapshot()).toMatchObject({ held: 0, queued: 0, accepted: 6, acknowledged: 6, refusedClosed: 1 });
  });

  it('closed before the job starts, it emits what it holds when the job starts, then ends', async () => {
    const sink = new MemorySink<Span>();
    const { channel, job } = channelJob(sink);
    const batch = spans(4);
    channel.accept(batch);
    channel.close();
    await job.start();
    await job.done;
    expect(ids(sink.records)).toEqual(ids(batch));
  });

  it('keeps each trace in one partition and acknowledges positions per partition', async () => {
    const sink = new GatedSink();
    const { channel, job } = channelJob(sink, { capacity: 1_000, partitions: 4 });
    await job.start();
    const traces = Array.from({ length: 20 }, (_, t) => spans(5, t.toString(16).padStart(32, 'f')));
    // Spans of each trace arrive in several requests, interleaved with other traces.
    for (let part = 0; part < 5; part++) channel.accept(traces.map((trace) => trace[part] as Span));
    expect(sink.waiting).toBeGreaterThan(5);
    await sink.open();
    expect(channel.snapshot()).toMatchObject({ held: 0, acknowledged: 100 });
    expect(new Set(ids(sink.records))).toEqual(new Set(ids(traces.flat())));
    // Within a trace, spans keep their arrival order (one partition, in-order delivery).
    for (const trace of traces) {
      const seen = sink.records.filter((s) => s.traceId === trace[0]?.traceId);
      expect(ids(seen)).toEqual(ids(trace));
    }
    await job.stop();
  });

  it('discards what is still queued when the job stops it, and refuses from then on', async () => {
    const sink = new GatedSink();
    const metrics = new MemoryMetrics();
    const { channel, job } = channelJob(sink, { metrics, name: 'rx' }, { credits: 2 });
    await job.start();
    channel.accept(spans(2));
    channel.accept(spans(3));
    expect(channel.snapshot().queued).toBe(3);
    const stopped = job.stop({ drain: 'discard' });
    await sink.open();
    await stopped;
    expect(channel.state).toBe('stopped');
    expect(channel.snapshot()).toMatchObject({ queued: 0, discarded: 3, accepted: 5 });
    expect(() => channel.accept(spans(1))).toThrow('span channel "rx" is stopped: the pipeline is shutting down');
    expect(metrics.value('ht_span_channel_spans_discarded_total', { channel: 'rx' })).toBe(3);
    expect(metrics.value('ht_span_channel_spans_accepted_total', { channel: 'rx' })).toBe(5);
    expect(metrics.value('ht_span_channel_spans_refused_total', { channel: 'rx', reason: 'closed' })).toBe(1);
  });

  it('counts into the Metrics contract and exposes its gauges as Prometheus text', async () => {
    const sink = new GatedSink();
    const metrics = new MemoryMetrics();
    const { channel, job } = channelJob(sink, { metrics, name: 'rx', capacity: 3 });
    await job.start();
    channel.accept(spans(3));
    channel.accept(spans(2));
    await sink.open();
    expect(metrics.value('ht_span_channel_spans_accepted_total', { channel: 'rx' })).toBe(3);
    expect(metrics.value('ht_span_channel_spans_refused_total', { channel: 'rx', reason: 'full' })).toBe(2);
    expect(metrics.value('ht_span_channel_spans_acknowledged_total', { channel: 'rx' })).toBe(3);
    channel.accept(spans(1));
    const text = channel.toPrometheus();
    expect(text).toContain('# TYPE ht_span_channel_held_spans gauge\nht_span_channel_held_spans{channel="rx"} 1\n');
    expect(text).toContain('ht_span_channel_capacity_spans{channel="rx"} 3\n');
    expect(text).toContain('ht_span_channel_queued_spans{channel="rx"} 0\n');
    expect(text).toContain('ht_span_channel_spans_refused_total{channel="rx",reason="full"} 2\n');
    expect(text).toContain('ht_span_channel_spans_refused_total{channel="rx",reason="closed"} 0\n');
    await sink.open();
    await job.stop();
  });

  it('feeds one job run only, and refuses options that make no sense', async () => {
    const channel = new SpanChannel();
    const first = new Job({ name: 'a', clock: new VirtualClock(0) });
    first.source(channel).to(new MemorySink());
    await first.start();
    const second = new Job({ name: 'b', clock: new VirtualClock(0) });
    second.source(channel).to(new MemorySink());
    await expect(second.start()).rejects.toThrow('span channel "span-channel" already feeds a job');
    await first.stop();
    expect(() => new SpanChannel({ capacity: 0 })).toThrow(
      'span channel option capacity must be a positive integer, got 0',
    );
    expect(() => new SpanChannel({ partitions: 1.5 })).toThrow(
      'span channel option partitions must be a positive integer, got 1.5',
    );
    expect(() => new SpanChannel({ retryAfterMs: -1 })).toThrow('span channel option retryAfterMs must be ms ≥ 0');
  });
});
