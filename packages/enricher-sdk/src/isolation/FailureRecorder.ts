import type { Logger } from '../context/Logger.js';
import type { Metrics } from '../context/Metrics.js';
import type { Trace } from '../model/Trace.js';
import { FailureLog } from './FailureLog.js';

/**
 * At most this many errors of one enricher are recorded on one trace; the rest are only counted.
 *
 * @example
 * ```ts
 * expect(trace.enrichmentErrors.length).toBeLessThanOrEqual(MAX_ERRORS_PER_ENRICHER_PER_TRACE);
 * ```
 */
export const MAX_ERRORS_PER_ENRICHER_PER_TRACE = 10;

/**
 * Records an enricher's failures: on the trace (`trace.enrichmentErrors`, capped per enricher), in
 * `ht_enricher_errors_total{enricher,code}`, and in the log (a {@link FailureLog}).
 */
export class FailureRecorder {
  private readonly failures: FailureLog;

  constructor(
    private readonly enricher: string,
    metrics: Metrics,
    logger: Logger,
  ) {
    this.failures = new FailureLog('enricher', enricher, metrics, logger, 'the trace continues without its output');
  }

  /** Records `error` (anything thrown, or an HtError) for `spanId` (`''`: the whole trace). */
  record(trace: Trace, spanId: string, error: unknown): void {
    const failure = this.failures.record({ traceId: trace.traceId, spanId }, error);
    let recorded = 0;
    for (const e of trace.enrichmentErrors) if (e.enricher === this.enricher) recorded++;
    if (recorded < MAX_ERRORS_PER_ENRICHER_PER_TRACE) {
      trace.enrichmentErrors.push({ enricher: this.enricher, spanId, code: failure.code, message: failure.message });
    }
  }
}
