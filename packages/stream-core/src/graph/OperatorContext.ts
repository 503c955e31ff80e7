import type { AckToken } from '../checkpoint/AckToken.js';
import type { CheckpointParticipant } from '../checkpoint/CheckpointParticipant.js';
import type { PartitionedParticipant } from '../checkpoint/PartitionedParticipant.js';
import type { ErrorPolicy } from '../errors/ErrorPolicy.js';
import type { OperatorMetrics } from '../metrics/OperatorMetrics.js';
import type { KeyedStateBackend } from '../state/KeyedStateBackend.js';
import type { Clock } from '../time/Clock.js';
import type { WatermarkOptions } from '../time/PartitionWatermarks.js';
import type { SideOutputPort } from './SideOutputPort.js';

/**
 * What the engine gives an operator when a job starts: its name, clock, metrics, error policy and the
 * job services it may use.
 *
 * @example
 * ```ts
 * const transform = (ctx: OperatorContext) => (batch: Batch<number>) => { ctx.metrics.recordsIn += batch.values.length; return batch; };
 * ```
 */
export interface OperatorContext {
  readonly job: string;
  /** The operator's name (unique in the job; its checkpoint id). */
  readonly name: string;
  readonly clock: Clock;
  readonly metrics: OperatorMetrics;
  readonly policy: ErrorPolicy;
  /** Whether the job takes checkpoints (state then holds acknowledgements until one completes). */
  readonly checkpointing: boolean;
  /**
   * Whether keyed state is scoped per input partition (`JobOptions.partitionState`): stateful operators
   * then register with {@link registerPartitionedParticipant}.
   */
  readonly statePerPartition?: boolean;
  /**
   * The event-time settings of the source upstream of this operator (the first one's when several), for
   * an operator that keeps watermarks per input partition (`PerPartitionWatermarks`); `undefined` when
   * no source is upstream.
   */
  readonly sourceWatermarks?: WatermarkOptions;
  readonly stateBackend: KeyedStateBackend;
  /**
   * Applies the error policy to a record whose user callback threw: throws an `HtError` for `fail`,
   * otherwise drops (skip) or dead-letters the record, taking over its references, and returns.
   */
  recordFailed(error: unknown, record: unknown, time: number, token: AckToken | null): void;
  /** The port of a side output of this operator. */
  sideOutput<T>(tagId: string): SideOutputPort<T>;
  /**
   * Pauses every source partition upstream of this operator, whatever its credits (true), or lifts
   * this operator's request (false). For an operator that buffers records holding no credits (results
   * of windows or custom operators), so its buffer stays bounded: records that do hold credits already
   * pause their sources when the credits run out.
   */
  throttleSources(throttled: boolean): void;
  /** Takes part in checkpoints. */
  registerParticipant(participant: CheckpointParticipant): void;
  /**
   * Takes part in per-partition state (the job runs with `partitionState`). Throws `CONFIG_INVALID`
   * when the job does not, or when the operator's key is not the message key of its sources.
   */
  registerPartitionedParticipant(participant: PartitionedParticipant): void;
}
