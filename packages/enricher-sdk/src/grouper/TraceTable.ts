import type { AckToken } from '@ht/stream-core/operator';
import { TimerHeap } from '@ht/stream-core/operator';
import type { Span } from '../model/Span.js';
import { OpenQueue } from './OpenQueue.js';
import { OpenFragment, TraceState, sessionStart } from './TraceState.js';

/**
 * The grouper's memory: every tracked trace (by tenant, then trace id: the span's own strings, whose
 * hashes V8 caches, rather than a concatenated key), its open fragments in the order they opened (the
 * memory cap emits the oldest first), and one event-time timer per trace, re-armed lazily when the due
 * time moves later, so the heap stays about as large as the table.
 *
 * @example
 * ```ts
 * const table = new TraceTable(30_000, 300_000, 60_000);
 * const state = table.state(span.tenantId, span.traceId) ?? table.create(span.tenantId, span.traceId, t);
 * table.add(table.openFragment(state, t, now, false), state, span, t, token, now);
 * ```
 */
export class TraceTable {
  private readonly tenants = new Map<string, Map<string, TraceState>>();
  private readonly byOpening = new OpenQueue();
  private count = 0;
  private seq = 0;
  private readonly timers = new TimerHeap<TraceState>();
  /** Spans held in open fragments. */
  openSpans = 0;

  constructor(
    private readonly gapMs: number,
    private readonly maxDurationMs: number,
    private readonly latenessMs: number,
  ) {}

  /** Open fragments. */
  get openTraces(): number {
    return this.byOpening.size;
  }

  /** Traces remembered: open fragments plus emitted ones kept for follow-ups. */
  get tracked(): number {
    return this.count;
  }

  state(tenantId: string, traceId: string): TraceState | undefined {
    return this.tenants.get(tenantId)?.get(traceId);
  }

  /** A fresh state whose session opens at event time `t` (the span that found no state). */
  create(tenantId: string, traceId: string, t: number): TraceState {
    const s = new TraceState(tenantId, traceId);
    s.session = sessionStart(t);
    this.insert(s);
    return s;
  }

  /** Opens the key's next fragment at event time `t`. */
  openFragment(state: TraceState, t: number, now: number, followUp: boolean): OpenFragment {
    const f = new OpenFragment(state.next++, state.session, t, followUp, now);
    f.seq = ++this.seq;
    state.open = f;
    this.byOpening.push(state);
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
    f.lastArrival = now;
  }

  /** Takes the open fragment out; the state remembers it for follow-ups until event time passes `expiresAt`. */
  close(state: TraceState, byTime: boolean): OpenFragment {
    const f = state.open as OpenFragment;
    state.open = undefined;
    this.openSpans -= f.spans.length;
    this.byOpening.closed();
    state.lastMaxTs = f.maxTs;
    state.expiresAt = f.maxTs + this.gapMs - 1 + this.latenessMs;
    state.closedByTime = byTime;
    this.arm(state);
    return f;
  }

  /** The open fragment opened first. */
  oldestOpen(): TraceState | undefined {
    return this.byOpening.first();
  }

  /** The states with an open fragment, oldest first. */
  open(): Iterable<TraceState> {
    return this.byOpening;
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
    yield* this.byOpening;
    for (const traces of this.tenants.values()) for (const s of traces.values()) if (s.open === undefined) yield s;
  }

  /** Puts back a state from a snapshot. */
  restore(state: TraceState): void {
    this.insert(state);
    const f = state.open;
    if (f !== undefined) {
      f.seq = ++this.seq;
      this.byOpening.push(state);
      this.openSpans += f.spans.length;
    }
    this.arm(state);
  }

  private insert(s: TraceState): void {
    let traces = this.tenants.get(s.tenantId);
    if (traces === undefined) this.tenants.set(s.tenantId, (traces = new Map<string, TraceState>()));
    traces.set(s.traceId, s);
    this.count++;
  }

  private forget(s: TraceState): void {
    s.alive = false;
    const traces = this.tenants.get(s.tenantId);
    if (traces?.delete(s.traceId) === true) this.count--;
    if (traces?.size === 0) this.tenants.delete(s.tenantId);
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
