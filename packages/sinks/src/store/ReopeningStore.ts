import type { ViewDefinition } from '@ht/enricher-sdk';
import { HtError, isHtError } from '@ht/stream-core';
import type { Query } from '../query/Query.js';
import type { QueryOptions } from '../query/QueryOptions.js';
import type { QueryRow } from '../query/QueryResult.js';
import type { RebuiltMinutes, RollupDefinition, RollupRange } from '../rollup/defineRollup.js';
import type { ViewCatalogEntry } from './ViewCatalog.js';
import type { TraceRowsOptions } from './traceQuery.js';
import type { StoreCapabilities, ViewRow, ViewStore } from './ViewStore.js';

/**
 * How a {@link ReopeningStore} opens its store again and tells of its faults.
 *
 * @example
 * ```ts
 * const options: ReopeningStoreOptions = {
 *   location: '/var/lib/ht/views.duckdb',
 *   open: () => createDuckDbStore({ path: '/var/lib/ht/views.duckdb' }),
 *   isStorageFault: isDuckDbStorageFault,
 *   onFault: (error) => logger.error({ err: error }, error.message),
 * };
 * ```
 */
export interface ReopeningStoreOptions {
  /** Opens the same database again (a fresh store object). */
  readonly open: () => Promise<ViewStore>;
  /** Where the store keeps its data (a file path, a URL): named in every error. */
  readonly location: string;
  /** True for an error saying the storage failed (disk full, read-only, an I/O error): the store is reopened. */
  readonly isStorageFault: (error: unknown) => boolean;
  /** Wait before the first reopen of an outage, doubled after each failed one. Default 100 ms. */
  readonly baseDelayMs?: number;
  /** The longest wait between two reopens. Default 5 000 ms. */
  readonly maxDelayMs?: number;
  /** Told of the first storage fault of an outage (a retriable `DEPENDENCY_UNAVAILABLE` naming the location). */
  readonly onFault?: (error: HtError) => void;
  /** Told of each reopen that worked: how long the store had been failing, and the reopens it took. */
  readonly onReopen?: (outage: { readonly downMs: number; readonly attempts: number }) => void;
  /** Told of each reopen that failed (the storage still fails), with the attempt number. */
  readonly onReopenFailed?: (error: HtError, attempt: number) => void;
  /** The clock (default `Date.now`). */
  readonly now?: () => number;
}

/**
 * Counters of a {@link ReopeningStore}.
 *
 * @example
 * ```ts
 * const store = await createReopeningDuckDbStore({ path: './data/views.duckdb' });
 * const { faults, reopens } = store.stats;
 * ```
 */
export interface ReopeningStoreStats {
  /** Operations that failed with a storage fault. */
  readonly faults: number;
  /** Reopens that worked. */
  readonly reopens: number;
  /** Reopens that failed. */
  readonly failedReopens: number;
  /** True while the store waits to be reopened. */
  readonly broken: boolean;
}

interface Outage {
  readonly since: number;
  /** Reopens tried in this outage (reset by the first write that works after a reopen: reads may work while writes fail). */
  attempts: number;
  nextAttemptAt: number;
  error: HtError;
  /** The store must be reopened before its next use (false once a reopen worked and nothing worked since). */
  broken: boolean;
}

/**
 * A {@link ViewStore} that survives its storage failing: an operation failing with a storage fault
 * (`isStorageFault`: the disk full, the data dir read-only, an I/O error; DuckDB then may have
 * invalidated its database) rejects with a retriable `DEPENDENCY_UNAVAILABLE` naming the location, the
 * store is closed, and the next operation opens it again (`open`), ensuring the same tables and rollups,
 * with backoff between reopens while the storage keeps failing. A `ViewSink` retries retriable errors,
 * so the batch is written again once the storage works: nothing accepted is lost, and the pipeline
 * resumes by itself. Stores write idempotently, so a batch that reached the storage before the fault
 * is not written twice.
 *
 * @example
 * ```ts
 * const path = './data/views.duckdb';
 * const open = (): Promise<ViewStore> => createDuckDbStore({ path });
 * const store = new ReopeningStore(await open(), { location: path, open, isStorageFault: isDuckDbStorageFault });
 * await store.ensureTables([spanView]);
 * ```
 */
export class ReopeningStore implements ViewStore {
  readonly capabilities: StoreCapabilities;
  private current: ViewStore;
  private outage: Outage | undefined;
  private reopening: Promise<ViewStore> | undefined;
  private readonly views = new Map<string, ViewDefinition>();
  private readonly rollups = new Map<string, RollupDefinition>();
  private counters = { faults: 0, reopens: 0, failedReopens: 0 };
  private closed = false;
  private readonly now: () => number;

  constructor(
    store: ViewStore,
    private readonly options: ReopeningStoreOptions,
  ) {
    this.current = store;
    this.capabilities = store.capabilities;
    this.now = options.now ?? Date.now;
  }

  /** Faults, reopens and whether the store waits to be reopened. */
  get stats(): ReopeningStoreStats {
    return { ...this.counters, broken: this.outage?.broken ?? false };
  }

  async ensureTables(views: readonly ViewDefinition[]): Promise<void> {
    await this.guard((s) => s.ensureTables(views), true);
    for (const view of views) this.views.set(view.name, view);
  }

  catalog(): Promise<ViewCatalogEntry[]> {
    return this.guard((s) => s.catalog());
  }

  write(view: string, rows: readonly ViewRow[]): Promise<void> {
    return this.guard((s) => s.write(view, rows), true);
  }

  query(query: Query, options?: QueryOptions): Promise<QueryRow[]> {
    return this.guard((s) => s.query(query, options));
  }

