import type { StateKey } from '../core/Batch.js';
import { TimerHeap } from './TimerHeap.js';

/**
 * Timers per key, as process functions register them: at most one timer per (key, time), deletable,
 * popped in time order. Deletion is lazy: the heap entry stays until its time and is skipped.
 *
 * @example
 * ```ts
 * const timers = new KeyedTimers();
 * timers.register('a', 100);
 * timers.popDue(100); // [['a', 100]]
 * ```
 */
export class KeyedTimers {
  private readonly heap = new TimerHeap<StateKey>();
  private readonly live = new Set<string>();

  get size(): number {
    return this.live.size;
  }

  /** The earliest live timer's time. */
  nextTime(): number | undefined {
    this.dropDeleted();
    return this.heap.peekTime();
  }

  register(key: StateKey, time: number): void {
    const id = timerId(key, time);
    if (this.live.has(id)) return;
    this.live.add(id);
    this.heap.push(time, key);
  }

  delete(key: StateKey, time: number): void {
    this.live.delete(timerId(key, time));
  }

  /** Removes and returns the live timers due at `time` or before, earliest first. */
  popDue(time: number): [StateKey, number][] {
    const due: [StateKey, number][] = [];
    for (let t = this.heap.peekTime(); t !== undefined && t <= time; t = this.heap.peekTime()) {
      const e = this.heap.pop();
      if (e === undefined) break;
      if (this.live.delete(timerId(e.item, e.time))) due.push([e.item, e.time]);
    }
    return due;
  }

  /** Live timers, for snapshots. */
  entries(): [StateKey, number][] {
    return this.heap
      .entries()
      .filter((e) => this.live.has(timerId(e.item, e.time)))
      .map((e) => [e.item, e.time]);
  }

  private dropDeleted(): void {
    for (let top = this.heap.peek(); top !== undefined; top = this.heap.peek()) {
      if (this.live.has(timerId(top.item, top.time))) return;
      this.heap.pop();
    }
  }
}

function timerId(key: StateKey, time: number): string {
  return `${typeof key === 'number' ? 'n' : 's'}${key}\u0000${time}`;
}
