import type { StateKey } from '../core/Batch.js';
import { HtError } from '../errors/HtError.js';
import { TimerHeap } from '../time/TimerHeap.js';
import type { TokenHolder } from './TokenHolder.js';
import { WindowEntry } from './WindowEntry.js';
import type { DueAction, WindowStore } from './WindowStore.js';

/**
 * Session windows per key. A record opens `[t, t + gap)`; windows that touch or overlap merge (their
 * accumulators with the reducer's `merge`, their acknowledgement references combined). Each window has
 * at most one queued timer: when a session grows, its timer is re-queued lazily when the old one pops,
 * so the timer heap stays as large as the number of open sessions.
 */
export class SessionWindowStore<ACC> implements WindowStore<ACC> {
  private readonly sessions = new Map<StateKey, WindowEntry<ACC>[]>();
  private readonly timers = new TimerHeap<WindowEntry<ACC>>();
  private count = 0;

  constructor(
    private readonly gap: number,
    private readonly create: () => ACC,
    private readonly merge: ((a: ACC, b: ACC) => ACC) | undefined,
    private readonly lateness: number,
  ) {
    if (merge === undefined) {
      throw new HtError('CONFIG_INVALID', 'session windows merge: the aggregate function needs a `merge` method');
    }
  }

  get size(): number {
    return this.count;
  }

  windowsFor(key: StateKey, timestamp: number, watermark: number, out: WindowEntry<ACC>[]): number {
    const start = timestamp;
    const end = timestamp + this.gap;
    if (end - 1 + this.lateness <= watermark) return 0;
    const list = this.sessions.get(key);
    if (list === undefined) {
      out[0] = this.open(key, start, end, undefined);
      return 1;
    }
    let target: WindowEntry<ACC> | undefined;
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as WindowEntry<ACC>;
      if (!(start <= e.end && e.start <= end)) continue;
      if (target === undefined) {
        target = e;
        if (start < e.start) e.start = start;
        if (end > e.end) e.end = end;
      } else {
        this.mergeInto(target, e);
        list.splice(i--, 1);
      }
    }
    out[0] = target ?? this.open(key, start, end, list);
    return 1;
  }

  advance(watermark: number, due: (group: readonly WindowEntry<ACC>[], action: DueAction) => void): void {
    for (let t = this.timers.peekTime(); t !== undefined && t <= watermark; t = this.timers.peekTime()) {
      const timer = this.timers.pop();
      if (timer === undefined) break;
      const e = timer.item;
      if (!e.alive || e.timerAt !== timer.time) continue;
      const fireAt = e.maxTime;
      const cleanupAt = fireAt + this.lateness;
      if (!e.fired && fireAt > timer.time) {
        this.arm(e, fireAt);
      } else if (!e.fired) {
        if (cleanupAt <= watermark) {
          due([e], 'fire-and-purge');
          this.remove(e);
        } else {
          due([e], 'fire');
          this.arm(e, cleanupAt);
        }
      } else if (cleanupAt > timer.time) {
        this.arm(e, cleanupAt);
      } else {
        due([e], 'purge');
        this.remove(e);
      }
    }
  }

  remove(entry: WindowEntry<ACC>): void {
    if (!entry.alive) return;
    entry.alive = false;
    this.count--;
    const list = this.sessions.get(entry.key);
    if (list === undefined) return;
    const i = list.indexOf(entry);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.sessions.delete(entry.key);
  }

  *entries(): Iterable<WindowEntry<ACC>> {
    for (const list of this.sessions.values()) yield* list;
  }

  *holders(): Iterable<TokenHolder> {
    for (const e of this.entries()) yield e.holder;
  }

  restore(entry: WindowEntry<ACC>): void {
    const list = this.sessions.get(entry.key);
    if (list === undefined) this.sessions.set(entry.key, [entry]);
    else list.push(entry);
    this.count++;
    this.arm(entry, entry.fired ? entry.maxTime + this.lateness : entry.maxTime);
  }

  private open(key: StateKey, start: number, end: number, list: WindowEntry<ACC>[] | undefined): WindowEntry<ACC> {
    const e = new WindowEntry(key, start, end, this.create());
    if (list === undefined) this.sessions.set(key, [e]);
    else list.push(e);
    this.count++;
    this.arm(e, e.maxTime);
    return e;
  }

  private mergeInto(target: WindowEntry<ACC>, other: WindowEntry<ACC>): void {
    target.acc = (this.merge as (a: ACC, b: ACC) => ACC)(target.acc, other.acc);
    target.start = Math.min(target.start, other.start);
    target.end = Math.max(target.end, other.end);
    target.count += other.count;
    target.sinceFiring += other.sinceFiring;
    target.maxTimestamp = Math.max(target.maxTimestamp, other.maxTimestamp);
    target.fired ||= other.fired;
    target.holder.absorb(other.holder);
    other.alive = false;
    this.count--;
  }

  private arm(e: WindowEntry<ACC>, time: number): void {
    e.timerAt = time;
    this.timers.push(time, e);
  }
}
