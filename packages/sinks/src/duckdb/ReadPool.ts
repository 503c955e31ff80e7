import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The DuckDB store's read connections: each query takes a free one (or waits for the first to come
 * free, in order), so concurrent queries run side by side instead of queueing on the main connection
 * behind each other, DDL and `expire`. DuckDB reads a consistent snapshot per statement (MVCC), so a
 * query never sees half of a batch being merged on a writer connection.
 *
 * @example
 * ```ts
 * const pool = new ReadPool([await instance.connect(), await instance.connect()]);
 * const rows = await pool.use((connection) => connection.runAndReadAll('SELECT 1'));
 * ```
 */
export class ReadPool {
  private readonly free: DuckDBConnection[];
  private readonly waiting: ((c: DuckDBConnection) => void)[] = [];
  private readonly running = new Set<Promise<unknown>>();

  constructor(readonly connections: readonly DuckDBConnection[]) {
    this.free = [...connections];
  }

  /** Runs `fn` with a free read connection (waiting for one if all are busy). */
  use<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const run = this.take().then(async (connection) => {
      try {
        return await fn(connection);
      } finally {
        this.give(connection);
      }
    });
    const settled = run.catch(() => undefined);
    this.running.add(settled);
    void settled.finally(() => this.running.delete(settled));
    return run;
  }

  /** Resolves when every query taken so far has ended (succeeded or failed). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** Closes every connection (call after {@link drain}). */
  closeAll(): void {
    for (const c of this.connections) c.closeSync();
  }

  private take(): Promise<DuckDBConnection> {
    const connection = this.free.pop();
    if (connection !== undefined) return Promise.resolve(connection);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(connection: DuckDBConnection): void {
    const next = this.waiting.shift();
    if (next) next(connection);
    else this.free.push(connection);
  }
}
