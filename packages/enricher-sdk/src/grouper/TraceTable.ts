import type { AckToken } from '@ht/stream-core/operator';
import { TimerHeap } from '@ht/stream-core/operator';
import type { Span } from '../model/Span.js';
import { OpenFragment, TraceState } from './TraceState.js';

/**
 * The grouper's memory: every tracked trace key, its open fragment in order of opening (the memory
 * cap emits the oldest first) and of last arrival (the idle fallback), and one event-time timer per
 * key, re-armed lazily when the due time moves later, so the heap stays about as large as the table.
 *
 * @example
 * ```ts
 * const table = new TraceTable(30_000, 300_000, 60_000, true);
 * const state = table.state('acme:0af7…') ?? table.create('acme:0af7…');
 * table.add(table.openFragment(state, t, now, false), state, span, t, token, now);
 * ```
 */
export class TraceTable {
  private readonly states = new Map<string, TraceState>();
  private readonly byOpening = new Map<string, TraceState>();
  private readonly byArrival = new Map<string, TraceState>();
  private readonly timers = new TimerHeap<TraceState>();
  /** Spans held in open fragments. */
  openSpans = 0;

  constructor(
    private readonly gapMs: number,
    private readonly maxDurationMs: number,
    private readonly latenessMs: number,
    private readonly trackArrival: boolean,
  ) {}

  /** Open fragments. */
  get openTraces(): number {
    return this.byOpening.size;
  }

  /** Keys remembered: open fragments plus emitted ones kept for follow-ups. */
  get tracked(): number {
    return this.states.size;
  }

  state(key: string): TraceState | undefined {
    return this.states.get(key);
  }

  create(key: string): TraceState {
    const s = new TraceState(key);
    this.states.set(key, s);
    return s;
  }

  /** Opens the key's next fragment at event time `t`. */
  openFragment(state: TraceState, t: number, now: number, followUp: boolean): OpenFragment {
    const f = new OpenFragment(state.next++, t, followUp, now);
    state.open = f;
    this.byOpening.set(state.key, state);
    if (this.trackArrival) this.byArrival.set(state.key, state);
    this.arm(state);
    return f;
  }

  /** Adds a span (its source emit `token` held by the fragment) to the open fragment. */
  add(f: OpenFragment, state: TraceState, span: Span, t: number, token: AckToken | null, now: number): void {
    f.spans.push(span);
    this.openSpans++;
    if (token !== null) f.holder.hold(token);
    if (t > f.maxTs) f.maxTs = t;
    else if (t < f.minTs) {
      f.minTs = t;
      this.arm(state); // the duration limit came closer
    }
    if (this.trackArrival && f.lastArrival !== now) {
      f.lastArrival = now;
      this.byArrival.delete(state.key);
      this.byArrival.set(state.key, state);
    }
  }

  /** Takes the open fragment out; the state remembers it for follow-ups until event time passes `expiresAt`. */
  close(state: TraceState, byTime: boolean): OpenFragment {
    const f = state.open as OpenFragment;
    state.open = undefined;
    this.openSpans -= f.spans.length;
    this.byOpening.delete(state.key);
    this.byArrival.delete(state.key);
    state.lastMaxTs = f.maxTs;
    state.expiresAt = f.maxTs + this.gapMs - 1 + this.latenessMs;
    state.closedByTime = byTime;
    this.arm(state);
    return f;
  }

  /** The open fragment opened first. */
  oldestOpen(): TraceState | undefined {
    for (const s of this.byOpening.values()) return s;
    return undefined;
  }

  /** The open fragment whose newest span arrived first (processing time). */
  leastRecentArrival(): TraceState | undefined {
    for (const s of this.byArrival.values()) return s;
    return undefined;
  }

  /**
   * Calls `due` for each state whose due time is at or before `watermark`, in time order; a state
   * without an open fragment is forgotten instead. `due` closes the fragment (re-arming the state).
   */
  advance(watermark: number, due: (state: TraceState) => void): void {
    for (let t = this.timers.peekTime(); t !== undefined && t <= watermark; t = this.timers.peekTime()) {
      const entry = this.timers.pop();
      if (entry === undefined) break;
      const s = entry.item;
      if (!s.alive || entry.time !== s.timerAt) continue;
      s.timerAt = Number.NaN;
      const at = s.dueTime(this.gapMs, this.maxDurationMs);
      if (at > watermark) this.arm(s);
      else if (s.open !== undefined) due(s);
      else this.forget(s);
    }
  }

  /** Every tracked state, open fragments first in the order they opened (for snapshots). */
  *entries(): Iterable<TraceState> {
    yield* this.byOpening.values();
    for (const s of this.states.values()) if (s.open === undefined) yield s;
  }

  /** Puts back a state from a snapshot. */
  restore(state: TraceState): void {
    this.states.set(state.key, state);
    const f = state.open;
    if (f !== undefined) {
      this.byOpening.set(state.key, state);
      if (this.trackArrival) this.byArrival.set(state.key, state);
      this.openSpans += f.spans.length;
    }
    this.arm(state);
  }

  private forget(s: TraceState): void {
    s.alive = false;
    this.states.delete(s.key);
  }

  /** Keeps the invariant: a state's live timer is at or before its due time. */
  private arm(s: TraceState): void {
    const at = s.dueTime(this.gapMs, this.maxDurationMs);
    if (at < s.timerAt || Number.isNaN(s.timerAt)) {
      s.timerAt = at;
      this.timers.push(at, s);
    }
  }
}
