import type { AckToken } from '../checkpoint/AckToken.js';
import { releaseAck } from '../checkpoint/AckToken.js';

/**
 * The acknowledgement references held for records absorbed into windows: one per distinct source emit.
 * Aligned windows share one holder per window (every key's window fires together, so one list and one
 * result token serve them all); session and global windows have one each.
 *
 * @example
 * ```ts
 * const holder = new TokenHolder(false);
 * holder.hold(token);           // a record of `token` went into the window
 * AckToken.derived(holder.take(), results, true, now); // the results take the references over
 * ```
 */
export class TokenHolder {
  tokens: AckToken[] = [];
  private last: AckToken | null = null;

  /** `shared`: held for several windows (an aligned window's keys); never handed over by one of them. */
  constructor(readonly shared: boolean) {}

  /** Takes one reference on `token` unless the last record held came from it too. */
  hold(token: AckToken): void {
    if (token === this.last) return;
    token.pending++;
    this.tokens.push(token);
    this.last = token;
  }

  /** Hands over every reference. */
  take(): AckToken[] {
    const t = this.tokens;
    this.tokens = [];
    this.last = null;
    return t;
  }

  /** Takes over another holder's references (session windows merging). */
  absorb(other: TokenHolder): void {
    for (const t of other.take()) this.tokens.push(t);
    this.last = null;
  }

  /** Drops every reference without output. */
  release(): void {
    for (const t of this.take()) releaseAck(t);
  }
}
