import type { AckToken } from '../checkpoint/AckToken.js';
import { releaseAck } from '../checkpoint/AckToken.js';
import type { StateKey } from '../core/Batch.js';

/**
 * One key's window: its bounds, accumulator and the acknowledgement references of the records in it.
 * A window holds one reference per distinct source emit it absorbed records from; they pass to the
 * result when the window fires and is purged, or are released by a checkpoint that saved the window.
 */
export class WindowEntry<ACC> {
  /** Records in the window (since the last purge). */
  count = 0;
  /** Records since the last firing (early count trigger). */
  sinceFiring = 0;
  /** Newest record time (result time of global windows). */
  maxTimestamp = Number.NEGATIVE_INFINITY;
  /** The on-time firing happened; later records are late firings. */
  fired = false;
  /** Changed since the last firing. */
  dirty = false;
  /** False once purged or merged away. */
  alive = true;
  /** The event time its pending timer is queued at (sessions re-arm lazily). */
  timerAt = Number.NaN;
  tokens: AckToken[] = [];
  private lastToken: AckToken | null = null;

  constructor(
    readonly key: StateKey,
    public start: number,
    public end: number,
    public acc: ACC,
  ) {}

  /** The time the on-time firing is due (the window's last millisecond). */
  get maxTime(): number {
    return this.end - 1;
  }

  /** Takes one reference on `token` for a record just added (at most one per distinct token). */
  hold(token: AckToken): void {
    if (token === this.lastToken) return;
    token.pending++;
    this.tokens.push(token);
    this.lastToken = token;
  }

  /** Hands over all references (to a derived token or a checkpoint). */
  takeTokens(): AckToken[] {
    const t = this.tokens;
    this.tokens = [];
    this.lastToken = null;
    return t;
  }

  /** Absorbs another entry's references (session merge). */
  absorbTokens(other: WindowEntry<ACC>): void {
    for (const t of other.takeTokens()) this.tokens.push(t);
    this.lastToken = null;
  }

  /** Drops the window's references without output. */
  releaseTokens(): void {
    for (const t of this.takeTokens()) releaseAck(t);
  }
}
