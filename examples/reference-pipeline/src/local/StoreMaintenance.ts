import type { Logger, ViewDefinition } from '@ht/enricher-sdk';
import { RollupRebuilder } from '@ht/sinks';
import type { RollupDefinition, ViewStore } from '@ht/sinks';

/**
 * What {@link StoreMaintenance} does, and how often.
 *
 * @example
 * ```ts
 * const options: StoreMaintenanceOptions = { retentionMs: 24 * 3_600_000, everyMs: 600_000 };
 * ```
 */
export interface StoreMaintenanceOptions {
  /** Rows older than this go (DuckDB deletes them, ClickHouse drops whole day partitions); undefined keeps all. */
  readonly retentionMs?: number;
  /** Between two expiry passes (default 10 minutes; the first pass runs at start). */
  readonly everyMs?: number;
  /** Per-minute rollups to keep rebuilt, already passed to `store.ensureRollups` (none by default; `startLocalPipeline` passes the built-in ones on ClickHouse). */
  readonly rollups?: readonly RollupDefinition[];
  readonly logger?: Logger;
  /** Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * The one owner of a store's upkeep in a process: expiry of rows past the retention for every view with a
 * time column, and the rollup rebuilder. ClickHouse 18 has no TTL, so expiry is this scheduled pass there
 * too. A failed pass is logged and tried again at the next one.
 *
 * @example
 * ```ts
 * const upkeep = new StoreMaintenance(store, views, { retentionMs: 86_400_000, logger });
 * upkeep.start();
 * await upkeep.stop();
 * ```
 */
export class StoreMaintenance {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly rebuilder: RollupRebuilder | undefined;
  private readonly now: () => number;

  constructor(
    private readonly store: ViewStore,
    private readonly views: readonly ViewDefinition[],
    private readonly options: StoreMaintenanceOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    const rollups = options.rollups ?? [];
    const logger = options.logger;
    this.rebuilder =
      rollups.length === 0
        ? undefined
        : new RollupRebuilder(store, rollups, {
            onError: (error) => logger?.warn({ err: error }, 'rollup rebuild failed; retrying at the next pass'),
          });
  }

  /** Runs the first expiry pass now, then every `everyMs`, and starts the rollup rebuilder. */
  start(): void {
    this.rebuilder?.start();
    if (this.options.retentionMs === undefined) return;
    this.pass();
    this.timer = setInterval(() => this.pass(), this.options.everyMs ?? 600_000);
    this.timer.unref();
  }

  /** Stops the schedule and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    await this.rebuilder?.stop();
  }

  /** One expiry pass over every view with a time column (skipped while the previous one still runs). */
  private pass(): void {
    const retentionMs = this.options.retentionMs;
    if (retentionMs === undefined || this.running !== undefined) return;
    const beforeMicros = (this.now() - retentionMs) * 1_000;
    this.running = (async () => {
      for (const view of this.views) {
        if (view.timeColumn === '') continue;
        try {
          await this.store.expire(view.name, beforeMicros);
        } catch (error) {
          this.options.logger?.warn(
            { err: error, view: view.name },
            `expiring rows of ${view.name} failed; trying again at the next pass`,
          );
        }
      }
    })().finally(() => (this.running = undefined));
  }
}
