import { HtError } from '@ht/stream-core/errors';
import type { Histogram } from '../context/Metrics.js';
import type { Trace } from '../model/Trace.js';
import type { Columns, RowOf } from '../plugin/columns.js';
import type { ViewDefinition } from '../plugin/defineView.js';
import { FailureLog } from './FailureLog.js';
import { traceTimeLimitMs } from './traceTimeLimit.js';
import type { ResolvedViewServices, ViewExecutor, ViewRows } from './ViewExecutor.js';
import { NO_ROWS, NO_ROWS_CONSEQUENCE } from './ViewExecutor.js';

/** A view's rows are checked against its time limit once per this many rows. */
const CLOCK_CHECK_ROWS = 8;

/**
 * Runs a view on the calling thread. A throw is counted and logged, and the view gives no rows for that
 * trace. `fromTrace` is synchronous and cannot be interrupted on this thread: a view yielding rows one
 * by one (a generator) is stopped between rows once over its time limit (checked every 8 rows), and one
 * that finishes over it is a TIMEOUT too; either way its rows for that trace are dropped. The limit grows
 * with the trace past 1,000 spans (`traceTimeLimitMs`). For code that may loop, use a worker
 * ({@link WorkerView}).
 */
export class InProcessView implements ViewExecutor {
  readonly name: string;
  private readonly failures: FailureLog;
  private readonly duration: Histogram;
  private readonly durationLabels: { view: string };

  constructor(
    private readonly definition: ViewDefinition,
    private readonly timeoutMs: number,
    services: Pick<ResolvedViewServices, 'logger' | 'metrics'>,
  ) {
    this.name = definition.name;
    const logger = services.logger.child({ view: this.name });
    this.failures = new FailureLog('view', this.name, services.metrics, logger, NO_ROWS_CONSEQUENCE);
    this.duration = services.metrics.histogram('ht_view_duration_seconds', 'time per trace in each view');
    this.durationLabels = { view: this.name };
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  rows(trace: Trace): ViewRows {
    const started = performance.now();
    const limitMs = traceTimeLimitMs(this.timeoutMs, trace.spans.length);
    const deadline = started + limitMs;
    const rows: RowOf<Columns>[] = [];
    let stopped = false;
    try {
      for (const row of this.definition.fromTrace(trace)) {
        rows.push(row);
        if (rows.length % CLOCK_CHECK_ROWS === 0 && performance.now() >= deadline) {
          stopped = true;
          break; // closes a generator: its finally blocks run
        }
      }
    } catch (e) {
      return this.failed(trace, started, performance.now(), e);
    }
    const now = performance.now();
    if (stopped) {
      const error = new HtError(
        'TIMEOUT',
        `view '${this.name}' exceeded its ${limitMs} ms timeout${limitMs > this.timeoutMs ? ` for ${trace.spans.length} spans` : ''} (${rows.length} rows; stopped)`,
      );
      return this.failed(trace, started, now, error);
    }
    if (now - started > limitMs) return this.failed(trace, started, now, this.overrun(now - started, limitMs));
    this.duration.observe((now - started) / 1000, this.durationLabels);
    return rows;
  }

  private failed(trace: Trace, started: number, now: number, error: unknown): ViewRows {
    this.failures.record({ traceId: trace.traceId }, error);
    this.duration.observe((now - started) / 1000, this.durationLabels);
    return NO_ROWS;
  }

  private overrun(elapsedMs: number, limitMs: number): HtError {
    return new HtError(
      'TIMEOUT',
      `view '${this.name}' ran ${Math.round(elapsedMs)} ms, over its ${limitMs} ms timeout; its synchronous ` +
        `work cannot be stopped in process: run it with isolation: worker`,
    );
  }
}
