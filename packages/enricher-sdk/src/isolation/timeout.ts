import { HtError } from '@ht/stream-core/errors';

/** Why {@link awaitWithin} gave up. */
export class TimeoutSignal {
  constructor(readonly error: HtError) {}
}

/**
 * Waits for `promise` at most `ms` milliseconds. Resolves with its value, or with a {@link TimeoutSignal}
 * when time runs out (the promise keeps running; its later rejection is swallowed so it is never
 * reported as unhandled). Rejections within the time are passed on.
 *
 * @example
 * ```ts
 * const result = await awaitWithin(hook(), 200, () => `enricher 'geo' took over 200 ms`);
 * if (result instanceof TimeoutSignal) record(result.error);
 * ```
 */
export function awaitWithin<T>(
  promise: PromiseLike<T>,
  ms: number,
  describe: () => string,
): Promise<T | TimeoutSignal> {
  return new Promise<T | TimeoutSignal>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve(new TimeoutSignal(new HtError('TIMEOUT', describe(), { retriable: true })));
    }, ms);
    promise.then(
      (value) => {
        if (settled) return;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error), { cause: error }));
      },
    );
  });
}

/** Whether `value` is a promise-like (a hook that returned work to wait for). */
export function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}
