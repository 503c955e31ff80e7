import type { Counter, Metrics, Span } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';
import type { CancelTimer, Position, Source, SourceContext } from '@ht/stream-core';
import { spanChannelPrometheus } from './SpanChannelStats.js';
import type { SpanChannelSnapshot, SpanChannelState } from './SpanChannelStats.js';
import { ACCEPTED } from './SpanSink.js';
import type { AcceptResult, SpanSink } from './SpanSink.js';

/**
 * The default {@link SpanChannelOptions.capacity}: 100 000 spans, about 100-200 MiB of heap (a decoded
 * OTel JS span with a handful of attributes takes about 1 KiB, its request's resource shared; spans with
 * many attributes or events take more).
 *
 * @example
 * ```ts
 * new SpanChannel({ capacity: DEFAULT_SPAN_CHANNEL_CAPACITY / 2 });
 * ```
 */
export const DEFAULT_SPAN_CHANNEL_CAPACITY = 100_000;

/**
 * The default {@link SpanChannelOptions.waitForRoomMs}: 1 s, well within the OTel exporters' 10 s timeout.
 *
 * @example
 * ```ts
 * new SpanChannel({ waitForRoomMs: 2 * DEFAULT_WAIT_FOR_ROOM_MS });
 * ```
 */
export const DEFAULT_WAIT_FOR_ROOM_MS = 1_000;

/**
 * What a {@link SpanChannel} needs; everything has a default.
 *
 * @example
 * ```ts
 * const options: SpanChannelOptions = { name: 'receivers', capacity: 50_000, retryAfterMs: 500 };
 * ```
 */
export interface SpanChannelOptions {
  /** The source's name (operator name, metric label). Default `span-channel`. */
  readonly name?: string;
  /**
   * The most spans held at once, counted from `accept` until the job acknowledges them (queued here, in
   * the engine, in the grouper's open traces, at the sinks). Default {@link DEFAULT_SPAN_CHANNEL_CAPACITY}.
   * Keep it well above the spans the grouper holds open (arrival rate × `gapMs`): held spans are freed
   * only once their trace is written.
   */
  readonly capacity?: number;
  /**
   * Engine partitions, spans spread by a hash of `tenant:traceId` (each trace in one partition). Default 1.
   * More than one gives the engine's credits and in-order acknowledgement per partition (one slow trace
   * holds back only its partition's acknowledgements) and matches the keyed raw-spans topic of distributed
   * mode; give the source a `watermarks.idleTimeoutMs` then, so a quiet partition does not hold the
   * watermark back.
   */
  readonly partitions?: number;
  /** What `full` suggests to clients (HTTP `Retry-After`, gRPC RetryInfo). Default 1000 ms. */
  readonly retryAfterMs?: number;
  /**
   * How long a request may wait for room before it is decoded, when the channel is full: the client sees a
   * slower answer instead of a 429 while the job catches up; past it, `full`. `0` answers `full` at once.
   * Requests waiting are let in oldest first, about as many as the room left takes (by the average batch
   * size so far). Default {@link DEFAULT_WAIT_FOR_ROOM_MS}.
   */
  readonly waitForRoomMs?: number;
  /**
   * Where the counters also go (`ht_span_channel_spans_accepted_total`, `…_acknowledged_total`,
   * `…_refused_total{reason}`, `…_discarded_total`, each labelled `channel`). The gauges are read with
   * {@link SpanChannel.snapshot} or {@link SpanChannel.toPrometheus}.
   */
  readonly metrics?: Metrics;
}

interface ChannelPartition {
  readonly id: string;
  /** Batches accepted and not yet emitted, oldest first. */
  readonly queue: (readonly Span[])[];
  queued: number;
  /** Spans emitted so far: the position of the last emit. */
  emitted: number;
  /** The last position the job acknowledged. */
  acknowledged: number;
  paused: boolean;
}

/** A request waiting in {@link SpanChannel.admit} for room. */
interface RoomWaiter {
  readonly answer: (result: AcceptResult) => void;
  readonly cancelTimer: () => void;
}

interface ChannelCounters {
  readonly accepted: Counter;
  readonly acknowledged: Counter;
  readonly refused: Counter;
  readonly discarded: Counter;
}

