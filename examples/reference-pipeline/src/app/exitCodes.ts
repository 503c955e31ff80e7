import { isHtError } from '@ht/stream-core/errors';

/**
 * What `ht`'s exit status means: scripts and supervisors can tell a bad config (fix it) from a missing
 * dependency (retry later) from a crash.
 *
 * @example
 * ```ts
 * process.exitCode = ExitCode.CONFIG_INVALID;
 * ```
 */
export const ExitCode = {
  /** Ran and stopped cleanly (Ctrl-C / SIGTERM drained everything accepted). */
  OK: 0,
  /** Failed while running (a bug, or a failure the pipeline cannot recover from). */
  FAILED: 1,
  /** A bad command line or configuration, or a port that is taken: the message names the option, key or port. */
  CONFIG_INVALID: 2,
  /** A dependency is unavailable: the store cannot be opened or reached (or another process holds the DuckDB file). */
  DEPENDENCY_UNAVAILABLE: 3,
} as const;

/** One of the {@link ExitCode} values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The exit status for an error that stopped `ht`.
 *
 * @example
 * ```ts
 * import { HtError } from '@ht/stream-core/errors';
 *
 * exitCodeOf(new HtError('CONFIG_INVALID', 'ht.yaml: store.type: …')); // 2
 * ```
 */
export function exitCodeOf(error: unknown): ExitCode {
  if (!isHtError(error)) return ExitCode.FAILED;
  if (error.code === 'CONFIG_INVALID') return ExitCode.CONFIG_INVALID;
  if (error.code === 'DEPENDENCY_UNAVAILABLE') return ExitCode.DEPENDENCY_UNAVAILABLE;
  return ExitCode.FAILED;
}
