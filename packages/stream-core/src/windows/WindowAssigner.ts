import { HtError } from '../errors/HtError.js';

/** A window's bounds: `[start, end)` in event-time ms. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Decides which windows a record belongs to.
 * - `aligned` assigners (tumbling, sliding, global) give every key the same windows;
 * - the `session` assigner gives each record a window of `gapMs` that merges with overlapping ones.
 */
export type WindowAssigner =
  | {
      readonly kind: 'tumbling' | 'sliding' | 'global';
      /** Writes the windows of a record at `timestamp` as start/end pairs into `out`; returns how many. */
      assign(timestamp: number, out: number[]): number;
      /** Tumbling windows: their size and offset (lets the operator skip `assign` on the hot path). */
      readonly sizeMs?: number;
      readonly offsetMs?: number;
    }
  | { readonly kind: 'session'; readonly gapMs: number };

function positive(name: string, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new HtError('CONFIG_INVALID', `${name} must be a positive number of ms, got ${value}`);
  }
}

/** Start of the aligned window of `size` holding `t`. */
function windowStart(t: number, offset: number, size: number): number {
  return t - ((((t - offset) % size) + size) % size);
}

/**
 * Fixed, non-overlapping windows of `sizeMs` (aligned to the epoch plus `offsetMs`).
 *
 * @example
 * ```ts
 * keyed.window(tumblingWindows({ sizeMs: 60_000 })).aggregate(countAggregate());
 * ```
 */
export function tumblingWindows(options: { readonly sizeMs: number; readonly offsetMs?: number }): WindowAssigner {
  const { sizeMs } = options;
  const offset = options.offsetMs ?? 0;
  positive('tumblingWindows.sizeMs', sizeMs);
  return {
    kind: 'tumbling',
    sizeMs,
    offsetMs: offset,
    assign(t, out) {
      const start = windowStart(t, offset, sizeMs);
      out[0] = start;
      out[1] = start + sizeMs;
      return 1;
    },
  };
}

/**
 * Overlapping windows of `sizeMs` starting every `slideMs`: a record belongs to `sizeMs / slideMs`
 * windows.
 *
 * @example
 * ```ts
 * keyed.window(slidingWindows({ sizeMs: 300_000, slideMs: 60_000 })); // 5-minute windows every minute
 * ```
 */
export function slidingWindows(options: {
  readonly sizeMs: number;
  readonly slideMs: number;
  readonly offsetMs?: number;
}): WindowAssigner {
  const { sizeMs, slideMs } = options;
  const offset = options.offsetMs ?? 0;
  positive('slidingWindows.sizeMs', sizeMs);
  positive('slidingWindows.slideMs', slideMs);
  if (slideMs > sizeMs) throw new HtError('CONFIG_INVALID', 'slidingWindows.slideMs must not exceed sizeMs');
  return {
    kind: 'sliding',
    assign(t, out) {
      let n = 0;
      for (let start = windowStart(t, offset, slideMs); start > t - sizeMs; start -= slideMs) {
        out[2 * n] = start;
        out[2 * n + 1] = start + sizeMs;
        n++;
      }
      return n;
    },
  };
}

/**
 * Per-key windows that stay open while records keep coming less than `gapMs` apart, and merge when a
 * record bridges two of them: how the trace grouper finds the end of a trace.
 *
 * @example
 * ```ts
 * spans.keyBy((s) => s.traceId).window(sessionWindows({ gapMs: 30_000 })).process(toTrace);
 * ```
 */
export function sessionWindows(options: { readonly gapMs: number }): WindowAssigner {
  positive('sessionWindows.gapMs', options.gapMs);
  return { kind: 'session', gapMs: options.gapMs };
}

/**
 * One window per key that never ends by itself: use it with `countTrigger(n)` (and the final flush).
 *
 * @example
 * ```ts
 * keyed.window(globalWindows()).trigger(countTrigger(100)).reduce((a, b) => merge(a, b));
 * ```
 */
export function globalWindows(): WindowAssigner {
  return {
    kind: 'global',
    assign(_t, out) {
      out[0] = Number.NEGATIVE_INFINITY;
      out[1] = Number.POSITIVE_INFINITY;
      return 1;
    },
  };
}