/**
 * The bounded hand-off from the receivers to a stream-core job in one process: a {@link SpanSink} for
 * `startReceivers({ sink })` and a `Source<Span>` for `job.source(channel, …)`.
 *
 * - **Bounded until acknowledged.** A span counts against `capacity` from `accept` until the job
 *   acknowledges it (its trace written by the sinks), so memory stays bounded and nothing accepted is
 *   dropped: a batch that does not fit is answered `full` (the receivers answer HTTP 429 with
 *   `Retry-After` / gRPC RESOURCE_EXHAUSTED; Jaeger UDP drops the datagram and counts it). A batch larger
 *   than the whole capacity is accepted only into an empty channel, so it cannot be refused for ever
 *   (the receivers' `maxSpansPerRequest` bounds how far that overshoots).
 * - **Backpressure.** Accepted spans are emitted at once while the engine has credits; when it pauses a
 *   partition they queue here, and go out again on `resume`.
 * - **Positions** are the count of spans emitted per partition (monotonic); `ack(partition, n)` frees
 *   every span of that partition up to the n-th.
 * - **Draining.** `close()` refuses new spans (answered 503 / UNAVAILABLE: the pipeline is shutting
 *   down), emits what is queued, then ends the source so the job flushes its windows and completes.
 *
 * In memory only: spans held here are lost if the process is killed (see docs/guarantees.md, local mode).
 * One channel feeds one job run.
 *
 * @example
 * ```ts
 * import { Job } from '@ht/stream-core';
 * import { spanEndTime } from '@ht/enricher-sdk/grouper';
 * const channel = new SpanChannel({ capacity: 50_000 });
 * const job = new Job({ name: 'local' });
 * job.source(channel, { timestamp: spanEndTime, watermarks: { outOfOrdernessMs: 5_000 } }).to(spanSink);
 * await job.start();
 * const receivers = await startReceivers({ sink: channel });
 * // on SIGINT: stop taking requests, drain, wait for the job
 * await receivers.close();
 * channel.close();
 * await job.done;
 * ```
 */
export class SpanChannel implements SpanSink, Source<Span> {
  readonly name: string;
  readonly capacity: number;
  private readonly retryAfterMs: number;
  private readonly waitForRoomMs: number;
  /** Requests waiting for room, oldest first. */
  private readonly waiters: RoomWaiter[] = [];
  /** The average batch accepted so far (spans), to let in as many waiters as the room takes. */
  private averageBatch = 1;
  private refusedUndecoded = 0;
  private readonly partitions: readonly ChannelPartition[];
  private readonly byId = new Map<string, ChannelPartition>();
  private readonly counters: ChannelCounters | null;
  private ctx: SourceContext<Span> | undefined;
  private current: SpanChannelState = 'open';
  private held = 0;
  private accepted = 0;
  private acknowledged = 0;
  private refusedFull = 0;
  private refusedClosed = 0;
  private discarded = 0;
  private pumping = false;
  private pumpTimer: CancelTimer | undefined;

  constructor(options: SpanChannelOptions = {}) {
    this.name = options.name ?? 'span-channel';
    this.capacity = options.capacity ?? DEFAULT_SPAN_CHANNEL_CAPACITY;
    this.retryAfterMs = options.retryAfterMs ?? 1000;
    this.waitForRoomMs = options.waitForRoomMs ?? DEFAULT_WAIT_FOR_ROOM_MS;
    const partitions = options.partitions ?? 1;
    check(Number.isSafeInteger(this.capacity) && this.capacity > 0, 'capacity', this.capacity, 'a positive integer');
    check(Number.isSafeInteger(partitions) && partitions > 0, 'partitions', partitions, 'a positive integer');
    check(Number.isFinite(this.retryAfterMs) && this.retryAfterMs >= 0, 'retryAfterMs', this.retryAfterMs, 'ms ≥ 0');
    check(
      Number.isFinite(this.waitForRoomMs) && this.waitForRoomMs >= 0,
      'waitForRoomMs',
      this.waitForRoomMs,
      'ms ≥ 0',
    );
    this.partitions = Array.from({ length: partitions }, (_, i) => ({
      id: String(i),
      queue: [],
      queued: 0,
      emitted: 0,
      acknowledged: 0,
      paused: false,
    }));
    for (const p of this.partitions) this.byId.set(p.id, p);
    const metrics = options.metrics;
    const labels = { channel: this.name };
    this.counters =
      metrics === undefined
        ? null
        : {
            accepted: labelled(metrics.counter('ht_span_channel_spans_accepted_total', 'Spans accepted.'), labels),
            acknowledged: labelled(
              metrics.counter('ht_span_channel_spans_acknowledged_total', 'Spans the job acknowledged.'),
              labels,
            ),
            refused: labelled(
              metrics.counter('ht_span_channel_spans_refused_total', 'Spans refused: full (429) or closed (503).'),
              labels,
            ),
            discarded: labelled(
              metrics.counter('ht_span_channel_spans_discarded_total', 'Accepted spans the stopped job never took.'),
              labels,
            ),
          };
  }

