/** A value now, or later. The engine stays synchronous when every participant is. */
export type MaybePromise<T> = T | Promise<T>;

/** True for promises and other thenables. */
export function isPromiseLike<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/**
 * Continues with `fn` synchronously when `value` is not a promise, otherwise after it resolves. This
 * keeps the engine's lifecycle synchronous under virtual time (marble tests) while working with async
 * sources and sinks.
 *
 * @example
 * ```ts
 * return andThen(sink.flush?.(), () => sink.close?.());
 * ```
 */
export function andThen<T, U>(value: MaybePromise<T>, fn: (v: T) => MaybePromise<U>): MaybePromise<U> {
  return isPromiseLike(value) ? value.then(fn) : fn(value);
}

/** Waits for every value, staying synchronous when none is a promise. */
export function allOf(values: readonly MaybePromise<unknown>[]): MaybePromise<void> {
  const pending = values.filter((v) => isPromiseLike(v));
  if (pending.length === 0) return undefined;
  return Promise.all(pending).then(() => undefined);
}
