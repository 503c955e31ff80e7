import type { Clock } from '../time/Clock.js';
import { sleep, systemClock } from '../time/Clock.js';
import { isHtError } from '../errors/HtError.js';

/** How {@link retry} backs off. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 5. */
  readonly retries?: number;
  /** Delay before the first retry, doubled each time. Default 100 ms. */
  readonly baseDelayMs?: number;
  /** Upper bound of one delay. Default 10 s. */
  readonly maxDelayMs?: number;
  /** Which errors to retry. Default: `HtError`s with `retriable: true`. */
  readonly isRetriable?: (error: unknown) => boolean;
  /** Clock for the waits. Default the system clock. */
  readonly clock?: Clock;
  /** Random source in [0, 1) for the jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** Called before each wait (for logs and metrics). */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/**
 * The delay before retry number `attempt` (1-based): "full jitter", a random point in
 * [0, min(max, base * 2^(attempt-1))], which spreads retries of many clients apart.
 *
 * @example
 * ```ts
 * backoffDelay(3, { baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0.5 }); // 200
 * ```
 */
export function backoffDelay(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'> = {},
): number {
  const base = options.baseDelayMs ?? 100;
  const cap = options.maxDelayMs ?? 10_000;
  const ceiling = Math.min(cap, base * 2 ** (attempt - 1));
  return Math.floor((options.random ?? Math.random)() * ceiling);
}

/**
 * The one retry helper: runs `fn`, and while it rejects with a retriable error (by default an `HtError`
 * with `retriable: true`) waits with exponential backoff and full jitter, up to `retries` times. The
 * last error is rethrown unchanged.
 *
 * @example
 * ```ts
 * await retry(() => clickhouse.insert(rows), { retries: 8, baseDelayMs: 200, clock });
 * ```
 */
export async function retry<T>(fn: (attempt: number) => Promise<T> | T, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 5;
  const isRetriable = options.isRetriable ?? ((e: unknown) => isHtError(e) && e.retriable);
  const clock = options.clock ?? systemClock;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= retries || !isRetriable(error)) throw error;
      const delay = backoffDelay(attempt + 1, options);
      options.onRetry?.(error, attempt + 1, delay);
      await sleep(clock, delay);
    }
  }
}
