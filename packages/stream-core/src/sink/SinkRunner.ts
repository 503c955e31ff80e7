import type { Observable, Subscription } from 'rxjs';
import { releaseRecords } from '../checkpoint/AckToken.js';
import type { Batch } from '../core/Batch.js';
import type { MaybePromise } from '../core/maybeAsync.js';
import { allOf, andThen, isPromiseLike } from '../core/maybeAsync.js';
import { HtError, isHtError, toHtError } from '../errors/HtError.js';
import type { RetryOptions } from '../retry/retry.js';
import { retry } from '../retry/retry.js';
import type { OperatorContext } from '../graph/OperatorContext.js';
import type { Sink } from './Sink.js';

/** Per-sink settings given to `stream.to(sink, options)`. */
export interface SinkOptions {
  /** Operator name (default: the sink's name). */
  readonly name?: string;
  /** Retries of writes rejected with a retriable `HtError`. Default: 5 retries from 100 ms, full jitter. */
  readonly retry?: Omit<RetryOptions, 'clock'>;
}

/**
 * Runs one {@link Sink}: writes each batch, retries retriable failures, and acknowledges a batch's
 * records once its write resolved. Stays synchronous for synchronous sinks.
 */
export class SinkRunner<T> {
  private subscription: Subscription | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private inFlightRecords = 0;
  private ended = false;
  private finishedResolve: (() => void) | undefined;
  private finishedValue: MaybePromise<void> | undefined;
  private closed = false;

  constructor(
    readonly sink: Sink<T>,
    private readonly options: SinkOptions,
    private readonly ctx: OperatorContext,
    private readonly hooks: { fail(error: unknown): void; ended(): void },
  ) {
    ctx.metrics.queueDepth = () => this.inFlightRecords;
  }

  /** Whether the input completed and every write resolved. */
  get done(): boolean {
    return this.ended && this.inFlight.size === 0;
  }

  /** Records written but not yet durable. */
  get pendingRecords(): number {
    return this.inFlightRecords;
  }

  subscribe(input: Observable<Batch<T>>): void {
    this.subscription = input.subscribe({
      next: (batch) => this.write(batch),
      error: (error: unknown) => this.hooks.fail(error),
      complete: () => {
        this.ended = true;
        this.checkEnded();
      },
    });
  }

  unsubscribe(): void {
    this.subscription?.unsubscribe();
  }

  /** Resolves once every write issued so far is durable and the sink flushed (a checkpoint barrier). */
  barrier(): MaybePromise<void> {
    const writes = allOf([...this.inFlight]);
    return andThen(writes, () => this.sink.flush?.());
  }

  /** Asks the sink to flush now (every source is waiting on credits). */
  nudge(): void {
    if (this.inFlightRecords === 0 || this.sink.flush === undefined) return;
    try {
      const r = this.sink.flush();
      if (isPromiseLike(r)) r.catch((e: unknown) => this.hooks.fail(e));
    } catch (e) {
      this.hooks.fail(e);
    }
  }

  /** Flushes and closes the sink once (after its last write). */
  close(): MaybePromise<void> {
    if (this.closed) return undefined;
    this.closed = true;
    return andThen(this.barrier(), () => this.sink.close?.());
  }

  /** Resolves (or returns) when the input ended and all writes resolved. */
  finished(): MaybePromise<void> {
    if (this.done) return undefined;
    this.finishedValue ??= new Promise<void>((resolve) => (this.finishedResolve = resolve));
    return this.finishedValue;
  }

  private write(batch: Batch<T>): void {
    const n = batch.values.length;
    this.ctx.metrics.watermark = batch.watermark;
    if (n === 0) return;
    const started = performance.now();
    this.ctx.metrics.recordsIn += n;
    let result: void | Promise<void>;
    try {
      result = this.sink.write(batch.values);
    } catch (error) {
      result = Promise.reject(asError(error));
    }
    if (!isPromiseLike(result)) {
      this.written(batch, started);
      return;
    }
    this.inFlightRecords += n;
    const tracked = result
      .catch((error: unknown) =>
        this.isRetriable(error) ? this.retryWrite(batch.values, error) : Promise.reject(asError(error)),
      )
      .then(
        () => {
          this.inFlightRecords -= n;
          this.inFlight.delete(tracked);
          this.written(batch, started);
          this.checkEnded();
        },
        (error: unknown) => {
          this.inFlight.delete(tracked);
          this.hooks.fail(this.writeError(error));
        },
      );
    this.inFlight.add(tracked);
  }

  private written(batch: Batch<T>, started: number): void {
    const now = performance.now();
    this.ctx.metrics.batchSeconds.observe((now - started) / 1000);
    const first = batch.tokens[0];
    if (first != null)
      this.ctx.metrics.endToEndSeconds.observe(Math.max(0, this.ctx.clock.now() - first.createdAt) / 1000);
    this.ctx.metrics.recordsOut += batch.values.length;
    releaseRecords(batch.tokens);
  }

  /** Retries a failed write: attempt 0 replays the first failure, so the backoff comes before retry 1. */
  private retryWrite(records: readonly T[], first: unknown): Promise<void> {
    return retry(
      async (attempt) => {
        if (attempt === 0) throw first;
        await this.sink.write(records);
      },
      { ...this.options.retry, isRetriable: (e) => this.isRetriable(e), clock: this.ctx.clock },
    );
  }

  private isRetriable(error: unknown): boolean {
    return this.options.retry?.isRetriable?.(error) ?? (isHtError(error) && error.retriable);
  }

  private writeError(error: unknown): HtError {
    if (error instanceof HtError) return error;
    return toHtError(error, 'DEPENDENCY_UNAVAILABLE', `sink "${this.sink.name}" write failed`);
  }

  private checkEnded(): void {
    if (!this.done) return;
    this.finishedResolve?.();
    this.hooks.ended();
  }
}

/** Keeps Error instances as they are (HtErrors included); wraps anything else thrown. */
function asError(error: unknown): Error {
  return error instanceof Error ? error : toHtError(error, 'DEPENDENCY_UNAVAILABLE');
}