  /** Where the channel is in its life. */
  get state(): SpanChannelState {
    return this.current;
  }

  // --- SpanSink: the receivers' side ---

  /**
   * Asked before a request is decoded: `accepted` at once while the channel holds fewer spans than its
   * capacity (and nobody waits before this request); else the request waits, up to `waitForRoomMs` (not at
   * all when `mayWait` is false), for acknowledgements to make room, and is answered `full` if none came.
   * A closing or stopped channel answers `accepted`, so that `accept` refuses the request for that reason.
   */
  admit(mayWait: boolean): AcceptResult | Promise<AcceptResult> {
    if (this.current !== 'open' || (this.held < this.capacity && this.waiters.length === 0)) return ACCEPTED;
    if (!mayWait || this.waitForRoomMs === 0) return this.refuseUndecoded();
    return new Promise<AcceptResult>((resolve) => {
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve(this.refuseUndecoded());
      }, this.waitForRoomMs);
      const waiter: RoomWaiter = { answer: resolve, cancelTimer: () => clearTimeout(timer) };
      this.waiters.push(waiter);
    });
  }

  /**
   * Takes a batch if it fits (`accepted`), else answers `full` with `retryAfterMs`. Throws an `HtError`
   * (`LIFECYCLE`, retriable) once the channel is closing or stopped: the receivers answer 503 /
   * UNAVAILABLE.
   */
  accept(spans: readonly Span[]): AcceptResult {
    const n = spans.length;
    if (this.current !== 'open') {
      this.refusedClosed += n;
      this.counters?.refused.inc(n, { reason: 'closed' });
      throw new HtError('LIFECYCLE', `span channel "${this.name}" is ${this.current}: the pipeline is shutting down`, {
        retriable: true,
      });
    }
    if (n === 0) return ACCEPTED;
    if (this.held + n > this.capacity && this.held > 0) {
      this.refusedFull += n;
      this.counters?.refused.inc(n, { reason: 'full' });
      return {
        status: 'full',
        retryAfterMs: this.retryAfterMs,
        reason: `span channel "${this.name}" holds ${this.held} of ${this.capacity} spans, ${n} more do not fit`,
      };
    }
    this.held += n;
    this.accepted += n;
    this.averageBatch += (n - this.averageBatch) / 16;
    this.counters?.accepted.inc(n);
    if (this.partitions.length === 1) this.enqueue(this.partitions[0] as ChannelPartition, spans);
    else for (const [p, batch] of this.split(spans)) this.enqueue(p, batch);
    this.pump();
    return ACCEPTED;
  }

  // --- Source<Span>: the job's side ---

  /** Declares the partitions and emits what was accepted before the job started. */
  start(ctx: SourceContext<Span>): void {
    if (this.ctx !== undefined) {
      throw new HtError('LIFECYCLE', `span channel "${this.name}" already feeds a job: use one channel per job run`);
    }
    this.ctx = ctx;
    ctx.assign(this.partitions.map((p) => p.id));
    this.pump();
  }

  /** The engine is out of credits for `partition`: accepted spans wait in the channel. */
  pause(partition: string): void {
    const p = this.byId.get(partition);
    if (p !== undefined) p.paused = true;
  }

  /** Credits are back: the spans waiting for `partition` go out on the next tick. */
  resume(partition: string): void {
    const p = this.byId.get(partition);
    if (p === undefined) return;
    p.paused = false;
    // The engine may resume us while it is processing one of our own emits: emit on the next tick.
    if (this.pumpTimer === undefined && this.ctx !== undefined) {
      this.pumpTimer = this.ctx.clock.setTimer(() => {
        this.pumpTimer = undefined;
        this.pump();
      }, 0);
    }
  }

  /** Frees the capacity of every span of `partition` up to `position` (a count of spans emitted). */
  ack(partition: string, position: Position): void {
    const p = this.byId.get(partition);
    const upTo = Number(position);
    if (p === undefined || !(upTo > p.acknowledged)) return;
    const freed = upTo - p.acknowledged;
    p.acknowledged = upTo;
    this.held -= freed;
    this.acknowledged += freed;
    this.counters?.acknowledged.inc(freed);
    this.letWaitersIn();
  }

  /**
   * The job stops the channel (`job.stop()`, or a failure): it refuses new spans, and spans still queued
   * are discarded (counted). Use {@link SpanChannel.close} to drain instead.
   */
  stop(): void {
    if (this.current === 'stopped') return;
    this.current = 'stopped';
    this.letWaitersIn();
    this.pumpTimer?.();
    this.pumpTimer = undefined;
    let queued = 0;
    for (const p of this.partitions) {
      queued += p.queued;
      p.queue.length = 0;
      p.queued = 0;
    }
    this.held -= queued;
    this.discarded += queued;
    if (queued > 0) this.counters?.discarded.inc(queued);
  }

  // --- Draining and observing ---

  /**
   * Stops accepting (later batches are refused with a `LIFECYCLE` error, answered 503 / UNAVAILABLE),
   * hands what is queued to the job as its credits allow, then ends the source so the job flushes its
   * windows, writes them and completes: await the job's `done` to know every accepted span was written.
   * Closing before the job started ends the source as soon as it starts and emitted the queue. Calling it
   * again does nothing.
   */
  close(): void {
    if (this.current !== 'open') return;
    this.current = 'closing';
    this.letWaitersIn();
    this.pump();
  }

  /** The counters and gauges now. */
  snapshot(): SpanChannelSnapshot {
    let queued = 0;
    for (const p of this.partitions) queued += p.queued;
    return {
      name: this.name,
      state: this.current,
      capacity: this.capacity,
      held: this.held,
      queued,
      accepted: this.accepted,
      acknowledged: this.acknowledged,
      refusedFull: this.refusedFull,
      refusedClosed: this.refusedClosed,
      discarded: this.discarded,
      waiting: this.waiters.length,
      refusedUndecoded: this.refusedUndecoded,
    };
  }

  /** Prometheus text exposition of {@link SpanChannel.snapshot} (see `spanChannelPrometheus`). */
  toPrometheus(): string {
    return spanChannelPrometheus(this.snapshot());
  }

  /**
   * Lets waiting requests in, oldest first, about as many as the room left takes at the average batch
   * size (each is decoded and accepted right after, before the next acknowledgement); all of them once the
   * channel no longer takes spans, so `accept` gives them the reason.
   */
  private letWaitersIn(): void {
    let room = this.current === 'open' ? this.capacity - this.held : Number.POSITIVE_INFINITY;
    while (room > 0 && this.waiters.length > 0) {
      const waiter = this.waiters.shift() as RoomWaiter;
      waiter.cancelTimer();
      waiter.answer(ACCEPTED);
      room -= Math.max(1, this.averageBatch);
    }
  }

  /** `full` for a request refused before it was decoded (its spans unknown, so counted as a request). */
  private refuseUndecoded(): AcceptResult {
    this.refusedUndecoded += 1;
    return {
      status: 'full',
      retryAfterMs: this.retryAfterMs,
      reason: `span channel "${this.name}" holds ${this.held} of ${this.capacity} spans`,
    };
  }

  private enqueue(p: ChannelPartition, batch: readonly Span[]): void {
    p.queue.push(batch);
    p.queued += batch.length;
  }

  private split(spans: readonly Span[]): Map<ChannelPartition, Span[]> {
    const out = new Map<ChannelPartition, Span[]>();
    const n = this.partitions.length;
    for (const span of spans) {
      const p = this.partitions[traceHash(span) % n] as ChannelPartition;
      let batch = out.get(p);
      if (batch === undefined) out.set(p, (batch = []));
      batch.push(span);
    }
    return out;
  }

  /** Emits queued batches of every partition the engine has not paused; ends the source once drained. */
  private pump(): void {
    const ctx = this.ctx;
    if (ctx === undefined || this.pumping || this.current === 'stopped' || this.current === 'ended') return;
    this.pumping = true;
    try {
      for (const p of this.partitions) {
        while (!p.paused && p.queue.length > 0 && this.isLive()) {
          const batch = p.queue.shift() as readonly Span[];
          p.queued -= batch.length;
          p.emitted += batch.length;
          ctx.emit(p.id, batch, p.emitted);
        }
      }
      if (this.current === 'closing' && this.partitions.every((p) => p.queue.length === 0)) {
        this.current = 'ended';
        ctx.end();
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Still emitting (the engine may stop the channel from inside an emit). */
  private isLive(): boolean {
    return this.current === 'open' || this.current === 'closing';
  }
}

/** FNV-1a of `tenant:traceId`: each trace of a tenant always lands in the same partition. */
function traceHash(span: Span): number {
  const key = `${span.tenantId}:${span.traceId}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function labelled(counter: Counter, labels: Readonly<Record<string, string>>): Counter {
  return { inc: (value = 1, extra) => counter.inc(value, extra ? { ...labels, ...extra } : labels) };
}

function check(ok: boolean, option: string, value: unknown, what: string): void {
  if (!ok) throw new HtError('CONFIG_INVALID', `span channel option ${option} must be ${what}, got ${String(value)}`);
}
