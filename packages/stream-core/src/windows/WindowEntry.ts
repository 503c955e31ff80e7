import type { StateKey } from '../core/Batch.js';
import { TokenHolder } from './TokenHolder.js';

/**
 * One key's window: its bounds, accumulator, counters and the holder of its records' acknowledgement
 * references, which pass to the result when the window fires and is purged, or are released by a
 * checkpoint that saved the window.
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

  constructor(
    readonly key: StateKey,
    public start: number,
    public end: number,
    public acc: ACC,
    /** The references of its records (shared with the other keys' windows of an aligned window). */
    readonly holder: TokenHolder = new TokenHolder(false),
  ) {}

  /** The time the on-time firing is due (the window's last millisecond). */
  get maxTime(): number {
    return this.end - 1;
  }
}
