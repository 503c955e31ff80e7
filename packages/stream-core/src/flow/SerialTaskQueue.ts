import type { MaybePromise } from '../core/maybeAsync.js';
import { isPromiseLike } from '../core/maybeAsync.js';
import { HtError } from '../errors/HtError.js';

/**
 * Runs an operator's tasks (batches, timer firings) one at a time and in order. A synchronous task runs
 * at once; while an async one (a Redis round trip) is pending, later tasks wait in a bounded queue.
 * The bound is a safety net: source credits already limit what can arrive.
 *
 * @example
 * ```ts
 * const queue = new SerialTaskQueue(1024, (e) => subscriber.error(e));
 * queue.run(() => handle(batch));
 * await queue.idle();
 * ```
 */
export class SerialTaskQueue {
  private readonly waiting: (() => MaybePromise<void>)[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly bound: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Tasks waiting (not counting the one running). */
  get depth(): number {
    return this.waiting.length;
  }

  run(task: () => MaybePromise<void>): void {
    if (this.running) {
      if (this.waiting.length >= this.bound) {
        this.onError(new HtError('RESOURCE_EXHAUSTED', `operator queue is full (${this.bound} tasks)`));
        return;
      }
      this.waiting.push(task);
      return;
    }
    this.execute(task);
  }

  /** Returns when nothing runs or waits; `undefined` when that is already so. */
  idle(): MaybePromise<void> {
    if (!this.running) return undefined;
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private execute(task: () => MaybePromise<void>): void {
    this.running = true;
    for (let next: (() => MaybePromise<void>) | undefined = task; next !== undefined; next = this.waiting.shift()) {
      let result: MaybePromise<void>;
      try {
        result = next();
      } catch (error) {
        this.fail(error);
        return;
      }
      if (isPromiseLike(result)) {
        result.then(
          () => {
            const following = this.waiting.shift();
            if (following !== undefined) this.execute(following);
            else this.settle();
          },
          (error: unknown) => this.fail(error),
        );
        return;
      }
    }
    this.settle();
  }

  private fail(error: unknown): void {
    this.waiting.length = 0;
    this.settle();
    this.onError(error);
  }

  private settle(): void {
    this.running = false;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
