/**
 * The codes of every {@link HtError}. Grouped by what the user should do about them:
 * fix input or config, wait for a dependency, or report a bug.
 */
export const HtErrorCode = {
  /** Configuration is missing, malformed or contradictory. */
  CONFIG_INVALID: 'CONFIG_INVALID',
  /** A record or payload could not be decoded or failed validation. */
  INPUT_INVALID: 'INPUT_INVALID',
  /** A user-supplied callback (operator function, enricher, view) threw. */
  USER_FUNCTION_FAILED: 'USER_FUNCTION_FAILED',
  /** A service the pipeline depends on (Kafka, ClickHouse, Redis, …) could not be reached or refused. */
  DEPENDENCY_UNAVAILABLE: 'DEPENDENCY_UNAVAILABLE',
  /** A bounded buffer is full; the caller should retry later (HTTP 429 / RESOURCE_EXHAUSTED). */
  RESOURCE_EXHAUSTED: 'RESOURCE_EXHAUSTED',
  /** Work did not finish within its time bound. */
  TIMEOUT: 'TIMEOUT',
  /** State could not be snapshotted or restored. */
  STATE_FAILED: 'STATE_FAILED',
  /** The component was used after it was closed, or before it was started. */
  LIFECYCLE: 'LIFECYCLE',
  /** A broken invariant inside @ht itself: please report it. */
  INTERNAL: 'INTERNAL',
} as const;

/** One of the {@link HtErrorCode} values. */
export type HtErrorCode = (typeof HtErrorCode)[keyof typeof HtErrorCode];

/** Options for constructing an {@link HtError}. */
export interface HtErrorOptions {
  /** Whether retrying the same operation later may succeed. Defaults to `false`. */
  readonly retriable?: boolean;
  /** The underlying error. */
  readonly cause?: unknown;
  /** Structured context (topic, partition, record key, …) that helps locate the problem. */
  readonly context?: Readonly<Record<string, unknown>>;
}

/**
 * The one error type of @ht: a `code` from {@link HtErrorCode}, a `retriable` flag read by the retry
 * helpers, the `cause`, and a message a user can act on.
 *
 * @example
 * ```ts
 * throw new HtError('CONFIG_INVALID', 'grouper.gapMs must be a positive number, got -1');
 * ```
 */
export class HtError extends Error {
  override readonly name = 'HtError';
  readonly code: HtErrorCode;
  readonly retriable: boolean;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(code: HtErrorCode, message: string, options: HtErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retriable = options.retriable ?? false;
    this.context = options.context ?? {};
  }
}

/** True when `value` is an {@link HtError}, optionally with the given code. */
export function isHtError(value: unknown, code?: HtErrorCode): value is HtError {
  return value instanceof HtError && (code === undefined || value.code === code);
}

/**
 * Turns any thrown value into an {@link HtError}: an `HtError` passes through unchanged; anything else is
 * wrapped with `code` (default `INTERNAL`) and kept as the `cause`.
 *
 * @example
 * ```ts
 * try { user(record) } catch (e) { throw toHtError(e, 'USER_FUNCTION_FAILED', 'map callback failed') }
 * ```
 */
export function toHtError(value: unknown, code: HtErrorCode = HtErrorCode.INTERNAL, message?: string): HtError {
  if (value instanceof HtError) return value;
  const detail = value instanceof Error ? value.message : String(value);
  return new HtError(code, message ? `${message}: ${detail}` : detail, { cause: value });
}
