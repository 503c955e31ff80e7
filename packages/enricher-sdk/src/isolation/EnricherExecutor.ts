import type { TimeSource } from '../context/TimeSource.js';
import type { Logger } from '../context/Logger.js';
import type { Metrics } from '../context/Metrics.js';
import type { EntityStore } from '../entities/EntityStore.js';
import type { Trace } from '../model/Trace.js';

/**
 * Runs one enricher, in process or in a worker. `enrich` never rejects because of the plugin: its
 * failures are recorded on the trace and counted.
 */
export interface EnricherExecutor {
  readonly name: string;
  start(): Promise<void>;
  /** A promise only when there is something to wait for (in-process synchronous hooks return nothing). */
  enrich(trace: Trace): void | Promise<void>;
  close(): Promise<void>;
}

/**
 * The host services an {@link EnricherChain} hands to plugins. All optional: no-op logger and metrics,
 * the system clock and a fresh {@link MemoryEntityStore} by default.
 *
 * @example
 * ```ts
 * import { pino } from 'pino';
 * const services: EnricherServices = { logger: pino(), entities: new RedisEntityStore(redis) };
 * ```
 */
export interface EnricherServices {
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  readonly clock?: TimeSource;
  readonly entities?: EntityStore;
  /** Bound on each enricher's `init` (and a worker's start), ms. Default 30 000. */
  readonly startTimeoutMs?: number;
}

/** {@link EnricherServices} with every default applied. */
export type ResolvedServices = Required<EnricherServices>;
