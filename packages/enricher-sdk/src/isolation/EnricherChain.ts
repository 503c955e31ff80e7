import { HtError } from '@ht/stream-core/errors';
import { systemTimeSource } from '../context/TimeSource.js';
import { noopLogger } from '../context/Logger.js';
import { noopMetrics } from '../context/Metrics.js';
import { MemoryEntityStore } from '../entities/MemoryEntityStore.js';
import type { Trace } from '../model/Trace.js';
import type { LoadedEnricher } from '../plugin/loadPlugins.js';
import { Isolation } from '../plugin/pluginsConfig.js';
import type { EnricherExecutor, EnricherServices, ResolvedServices } from './EnricherExecutor.js';
import { InProcessEnricher } from './InProcessEnricher.js';
import { closeInReverse, startInOrder } from './lifecycle.js';
import { WorkerEnricher } from './WorkerEnricher.js';

/**
 * Runs loaded enrichers, in order, on each trace: the enricher stage's core. Each enricher runs in
 * process or in a worker as loaded; a failing or slow one never loses a trace: the failure is recorded
 * on the trace (`trace.enrichmentErrors`) and counted, and the trace continues through the rest.
 *
 * @example
 * ```ts
 * const chain = new EnricherChain((await loadPlugins(config.plugins, { builtins })).enrichers, { logger, metrics });
 * await chain.start();
 * for await (const trace of traces) await sink.write(await chain.enrich(trace));
 * await chain.close();
 * ```
 */
export class EnricherChain {
  private readonly executors: readonly EnricherExecutor[];
  private state: 'new' | 'starting' | 'started' | 'closed' = 'new';

  constructor(enrichers: readonly LoadedEnricher[], services: EnricherServices = {}) {
    const resolved: ResolvedServices = {
      logger: services.logger ?? noopLogger,
      metrics: services.metrics ?? noopMetrics,
      clock: services.clock ?? systemTimeSource,
      entities: services.entities ?? new MemoryEntityStore(),
      startTimeoutMs: services.startTimeoutMs ?? 30_000,
    };
    this.executors = enrichers.map((e) => {
      if (e.isolation === Isolation.WORKER) {
        if (e.source === undefined) {
          throw new HtError(
            'CONFIG_INVALID',
            `enricher '${e.definition.name}' cannot run in a worker: no module source`,
          );
        }
        return new WorkerEnricher(e.source, e.rawConfig, e.timeoutMs, resolved);
      }
      return new InProcessEnricher(e.definition, e.config, e.timeoutMs, resolved);
    });
  }

  /** The enrichers' names, in run order. */
  get names(): string[] {
    return this.executors.map((e) => e.name);
  }

  /** Runs every enricher's `init` (starting workers) in order; if one fails, closes those started and throws. */
  async start(): Promise<void> {
    if (this.state !== 'new') throw new HtError('LIFECYCLE', `EnricherChain.start() called when ${this.state}`);
    this.state = 'starting';
    try {
      await startInOrder(this.executors);
    } catch (e) {
      this.state = 'closed';
      throw e;
    }
    this.state = 'started';
  }

  /** Enriches `trace` in place through every enricher and returns it. Rejects only if not started. */
  async enrich(trace: Trace): Promise<Trace> {
    if (this.state !== 'started') {
      throw new HtError('LIFECYCLE', `EnricherChain.enrich() called when ${this.state}: call start() first`);
    }
    const executors = this.executors;
    for (let i = 0; i < executors.length; i++) {
      const pending = (executors[i] as EnricherExecutor).enrich(trace);
      if (pending !== undefined) await pending;
    }
    return trace;
  }

  /** Runs every enricher's `close` in reverse order and stops workers. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    await closeInReverse(this.executors);
  }
}
