import { HtError, toHtError } from '@ht/stream-core';
import { labelledMetrics } from '../context/Metrics.js';
import type { Histogram } from '../context/Metrics.js';
import type { Trace } from '../model/Trace.js';
import type { EnricherInitContext } from '../plugin/context.js';
import type { EnricherDefinition } from '../plugin/defineEnricher.js';
import { CallContext } from './CallContext.js';
import type { EnricherExecutor, ResolvedServices } from './EnricherExecutor.js';
import { FailureRecorder } from './FailureRecorder.js';
import { awaitWithin, isPromiseLike, TimeoutSignal } from './timeout.js';

/**
 * Runs an enricher on the calling thread. A throw is recorded and the trace goes on; async work gets a
 * timeout (the call's signal is aborted and the trace goes on without waiting). Synchronous work cannot
 * be interrupted on this thread: a span enricher is stopped between spans once over its budget, and an
 * overrun is recorded. For code that may loop, use a worker ({@link WorkerEnricher}).
 */
export class InProcessEnricher implements EnricherExecutor {
  readonly name: string;
  private readonly base: EnricherInitContext<unknown>;
  private readonly failures: FailureRecorder;
  private readonly duration: Histogram;
  private readonly durationLabels: { enricher: string };

  constructor(
    private readonly definition: EnricherDefinition,
    config: unknown,
    private readonly timeoutMs: number,
    private readonly services: ResolvedServices,
  ) {
    this.name = definition.name;
    const logger = services.logger.child({ enricher: this.name });
    this.base = {
      enricher: this.name,
      config,
      logger,
      metrics: labelledMetrics(services.metrics, { enricher: this.name }),
      clock: services.clock,
      entities: services.entities,
    };
    this.failures = new FailureRecorder(this.name, services.metrics, logger);
    this.duration = services.metrics.histogram('ht_enricher_duration_seconds', 'time per trace in each enricher');
    this.durationLabels = { enricher: this.name };
  }

  async start(): Promise<void> {
    await this.runLifecycle('init', this.services.startTimeoutMs);
  }

  async close(): Promise<void> {
    try {
      await this.runLifecycle('close', this.services.startTimeoutMs);
    } catch (e) {
      this.base.logger.error({ err: e }, `enricher '${this.name}' failed to close`);
    }
  }

  async enrich(trace: Trace): Promise<void> {
    const started = performance.now();
    const ctx = new CallContext(this.base);
    if (this.definition.enrichTrace !== undefined) await this.enrichTrace(trace, ctx, started);
    else await this.enrichSpans(trace, ctx, started);
    this.duration.observe((performance.now() - started) / 1000, this.durationLabels);
  }

  private async enrichTrace(trace: Trace, ctx: CallContext<unknown>, started: number): Promise<void> {
    try {
      const result = this.definition.enrichTrace?.(trace, ctx);
      if (isPromiseLike(result)) {
        const outcome = await awaitWithin(result, this.timeoutMs, () => this.overBudget('its async work'));
        if (outcome instanceof TimeoutSignal) this.timedOut(trace, '', ctx, outcome.error);
      } else if (performance.now() - started > this.timeoutMs) {
        this.failures.record(trace, '', this.overrun(performance.now() - started));
      }
    } catch (e) {
      this.failures.record(trace, '', e);
    }
  }

  private async enrichSpans(trace: Trace, ctx: CallContext<unknown>, started: number): Promise<void> {
    const deadline = started + this.timeoutMs;
    const spans = trace.spans;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      if (span === undefined) continue;
      const left = deadline - performance.now();
      if (left <= 0) {
        this.timedOut(
          trace,
          span.spanId,
          ctx,
          new HtError('TIMEOUT', this.overBudget(`${i} of ${spans.length} spans; stopped`)),
        );
        return;
      }
      try {
        const result = this.definition.enrichSpan?.(span, trace, ctx);
        if (isPromiseLike(result)) {
          const outcome = await awaitWithin(result, left, () => this.overBudget(`span ${span.spanId}`));
          if (outcome instanceof TimeoutSignal) {
            this.timedOut(trace, span.spanId, ctx, outcome.error);
            return;
          }
        }
      } catch (e) {
        this.failures.record(trace, span.spanId, e);
      }
    }
  }

  private timedOut(trace: Trace, spanId: string, ctx: CallContext<unknown>, error: HtError): void {
    ctx.abort(error);
    this.failures.record(trace, spanId, error);
  }

  private overBudget(what: string): string {
    return `enricher '${this.name}' exceeded its ${this.timeoutMs} ms timeout (${what})`;
  }

  private overrun(elapsedMs: number): HtError {
    return new HtError(
      'TIMEOUT',
      `enricher '${this.name}' ran ${Math.round(elapsedMs)} ms, over its ${this.timeoutMs} ms timeout; its synchronous ` +
        `work cannot be stopped in process (its output is kept): run it with isolation: worker`,
    );
  }

  private async runLifecycle(hook: 'init' | 'close', timeoutMs: number): Promise<void> {
    try {
      const result = hook === 'init' ? this.definition.init?.(this.base) : this.definition.close?.(this.base);
      if (isPromiseLike(result)) {
        const outcome = await awaitWithin(
          result,
          timeoutMs,
          () => `enricher '${this.name}' ${hook} took over ${timeoutMs} ms`,
        );
        if (outcome instanceof TimeoutSignal) throw outcome.error;
      }
    } catch (e) {
      throw toHtError(
        e,
        'USER_FUNCTION_FAILED',
        `enricher '${this.name}' failed to ${hook === 'init' ? 'start' : 'close'}`,
      );
    }
  }
}
