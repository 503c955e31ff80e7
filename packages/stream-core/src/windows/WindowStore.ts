import type { StateKey } from '../core/Batch.js';
import type { TokenHolder } from './TokenHolder.js';
import type { WindowEntry } from './WindowEntry.js';

/** What the window operator does with a window whose timer came due. */
export type DueAction = 'fire' | 'fire-and-purge' | 'purge';

/**
 * Holds a window operator's open windows and their event-time timers (internal). Two shapes:
 * `AlignedWindowStore` (same windows for every key) and `SessionWindowStore` (merging, per key).
 */
export interface WindowStore<ACC> {
  /** Open windows. */
  readonly size: number;
  /**
   * Writes into `out` the windows a record of `key` at `timestamp` belongs to, creating or merging
   * them; windows already past `maxTime + allowedLateness <= watermark` are left out. Returns how many
   * (0: the record is late).
   */
  windowsFor(key: StateKey, timestamp: number, watermark: number, out: WindowEntry<ACC>[]): number;
  /**
   * Calls `due` for every timer at or before `watermark`, in time order, with the windows it concerns
   * (all keys of an aligned window at once; one session).
   */
  advance(watermark: number, due: (group: readonly WindowEntry<ACC>[], action: DueAction) => void): void;
  /** Forgets a window (a count trigger purged it). */
  remove(entry: WindowEntry<ACC>): void;
  entries(): Iterable<WindowEntry<ACC>>;
  /** Every holder of acknowledgement references (for checkpoints). */
  holders(): Iterable<TokenHolder>;
  /** Puts back a window from a snapshot. */
  restore(entry: WindowEntry<ACC>): void;
}
