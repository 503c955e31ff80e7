/**
 * The time source plugins read: milliseconds since the epoch. It is the `now()` part of
 * `@ht/stream-core`'s `Clock`, so the engine's clock (and its virtual clock in tests) fits as it is;
 * plugins read the time, they never set timers.
 *
 * @example
 * ```ts
 * const ageMs = ctx.clock.now() - Number(span.endTimeUnixNano / 1_000_000n);
 * ```
 */
export interface TimeSource {
  now(): number;
}

/**
 * The wall clock (`Date.now()`): what the host gives plugins when it is given no time source.
 *
 * @example
 * ```ts
 * systemTimeSource.now();
 * ```
 */
export const systemTimeSource: TimeSource = { now: () => Date.now() };
