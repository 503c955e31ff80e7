import type { AckToken, Position } from './AckToken.js';

/**
 * In-order acknowledgement of one source partition. Tokens are tracked in emit order; a token is done
 * when everything derived from it is durable, and a position is acknowledged only once its token and
 * every earlier one are done. Several done tokens in a row produce one acknowledgement (the last
 * position), which is what a Kafka offset commit wants.
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
  private revoked = false;
  /** The last position emitted (what a checkpoint records). */
  lastEmitted: Position | undefined;
  /** The last position acknowledged. */
  lastAcked: Position | undefined;

  constructor(
    readonly partition: string,
    private readonly onAck: (partition: string, position: Position) => void,
  ) {}

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
      this.head = 0;
    }
    if (last !== undefined) {
      this.lastAcked = last;
      this.onAck(this.partition, last);
    }
  }

  /** The partition moved away: stop acknowledging it. */
  revoke(): void {
    this.revoked = true;
    this.queue = [];
    this.head = 0;
  }
}
