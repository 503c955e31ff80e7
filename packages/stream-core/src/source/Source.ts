import type { Position } from '../checkpoint/AckToken.js';
import type { Clock } from '../time/Clock.js';

/**
 * What the engine gives a {@link Source} when it starts: where to push records, and the state of flow
 * control. Every method is synchronous and cheap; call them from the source's own callbacks.
 *
 * @example
 * ```ts
 * const source: Source<Line> = {
 *   name: 'lines', pause() {}, resume() {}, ack() {}, stop() {},
 *   start(ctx) {
 *     ctx.assign(['0', '1']);
 *     consumer.on('batch', (partition, lines, lastOffset) => ctx.emit(partition, lines, lastOffset));
 *   },
 * };
 * ```
 */
export interface SourceContext<T> {
  /**
   * Declares the partitions this source reads. A declared partition holds the watermark back (at "no
   * watermark") until it emits or goes idle; undeclared partitions join on their first emit.
   * In a job with per-partition state (`partitionState`), each newly assigned partition's snapshot is
   * restored first: see {@link whenRestored}.
   */
  assign(partitions: readonly string[]): void;
  /**
   * The restore of an assigned partition's state, while one is under way (jobs with `partitionState`):
   * it resolves once the snapshot is restored, found missing, or given up (bounded in time), and
   * `startPositions` then holds the position to resume the partition after. Emit the partition's
   * records only after it resolves (emits made before wait in the engine). `undefined` when nothing is
   * being restored.
   */
  whenRestored(partition: string): Promise<void> | undefined;
  /**
   * Pushes records of one partition. `position` is the partition position after the last of them: once
   * the engine acknowledges it (see {@link Source.ack}), everything up to it is done. An empty `records`
   * array just moves the position along (e.g. filtered control records). Each record costs one credit;
   * when a partition's credits run out the engine calls `pause(partition)`, and `resume` once enough are
   * back. Records emitted while paused are still accepted (the bound is credits + one emit).
   * `bytes` is what the records took at the source (e.g. the Kafka records' sizes): a partition also
   * pauses once the bytes in flight reach the source's `maxBytesInFlight` (default 0: no byte bound).
   */
  emit(partition: string, records: readonly T[], position: Position, bytes?: number): void;
  /** The partition will emit no more (bounded input): it no longer holds the watermark back. */
  endPartition(partition: string): void;
  /**
   * The partition moved elsewhere (rebalance): its pending positions will not be acknowledged here, and
   * its per-partition state (if any) is dropped.
   */
  revoke(partition: string): void;
  /** The whole source is exhausted: the engine closes every window (watermark +∞) and completes. */
  end(): void;
  /** The source failed; the job fails with this error (wrapped in an `HtError`). */
  fail(error: unknown): void;
  /** Credits left for a partition (records it may emit before it should pause). */
  credits(partition: string): number;
  /**
   * Where to resume, from the latest completed checkpoint: per partition, the last position whose
   * effects are in that checkpoint; resume *after* it. Empty without checkpoints: use the source's own
   * committed positions (what {@link Source.ack} recorded).
   */
  readonly startPositions: ReadonlyMap<string, Position>;
  /** The job's clock. */
  readonly clock: Clock;
}

/**
 * A partitioned, replayable input: Kafka, files, Redis streams, memory. The engine drives it:
 * `start` once, `pause`/`resume` per partition for backpressure, `ack` per partition in position order
 * once everything derived from the records up to that position is durable, `stop` at the end.
 *
 * @example
 * ```ts
 * const source: Source<Line> = {
 *   name: 'lines',
 *   start(ctx) { ctx.emit('0', readLines(), 99); ctx.end(); },
 *   pause() {}, resume() {},
 *   ack(partition, position) { commit(partition, position); },
 *   stop() {},
 * };
 * ```
 */
export interface Source<T> {
  readonly name: string;
  /**
   * What the records' partitioning key is, when the source is partitioned by key (a Kafka topic whose
   * producer keyed each message): a name agreed with the producer, such as `'tenant:traceId'`. Per-
   * partition state is only sound when a keyed operator's key is this key (see `KeyByOptions.messageKey`).
   */
  readonly messageKey?: string;
  start(ctx: SourceContext<T>): void | Promise<void>;
  pause(partition: string): void;
  resume(partition: string): void;
  /**
   * Everything up to and including `position` of `partition` is durable at the sinks or held in
   * snapshotted state: commit it. Called in position order, never twice for the same position.
   */
  ack(partition: string, position: Position): void | Promise<void>;
  /** Stop emitting (the job is stopping). Records emitted after this are ignored. */
  stop(): void | Promise<void>;
}
