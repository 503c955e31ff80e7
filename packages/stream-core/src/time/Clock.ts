/** Cancels a timer created by {@link Clock.setTimer}. Calling it twice is harmless. */
export type CancelTimer = () => void;

/**
 * The one source of processing time in @ht. Everything that waits or reads "now" (idleness, early
 * firings, processing-time timers, retries, TTLs) goes through a `Clock`, so tests can run on virtual
 * time (`VirtualClock` and `schedulerClock` in `@ht/stream-core/testing`).
 *
 * @example
 * ```ts
 * const cancel = clock.setTimer(() => console.log('tick at', clock.now()), 1000);
 * ```
 */
export interface Clock {
  /** Milliseconds since the epoch (or since the virtual clock's origin). */
  now(): number;
  /** Runs `fn` once after `delayMs` (never synchronously). */
  setTimer(fn: () => void, delayMs: number): CancelTimer;
}

/**
 * The wall clock: `Date.now()` and `setTimeout`. Timers are unref'd so an idle job's timers never keep
 * the process alive on their own; the sources and sinks do that.
 *
 * @example
 * ```ts
 * const job = new Job({ name: 'count', clock: systemClock });
 * ```
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, delayMs) {
    const handle = setTimeout(fn, Math.max(0, delayMs));
    handle.unref();
    return () => clearTimeout(handle);
  },
};

/**
 * Resolves after `delayMs` of the given clock's time.
 *
 * @example
 * ```ts
 * await sleep(clock, 250);
 * ```
 */
export function sleep(clock: Clock, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    clock.setTimer(resolve, delayMs);
  });
}
