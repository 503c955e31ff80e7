import { HtError, systemClock } from '@ht/stream-core';
import type { CancelTimer, Clock } from '@ht/stream-core';
import type { ViewStore } from '../store/ViewStore.js';
import type { RebuiltMinutes, RollupDefinition } from './defineRollup.js';
import { MINUTE_MICROS } from './defineRollup.js';

/**
 * Options of {@link RollupRebuilder}.
 *
 * @example
 * ```ts
 * const options: RollupRebuilderOptions = { everyMs: 10_000, latenessMs: 5 * 60_000, maxCatchUpMs: 6 * 3_600_000 };
 * ```
 */
export interface RollupRebuilderOptions {
  /** How often closed minutes are rebuilt. Default 15 s. */
  readonly everyMs?: number;
  /**
   * How far back each pass rebuilds: late spans (the grouper's gap plus transport delays) land in minutes
   * already closed, and the next passes fold them in. Default 5 minutes.
   */
  readonly latenessMs?: number;
  /**
   * How far back a pass catches up when the store's rebuilt minutes end before the lateness window (after
   * a restart or a downtime): it rebuilds from their end, but no further back than this. Older minutes
   * stay on the base view (correct numbers, slower reads). Default 24 hours.
   */
  readonly maxCatchUpMs?: number;
  /** Minutes per rebuild statement while catching up (rounded down to whole minutes, at least one). Default 60 minutes. */
  readonly catchUpChunkMs?: number;
  /** Time source of the passes (a `VirtualClock` in tests). Default the system clock. */
  readonly clock?: Clock;
  /** Called with each failed pass (the next pass retries). */
  readonly onError?: (error: unknown) => void;
}

const floorMinute = (micros: number): number => Math.floor(micros / MINUTE_MICROS) * MINUTE_MICROS;

function checkDuration(name: string, value: number | undefined, min: number): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= min)) {
    throw new HtError('CONFIG_INVALID', `RollupRebuilder: ${name} must be a finite number >= ${min}, got ${value}`);
  }
}

/**
 * The [from, to) ranges (µs, whole minutes, ascending, at most `chunkMicros` each) one pass rebuilds for
 * a rollup: the closed minutes of the lateness window, and before them, when the store's rebuilt minutes
 * end earlier, the gap since their end (no further back than the catch-up bound).
 */
function passRanges(
  rebuilt: RebuiltMinutes | undefined,
  nowMicros: number,
  latenessMicros: number,
  maxCatchUpMicros: number,
  chunkMicros: number,
): [number, number][] {
  const to = floorMinute(nowMicros);
  const lateFrom = floorMinute(to - latenessMicros);
  const oldest = floorMinute(to - maxCatchUpMicros);
  const from = Math.min(lateFrom, Math.max(rebuilt?.toMicros ?? lateFrom, oldest));
  const ranges: [number, number][] = [];
  for (let a = from; a < to; a += chunkMicros) ranges.push([a, Math.min(a + chunkMicros, to)]);
  return ranges;
}

/**
 * Keeps rollups current: every `everyMs` it rebuilds, for each rollup, the closed minutes of the last
 * `latenessMs` from the deduplicated base rows (replacing what was built, so replays and late fragments
 * never count twice). The open minute is always read from the base view.
 *
 * Catch-up: each pass asks the store which minutes it has rebuilt (`rebuiltRollupMinutes`; ClickHouse keeps
 * them across restarts). When they end before the lateness window (a restart after a downtime, or passes
 * that failed for a while), the pass first rebuilds the gap from their end, oldest first, `catchUpChunkMs`
 * per statement, so the rebuilt interval grows contiguously with each chunk; at most `maxCatchUpMs` back.
 * A failed chunk ends the pass (reported to `onError`); the next pass resumes where the interval ends.
 * `stop()` ends a running catch-up after its current chunk.
 *
 * @example
 * ```ts
 * const rebuilder = new RollupRebuilder(store, [serviceRed, backendRed]);
 * rebuilder.start();
 * // …
 * await rebuilder.stop();
 * ```
 */
export class RollupRebuilder {
  private readonly clock: Clock;
  private readonly latenessMicros: number;
  private readonly maxCatchUpMicros: number;
  private readonly chunkMicros: number;
  private cancel: CancelTimer | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly store: ViewStore,
    private readonly rollups: readonly RollupDefinition[],
    private readonly options: RollupRebuilderOptions = {},
  ) {
    checkDuration('latenessMs', options.latenessMs, 0);
    checkDuration('maxCatchUpMs', options.maxCatchUpMs, 0);
    checkDuration('catchUpChunkMs', options.catchUpChunkMs, 60_000);
    this.clock = options.clock ?? systemClock;
    this.latenessMicros = (options.latenessMs ?? 5 * 60_000) * 1000;
    this.maxCatchUpMicros = (options.maxCatchUpMs ?? 24 * 3_600_000) * 1000;
    this.chunkMicros = floorMinute((options.catchUpChunkMs ?? 60 * 60_000) * 1000);
  }

  /** Starts the passes (the first one right away). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /**
   * One pass now: for every rollup, rebuilds [now − lateness, start of the current minute), preceded by
   * the catch-up from the end of the store's rebuilt minutes (bounded by `maxCatchUpMs`), in chunks.
   */
  async rebuildNow(): Promise<void> {
    await this.pass(() => true);
  }

  /** Stops the passes; resolves when a running one has ended (a catch-up stops after its current chunk). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    this.cancel = undefined;
    await this.running;
  }

  private async pass(keepGoing: () => boolean): Promise<void> {
    const nowMicros = this.clock.now() * 1000;
    for (const rollup of this.rollups) {
      const rebuilt = await this.store.rebuiltRollupMinutes(rollup.name);
      const ranges = passRanges(rebuilt, nowMicros, this.latenessMicros, this.maxCatchUpMicros, this.chunkMicros);
      for (const [from, to] of ranges) {
        if (!keepGoing()) return;
        await this.store.rebuildRollup(rollup.name, from, to);
      }
    }
  }

  private schedule(delayMs: number): void {
    this.cancel = this.clock.setTimer(() => {
      this.running = this.pass(() => !this.stopped)
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule(this.options.everyMs ?? 15_000);
        });
    }, delayMs);
  }
}
