import { HtError, toHtError } from '@ht/stream-core/errors';
import type { HtErrorCode } from '@ht/stream-core/errors';
import type { Logger } from '../context/Logger.js';
import type { Counter, Metrics } from '../context/Metrics.js';
import type { Trace } from '../model/Trace.js';

/**
 * At most this many errors of one enricher are recorded on one trace; the rest are only counted.
 *
 * @example
 * ```ts
 * expect(trace.enrichmentErrors.length).toBeLessThanOrEqual(MAX_ERRORS_PER_ENRICHER_PER_TRACE);
 * ```
 */
export const MAX_ERRORS_PER_ENRICHER_PER_TRACE = 10;
const LOG_INTERVAL_MS = 10_000;

/**
 * Records an enricher's failures: on the trace (`trace.enrichmentErrors`, capped per enricher), in
 * `ht_enricher_errors_total{enricher,code}`, and in the log (at most one line per enricher every 10 s,
 * with the count of failures since, so a plugin failing on every span cannot flood the log).
 */
export class FailureRecorder {
  private readonly errors: Counter;
  private readonly labels = new Map<HtErrorCode, { enricher: string; code: string }>();
  private lastLogAt = -Infinity;
  private unlogged = 0;

  constructor(
    private readonly enricher: string,
    metrics: Metrics,
    private readonly logger: Logger,
  ) {
    this.errors = metrics.counter('ht_enricher_errors_total', 'enricher failures (thrown, timed out, crashed)');
  }

  /** Records `error` (anything thrown, or an HtError) for `spanId` (`''`: the whole trace). */
  record(trace: Trace, spanId: string, error: unknown): void {
    const failure = error instanceof HtError ? error : toHtError(error, 'USER_FUNCTION_FAILED');
    const code = failure.code;
    let labels = this.labels.get(code);
    if (labels === undefined) {
      labels = { enricher: this.enricher, code };
      this.labels.set(code, labels);
    }
    this.errors.inc(1, labels);
    let recorded = 0;
    for (const e of trace.enrichmentErrors) if (e.enricher === this.enricher) recorded++;
    if (recorded < MAX_ERRORS_PER_ENRICHER_PER_TRACE) {
      trace.enrichmentErrors.push({ enricher: this.enricher, spanId, code, message: failure.message });
    }
    this.log(trace, spanId, failure);
  }

  private log(trace: Trace, spanId: string, failure: HtError): void {
    this.unlogged++;
    const now = Date.now();
    if (now - this.lastLogAt < LOG_INTERVAL_MS) return;
    this.logger.warn(
      {
        enricher: this.enricher,
        code: failure.code,
        traceId: trace.traceId,
        spanId,
        failures: this.unlogged,
        err: failure,
      },
      `enricher '${this.enricher}' failed: ${failure.message} (the trace continues without its output)`,
    );
    this.lastLogAt = now;
    this.unlogged = 0;
  }
}
