import type { ViewDefinition } from '@ht/enricher-sdk';
import type { TraceRows } from '@ht/enricher-sdk/host';
import { HtError, isHtError, retry, systemClock, toHtError } from '@ht/stream-core';
import type { CancelTimer, Clock, RetryOptions, Sink } from '@ht/stream-core';
import { validateRows, validRows } from '../rows/validateRows.js';
import type { ViewRow, ViewWriter } from '../store/ViewStore.js';
import { estimateRowBytes } from './rowBytes.js';

/**
 * Batching, concurrency and retry settings of a {@link ViewSink}.
 *
 * @example
 * ```ts
 * const options: ViewSinkOptions = { maxRows: 50_000, maxDelayMs: 1_000, maxInFlight: 2 };
 * ```
 */
export interface ViewSinkOptions {
  readonly name?: string;
  /** Rows per insert (per view). Default the store's `batchRows` (ClickHouse 50 000, DuckDB 122 880), else 50 000. */
  readonly maxRows?: number;
  /** Estimated bytes per insert (per view). Default 32 MiB. */
  readonly maxBytes?: number;
  /** Longest a row waits in the buffer before its batch is sent. Default 1 000 ms. */
  readonly maxDelayMs?: number;
  /** Inserts at once. Default the store's `maxConcurrentWrites`. */
  readonly maxInFlight?: number;
  /** Rows accepted but not durable yet (buffered + in flight) before `write` waits. Default 4 × maxRows. */
  readonly maxPendingRows?: number;
  /** Retries of retriable store errors. Default: unbounded (the pipeline pauses until the store is back), 100 ms to 5 s backoff. */
  readonly retry?: Omit<RetryOptions, 'clock' | 'isRetriable'>;
  /**
   * A row that does not fit its view's columns: `fail` rejects the whole `write` (`INPUT_INVALID`, the
   * default: a library user sees the bug at once); `drop` leaves that row out, hands its error to
   * `onInvalidRow`, and writes the rest (a long-running pipeline keeps going past a buggy user view).
   */
  readonly invalidRows?: 'fail' | 'drop';
  /** Told of each row dropped under `invalidRows: 'drop'` (count it, log it). */
  readonly onInvalidRow?: (error: HtError) => void;
  readonly clock?: Clock;
}

/**
 * Counters of a {@link ViewSink}, for metrics and tests.
 *
 * @example
 * ```ts
 * const { bufferedRows, inFlight, retries } = sink.stats;
 * ```
 */
export interface ViewSinkStats {
  readonly bufferedRows: number;
  readonly inFlight: number;
  readonly batches: number;
  readonly rowsWritten: number;
  readonly retries: number;
}

interface Ticket {
  remaining: number;
  failed: boolean;
  resolve(): void;
  reject(error: unknown): void;
}

interface Buffer {
  rows: ViewRow[];
  bytes: number;
  tickets: Set<Ticket>;
  timer: CancelTimer | undefined;
}

/**
 * Feeds a {@link ViewStore} (or any {@link ViewWriter}, e.g. the Kafka view writer) from a stream-core job: a
 * `Sink<TraceRows>` taking each trace's rows per view (as the host's `ViewMaterializer` gives them, views
 * having run in their own isolated step), batches rows per view by rows, bytes and time, keeps at most `maxInFlight` inserts
 * running, retries retriable store errors with backoff, and resolves a `write` only when every row it
 * brought is durable (so its records are acknowledged only then). When the store cannot write, writes
 * stay pending and new ones wait once `maxPendingRows` are pending: the engine runs out of credits and
 * pauses its sources instead of anything buffering without bound. A row that does not fit its view
 * rejects its `write` at once (`INPUT_INVALID`, naming view, row and column); nothing of it is buffered.
 *
 * @example
 * ```ts
 * import { ViewMaterializer } from '@ht/enricher-sdk/host';
 *
 * const materializer = new ViewMaterializer(plugins.loadedViews, { logger, metrics });
 * await materializer.start();
 * job
 *   .source(enrichedTraces)
 *   .mapAsync((trace) => materializer.materialize(trace), { maxInFlight: 64 })
 *   .to(new ViewSink(store, materializer.views, { maxRows: 50_000, maxDelayMs: 1_000 }));
 * ```
 */
export class ViewSink implements Sink<TraceRows> {
  readonly name: string;
  private readonly buffers = new Map<string, Buffer>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly slotWaiters: (() => void)[] = [];
  private readonly spaceWaiters: (() => void)[] = [];
  private readonly clock: Clock;
  private readonly maxRows: number;
  private readonly maxBytes: number;
  private readonly maxDelayMs: number;
  private readonly maxInFlight: number;
  private readonly maxPendingRows: number;
  private pendingRows = 0;
  private running = 0;
  private counters = { batches: 0, rowsWritten: 0, retries: 0 };

