import { systemClock } from '@ht/stream-core';
import type { CancelTimer, Clock } from '@ht/stream-core';
import type { ViewStore } from '../store/ViewStore.js';
import type { RollupDefinition } from './defineRollup.js';
import { MINUTE_MICROS } from './defineRollup.js';

/**
 * Options of {@link RollupRebuilder}.
 *
 * @example
 * ```ts
 * const options: RollupRebuilderOptions = { everyMs: 10_000, latenessMs: 5 * 60_000 };
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
  readonly clock?: Clock;
  /** Called with each failed pass (the next pass retries). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Keeps rollups current: every `everyMs` it rebuilds, for each rollup, the closed minutes of the last
 * `latenessMs` from the deduplicated base rows (replacing what was built, so replays and late fragments
 * never count twice). The open minute is always read from the base view.
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
  private cancel: CancelTimer | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly store: ViewStore,
    private readonly rollups: readonly RollupDefinition[],
    private readonly options: RollupRebuilderOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** One pass now: rebuilds [now − lateness, start of the current minute) of every rollup. */
  async rebuildNow(): Promise<void> {
    const nowMicros = this.clock.now() * 1000;
    const to = Math.floor(nowMicros / MINUTE_MICROS) * MINUTE_MICROS;
    const lateness = (this.options.latenessMs ?? 5 * 60_000) * 1000;
    const from = Math.floor((to - lateness) / MINUTE_MICROS) * MINUTE_MICROS;
    for (const rollup of this.rollups) await this.store.rebuildRollup(rollup.name, from, to);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    this.cancel = undefined;
    await this.running;
  }

  private schedule(delayMs: number): void {
    this.cancel = this.clock.setTimer(() => {
      this.running = this.rebuildNow()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule(this.options.everyMs ?? 15_000);
        });
    }, delayMs);
  }
}
