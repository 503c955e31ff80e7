import { HtError, toHtError } from '@ht/stream-core/errors';
import { labelledMetrics } from '../context/Metrics.js';
import type { Histogram } from '../context/Metrics.js';
import type { Span } from '../model/Span.js';
import type { Trace } from '../model/Trace.js';
import type { EnricherInitContext } from '../plugin/context.js';
import type { EnricherDefinition } from '../plugin/defineEnricher.js';
import { CallContext } from './CallContext.js';
import type { EnricherExecutor, ResolvedServices } from './EnricherExecutor.js';
import { FailureRecorder } from './FailureRecorder.js';
import { awaitWithin, isPromiseLike, TimeoutSignal } from './timeout.js';

/** Synchronous span hooks read the clock (for the budget) once per this many spans. */
const CLOCK_CHECK_SPANS = 8;

/**
 * Runs an enricher on the calling thread. A throw is recorded and the trace goes on; async work gets a
 * timeout (the call's signal is aborted and the trace goes on without waiting). Synchronous work cannot
 * be interrupted on this thread: a span enricher is stopped between spans once over its budget (checked
 * every 8 spans while its hooks are synchronous), and an overrun is recorded. For code that may loop, use
 * a worker ({@link WorkerEnricher}).
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

  /**
   * Synchronous hooks run without a promise: a built-in chain of eighteen enrichers would otherwise make
   * eighteen promises and microtask hops per trace. A promise is returned only when a hook returns one.
   */
  enrich(trace: Trace): void | Promise<void> {
    const started = performance.now();
    const ctx = new CallContext(this.base);
    const pending =
      this.definition.enrichTrace !== undefined
        ? this.enrichTrace(trace, ctx, started)
        : this.enrichSpans(trace, ctx, started, 0, false);
    if (pending !== undefined) return pending.then(() => this.observe(started, performance.now()));
    // A synchronous trace hook has observed its duration (with the clock read of its overrun check).
    if (this.definition.enrichTrace === undefined) this.observe(started, performance.now());
    return undefined;
  }

  private observe(started: number, now: number): void {
    this.duration.observe((now - started) / 1000, this.durationLabels);
  }

  private enrichTrace(trace: Trace, ctx: CallContext<unknown>, started: number): Promise<void> | undefined {
    let result: unknown;
    try {
      result = this.definition.enrichTrace?.(trace, ctx);
    } catch (e) {
      this.failures.record(trace, '', e);
      this.observe(started, performance.now());
      return undefined;
    }
    if (isPromiseLike(result)) return this.awaitTrace(result, trace, ctx);
    const now = performance.now(); // one clock read for the overrun check and the duration
    if (now - started > this.timeoutMs) this.failures.record(trace, '', this.overrun(now - started));
    this.observe(started, now);
    return undefined;
  }

  private async awaitTrace(result: PromiseLike<unknown>, trace: Trace, ctx: CallContext<unknown>): Promise<void> {
    try {
      const outcome = await awaitWithin(result, this.timeoutMs, () => this.overBudget('its async work'));
      if (outcome instanceof TimeoutSignal) this.timedOut(trace, '', ctx, outcome.error);
    } catch (e) {
      this.failures.record(trace, '', e);
    }
  }

  /**
   * Spans from `from` on. The budget is checked between spans: before each span once a hook has returned a
   * promise (`async`), else every {@link CLOCK_CHECK_SPANS} spans (reading the clock costs more than many
   * synchronous span hooks).
   */
  private enrichSpans(
    trace: Trace,
    ctx: CallContext<unknown>,
    started: number,
    from: number,
    async: boolean,
  ): Promise<void> | undefined {
    const deadline = started + this.timeoutMs;
    const spans = trace.spans;
    for (let i = from; i < spans.length; i++) {
      const span = spans[i];
      if (span === undefined) continue;
      if ((async || (i > 0 && i % CLOCK_CHECK_SPANS === 0)) && performance.now() >= deadline) {
        this.timedOut(
          trace,
          span.spanId,
          ctx,
          new HtError('TIMEOUT', this.overBudget(`${i} of ${spans.length} spans; stopped`)),
        );
        return undefined;
      }
      let result: unknown;
      try {
        result = this.definition.enrichSpan?.(span, trace, ctx);
      } catch (e) {
        this.failures.record(trace, span.spanId, e);
        continue;
      }
      if (isPromiseLike(result)) return this.awaitSpan(result, trace, ctx, started, i);
    }
    return undefined;
  }

  /** Waits for span `i`'s hook within the budget left, then goes on with the next spans. */
  private async awaitSpan(
    result: PromiseLike<unknown>,
    trace: Trace,
    ctx: CallContext<unknown>,
    started: number,
    i: number,
  ): Promise<void> {
    const span = trace.spans[i] as Span;
    try {
      const left = started + this.timeoutMs - performance.now();
      const outcome = await awaitWithin(result, left, () => this.overBudget(`span ${span.spanId}`));
      if (outcome instanceof TimeoutSignal) {
        this.timedOut(trace, span.spanId, ctx, outcome.error);
        return;
      }
    } catch (e) {
      this.failures.record(trace, span.spanId, e);
    }
    await this.enrichSpans(trace, ctx, started, i + 1, true);
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
