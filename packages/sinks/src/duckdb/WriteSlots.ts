import type { DuckDBConnection } from '@duckdb/node-api';

/** The two locks a write takes in turn: staging its rows, then merging them. */
export interface WriteLocks {
  /** Runs `step` when no other batch is being staged. */
  readonly stage: <M>(step: () => Promise<M>) => Promise<M>;
  /** Runs `step` when no other batch of `view` is being merged (or appended to its table). */
  readonly merge: <M>(view: string, step: () => Promise<M>) => Promise<M>;
}

/**
 * The DuckDB store's writers: a few connections, each with its own TEMP staging tables, so one batch is
 * appended (JavaScript, on the main thread) while the previous one is merged (DuckDB's threads). Merges
 * into one view's table run one at a time: each checks the table for the keys it is about to insert, so
 * two concurrent merges could both insert a key that appears in both batches (a transaction sees only
 * what was committed when it began); merges into different tables, whose keys never meet, run side by
 * side. Staging runs one at a time too: two batches staged interleaved would both finish late, and the
 * first merge would wait for both.
 *
 * @example
 * ```ts
 * const slots = new WriteSlots([await instance.connect(), await instance.connect()]);
 * await slots.use(async (connection, { stage, merge }) => { await stage(() => append(connection)); await merge('span_view', () => connection.run(sql)); });
 * ```
 */
export class WriteSlots {
  private readonly free: DuckDBConnection[];
  private readonly waiting: ((c: DuckDBConnection) => void)[] = [];
  private readonly mergeQueues = new Map<string, Promise<unknown>>();
  private stageQueue: Promise<unknown> = Promise.resolve();

  constructor(readonly connections: readonly DuckDBConnection[]) {
    this.free = [...connections];
  }

  /** Runs `fn` with a free connection, the staging lock and the merge lock. */
  async use<T>(fn: (connection: DuckDBConnection, locks: WriteLocks) => Promise<T>): Promise<T> {
    const connection =
      this.free.pop() ?? (await new Promise<DuckDBConnection>((resolve) => this.waiting.push(resolve)));
    try {
      return await fn(connection, {
        stage: (step) => this.stage(step),
        merge: (view, step) => this.merge(view, step),
      });
    } finally {
      const next = this.waiting.shift();
      if (next) next(connection);
      else this.free.push(connection);
    }
  }

  /**
   * Runs `step` in the staging lock's turn, as a batch's staging would: no batch stages (appends) while it
   * runs, and those that come meanwhile wait for it (the store's checkpoints; see `StoreCheckpoints`).
   */
  exclusive<M>(step: () => Promise<M>): Promise<M> {
    return this.stage(step);
  }

  /** Runs `fn` on every connection, one after another (staging tables are per connection). */
  async each(fn: (connection: DuckDBConnection) => Promise<void>): Promise<void> {
    for (const c of this.connections) await fn(c);
  }

  closeAll(): void {
    for (const c of this.connections) c.closeSync();
  }

  private merge<M>(view: string, step: () => Promise<M>): Promise<M> {
    const run = (this.mergeQueues.get(view) ?? Promise.resolve()).then(step, step);
    this.mergeQueues.set(
      view,
      run.catch(() => undefined),
    );
    return run;
  }

  private stage<M>(step: () => Promise<M>): Promise<M> {
    const run = this.stageQueue.then(step, step);
    this.stageQueue = run.catch(() => undefined);
    return run;
  }
}
