import type { TimeSource } from '../context/TimeSource.js';

/**
 * A {@link TimeSource} that moves only when told: deterministic time for enricher tests.
 *
 * @example
 * ```ts
 * const clock = new ManualClock(1_704_067_200_000);
 * clock.advance(1000);
 * clock.now(); // 1_704_067_201_000
 * ```
 */
export class ManualClock implements TimeSource {
  constructor(private current = 1_704_067_200_000) {}

  now(): number {
    return this.current;
  }

  /** Moves time forward by `ms`. */
  advance(ms: number): void {
    this.current += ms;
  }

  /** Sets the time (ms since the epoch). */
  set(ms: number): void {
    this.current = ms;
  }
}
