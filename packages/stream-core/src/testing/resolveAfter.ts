import type { Clock } from '../time/Clock.js';

/**
 * A thenable that settles on a clock's timer and runs its callbacks synchronously there (a `Promise`
 * would run them in a later microtask, outside the virtual time of a marble test).
 */
class ClockThenable<T> implements PromiseLike<T> {
  private state: 'pending' | 'fulfilled' | 'rejected' = 'pending';
  private outcome: unknown;
  private reactions: (() => void)[] = [];

  fulfil(value: T | PromiseLike<T>): void {
    if (this.state !== 'pending') return;
    if (isThenable(value)) {
      value.then(
        (v) => this.fulfil(v),
        (e: unknown) => this.reject(e),
      );
      return;
    }
    this.settle('fulfilled', value);
  }

  reject(error: unknown): void {
    if (this.state === 'pending') this.settle('rejected', error);
  }

  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    const next = new ClockThenable<R1 | R2>();
    const react = (): void => {
      try {
        if (this.state === 'fulfilled') {
          if (onFulfilled == null) next.fulfil(this.outcome as R1);
          else next.fulfil(onFulfilled(this.outcome as T));
        } else if (onRejected == null) next.reject(this.outcome);
        else next.fulfil(onRejected(this.outcome));
      } catch (error) {
        next.reject(error);
      }
    };
    if (this.state === 'pending') this.reactions.push(react);
    else react();
    return next;
  }

  private settle(state: 'fulfilled' | 'rejected', outcome: unknown): void {
    this.state = state;
    this.outcome = outcome;
    const reactions = this.reactions;
    this.reactions = [];
    for (const react of reactions) react();
  }
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/**
 * A result that arrives `delayMs` later on `clock` (a `schedulerClock` or `VirtualClock`), for testing
 * `mapAsync` in virtual time: its callbacks run synchronously when the clock reaches it, so a marble
 * test sees the result in the frame it was due. Use it as the return value of the async function under
 * test; do not `await` it inside `TestScheduler.run`.
 *
 * @example
 * ```ts
 * job.source(source).mapAsync((n) => resolveAfter(clock, n * 10, n * 2)).to(sink);
 * ```
 */
export function resolveAfter<T>(clock: Clock, delayMs: number, value: T): PromiseLike<T> {
  const result = new ClockThenable<T>();
  clock.setTimer(() => result.fulfil(value), delayMs);
  return result;
}

/**
 * A failure that arrives `delayMs` later on `clock`, the counterpart of {@link resolveAfter}.
 *
 * @example
 * ```ts
 * job.source(source).mapAsync((n) => (n < 0 ? rejectAfter(clock, 5, new Error('negative')) : resolveAfter(clock, 5, n)));
 * ```
 */
export function rejectAfter<T = never>(clock: Clock, delayMs: number, error: unknown): PromiseLike<T> {
  const result = new ClockThenable<T>();
  clock.setTimer(() => result.reject(error), delayMs);
  return result;
}
