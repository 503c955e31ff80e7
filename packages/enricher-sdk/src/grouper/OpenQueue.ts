import type { TraceState } from './TraceState.js';

/**
 * The open fragments in the order they opened (the memory cap emits the oldest first), as a queue with
 * lazy removal: an entry is live while its state's open fragment is the one it was pushed for (same
 * `seq`). A `Set` used this way would make reading its first element cost as much as every element
 * removed before it, so this one keeps a head index and compacts itself when dead entries outnumber
 * live ones.
 *
 * @example
 * ```ts
 * const queue = new OpenQueue();
 * queue.push(state); // state.open was just opened
 * queue.first();     // the oldest state whose fragment is still open
 * ```
 */
export class OpenQueue {
  private states: TraceState[] = [];
  private seqs: number[] = [];
  private head = 0;
  private live = 0;

  /** Open fragments. */
  get size(): number {
    return this.live;
  }

  /** Adds a state whose fragment just opened. */
  push(state: TraceState): void {
    this.states.push(state);
    this.seqs.push(state.open?.seq ?? -1);
    this.live++;
  }

  /** Records that one fragment closed (its entry is dropped lazily). */
  closed(): void {
    this.live--;
    if (this.states.length - this.head > 2 * this.live + 1024) this.compact();
  }

  /** The state whose open fragment opened first. */
  first(): TraceState | undefined {
    while (this.head < this.states.length && !this.isLive(this.head)) this.head++;
    if (this.head > 1024 && this.head * 2 > this.states.length) this.compact();
    return this.states[this.head];
  }

  /** The states with an open fragment, oldest first. */
  *[Symbol.iterator](): Iterator<TraceState> {
    for (let i = this.head; i < this.states.length; i++) if (this.isLive(i)) yield this.states[i] as TraceState;
  }

  private isLive(i: number): boolean {
    return (this.states[i] as TraceState).open?.seq === this.seqs[i];
  }

  private compact(): void {
    const states: TraceState[] = [];
    const seqs: number[] = [];
    for (let i = this.head; i < this.states.length; i++) {
      if (!this.isLive(i)) continue;
      states.push(this.states[i] as TraceState);
      seqs.push(this.seqs[i] as number);
    }
    this.states = states;
    this.seqs = seqs;
    this.head = 0;
  }
}
