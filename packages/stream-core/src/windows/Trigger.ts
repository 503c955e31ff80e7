import { HtError } from '../errors/HtError.js';

/**
 * When a window emits. Every trigger fires a window "on time" when the watermark passes its end (or,
 * for global windows, at the final flush). On top of that:
 * - early firings: every `earlyEveryMs` of processing time and/or every `earlyEveryCount` records,
 *   while the window is open, a preliminary result;
 * - late firings: after the on-time firing and within the allowed lateness, each batch that added
 *   late records fires the updated result (`late: 'none'` turns that off);
 * - `purgeEveryCount`: fire and clear the window every N records (the count trigger).
 * Results are cumulative: each firing reports everything the window holds.
 */
export interface Trigger {
  readonly earlyEveryMs?: number;
  readonly earlyEveryCount?: number;
  readonly late?: 'each-batch' | 'none';
  readonly purgeEveryCount?: number;
}

/**
 * The event-time trigger, with optional early and late firings.
 *
 * @example
 * ```ts
 * windowed.trigger(eventTimeTrigger({ earlyEveryMs: 1_000 })); // a preview every second until the window closes
 * ```
 */
export function eventTimeTrigger(options: Omit<Trigger, 'purgeEveryCount'> = {}): Trigger {
  for (const [name, v] of [
    ['earlyEveryMs', options.earlyEveryMs],
    ['earlyEveryCount', options.earlyEveryCount],
  ] as const) {
    if (v !== undefined && !(v > 0)) throw new HtError('CONFIG_INVALID', `eventTimeTrigger.${name} must be > 0`);
  }
  return { late: 'each-batch', ...options };
}

/**
 * Fires and clears a key's window every `count` records; what is left fires at the final flush.
 *
 * @example
 * ```ts
 * keyed.window(globalWindows()).trigger(countTrigger(1_000)).aggregate(countAggregate());
 * ```
 */
export function countTrigger(count: number): Trigger {
  if (!(count >= 1) || !Number.isInteger(count)) {
    throw new HtError('CONFIG_INVALID', `countTrigger needs a positive integer, got ${count}`);
  }
  return { purgeEveryCount: count, late: 'each-batch' };
}
