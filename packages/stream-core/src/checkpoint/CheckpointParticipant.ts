import type { MaybePromise } from '../core/maybeAsync.js';
import type { AckToken } from './AckToken.js';

/**
 * A stateful part of a job (window and process operators, sources' watermarks) as the checkpoint
 * coordinator sees it.
 *
 * @example
 * ```ts
 * ctx.registerParticipant({
 *   uid: 'counts',
 *   snapshot: () => ({ counts: [...counts] }),
 *   restore: (s) => { counts = new Map((s as { counts: [string, number][] }).counts); },
 *   takeHeldTokens: () => held.splice(0),
 * });
 * ```
 */
export interface CheckpointParticipant {
  /** Stable id of the operator across restarts (its name). */
  readonly uid: string;
  /** A JSON-friendly copy of the state, taken while the job is quiescent. */
  snapshot(): unknown;
  /** Restores what `snapshot` returned, before the job starts. */
  restore(state: unknown): void;
  /**
   * Hands over the acknowledgement references held for records absorbed into state since the last
   * checkpoint; the coordinator releases them once the checkpoint is durable.
   */
  takeHeldTokens(): AckToken[];
  /**
   * True when the participant keeps no state across checkpoints (it only takes part to quiesce): such
   * operators may run in jobs with per-partition state.
   */
  readonly stateless?: boolean;
  /** Resolves once no batch is half-way through an async step. */
  quiesce?(): MaybePromise<void>;
  /** Persists state kept outside the snapshot (a Redis backend's dirty keys). */
  persist?(): MaybePromise<void>;
}
