import type { TimeSource } from '../context/TimeSource.js';
import type { Logger } from '../context/Logger.js';
import type { Metrics } from '../context/Metrics.js';
import type { EntityStore } from '../entities/EntityStore.js';

/**
 * What an enricher gets in `init` and `close`: its validated config and the host's services.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * defineEnricher({
 *   name: 'spaces', version: '1.0.0', config: z.object({ rules: z.array(z.string()) }),
 *   init(ctx) { ctx.logger.info({ rules: ctx.config.rules.length }, 'spaces enricher ready'); },
 *   enrichSpan() {},
 * });
 * ```
 */
export interface EnricherInitContext<Config> {
  /** The enricher's name. */
  readonly enricher: string;
  /** The config from the pipeline config, parsed by the enricher's zod schema. */
  readonly config: Config;
  /** Logger bound to `{ enricher: name }`. */
  readonly logger: Logger;
  /** Metrics labelled `enricher: name`. */
  readonly metrics: Metrics;
  readonly clock: TimeSource;
  /** Stable ids for services, APIs and backends. */
  readonly entities: EntityStore;
}

/**
 * What an enricher gets on each call: the init context plus an abort signal.
 *
 * @example
 * ```ts
 * defineEnricher({
 *   name: 'geo', version: '1.0.0',
 *   async enrichTrace(trace, ctx) {
 *     const geo = await lookup(ip, { signal: ctx.signal });
 *     if (ctx.signal.aborted) return; // timed out: the trace has moved on, write nothing
 *     trace.enriched.set('ht.geo.country', geo.country);
 *   },
 * });
 * ```
 */
export interface EnrichContext<Config> extends EnricherInitContext<Config> {
  /**
   * Aborted when this call ran past its timeout or the host is closing. After that the trace has moved
   * on: an async enricher should stop and write nothing more.
   */
  readonly signal: AbortSignal;
}
