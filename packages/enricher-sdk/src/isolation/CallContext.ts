import type { TimeSource } from '../context/TimeSource.js';
import type { Logger } from '../context/Logger.js';
import type { Metrics } from '../context/Metrics.js';
import type { EntityStore } from '../entities/EntityStore.js';
import type { EnrichContext, EnricherInitContext } from '../plugin/context.js';

/**
 * The context of one enricher call: the enricher's init context plus an abort signal created only when
 * the enricher reads it (most never do, and an AbortController per call would cost more than the call).
 */
export class CallContext<Config> implements EnrichContext<Config> {
  readonly enricher: string;
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly clock: TimeSource;
  readonly entities: EntityStore;
  private controller: AbortController | undefined;
  private abortReason: unknown;

  constructor(base: EnricherInitContext<Config>) {
    this.enricher = base.enricher;
    this.config = base.config;
    this.logger = base.logger;
    this.metrics = base.metrics;
    this.clock = base.clock;
    this.entities = base.entities;
    this.controller = undefined;
    this.abortReason = undefined;
  }

  get signal(): AbortSignal {
    if (this.controller === undefined) {
      this.controller = new AbortController();
      if (this.abortReason !== undefined) this.controller.abort(this.abortReason);
    }
    return this.controller.signal;
  }

  /** Aborts the call: its signal (now or when first read) is aborted with `reason`. */
  abort(reason: Error): void {
    if (this.abortReason !== undefined) return;
    this.abortReason = reason;
    this.controller?.abort(reason);
  }
}
