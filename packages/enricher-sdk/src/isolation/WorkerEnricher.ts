import { HtError } from '@ht/stream-core/errors';
import { enrichedTraceCodec } from '../avro/codecs.js';
import type { Trace } from '../model/Trace.js';
import type { PluginSource } from '../plugin/loadPlugins.js';
import type { EnricherExecutor, ResolvedServices } from './EnricherExecutor.js';
import { FailureRecorder } from './FailureRecorder.js';
import { mergeEnrichment } from './mergeTrace.js';
import { PluginWorker } from './PluginWorker.js';
import { workerMainUrl } from './workerEntry.js';

/**
 * Runs an enricher in its own worker thread (a {@link PluginWorker}), one trace at a time, so even a
 * synchronous endless loop cannot stall the stage: past `timeoutMs` the worker is terminated, the trace
 * goes on with a TIMEOUT recorded, and a fresh worker starts for the next trace. Traces cross as
 * EnrichedTrace Avro; only enrichment (enriched attributes, entities, call edges, errors) is copied back
 * onto the trace.
 */
export class WorkerEnricher implements EnricherExecutor {
  readonly name: string;
  private readonly worker: PluginWorker<Uint8Array>;
  private readonly failures: FailureRecorder;

  constructor(
    source: PluginSource,
    rawConfig: unknown,
    timeoutMs: number,
    services: ResolvedServices,
    workerUrl: URL = workerMainUrl(),
  ) {
    this.name = source.name;
    this.worker = new PluginWorker('enricher', source, rawConfig, timeoutMs, services, workerUrl);
    this.failures = new FailureRecorder(this.name, services.metrics, this.worker.logger);
  }

  start(): Promise<void> {
    return this.worker.start();
  }

  async enrich(trace: Trace): Promise<void> {
    const result = await this.worker.run(enrichedTraceCodec.encode(trace));
    if (result instanceof HtError) this.failures.record(trace, '', result);
    else mergeEnrichment(trace, enrichedTraceCodec.decode(result));
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
