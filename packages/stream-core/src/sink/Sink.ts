/**
 * Where records leave the engine: a database, a topic, a file. `write` gets each batch as soon as it is
 * produced, without waiting for earlier writes (a sink that batches internally resolves each write when
 * the insert holding it is durable); a sink that needs order serializes internally. Only when a write
 * resolves are the records behind it acknowledged to their sources.
 *
 * A rejection with a retriable `HtError` is retried with backoff (see the sink options of
 * `Stream.to`); any other rejection fails the job and nothing behind it is acknowledged.
 *
 * @example
 * ```ts
 * const sink: Sink<Row> = {
 *   name: 'rows',
 *   async write(rows) { await db.insert(rows); },
 * };
 * rows.to(sink);
 * ```
 */
export interface Sink<T> {
  readonly name: string;
  /** Writes records; resolve (or return) when they are durable. Must not keep the array. */
  write(records: readonly T[]): void | Promise<void>;
  /**
   * Make everything written so far durable now (a checkpoint, a stop, or every source out of credits
   * waiting on this sink). Optional for sinks that are durable on each write.
   */
  flush?(): void | Promise<void>;
  /** Release resources; called once, after the last write has resolved. */
  close?(): void | Promise<void>;
}
