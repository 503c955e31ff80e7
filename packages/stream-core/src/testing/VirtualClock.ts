import type { SchedulerLike } from 'rxjs';
import type { CancelTimer, Clock } from '../time/Clock.js';

interface Pending {
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
  cancelled: boolean;
}

/**
 * A clock that moves only when told: `advance(ms)` runs every timer that comes due, in time order,
 * synchronously. Pair it with `flushAsync` when sinks or sources are async.
 *
 * @example
 * ```ts
 * const clock = new VirtualClock(0);
 * const job = new Job({ name: 't', clock });
 * clock.advance(1_000); // idle timeouts, early firings and processing-time timers up to t=1000 run
 * ```
 */
export class VirtualClock implements Clock {
  private current: number;
  private seq = 0;
  private pending: Pending[] = [];

  constructor(start = 0) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimer(fn: () => void, delayMs: number): CancelTimer {
    const p: Pending = { at: this.current + Math.max(0, delayMs), seq: this.seq++, fn, cancelled: false };
    this.pending.push(p);
    return () => {
      p.cancelled = true;
    };
  }

  /** Timers not yet run nor cancelled. */
  get pendingTimers(): number {
    return this.pending.filter((p) => !p.cancelled).length;
  }

  /** Moves time forward by `ms`, running due timers (including ones they set) in order. */
  advance(ms: number): void {
    this.advanceTo(this.current + ms);
  }

  /** Moves time to `time`, running due timers in order. */
  advanceTo(time: number): void {
    for (;;) {
      this.pending = this.pending.filter((p) => !p.cancelled);
      let next: Pending | undefined;
      for (const p of this.pending)
        if (p.at <= time && (next === undefined || p.at < next.at || (p.at === next.at && p.seq < next.seq))) next = p;
      if (next === undefined) break;
      next.cancelled = true;
      this.current = Math.max(this.current, next.at);
      next.fn();
    }
    this.current = Math.max(this.current, time);
  }
}

/**
 * A {@link Clock} on an RxJS scheduler, for marble tests: inside `TestScheduler.run`, one frame is one
 * millisecond of processing time.
 *
 * @example
 * ```ts
 * testScheduler.run(() => {
 *   const job = new Job({ name: 't', clock: schedulerClock(testScheduler) });
 * });
 * ```
 */
export function schedulerClock(scheduler: SchedulerLike): Clock {
  return {
    now: () => scheduler.now(),
    setTimer(fn, delayMs) {
      const sub = scheduler.schedule(fn, Math.max(0, delayMs));
      return () => sub.unsubscribe();
    },
  };
}

/**
 * Lets pending promise callbacks run (a few macrotask turns): use between `clock.advance` steps when
 * sinks or sources are async.
 *
 * @example
 * ```ts
 * clock.advance(100);
 * await flushAsync();
 * ```
 */
export async function flushAsync(turns = 3): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
