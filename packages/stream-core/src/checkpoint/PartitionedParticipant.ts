import type { MaybePromise } from '../core/maybeAsync.js';
import type { AckToken } from './AckToken.js';

/**
 * A stateful operator whose state is scoped per input partition (like a Kafka Streams task), as the
 * per-partition checkpoints see it: its state for one partition's keys is snapshotted with that
 * partition's position, restored when the partition is assigned (before its records flow) and dropped
 * when it is revoked. Register it with `ctx.registerPartitionedParticipant` (the job must run with
 * `partitionState`); find a record's partition with `partitionOf(token)`.
 *
 * @example
 * ```ts
 * const counts = new Map<string, Map<string, number>>();
 * const held: AckToken[] = [];
 * ctx.registerPartitionedParticipant({
 *   uid: ctx.name,
 *   snapshotPartition: (p) => [...(counts.get(p) ?? new Map())],
 *   restorePartition: (p, s) => counts.set(p, new Map(s as [string, number][])),
 *   dropPartition: (p) => counts.delete(p),
 *   takeHeldTokens: () => held.splice(0),
 * });
 * ```
 */
export interface PartitionedParticipant {
  /** Stable id of the operator across members and restarts (its name). */
  readonly uid: string;
  /** A JSON-friendly copy of the partition's state, taken while the job is quiescent. */
  snapshotPartition(partition: string): unknown;
  /** Puts back what `snapshotPartition` returned (on an empty partition), before its records flow. */
  restorePartition(partition: string, state: unknown): void;
  /** Forgets the partition's state (revoked, or about to be restored from its snapshot). */
  dropPartition(partition: string): void;
  /**
   * Hands over the acknowledgement references held for records absorbed into state since the last
   * checkpoint; they are released once every partition's snapshot is saved.
   */
  takeHeldTokens(): AckToken[];
  /** Resolves once no batch is half-way through an async step. */
  quiesce?(): MaybePromise<void>;
}
