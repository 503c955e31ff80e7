import { stat } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * One checkpoint the DuckDB store ran: the WAL's size when it started and how long it took.
 *
 * @example
 * ```ts
 * const onCheckpoint = ({ walBytes, durationMs }: CheckpointReport): void =>
 *   console.log(`checkpointed ${walBytes} bytes of WAL in ${durationMs} ms`);
 * ```
 */
export interface CheckpointReport {
  readonly walBytes: number;
  readonly durationMs: number;
}

/**
 * What {@link StoreCheckpoints} needs: the WAL to watch, when to checkpoint, how, and the lock that keeps
 * the store's appenders off the tables meanwhile.
 */
export interface StoreCheckpointsOptions {
  /** The database's write-ahead log (`<file>.wal`). */
  readonly walPath: string;
  /** WAL size (bytes) from which a checkpoint starts. */
  readonly thresholdBytes: number;
  /** A connection of the checkpoints' own (`CHECKPOINT` runs on it, on a DuckDB thread); closed by {@link StoreCheckpoints.close}. */
  readonly connection: DuckDBConnection;
  /** Runs `step` when no batch is being appended, and holds further appends until it is done. */
  readonly exclusive: (step: () => Promise<void>) => Promise<void>;
  /** Told of each checkpoint that ran. */
  readonly onCheckpoint?: (report: CheckpointReport) => void;
  /** Told of a checkpoint that failed (the next one is tried after the next commit). */
  readonly onCheckpointFailed?: (error: Error) => void;
  /** The WAL's size is read at most this often (ms). Default 250. */
  readonly checkEveryMs?: number;
}

/**
 * The DuckDB store's checkpoints, run by the store rather than by DuckDB's automatic checkpoint.
 *
 * Why: while DuckDB checkpoints, an appender's flush into any of the database's tables waits for the
 * checkpoint to end (measured on DuckDB 1.5: a 100-row flush held 1.4 s by a 1.4 s checkpoint), and the
 * flush is a synchronous call on the JavaScript thread. An automatic checkpoint (run by the commit that
 * crosses the threshold, on a DuckDB thread) therefore froze the whole process for its duration (the
 * receivers, the ops server, queries) whenever the next batch's flush came: seconds to tens of seconds on
 * a busy machine. Here, after a commit, the WAL's size is read; past the threshold, a checkpoint is queued
 * behind the batch being appended, on a connection of its own, and batches wait for it (asynchronously)
 * before appending: the event loop keeps running, queries and commits go on (DuckDB lets inserting
 * transactions commit during a checkpoint), and what arrives meanwhile waits in the pipeline's bounded
 * channel. One checkpoint at a time.
 *
 * @example
 * ```ts
 * const checkpoints = new StoreCheckpoints({
 *   walPath: `${path}.wal`,
 *   thresholdBytes: 256e6,
 *   connection: await instance.connect(),
 *   exclusive: (step) => writers.exclusive(step),
 * });
 * checkpoints.afterCommit();
 * ```
 */
export class StoreCheckpoints {
  private running: Promise<void> | undefined;
  private lastCheck = Number.NEGATIVE_INFINITY;
  private closed = false;
  private readonly checkEveryMs: number;

  constructor(private readonly options: StoreCheckpointsOptions) {
    this.checkEveryMs = options.checkEveryMs ?? 250;
  }

  /** After a commit: starts a checkpoint when the WAL has reached the threshold and none is running. */
  afterCommit(): void {
    if (this.running !== undefined || this.closed) return;
    const now = performance.now();
    if (now - this.lastCheck < this.checkEveryMs) return;
    this.lastCheck = now;
    this.running = this.checkpointIfDue().finally(() => {
      this.running = undefined;
    });
  }

  /** Waits for a running checkpoint, then closes the connection (before the store closes the database). */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
    this.options.connection.closeSync();
  }

  private async checkpointIfDue(): Promise<void> {
    const walBytes = await stat(this.options.walPath).then(
      (s) => s.size,
      () => 0,
    );
    if (walBytes < this.options.thresholdBytes) return;
    await this.options.exclusive(async () => {
      const started = performance.now();
      try {
        await this.options.connection.run('CHECKPOINT');
        this.options.onCheckpoint?.({ walBytes, durationMs: performance.now() - started });
      } catch (error) {
        // A storage fault also invalidates the database: the next write reports it, and the reopening
        // store is told at once (createReopeningDuckDbStore).
        this.options.onCheckpointFailed?.(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }
}
