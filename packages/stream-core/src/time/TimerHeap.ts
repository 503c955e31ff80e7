/**
 * A binary min-heap ordered by `time`: the engine's timer queue (window ends, process-function timers).
 * Ties pop in insertion order, so firing order is deterministic.
 *
 * @example
 * ```ts
 * const heap = new TimerHeap<string>();
 * heap.push(20, 'b'); heap.push(10, 'a');
 * heap.pop(); // { time: 10, item: 'a' }
 * ```
 */
export class TimerHeap<V> {
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];
  private readonly items: V[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  /** The earliest time, or `undefined` when empty. */
  peekTime(): number | undefined {
    return this.times[0];
  }

  /** The earliest entry without removing it. */
  peek(): { time: number; item: V } | undefined {
    return this.items.length === 0 ? undefined : { time: this.times[0] as number, item: this.items[0] as V };
  }

  push(time: number, item: V): void {
    this.times.push(time);
    this.seqs.push(this.seq++);
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  /** Removes and returns the earliest entry. */
  pop(): { time: number; item: V } | undefined {
    const n = this.items.length;
    if (n === 0) return undefined;
    const time = this.times[0] as number;
    const item = this.items[0] as V;
    const lastTime = this.times.pop() as number;
    const lastSeq = this.seqs.pop() as number;
    const lastItem = this.items.pop() as V;
    if (n > 1) {
      this.times[0] = lastTime;
      this.seqs[0] = lastSeq;
      this.items[0] = lastItem;
      this.down(0);
    }
    return { time, item };
  }

  /** Every entry, in no particular order (for snapshots). */
  entries(): { time: number; item: V }[] {
    return this.items.map((item, i) => ({ time: this.times[i] as number, item }));
  }

  private less(a: number, b: number): boolean {
    const ta = this.times[a] as number;
    const tb = this.times[b] as number;
    return ta < tb || (ta === tb && (this.seqs[a] as number) < (this.seqs[b] as number));
  }

  private swap(a: number, b: number): void {
    const t = this.times[a] as number;
    this.times[a] = this.times[b] as number;
    this.times[b] = t;
    const s = this.seqs[a] as number;
    this.seqs[a] = this.seqs[b] as number;
    this.seqs[b] = s;
    const v = this.items[a] as V;
    this.items[a] = this.items[b] as V;
    this.items[b] = v;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
