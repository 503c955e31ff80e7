import type { AckToken, Position } from './AckToken.js';

/**
 * In-order acknowledgement of one source partition. Tokens are tracked in emit order; a token is done
 * when everything derived from it is durable, and a position is acknowledged only once its token and
 * every earlier one are done. Several done tokens in a row produce one acknowledgement (the last
 * position), which is what a Kafka offset commit wants.
 *
 * Gated (a job with per-partition state): nothing is acknowledged past the position of the partition's
 * last saved snapshot ({@link saved}), so the partition's next owner, which restores that snapshot and
 * reads from the committed position, replays everything after it: a window or trace open in the
 * snapshot that closed afterwards is then rebuilt whole, never from the snapshot's part alone.
 *
 * @example
 * ```ts
 * const tracker = new PartitionAckTracker('0', (p, pos) => consumer.commit(p, pos));
 * tracker.track(token);           // at emit
 * tracker.tokenDone();            // when the token's references reach 0
 * ```
 */
export class PartitionAckTracker {
  private queue: AckToken[] = [];
  private head = 0;
  /** Tokens dropped from the front of the queue (done and acknowledged). */
  private base = 0;
  private revoked = false;
  /** How many tokens the acknowledgements passed on cover. */
  private forwarded = 0;
  /** Gated: the tokens and last position covered by the last saved snapshot (`undefined`: not gated). */
  private gate: { count: number; position: Position | undefined } | undefined;
  /** The last position emitted (what a checkpoint records). */
  lastEmitted: Position | undefined;
  /** The last position whose token and every earlier one are done (acknowledged, unless gated). */
  lastAcked: Position | undefined;

  constructor(
    readonly partition: string,
    private readonly onAck: (partition: string, position: Position) => void,
    /** Acknowledge only up to the last saved snapshot (per-partition state). */
    gated = false,
  ) {
    if (gated) this.gate = { count: 0, position: undefined };
  }

  /** Tokens tracked so far (a mark for {@link saved}). */
  get tracked(): number {
    return this.base + this.queue.length;
  }

  /** Tokens emitted but not yet acknowledged. */
  get pending(): number {
    return this.queue.length - this.head;
  }

  /** Starts tracking a token, in emit order. */
  track(token: AckToken): void {
    if (token.position !== undefined) this.lastEmitted = token.position;
    this.queue.push(token);
    if (token.done) this.tokenDone();
  }

  /** Some token became done: acknowledge the longest done prefix. */
  tokenDone(): void {
    if (this.revoked) return;
    let last: Position | undefined;
    const q = this.queue;
    while (this.head < q.length) {
      const t = q[this.head];
      if (t === undefined || !t.done) break;
      last = t.position;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > q.length) {
      this.queue = q.slice(this.head);
      this.base += this.head;
      this.head = 0;
    }
    if (last !== undefined) {
      this.lastAcked = last;
      this.forward();
    }
  }

  /**
   * A snapshot holding the partition's effects up to its first `count` tokens (the last at `position`)
   * was saved: acknowledgements may go that far (gated trackers).
   */
  saved(count: number, position: Position): void {
    if (this.gate === undefined || count <= this.gate.count) return;
    this.gate = { count, position };
    this.forward();
  }

  /** No state is left that a next owner would need (the input ended, or a flush): acknowledge freely. */
  ungate(): void {
    if (this.gate === undefined) return;
    this.gate = undefined;
    this.forward();
  }

  /** Passes on the acknowledgement of the done prefix, or of the gate when the prefix is past it. */
  private forward(): void {
    if (this.revoked) return;
    const done = this.base + this.head;
    const gate = this.gate;
    if (gate === undefined || done <= gate.count) {
      if (done <= this.forwarded || this.lastAcked === undefined) return;
      this.forwarded = done;
      this.onAck(this.partition, this.lastAcked);
    } else if (gate.count > this.forwarded && gate.position !== undefined) {
      this.forwarded = gate.count;
      this.onAck(this.partition, gate.position);
    }
  }

  /** The partition moved away: stop acknowledging it. */
  revoke(): void {
    this.revoked = true;
    this.queue = [];
    this.head = 0;
  }
}
