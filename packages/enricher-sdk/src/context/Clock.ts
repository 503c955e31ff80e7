/**
 * The time source plugins read: milliseconds since the epoch. It is the `now()` part of
 * `@ht/stream-core`'s `Clock`, so the engine's clock (and its virtual clock in tests) fits as it is.
 *
 * @example
 * ```ts
 * const ageMs = ctx.clock.now() - Number(span.endTimeUnixNano / 1_000_000n);
 * ```
 */
export interface Clock {
  now(): number;
}

/**
 * The wall clock (`Date.now()`).
 *
 * @example
 * ```ts
 * systemClock.now();
 * ```
 */
export const systemClock: Clock = { now: () => Date.now() };
