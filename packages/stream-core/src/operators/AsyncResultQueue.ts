import type { AckToken } from '../checkpoint/AckToken.js';
import type { BatchBuilder } from '../core/Batch.js';

/** One record of an async step, from the call of its function until its result went downstream. */
export interface AsyncSlot<U> {
  readonly input: unknown;
  readonly time: number;
  readonly token: AckToken | null;
  /** `pending` until the function's result (or failure) is in; `dropped`: failed, nothing to emit. */
  state: 'pending' | 'done' | 'dropped';
  result: U | undefined;
  /** The records between two watermarks the slot belongs to. */
  readonly segment: Segment<U>;
}

/** Records between two watermarks: none may overtake the watermark that closes it. */
interface Segment<U> {
  /** Ordered mode: every slot in input order, emitted from `head`. */
  readonly slots: AsyncSlot<U>[];
  head: number;
  /** Unordered mode: slots settled and not yet emitted. */
  readonly settled: AsyncSlot<U>[];
  pending: number;
  /** The watermark after the segment's records; undefined while the segment is open. */
  watermark: number | undefined;
  idle: boolean;
}

/** The watermark to send after the records a {@link AsyncResultQueue.drain} moved out. */
export interface PassedWatermark {
  readonly watermark: number;
  readonly idle: boolean;
}

/**
 * The results of an async step in the order they may leave: in input order (`ordered`), or as they
 * settle (unordered). In both modes records are grouped into segments by the watermarks between them,
 * after Flink's async I/O: a watermark leaves only once every record before it left, and no record
 * leaves before a watermark that preceded it.
 *
 * @example
 * ```ts
 * const queue = new AsyncResultQueue<string>(false);
 * const slot = queue.add(record, time, token);
 * queue.closeSegment(watermark, false);
 * queue.settle(slot, 'result');
 * const passed = queue.drain(out); // out gets 'result'; passed is the watermark
 * ```
 */
export class AsyncResultQueue<U> {
  private readonly segments: Segment<U>[] = [openSegment()];
  /** Slots added and not yet drained. */
  private held = 0;

  constructor(readonly ordered: boolean) {}

  /** Records started and not yet gone downstream (pending, or settled behind an earlier record). */
  get size(): number {
    return this.held;
  }

  /** Registers a record whose function was called, at the end of the open segment. */
  add(input: unknown, time: number, token: AckToken | null): AsyncSlot<U> {
    const segment = this.segments[this.segments.length - 1] as Segment<U>;
    const slot: AsyncSlot<U> = { input, time, token, state: 'pending', result: undefined, segment };
    if (this.ordered) segment.slots.push(slot);
    segment.pending++;
    this.held++;
    return slot;
  }

  /** The watermark (and idleness) after the records added so far; later records join a new segment. */
  closeSegment(watermark: number, idle: boolean): void {
    const open = this.segments[this.segments.length - 1] as Segment<U>;
    const previous = this.segments[this.segments.length - 2];
    if (previous !== undefined && open.pending === 0 && open.slots.length === 0 && open.settled.length === 0) {
      // No record since the previous watermark, which has not left yet: the newer one replaces it.
      previous.watermark = watermark;
      previous.idle = idle;
      return;
    }
    open.watermark = watermark;
    open.idle = idle;
    this.segments.push(openSegment());
  }

  /** Marks a pending slot as having its result (`done`) or as failed (`dropped`). */
  settle(slot: AsyncSlot<U>, state: 'done' | 'dropped', result?: U): void {
    slot.state = state;
    slot.result = result;
    const segment = slot.segment;
    segment.pending--;
    if (!this.ordered) segment.settled.push(slot);
  }

  /**
   * Moves every result that may leave now into `out` (with its event time and token) and returns the
   * last watermark passed on the way, if any.
   */
  drain(out: BatchBuilder<U>): PassedWatermark | undefined {
    let passed: PassedWatermark | undefined;
    for (;;) {
      const segment = this.segments[0] as Segment<U>;
      if (this.ordered) this.drainInOrder(segment, out);
      else this.drainSettled(segment, out);
      if (segment.pending > 0 || segment.watermark === undefined) return passed;
      if (this.ordered && segment.head < segment.slots.length) return passed;
      passed = { watermark: segment.watermark, idle: segment.idle };
      this.segments.shift();
    }
  }

  private drainInOrder(segment: Segment<U>, out: BatchBuilder<U>): void {
    const slots = segment.slots;
    let i = segment.head;
    for (; i < slots.length; i++) {
      const slot = slots[i] as AsyncSlot<U>;
      if (slot.state === 'pending') break;
      this.emit(slot, out);
    }
    if (i === slots.length) {
      slots.length = 0;
      segment.head = 0;
    } else {
      segment.head = i;
    }
  }

  private drainSettled(segment: Segment<U>, out: BatchBuilder<U>): void {
    for (const slot of segment.settled) this.emit(slot, out);
    segment.settled.length = 0;
  }

  private emit(slot: AsyncSlot<U>, out: BatchBuilder<U>): void {
    this.held--;
    if (slot.state === 'done') out.push(slot.result as U, slot.time, slot.token);
  }
}

function openSegment<U>(): Segment<U> {
  return { slots: [], head: 0, settled: [], pending: 0, watermark: undefined, idle: false };
}