  constructor(
    private readonly store: ViewWriter,
    private readonly views: readonly ViewDefinition[],
    private readonly options: ViewSinkOptions = {},
  ) {
    this.name = options.name ?? 'view-sink';
    this.clock = options.clock ?? systemClock;
    this.maxRows = options.maxRows ?? store.capabilities.batchRows ?? 50_000;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
    this.maxDelayMs = options.maxDelayMs ?? 1_000;
    this.maxInFlight = options.maxInFlight ?? store.capabilities.maxConcurrentWrites;
    this.maxPendingRows = options.maxPendingRows ?? 4 * this.maxRows;
    for (const view of views) this.buffers.set(view.name, { rows: [], bytes: 0, tickets: new Set(), timer: undefined });
  }

  /** Counters: buffered rows, inserts in flight, batches and rows written, retries. */
  get stats(): ViewSinkStats {
    let bufferedRows = 0;
    for (const b of this.buffers.values()) bufferedRows += b.rows.length;
    return { bufferedRows, inFlight: this.running, ...this.counters };
  }

  async write(batch: readonly TraceRows[]): Promise<void> {
    const perView = this.collect(batch);
    let total = 0;
    for (const rows of perView.values()) total += rows.length;
    if (total === 0) return;
    while (this.pendingRows > 0 && this.pendingRows + total > this.maxPendingRows) {
      await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
    }
    this.pendingRows += total;
    const done = new Promise<void>((resolve, reject) => {
      const ticket: Ticket = { remaining: 1, failed: false, resolve, reject };
      for (const [view, rows] of perView) this.add(view, rows, ticket);
      this.settle(ticket);
    });
    return done;
  }

  async flush(): Promise<void> {
    for (const view of this.buffers.keys()) this.cut(view);
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async close(): Promise<void> {
    await this.flush();
  }

  /** Gathers a batch's rows per view and checks them against their columns (before anything is buffered). */
  private collect(batch: readonly TraceRows[]): Map<string, ViewRow[]> {
    const perView = new Map<string, ViewRow[]>();
    for (const traceRows of batch) {
      for (const [name, rows] of traceRows) {
        if (!this.buffers.has(name)) {
          throw new HtError(
            'INPUT_INVALID',
            `rows for view '${name}', which this sink was not given (views: ${[...this.buffers.keys()].join(', ')})`,
          );
        }
        let list = perView.get(name);
        if (list === undefined) perView.set(name, (list = []));
        for (const row of rows) list.push(row);
      }
    }
    for (const view of this.views) {
      const rows = perView.get(view.name);
      if (rows === undefined) continue;
      if (rows.length === 0) perView.delete(view.name);
      else if (this.options.invalidRows !== 'drop') validateRows(view, rows);
      else {
        const kept = validRows(view, rows, (error) => this.options.onInvalidRow?.(error));
        if (kept.length === 0) perView.delete(view.name);
        else if (kept !== rows) perView.set(view.name, [...kept]);
      }
    }
    return perView;
  }

  private add(view: string, rows: readonly ViewRow[], ticket: Ticket): void {
    const buffer = this.buffers.get(view)!;
    for (const row of rows) {
      if (!buffer.tickets.has(ticket)) {
        buffer.tickets.add(ticket);
        ticket.remaining++;
      }
      buffer.rows.push(row);
      buffer.bytes += estimateRowBytes(row);
      if (buffer.rows.length >= this.maxRows || buffer.bytes >= this.maxBytes) this.cut(view);
    }
    if (buffer.rows.length > 0 && buffer.timer === undefined) {
      buffer.timer = this.clock.setTimer(() => this.cut(view), this.maxDelayMs);
    }
  }

  /** Sends what a view's buffer holds as one batch. */
  private cut(view: string): void {
    const buffer = this.buffers.get(view)!;
    buffer.timer?.();
    buffer.timer = undefined;
    if (buffer.rows.length === 0) return;
    const rows = buffer.rows;
    const tickets = [...buffer.tickets];
    buffer.rows = [];
    buffer.bytes = 0;
    buffer.tickets = new Set();
    const sent = this.send(view, rows, tickets);
    this.inFlight.add(sent);
    void sent.finally(() => this.inFlight.delete(sent));
  }

  private async send(view: string, rows: readonly ViewRow[], tickets: readonly Ticket[]): Promise<void> {
    while (this.running >= this.maxInFlight) await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    this.running++;
    try {
      await retry(() => this.store.write(view, rows), {
        retries: Number.POSITIVE_INFINITY,
        baseDelayMs: 100,
        maxDelayMs: 5_000,
        ...this.options.retry,
        clock: this.clock,
        isRetriable: (e) => isHtError(e) && e.retriable,
        onRetry: (error, attempt, delayMs) => {
          this.counters.retries++;
          this.options.retry?.onRetry?.(error, attempt, delayMs);
        },
      });
      this.counters.batches++;
      this.counters.rowsWritten += rows.length;
      for (const t of tickets) this.settle(t);
    } catch (error) {
      const failure = error instanceof HtError ? error : toHtError(error, 'INTERNAL', `writing ${view} failed`);
      for (const t of tickets) {
        t.failed = true;
        t.reject(failure);
      }
    } finally {
      this.running--;
      this.pendingRows -= rows.length;
      this.slotWaiters.shift()?.();
      for (const wake of this.spaceWaiters.splice(0)) wake();
    }
  }

  private settle(ticket: Ticket): void {
    ticket.remaining--;
    if (ticket.remaining === 0 && !ticket.failed) ticket.resolve();
  }
}
