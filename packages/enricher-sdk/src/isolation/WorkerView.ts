import { HtError, toHtError } from '@ht/stream-core/errors';
import type { Trace } from '../model/Trace.js';
import type { PluginSource } from '../plugin/loadPlugins.js';
import { FailureLog } from './FailureLog.js';
import { PluginWorker } from './PluginWorker.js';
import { traceTimeLimitMs } from './traceTimeLimit.js';
import type { ResolvedViewServices, ViewExecutor, ViewRows } from './ViewExecutor.js';
import { NO_ROWS, NO_ROWS_CONSEQUENCE } from './ViewExecutor.js';
import { workerMainUrl } from './workerEntry.js';

/**
 * Runs a view in its own worker thread (a {@link PluginWorker}), one trace at a time: past `timeoutMs`
 * (grown with the trace past 1,000 spans: `traceTimeLimitMs`) the worker is terminated (even a synchronous endless loop stops), the view gives no rows for that
 * trace, and a fresh worker starts for the next one. The trace goes over as EnrichedTrace Avro bytes; the
 * rows come back by structured clone (strings, numbers, bigints, booleans and arrays of them cross as
 * they are). A throw inside the worker is counted there (forwarded to the host's metrics and log).
 */
export class WorkerView implements ViewExecutor {
  readonly name: string;
  private readonly worker: PluginWorker<ViewRows>;
  private readonly failures: FailureLog;

  constructor(
    source: PluginSource,
    private readonly timeoutMs: number,
    services: ResolvedViewServices,
    workerUrl: URL = workerMainUrl(),
  ) {
    this.name = source.name;
    this.worker = new PluginWorker(
      'view',
      source,
      undefined,
      timeoutMs,
      { ...services, entities: undefined },
      workerUrl,
    );
    this.failures = new FailureLog('view', this.name, services.metrics, this.worker.logger, NO_ROWS_CONSEQUENCE);
  }

  start(): Promise<void> {
    return this.worker.start();
  }

  async rows(trace: Trace, encoded: () => Uint8Array): Promise<ViewRows> {
    let result: ViewRows | HtError;
    try {
      result = await this.worker.run(encoded(), traceTimeLimitMs(this.timeoutMs, trace.spans.length));
    } catch (e) {
      result = toHtError(e, 'INTERNAL', `view '${this.name}': the trace could not be sent to its worker`);
    }
    if (!(result instanceof HtError)) return result;
    this.failures.record({ traceId: trace.traceId }, result);
    return NO_ROWS;
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
