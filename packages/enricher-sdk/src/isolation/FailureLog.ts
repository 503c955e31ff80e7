import { HtError, toHtError } from '@ht/stream-core/errors';
import type { HtErrorCode } from '@ht/stream-core/errors';
import type { Logger } from '../context/Logger.js';
import type { Counter, Metrics } from '../context/Metrics.js';
import type { PluginKind } from './PluginKind.js';

const LOG_INTERVAL_MS = 10_000;

/** Where a failure happened: the trace, and the span (`''`: the whole trace; absent for views). */
export interface FailureSite {
  readonly traceId: string;
  readonly spanId?: string;
}

/**
 * Counts and logs the failures of one plugin: `ht_<kind>_errors_total{<kind>,code}` (e.g.
 * `ht_view_errors_total{view,code}`), and a warning naming the plugin and the trace, at most one line per
 * plugin every 10 s with the count of failures since (a plugin failing on every trace cannot flood the
 * log). What a failure costs (the trace goes on without the enrichment, no rows from the view) is said
 * by `consequence`, at the end of the line.
 */
export class FailureLog {
  private readonly errors: Counter;
  private readonly labels = new Map<HtErrorCode, Readonly<Record<string, string>>>();
  private lastLogAt = -Infinity;
  private unlogged = 0;

  constructor(
    private readonly kind: PluginKind,
    private readonly name: string,
    metrics: Metrics,
    private readonly logger: Logger,
    private readonly consequence: string,
  ) {
    this.errors = metrics.counter(`ht_${kind}_errors_total`, `${kind} failures (thrown, timed out, crashed)`);
  }

  /** Counts and logs `error` (anything thrown, or an HtError) at `site`; returns it as an HtError. */
  record(site: FailureSite, error: unknown): HtError {
    const failure = error instanceof HtError ? error : toHtError(error, 'USER_FUNCTION_FAILED');
    const code = failure.code;
    let labels = this.labels.get(code);
    if (labels === undefined) {
      labels = { [this.kind]: this.name, code };
      this.labels.set(code, labels);
    }
    this.errors.inc(1, labels);
    this.log(site, failure);
    return failure;
  }

  private log(site: FailureSite, failure: HtError): void {
    this.unlogged++;
    const now = Date.now();
    if (now - this.lastLogAt < LOG_INTERVAL_MS) return;
    this.logger.warn(
      { [this.kind]: this.name, code: failure.code, ...site, failures: this.unlogged, err: failure },
      `${this.kind} '${this.name}' failed: ${failure.message} (${this.consequence})`,
    );
    this.lastLogAt = now;
    this.unlogged = 0;
  }
}
