import { Subject } from 'rxjs';
import type { Observable } from 'rxjs';
import type { Sink } from '../sink/Sink.js';
import type { Clock } from '../time/Clock.js';
import { sleep } from '../time/Clock.js';

/** How a {@link MemorySink} behaves. */
export interface MemorySinkOptions {
  readonly name?: string;
  /** Make writes async: each resolves after this much time of `clock`. */
  readonly latencyMs?: number;
  readonly clock?: Clock;
  /** Throw this error from the next N writes (retries included). */
  readonly failures?: { readonly count: number; readonly error: () => unknown };
}

/**
 * A sink that keeps what it is given: `records` for assertions, `values$` for marble tests (each
 * record at the time it was written, completing when the job closes the sink). Synchronous unless
 * `latencyMs` is set, so it keeps marble tests synchronous.
 *
 * @example
 * ```ts
 * const sink = new MemorySink<number>();
 * numbers.to(sink);
 * await job.start(); await job.done;
 * expect(sink.records).toEqual([1, 2, 3]);
 * ```
 */
export class MemorySink<T> implements Sink<T> {
  readonly name: string;
  readonly records: T[] = [];
  /** Sizes of the batches written. */
  readonly batches: number[] = [];
  writes = 0;
  flushes = 0;
  closed = false;
  private readonly subject = new Subject<T>();
  private failuresLeft: number;

  constructor(private readonly options: MemorySinkOptions = {}) {
    this.name = options.name ?? 'memory-sink';
    this.failuresLeft = options.failures?.count ?? 0;
  }

  /** Each record as it is written; completes when the sink closes. */
  get values$(): Observable<T> {
    return this.subject.asObservable();
  }

  write(records: readonly T[]): void | Promise<void> {
    this.writes++;
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw this.options.failures?.error();
    }
    const { latencyMs, clock } = this.options;
    if (latencyMs === undefined || clock === undefined) {
      this.accept(records);
      return;
    }
    return sleep(clock, latencyMs).then(() => this.accept(records));
  }

  flush(): void {
    this.flushes++;
  }

  close(): void {
    this.closed = true;
    this.subject.complete();
  }

  private accept(records: readonly T[]): void {
    this.batches.push(records.length);
    for (const r of records) {
      this.records.push(r);
      this.subject.next(r);
    }
  }
}
