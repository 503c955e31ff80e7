import type { HtError } from './HtError.js';

/**
 * What happens to a record whose user callback threw:
 * - `fail`: the job fails with an `HtError` (`USER_FUNCTION_FAILED`, the record in its context); nothing
 *   behind the record is acknowledged, so it is replayed after a restart.
 * - `skip`: the record is dropped, counted and reported on `job.errors$`.
 * - `dead-letter`: the record goes to `job.deadLetters()` (and is reported), to be written by a sink of
 *   your choice; it is acknowledged when that sink has it.
 */
export type ErrorPolicy = 'fail' | 'skip' | 'dead-letter';

/**
 * A record a user callback failed on, as reported on `job.errors$` and carried by dead letters.
 *
 * @example
 * ```ts
 * job.errors$.subscribe((e) => log.warn({ operator: e.operator, err: e.error }, 'record skipped'));
 * ```
 */
export interface RecordError {
  /** Name of the operator whose callback threw. */
  readonly operator: string;
  readonly error: HtError;
  /** The input record (for window functions: the window's key and bounds). */
  readonly record: unknown;
  /** Its event time (ms). */
  readonly timestamp: number;
}

/**
 * A record routed to the dead-letter output (`job.deadLetters()`).
 *
 * @example
 * ```ts
 * job.deadLetters().map((d) => ({ op: d.operator, msg: d.error.message, record: d.record })).to(dlqSink);
 * ```
 */
export type DeadLetter = RecordError;