  traceRows(view: string, tenantId: string, traceId: string, options?: TraceRowsOptions): Promise<QueryRow[]> {
    return this.guard((s) => s.traceRows(view, tenantId, traceId, options));
  }

  async ensureRollups(rollups: readonly RollupDefinition[]): Promise<void> {
    await this.guard((s) => s.ensureRollups(rollups));
    for (const rollup of rollups) this.rollups.set(rollup.name, rollup);
  }

  rebuildRollup(name: string, fromMicros: number, toMicros: number): Promise<void> {
    return this.guard((s) => s.rebuildRollup(name, fromMicros, toMicros));
  }

  queryRollup(name: string, range: RollupRange, options?: QueryOptions): Promise<QueryRow[]> {
    return this.guard((s) => s.queryRollup(name, range, options));
  }

  rebuiltRollupMinutes(name: string): Promise<RebuiltMinutes | undefined> {
    return this.guard((s) => s.rebuiltRollupMinutes(name));
  }

  expire(view: string, beforeMicros: number): Promise<void> {
    return this.guard((s) => s.expire(view, beforeMicros), true);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.reopening?.catch(() => undefined);
    await this.current.close();
  }

  /**
   * Tells of a storage fault met outside an operation (the DuckDB store's checkpoint, which runs after a
   * commit): handled as an operation's would be (counted, told to `onFault`, the store reopened before the
   * next operation). `store` is the store it came from (a fault of a store already replaced is only
   * counted); anything but a storage fault is ignored.
   */
  reportFault(error: unknown, store: ViewStore = this.current): void {
    if (this.closed || !this.options.isStorageFault(error)) return;
    this.fault(store, error);
  }

  /**
   * Runs `fn` on a working store; a storage fault (or the store closed under it by a reopen) rejects
   * retriable. A write that works (`writes`) ends the outage.
   */
  private async guard<T>(fn: (store: ViewStore) => Promise<T>, writes = false): Promise<T> {
    const store = await this.live();
    try {
      const result = await fn(store);
      if (writes && this.outage !== undefined && !this.outage.broken && store === this.current) {
        this.outage = undefined;
      }
      return result;
    } catch (error) {
      if (this.closed) throw error;
      if (store !== this.current && isHtError(error, 'LIFECYCLE')) throw this.outage?.error ?? error;
      if (!this.options.isStorageFault(error)) throw error;
      throw this.fault(store, error);
    }
  }

  /** Records a storage fault of `store`: the store is to be reopened. Returns the error to reject with. */
  private fault(store: ViewStore, error: unknown): HtError {
    this.counters.faults++;
    const detail = error instanceof Error ? error.message : String(error);
    const failure = new HtError(
      'DEPENDENCY_UNAVAILABLE',
      `the store at ${this.options.location} failed to read or write its data (${detail}); it is reopened ` +
        'and the operation retried once its storage works again (free space, restore write permission)',
      { cause: error, retriable: true, context: { location: this.options.location } },
    );
    if (store !== this.current) return failure;
    const now = this.now();
    if (this.outage === undefined) {
      this.outage = { since: now, attempts: 0, nextAttemptAt: now, error: failure, broken: true };
      this.options.onFault?.(failure);
    } else if (!this.outage.broken) {
      // Reopened, and failing again: wait the backoff before the next reopen.
      this.outage.broken = true;
      this.outage.error = failure;
      this.outage.nextAttemptAt = now + this.delay(this.outage.attempts);
    }
    return failure;
  }

  /** The store to use: the current one, or a reopened one when it failed (or the fault, before the backoff ends). */
  private async live(): Promise<ViewStore> {
    if (this.closed) throw new HtError('LIFECYCLE', `the store at ${this.options.location} is closed`);
    const outage = this.outage;
    if (outage === undefined || !outage.broken) return this.current;
    if (this.reopening !== undefined) return this.reopening;
    if (this.now() < outage.nextAttemptAt) throw outage.error;
    this.reopening = this.reopen(outage).finally(() => (this.reopening = undefined));
    return this.reopening;
  }

  private async reopen(outage: Outage): Promise<ViewStore> {
    outage.attempts++;
    await this.current.close().catch(() => undefined);
    let opened: ViewStore | undefined;
    try {
      opened = await this.options.open();
      if (this.views.size > 0) await opened.ensureTables([...this.views.values()]);
      if (this.rollups.size > 0) await opened.ensureRollups([...this.rollups.values()]);
    } catch (error) {
      await opened?.close().catch(() => undefined);
      this.counters.failedReopens++;
      const detail = error instanceof Error ? error.message : String(error);
      const failure = new HtError(
        'DEPENDENCY_UNAVAILABLE',
        `the store at ${this.options.location} could not be reopened (${detail}); trying again`,
        { cause: error, retriable: true, context: { location: this.options.location } },
      );
      outage.error = failure;
      outage.nextAttemptAt = this.now() + this.delay(outage.attempts);
      this.options.onReopenFailed?.(failure, outage.attempts);
      throw failure;
    }
    if (this.closed) {
      await opened.close();
      throw new HtError('LIFECYCLE', `the store at ${this.options.location} is closed`);
    }
    this.current = opened;
    outage.broken = false;
    this.counters.reopens++;
    this.options.onReopen?.({ downMs: this.now() - outage.since, attempts: outage.attempts });
    return opened;
  }

  private delay(attempts: number): number {
    const base = this.options.baseDelayMs ?? 100;
    return Math.min(this.options.maxDelayMs ?? 5_000, base * 2 ** Math.max(0, attempts - 1));
  }
}
